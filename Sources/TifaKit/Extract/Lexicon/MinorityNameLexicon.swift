/// Parts of Tibetan, Mongolian and Uyghur personal names as Chinese writes them (扎西,
/// 次仁, 多吉, 卓玛; 巴特尔, 朝鲁, 其其格; 阿不都, 热合曼, 买买提): general knowledge of
/// the names these peoples give, which are built from a small stock of such words and
/// written as two of them run together (泽仁桑珠, 巴音朝鲁), with no surname and no cue a
/// Chinese name would have.
enum MinorityNameLexicon {
    static let tibetan = """
    扎西 次仁 慈仁 多吉 多杰 索朗 索南 罗布 尼玛 达瓦 达娃 顿珠 格桑 旺堆 平措 彭措 卓玛 央金 拉姆 泽仁 桑珠
    才让 才旺 次旺 强巴 洛桑 罗桑 丹增 旦增 单增 边巴 普布 白玛 巴桑 次旦 贡嘎 群培 欧珠 米玛 益西 阿旺 嘎玛
    尕玛 噶玛 土登 曲珠 嘉措 加措 坚参 坚赞 降央 仁青 仁钦 仁增 朗杰 德吉 拉巴 琼达 旺姆 卓嘎 措姆 德庆 曲扎
    次珍 旺久 吉才 江巴 央宗 扎巴 伦珠 多布杰 晋美 更登 根敦 确吉 旺加 赤列 赤烈 贡布 巴登 白登 次珠 向巴 克珠
    加央 索旦 顿典 斯朗 桑杰 旺秋 拉巴次仁 次仁多吉 格列 洛布 尼玛次仁 巴珠 旺扎 群宗 卓嘎 普琼 拉珍 曲珍 次央
    """
    static let mongolian = """
    巴特尔 朝鲁 巴音 乌力吉 那顺 其其格 斯琴 额尔敦 宝音 布赫 图雅 格日勒图 苏和 孟和 巴雅尔 敖其尔 毕力格
    阿拉坦 巴图 吉日嘎拉 乌云 高娃 满都拉 那木吉拉 朝克 巴根 宝力格 特古斯 达来 哈斯 额尔德尼 乌日娜 萨仁
    """
    static let uyghur = """
    阿不都 阿布都 阿不来提 阿不力孜 热合曼 买买提 艾买提 艾合买提 阿合买提 吐尔逊 艾力 依明 铁木尔 努尔 卡德尔
    玉素甫 肉孜 艾尼瓦尔 阿依古丽 古丽 帕尔哈提 热依拉 托乎提 吾守尔 沙吾提 斯拉木 阿木提 吾斯曼 库尔班 达吾提
    艾则孜 伊力哈木 买合木提 亚森 尼亚孜 热西提 哈力克 克里木 依不拉音 阿布力米提 吐尔洪 米吉提 司马义
    """
}

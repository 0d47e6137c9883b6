/// Japanese family names as Chinese text writes them (桥本, 小渊, 中曾根): general knowledge
/// of the most frequent surnames and of politicians' names, leaving out those that are
/// ordinary Chinese words or places (大桥, 中山, 和田). A Japanese person is named by
/// the surname alone (桥本表示) or with a two-character given name (鹿野道彦); the Chinese
/// surname model reads neither.
enum JapaneseSurnameLexicon {
    static let surnames = """
    桥本 小渊 小泽 山本 田中 中曾根 村山 宫泽 竹下 海部 细川 羽田 鸠山 福田 池田 佐藤 铃木 高桥 渡边 伊藤
    山田 中村 小林 加藤 吉田 山口 松本 井上 木村 清水 山崎 阿部 石川 前田 藤田 小川 冈田 后藤 石井 近藤
    坂本 远藤 青木 藤井 西村 太田 三浦 藤原 冈本 松田 中川 中野 小野 田村 竹内 金子 石田 上田 森田 柴田
    酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 杉山 增田 大塚 久保
    松井 岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 岛田 古川 高野
    西田 菊池 山内 西川 五十岚 北村 安田 川口 平田 川崎 饭田 吉川 久保田 泽田 吉村 渡部 岩田 中西 服部 樋口
    川上 永井 松冈 田口 山中 森本 土屋 矢野 广濑 秋山 石原 松浦 吉冈 小池 马场 浅野 荒木 大久保 野田 田边
    川村 星野 黑田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 岩本 片山 本间 早川 横田 冈崎 荒井 大石
    镰田 成田 宫田 石桥 筱原 须藤 河野 大泽 小西 栗原 伊东 松原 三宅 福井 大森 奥村 内山 神崎 梶山 武村
    二阶堂 宫下 三冢 野中 古贺 堀内 森山 额贺 久间 高村 町村 小和田 盐川 綿贯 土井 志位 不破 村冈 鹿野 冬柴
    白滨 木庭 井口 江藤 深谷 齐藤 斋藤 丹羽 德田 宇野 三木 大平 佐佐木 松永 奥田 伊吹 亀井 龟井 渡辺
    """
}

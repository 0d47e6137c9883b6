/// Chinese surnames, general knowledge (the Hundred Family Surnames and modern frequency
/// lists). Kept as Swift source so a moved binary carries them. `common` are the ~150
/// most frequent; `other` are real but rarer or more often ordinary words (于, 和, 向),
/// so a name built on them needs a context cue; `compound` are two-character surnames.
enum SurnameLexicon {
    static let common = """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭
    曾 肖 萧 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 廖
    贾 夏 韦 付 傅 邹 孟 熊 秦 邱 尹 薛 闫 阎 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 钱 严 覃
    武 戴 莫 孔 汤 温 康 施 牛 樊 葛 邢 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 焦 俞
    柳 祝 宁 符 舒 阮 柯 纪 梅 童 凌 毕 裴 霍 涂 苗 翁 冉 骆 蓝 辛 靳 柴 蒙 鲍 喻 祁 蒲 滕 饶
    牟 艾 尤 穆 卓 缪 芦 褚 娄 窦 戚 岑 晏 邬 卞 姬 栾 隋 刁 巫 寇 甄 敖 巩 佘 邝 鞠 荆 冀 郁
    胥 鄢 谌 奚 冼 蔺 阚 禹 钮 濮 赖 诸葛 欧阳 司马 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒
    夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里 呼延 赫连 澹台 公冶 宗政 濮阳 太叔 申屠 闻人 万俟
    """
    static let other = """
    石 白 方 于 万 常 文 关 兰 左 甘 包 尚 单 季 成 谷 盛 曲 路 管 华 房 屈 解 阳 时 农 司 古
    吉 车 项 连 麦 景 党 宫 费 卜 冷 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 边 师 仇 商 沙
    荣 桑 郎 丛 仲 虞 明 池 查 麻 苑 迟 官 封 谈 匡 惠 乐 南 班 储 原 栗 燕 楚 劳 皮 粟 楼 盘
    满 闻 位 厉 伊 仝 区 郜 海 花 权 强 帅 屠 豆 朴 盖 练 廉 井 祖 漆 巴 丰 支 卿 国 狄 平 计
    索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 乌 母 裘 修 邰
    赫 杭 况 那 宿 鲜 印 逯 隆 茹 战 慕 危 银 亢 嵇 哈 湛 宾 戎 勾 茅 利 居 揭 干 尉 冶 束 檀
    衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 向 安 齐 易 江 洪 高 习
    """
    /// Real surnames (the Hundred Family Surnames, modern lists) whose character is far
    /// more often an everyday word or a word's part (水, 山, 秋, 红, 第五, 司空) or that are
    /// very rare: a name on them needs a strong cue and a clean shape, and only
    /// `EverydayCharacterSurnames` reads them (not the general surname model).
    static let everyday = """
    游 简 水 昌 凤 酆 元 贝 经 贲 诸 滑 荀 於 家 羿 汲 邴 糜 松 弓 牧 隗 山 宓 蓬 郗 仰
    秋 暴 钭 韶 蓟 怀 从 鄂 咸 籍 能 苍 双 莘 贡 逄 扶 堵 宰 郦 郤 璩 寿 通 郏 别 充 宦 鱼
    慎 庾 终 暨 步 弘 广 禄 东 殳 沃 蔚 越 夔 厍 融 訾 空 毋 乜 养 须 巢 蒯 后 红 竺 益
    桓 公 法 汝 钦 缑 郈 有 琴 佴 墨 谯 笪 年 爱 言 福 果 代 才 由 玉 过 旷 蹇 眭 靖 亓 闭
    公羊 淳于 单于 仲孙 钟离 鲜于 闾丘 司空 亓官 司寇 仉督 子车 颛孙 巫马 公西 漆雕 乐正
    壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 东郭 南门 归海 羊舌 微生 梁丘 左丘 东门 第五 太史
    """
}

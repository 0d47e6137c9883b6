/// A graded model of one-character given names (刘明, 马烽, 李翔), general knowledge of
/// Chinese naming practice: how strongly a character says "a given name" when it stands
/// alone after a surname with no post or speech verb to vouch for it. The yes/no lists of
/// `GivenNameLexicon` cannot tell 李|翔 (a name) from 王|国 (a word); a weight can, and the
/// surname's frequency and the punctuation around the pair add to it.
enum GivenNameWeights {
    /// Characters chosen for given names far more than used as words on their own
    /// (伟, 娟, 翔, 磊): strongest evidence.
    static let strong = """
    伟 峰 娟 芳 丽 敏 玲 燕 霞 艳 萍 琳 婷 娜 磊 涛 斌 鹏 翔 俊 杰 浩 琦 璇 瑛 琨 滨 烽 颖 晖
    钧 彬 军 辉 勇 刚 强 波 丹 红 梅 英 兰 芬 秀 珍 洁 莉 倩 蓉 薇 琴 凤 欣 捷 昊 琪 瑶 雯 璐
    岚 茹 菲 霖 嘉 昕 晨 旭 炜 玮 烨 煜 珊 妍 怡 雁 鑫 淼 焱 毅 锋 铭 翠 菊 桂 娥 蓓 萱 瑜 璋
    琛 铮 骏 彪 虹 惠 慧 婕 娅 媛 婧 姗 莎 琼 瑾 璞 钰 锐 超 亮 宏 弘 坚 彦 斐 昆 岩 骥 鸿 鹤
    楠 栋 梁 昌 盛 祥 庆 荣 福 禄 贵 锦 淑 静 雅 蕾 蕊 馨 韵 瑞 琰 珏 璐 佳 婉 娴 茜 萌 悦
    """
    /// Frequent verbs, adverbs and measure words that a surname character often precedes as
    /// an ordinary word (王|说, 高|出, 张|开): evidence against a name.
    static let unlikely = """
    说 讲 看 做 去 来 到 走 要 想 给 用 让 打 开 出 进 上 下 起 回 把 被 叫 写 读 买 卖 吃
    喝 拿 放 问 等 像 靠 找 跟 往 朝 向 比 从 自 当 经 以 可 能 会 该 应 必 须 将 正 才 就
    都 也 还 又 再 很 太 更 最 已 曾 不 没 别 未 大 小 多 少 长 短 高 低 好 坏 新 老 真 假 全
    半 各 每 某 其 此 该 本 前 后 左 右 东 西 南 北 中 内 外 里 间 边 面 头 部 方 点 次 个 位
    名 种 件 条 项 年 月 日 天 时 分 秒 元 角 岁 人 家 者 们 性 化 式 型 期 届 级 度 量 率
    """

    /// Frequent surnames (the dozen that name about half of China): a stronger prior than
    /// the rest of the common list.
    static let topSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭"
}

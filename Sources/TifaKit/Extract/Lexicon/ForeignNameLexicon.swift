/// Characters of Chinese transliterations of foreign names (the Xinhua transliteration
/// tables use a small, stable set): a run of them next to a cue (总统, 说) is a name.
enum ForeignNameLexicon {
    static let characters = """
    阿 埃 艾 安 奥 巴 拜 班 邦 鲍 贝 本 比 彼 毕 波 伯 博 布 查 达 戴 丹 道 德 迪 蒂 丁 杜 多
    厄 恩 尔 法 菲 费 芬 弗 福 夫 盖 甘 戈 格 贡 古 哈 海 汉 豪 赫 亨 侯 胡 霍 基 吉 加 贾 杰 捷
    金 卡 凯 坎 康 考 柯 科 克 肯 库 夸 拉 莱 赖 兰 朗 劳 勒 雷 蕾 里 利 莉 列 林 琳 隆 卢 鲁 路
    伦 罗 洛 马 玛 迈 麦 曼 梅 门 蒙 米 密 明 莫 姆 穆 纳 娜 奈 内 尼 涅 宁 纽 努 诺 欧 帕 潘 佩
    皮 珀 普 齐 奇 恰 乔 切 琼 丘 萨 塞 赛 桑 瑟 森 沙 莎 舍 圣 施 什 史 舒 斯 松 苏 索 塔 泰 坦
    汤 唐 特 提 图 托 瓦 万 威 韦 维 温 沃 乌 伍 西 希 谢 辛 休 亚 扬 耶 伊 因 英 尤 约 扎 泽
    詹 兹 佐 娃 南 诺 芙 妮 丽 黛 理
    绍 季 申 丝
    文 派 昂 宾 茨 楚 登 顿 冈 根 圭 奎 昆 契 热 让 茹 若 锡 雅 翁 旺 孔 察 采 别 翰 瑙 默 摩 卓 杭 迦 哲 喀 坤 颂 猜 披 吞 差 蓬 育 侬 仑 瑞 稣 鄂 尧 卜
    """
}

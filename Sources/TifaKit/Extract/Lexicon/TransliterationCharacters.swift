/// Characters that Chinese transliterations of foreign names use far more than Chinese
/// words do (斯, 尔, 特, 维, 奇, 娃, 夫 ...), general knowledge of the Xinhua transliteration
/// tables: a subset of `ForeignNameLexicon.characters`, whose other characters (安, 明, 文,
/// 马, 米) are everyday ones too. Two of them in a run make the run read as a foreign name.
enum TransliterationCharacters {
    static let typical = """
    斯 尔 特 维 奇 娃 夫 基 茨 兹 姆 娜 莎 妮 蒂 迪 埃 奥 伊 乌 詹 莫 罗 克 德 拉 卡 里 科 诺
    萨 塞 索 瓦 沃 洛 卢 鲁 穆 贝 布 巴 帕 佩 普 弗 菲 赫 霍 哈 杰 琳 纳 尼 涅 努 阿 艾 泽 扎
    佐 托 塔 坦
    """
}

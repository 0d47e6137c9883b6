/// The numerals that make a numbered formulation, and the words that start with one but
/// count nothing (一些, 双方, 多元...): general knowledge about Chinese, not about any issue.
public enum ChineseNumerals {
    /// Numerals that can head a formulation (一 二 三 ... 十 百 千 万 两 双 多).
    public static let formulation: Set<Unicode.Scalar> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "两", "双", "多",
    ]

    /// Digits of a written-out number (including 〇 and 零, which never head a formulation).
    public static let digits: Set<Unicode.Scalar> = [
        "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两",
    ]

    /// Membership in `formulation`, as a switch: this runs for every character of an issue.
    @inline(__always)
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07,
             0x4E24, 0x53CC, 0x591A:
            return true
        default:
            return false
        }
    }

    /// Membership in `digits`, as a switch.
    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
             0x5343, 0x4E07, 0x4EBF, 0x4E24:
            return true
        default:
            return false
        }
    }

    /// Measure words and time units: a numeral followed only by one of these is a plain
    /// quantity (两名, 一批, 三年), not a formulation.
    public static let measureWords: Set<String> = [
        "个", "名", "位", "人", "批", "次", "年", "月", "日", "天", "周", "岁", "元", "亿", "万元",
        "家", "条", "项", "件", "种", "类", "届", "期", "轮", "所", "座", "栋", "户", "村",
        "支", "张", "份", "本", "篇", "场", "处", "台", "辆", "亩", "米", "里", "公里", "小时", "分钟",
        "倍", "成", "层", "级", "步", "点", "些", "片", "套", "番", "遍", "起", "道", "代",
    ]

    /// Function words: a numeral followed by one of these (一是, 二要, 三为) is a list
    /// marker or part of a sentence, never a formulation.
    public static let functionCharacters: Set<Unicode.Scalar> = [
        "是", "的", "要", "在", "和", "与", "为", "对", "把", "被", "就", "也", "都", "又", "还", "从", "到",
        "以", "之", "了", "着", "过", "而", "并", "或", "及", "等", "向", "将", "让", "使", "给", "由", "所", "于", "其",
    ]

    /// Common words that begin with a numeral without counting anything: a phrase that
    /// starts with one of them is not a numbered formulation (双向述职, 一线选才, 一般干部).
    public static let nonCountingWords: [String] = [
        "一些", "一定", "一般", "一致", "一起", "一直", "一切", "一样", "一体化", "一线", "一流", "一道", "一同",
        "一向", "一再", "一律", "一旦", "一度", "一方面", "一起", "一边", "一下", "一点", "一贯", "一系列",
        "一批批", "一时", "一面", "一针见血", "一网打尽", "一如既往", "一丝不苟",
        "一以贯之", "一往无前", "一马当先", "一鼓作气", "一目了然", "一举", "一把手",
        "双向", "双方", "双重", "双赢", "双手", "双眼", "双休",
        "多元", "多样", "多数", "多种", "多方", "多年", "多次", "多项", "多么", "多少", "多彩", "多渠道", "多层次",
        "多措并举", "多管齐下", "万一", "千万", "百姓", "百分", "十分", "十足", "千方百计", "万众一心",
        "三角", "四周", "四处", "四方", "八方", "五彩", "九州", "两岸", "两侧", "两边", "两者",
    ]
}

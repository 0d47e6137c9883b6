/// The kinds of formulation (提法) analysts track, each found by its own evidence.
public enum SloganCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A phrase built on a Chinese numeral that abbreviates a list or is a fixed numeric
    /// formulation: 四个意识, 三会一课, 五四三, 两新, 八八战略.
    case numbered
    /// A party congress or plenum: 十九大, 十八届六中全会, 第七次党代会.
    case meeting
    /// A non-numbered catchword set in quotation marks: 最多跑一次, 店小二.
    case quoted

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

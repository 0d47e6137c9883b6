/// What the appointment grammar reads a paragraph as: Characters, or Unicode scalars where
/// the two agree (plain text, see `PlainScalars`), which is much cheaper to walk.
protocol AppointmentTextUnit: Hashable, Sendable {
    static func units(_ text: String) -> [Self]
    static func string(_ units: ArraySlice<Self>) -> String
    var isLetter: Bool { get }
}

extension Character: AppointmentTextUnit {
    static func units(_ text: String) -> [Character] { Array(text) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: AppointmentTextUnit {
    static func units(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String { String(scalars: units) }
    /// `Character.isLetter` of a one-scalar Character.
    var isLetter: Bool { properties.isAlphabetic }
}

/// The words and marks of notices as units of one kind, made once per kind.
struct AppointmentWords<Unit: AppointmentTextUnit>: Sendable {
    let remove: [Unit]   // 免去
    let comrade: [Unit]  // 同志
    let duty: [Unit]     // 职务
    let him: Unit        // 其
    let of: Unit         // 的
    let actions: [([Unit], String)]
    let clauseEnds: Set<Unit>
    /// Marks a name never reaches back over.
    let nameStops: Set<Unit>
    let opening: Set<Unit>
    let closing: Set<Unit>

    init() {
        remove = Unit.units("免去")
        comrade = Unit.units("同志")
        duty = Unit.units("职务")
        him = Unit.units("其")[0]
        of = Unit.units("的")[0]
        actions = [("兼任", "concurrent"), ("提名为", "nominate"), ("任", "appoint")].map { (Unit.units($0.0), $0.1) }
        clauseEnds = Set(Unit.units("，；。,;\n"))
        nameStops = Set(Unit.units("、：:（("))
        opening = Set(Unit.units("（("))
        closing = Set(Unit.units("）)"))
    }
}

/// Normalized frequencies, formatted the same way on every machine (no locale, fixed
/// decimals), so that CSV files compare byte for byte.
public enum Rate {
    /// Occurrences per 10,000 countable tokens.
    public static func per10k(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) * 10_000 / Double(total)
    }

    /// `value` with exactly `places` decimals, rounded half away from zero.
    public static func fixed(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled) / scale
        let fraction = Int(scaled) % scale
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return "\(sign)\(whole)" }
        let digits = String(fraction)
        return "\(sign)\(whole).\(String(repeating: "0", count: places - digits.count))\(digits)"
    }
}

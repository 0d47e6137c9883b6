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
        let negative = value < 0 && scaled != 0
        // ASCII digits written straight into the String (this runs for every rate of
        // every CSV row; string interpolation cost most of those rows).
        return String(unsafeUninitializedCapacity: 48) { buffer in
            var count = 0
            if negative { buffer[0] = UInt8(ascii: "-"); count = 1 }
            count = appendDigits(whole, minimum: 1, to: buffer, at: count)
            if places > 0 {
                buffer[count] = UInt8(ascii: ".")
                count = appendDigits(fraction, minimum: places, to: buffer, at: count + 1)
            }
            return count
        }
    }

    /// `fixed(value, places:)` appended as UTF-8 for a finite `value` >= 0 (a CSV cell that
    /// needs no escaping), without making the String; false otherwise, appending nothing.
    static func appendFixed(_ value: Double, places: Int = 2, to out: inout [UInt8]) -> Bool {
        guard value.isFinite, value >= 0 else { return false }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return false }  // Int(scaled) would trap; left to `fixed`
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: 48))
        let end = out.withUnsafeMutableBufferPointer { buffer -> Int in
            let tail = UnsafeMutableBufferPointer(rebasing: buffer[start...])
            var count = appendDigits(Int(scaled) / scale, minimum: 1, to: tail, at: 0)
            if places > 0 {
                tail[count] = UInt8(ascii: ".")
                count = appendDigits(Int(scaled) % scale, minimum: places, to: tail, at: count + 1)
            }
            return start + count
        }
        out.removeLast(out.count - end)
        return true
    }

    /// Writes the decimal digits of `value` (>= 0), left-padded with zeros to `minimum`.
    private static func appendDigits(_ value: Int, minimum: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let width = max(digits, minimum)
        var value = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        return start + width
    }
}

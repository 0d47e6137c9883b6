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
        guard value.isFinite, value >= 0, places <= 18 else { return false }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return false }  // Int(scaled) would trap; left to `fixed`
        appendDigits(Int(scaled) / scale, minimum: 1, to: &out)
        if places > 0 {
            out.append(UInt8(ascii: "."))
            appendDigits(Int(scaled) % scale, minimum: places, to: &out)
        }
        return true
    }

    /// The decimal digits of `value` (>= 0), left-padded with zeros to `minimum` (<= 20),
    /// appended to `out` in one copy.
    static func appendDigits(_ value: Int, minimum: Int, to out: inout [UInt8]) {
        precondition(value >= 0 && minimum <= 20, "digits of \(value) to \(minimum)")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var rest = value
            var start = 40
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            while 40 - start < minimum {
                start -= 1
                buffer[start] = UInt8(ascii: "0")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
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

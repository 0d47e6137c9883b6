import CICU

/// Folds traditional Chinese characters to simplified ones with ICU's
/// `Traditional-Simplified` transliterator (`tifa run --simplify`), so an archive that
/// mixes Hong Kong or Taiwan reprints with mainland issues counts 黨建 and 党建 as one
/// term. It is a class because it owns an ICU object; not thread-safe, one per worker.
public final class ChineseSimplifier {
    private let handle: OpaquePointer

    public init() throws {
        var code: Int32 = 0
        guard let handle = cicu_transliterator_open("Traditional-Simplified", &code) else {
            throw TifaError.icuFailure(operation: "utrans_open(Traditional-Simplified)", code: WordBreaker.errorName(code))
        }
        self.handle = handle
    }

    deinit { cicu_transliterator_close(handle) }

    /// `text` with traditional characters replaced by their simplified forms; everything
    /// else (simplified text, Latin, digits, punctuation) is left as it is.
    public func simplify(_ text: String) throws -> String {
        var units = Array(text.utf16)
        guard !units.isEmpty else { return text }
        var capacity = units.count + units.count / 4 + 16
        let length = units.count
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - length)
            var code: Int32 = 0
            let written = cicu_transliterate(handle, &buffer, Int32(length), Int32(capacity), &code)
            if written >= 0 {
                units = Array(buffer[..<Int(written)])
                return String(decoding: units, as: UTF16.self)
            }
            guard code == 15, capacity < Int(Int32.max) / 2 else {  // U_BUFFER_OVERFLOW_ERROR: retry larger
                throw TifaError.icuFailure(operation: "utrans_transUChars", code: WordBreaker.errorName(code))
            }
            capacity *= 2
        }
    }
}

import CICU
import XCTest

/// The C shim on its own: open, iterate, close, and the edge cases Swift callers hit.
final class ICUShimTests: XCTestCase {
    private func boundaries(_ text: String) throws -> [(Int32, Int32)] {
        var code: Int32 = 0
        let breaker = try XCTUnwrap(cicu_word_breaker_open("zh", &code))
        defer { cicu_word_breaker_close(breaker) }
        XCTAssertLessThanOrEqual(code, 0)
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(cicu_word_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count)), 0)
            var result: [(Int32, Int32)] = []
            var status: Int32 = 0
            while true {
                let end = cicu_word_breaker_next(breaker, &status)
                if end < 0 { break }
                result.append((end, status))
            }
            return result
        }
    }

    func testSegmentsChineseIntoWordsWithIdeographStatus() throws {
        let result = try boundaries("我们学习")
        XCTAssertEqual(result.last?.0, 4)
        XCTAssertTrue(result.allSatisfy { (400..<500).contains($0.1) }, "\(result)")
        XCTAssertLessThan(result.count, 4, "a dictionary breaker joins some characters")
    }

    func testNumbersAndPunctuationHaveTheirOwnStatus() throws {
        let result = try boundaries("2017，")
        XCTAssertEqual(result.map(\.0), [4, 5])
        XCTAssertTrue((100..<200).contains(result[0].1))
        XCTAssertEqual(result[1].1, 0)
    }

    func testEmptyTextHasNoSegments() throws {
        XCTAssertTrue(try boundaries("").isEmpty)
        var code: Int32 = 0
        let breaker = try XCTUnwrap(cicu_word_breaker_open("zh", &code))
        defer { cicu_word_breaker_close(breaker) }
        XCTAssertEqual(cicu_word_breaker_set_text(breaker, nil, 0), 0)
        var status: Int32 = 0
        XCTAssertEqual(cicu_word_breaker_next(breaker, &status), -1)
    }

    func testNonBMPCharactersAreNeverCutInHalf() throws {
        let text = "𠀀字𠀁"  // CJK Extension B: surrogate pairs in UTF-16
        let result = try boundaries(text)
        let units = Array(text.utf16)
        XCTAssertEqual(result.last.map { Int($0.0) }, units.count)
        for (end, _) in result where Int(end) < units.count {
            XCTAssertFalse(UTF16.isTrailSurrogate(units[Int(end)]), "boundary inside a surrogate pair at \(end)")
        }
    }

    func testInvalidArgumentsAreRejectedNotCrashed() throws {
        var code: Int32 = 0
        let breaker = try XCTUnwrap(cicu_word_breaker_open("zh", &code))
        defer { cicu_word_breaker_close(breaker) }
        XCTAssertGreaterThan(cicu_word_breaker_set_text(breaker, nil, 5), 0)
        XCTAssertGreaterThan(cicu_word_breaker_set_text(nil, nil, 0), 0)
        cicu_word_breaker_close(nil)
        XCTAssertEqual(String(cString: cicu_error_name(1)), "U_ILLEGAL_ARGUMENT_ERROR")
    }

    func testFillReturnsTheSameBoundariesAsNext() throws {
        let text = "中国共产党第十九次全国代表大会于2017年10月18日召开。"
        let expected = try boundaries(text).map(\.0)
        var code: Int32 = 0
        let breaker = try XCTUnwrap(cicu_word_breaker_open("zh", &code))
        defer { cicu_word_breaker_close(breaker) }
        let units = Array(text.utf16)
        var ends: [Int32] = []
        units.withUnsafeBufferPointer { buffer in
            _ = cicu_word_breaker_set_text(breaker, buffer.baseAddress, Int32(buffer.count))
            var chunk = [Int32](repeating: 0, count: 3)
            var statuses = [Int32](repeating: 0, count: 3)
            while true {
                let n = cicu_word_breaker_fill(breaker, &chunk, &statuses, 3)
                if n == 0 { break }
                ends += chunk.prefix(Int(n))
            }
        }
        XCTAssertEqual(ends, expected)
    }

    func testVersionIsReported() {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, 32)
        let version = String(cString: buffer)
        XCTAssertTrue(version.first?.isNumber ?? false, version)
    }
}

import XCTest
@testable import TifaKit

/// Every encoding tifa promises to read, from byte fixtures committed as they are.
final class EncodingFixturesTests: XCTestCase {
    private let expected = "绿水青山就是金山银山。\n全面从严治党，推进“两学一做”学习教育常态化制度化。\n"

    private func decode(_ name: String) throws -> TextDecoder.Decoded {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("encodings/" + name))))
        return try TextDecoder().decode(bytes)
    }

    func testGBKIsDetectedAndConverted() throws {
        let decoded = try decode("gbk.txt")
        XCTAssertEqual(decoded.encoding, "GB18030")
        XCTAssertEqual(decoded.text, expected)
        XCTAssertEqual(decoded.warnings, [])
    }

    func testGB18030FourByteSequencesConvert() throws {
        let decoded = try decode("gb18030-four-byte.txt")
        XCTAssertEqual(decoded.encoding, "GB18030")
        XCTAssertTrue(decoded.text.hasPrefix("𠀀字与€符号，党建工作。\n"), decoded.text)
    }

    func testUTF16WithByteOrderMarkBothWays() throws {
        for (name, encoding) in [("utf16le-bom.txt", "UTF-16LE"), ("utf16be-bom.txt", "UTF-16BE")] {
            let decoded = try decode(name)
            XCTAssertEqual(decoded.encoding, encoding)
            XCTAssertEqual(decoded.text, expected)
        }
    }

    func testCRLFAndLoneCRSplitIntoTheSameLines() throws {
        for name in ["utf8-bom-crlf.txt", "utf8-cr.txt"] {
            let decoded = try decode(name)
            XCTAssertEqual(decoded.encoding, "UTF-8")
            XCTAssertEqual(LineCleaner().clean(decoded.text).map(\.text),
                           ["绿水青山就是金山银山。", "全面从严治党，推进“两学一做”学习教育常态化制度化。"], name)
        }
    }

    func testBinaryIsRejectedWithTheOffsetOfItsNULByte() {
        XCTAssertThrowsError(try decode("binary-nul.dat")) { error in
            XCTAssertEqual((error as? TextDecoder.Failure)?.byteOffset, 8)
            XCTAssertTrue("\(error)".contains("NUL"), "\(error)")
        }
    }

    func testDamagedGBKBeyondTheThresholdIsRejectedWithAnOffset() {
        XCTAssertThrowsError(try decode("gbk-damaged.txt")) { error in
            let failure = error as? TextDecoder.Failure
            XCTAssertNotNil(failure?.byteOffset)
            XCTAssertTrue(failure?.description.contains("at byte offset") ?? false, "\(error)")
        }
    }

    func testOneStrayByteInLongUTF8IsReplacedAndReported() throws {
        let decoded = try decode("utf8-one-stray-byte.txt")
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.warnings, ["invalid UTF-8 replaced by U+FFFD at byte offset 300"])
        XCTAssertEqual(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, 1)
    }

    func testICUDetectorRecognizesGB18030() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("encodings/gbk.txt"))))
        XCTAssertGreaterThan(TextDecoder.detectedCharset(bytes[...]).gb18030, 0)
    }

    func testUTF16LoneSurrogateAndOddLengthAreReported() {
        // "党" then a lone high surrogate (D800) then "建", UTF-16LE with BOM: tolerated
        // only when rare, so a six-byte body is rejected and names the surrogate's offset.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x5A, 0x51, 0x00, 0xD8, 0xFA, 0x5E]
        XCTAssertThrowsError(try TextDecoder().decode(bytes)) { error in
            XCTAssertEqual((error as? TextDecoder.Failure)?.byteOffset, 4)
        }
        XCTAssertThrowsError(try TextDecoder().decode([0xFF, 0xFE, 0x5A])) { error in
            XCTAssertTrue("\(error)".contains("odd number of bytes"), "\(error)")
        }
    }

    func testArbitraryBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 3, 7, 64, 1000] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = try? TextDecoder().decode(bytes)
                _ = try? TextDecoder().decode([0xFF, 0xFE] + bytes)
            }
        }
    }
}

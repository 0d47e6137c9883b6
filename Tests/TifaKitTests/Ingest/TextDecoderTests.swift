import XCTest
@testable import TifaKit

final class TextDecoderTests: XCTestCase {
    func testUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try TextDecoder().decode(Array("党建".utf8)).text, "党建")
        XCTAssertEqual(try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("党建".utf8)).text, "党建")
    }

    func testInvalidUTF8NamesTheByteOffset() {
        let bytes = Array("党建".utf8) + [0xFF] + Array("工作".utf8)
        XCTAssertThrowsError(try TextDecoder().decode(bytes)) { error in
            let failure = error as? TextDecoder.Failure
            XCTAssertEqual(failure?.byteOffset, 6)
            XCTAssertEqual(failure?.description, "invalid UTF-8 at byte offset 6")
        }
    }

    func testTruncatedSequenceAtTheEndIsRejected() {
        let bytes = Array("党建".utf8) + [0xE5, 0x85]
        XCTAssertThrowsError(try TextDecoder().decode(bytes)) { error in
            XCTAssertEqual((error as? TextDecoder.Failure)?.byteOffset, 6)
        }
    }

    func testBinaryAndEmptyInputAreRejected() {
        XCTAssertThrowsError(try TextDecoder().decode([])) { error in
            XCTAssertEqual((error as? TextDecoder.Failure)?.message, "empty file")
        }
        XCTAssertThrowsError(try TextDecoder().decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])) { error in
            XCTAssertNotNil((error as? TextDecoder.Failure)?.byteOffset)
        }
        XCTAssertThrowsError(try TextDecoder().decode(Array(" \n\t\n".utf8)))
    }

    func testOverlongAndSurrogateEncodingsAreInvalid() {
        XCTAssertEqual(TextDecoder.firstInvalidUTF8([0xC0, 0xAF][...]), 0)
        XCTAssertEqual(TextDecoder.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80][...]), 1)
        XCTAssertNil(TextDecoder.firstInvalidUTF8(Array("𠀀é".utf8)[...]))
    }
}

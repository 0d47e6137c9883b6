import XCTest
@testable import TifaKit

final class CSVTableTests: XCTestCase {
    func testQuotesCellsThatNeedIt() {
        var table = CSVTable(header: ["a", "b"])
        table.append(["x,y", "say \"hi\""])
        table.append(["line\nbreak", "plain"])
        XCTAssertEqual(table.render(), "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"line\nbreak\",plain\n")
    }

    func testNeutralizesFormulasButNotNumbers() {
        XCTAssertEqual(CSVTable.escape("=1+1"), "'=1+1")
        XCTAssertEqual(CSVTable.escape("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVTable.escape("-3.5"), "-3.5")
        XCTAssertEqual(CSVTable.escape("+中文"), "'+中文")
    }

    func testByteWiseEscapingAgreesWithTheCharacterPath() {
        // A quote joined to a combining mark or after a prepended mark is part of another
        // Character, which `escape` does not double: the byte path must agree.
        let cells = ["", "plain", "中文，逗号", "a,b", "say \"hi\"", "“引号”", "\"中\"", "x\"\u{301}y,", "\u{600}\",1",
                     "line\nbreak", "cr\rhere", "=1+1", "-3.5", "+中文", "@x", "\tlead", "'quote", "\"", "\"\"", ",\""]
        for cell in cells {
            var bytes: [UInt8] = []
            CSVTable.appendEscaped(cell, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), CSVTable.escape(cell), cell.debugDescription)
        }
    }

    func testIntegersAreWrittenAsTheirEscapedText() {
        for value in [0, 7, 10, 99, 100, 12_345, Int.max, -1, -250, Int.min] {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            CSVTable.appendInteger(value, to: &bytes)
            var expected: [UInt8] = [UInt8(ascii: "x")]
            CSVTable.appendEscaped(String(value), to: &expected)
            XCTAssertEqual(bytes, expected, "\(value)")
        }
    }

    func testRowsAsBytesAreTheRenderedRows() {
        let rows = [["a", "中文,逗号", "=1"], ["", "say \"hi\"", "3"]]
        XCTAssertEqual(String(decoding: CSVTable.renderUTF8(rows: rows), as: UTF8.self), CSVTable.render(rows: rows))
        XCTAssertEqual(CSVTable.renderUTF8(rows: []), [])
    }

    func testAtomicWriteReplacesWholeFilesAndLeavesNoTemporaries() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/nested/out.csv"
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/nested"), ["out.csv"])
    }

    func testAtomicWriteFailureKeepsThePreviousFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/out.csv"
        try AtomicFile.write("previous\n", to: path)
        // A folder where the temporary file would go makes the write fail before the rename.
        try FileManager.default.createDirectory(atPath: folder + "/.out.csv.\(getpid()).tmp", withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write("new\n", to: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "previous\n")
    }
}

import Foundation
import XCTest
@testable import TifaKit

final class BuildIdentityTests: XCTestCase {
    /// A minimal 64-bit little-endian ELF file: header, one program header of type
    /// `segmentType` pointing at `notes`.
    private func elf(notes: [UInt8], segmentType: UInt32 = 4) -> [UInt8] {
        func le(_ value: UInt64, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
        var header = [UInt8](repeating: 0, count: 64)
        header.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
        header.replaceSubrange(32..<40, with: le(64, 8))      // e_phoff
        header.replaceSubrange(54..<56, with: le(56, 2))      // e_phentsize
        header.replaceSubrange(56..<58, with: le(1, 2))       // e_phnum
        var program = [UInt8](repeating: 0, count: 56)
        program.replaceSubrange(0..<4, with: le(UInt64(segmentType), 4))
        program.replaceSubrange(8..<16, with: le(120, 8))     // p_offset
        program.replaceSubrange(32..<40, with: le(UInt64(notes.count), 8)) // p_filesz
        return header + program + notes
    }

    private func note(name: [UInt8], type: UInt32, descriptor: [UInt8]) -> [UInt8] {
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func padded(_ bytes: [UInt8]) -> [UInt8] { bytes + [UInt8](repeating: 0, count: (4 - bytes.count % 4) % 4) }
        return le32(name.count) + le32(descriptor.count) + le32(Int(type)) + padded(name) + padded(descriptor)
    }

    private func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "tifa-build-id-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testReadsTheGNUBuildIDAfterOtherNotes() throws {
        let gnu: [UInt8] = [0x47, 0x4E, 0x55, 0]
        let notes = note(name: gnu, type: 1, descriptor: [9, 9, 9, 9]) // an ABI tag comes first
            + note(name: gnu, type: 3, descriptor: [0x01, 0x23, 0xAB, 0xCD, 0x0F])
        XCTAssertEqual(BuildIdentity.buildID(ofExecutableAt: try write(elf(notes: notes))), "0123abcd0f")
    }

    func testNoIDWithoutABuildIDNoteOrNoteSegment() throws {
        let gnu: [UInt8] = [0x47, 0x4E, 0x55, 0]
        let otherOwner = note(name: [0x58, 0x59, 0], type: 3, descriptor: [1, 2, 3, 4])
        XCTAssertNil(BuildIdentity.buildID(ofExecutableAt: try write(elf(notes: otherOwner))))
        let buildID = note(name: gnu, type: 3, descriptor: [1, 2, 3, 4])
        XCTAssertNil(BuildIdentity.buildID(ofExecutableAt: try write(elf(notes: buildID, segmentType: 1))), "a PT_LOAD segment holds no notes")
    }

    func testNotAnELFFileTruncatedOrMissingGivesNoID() throws {
        XCTAssertNil(BuildIdentity.buildID(ofExecutableAt: try write(Array("#!/bin/sh\necho hi\n".utf8))))
        let gnu: [UInt8] = [0x47, 0x4E, 0x55, 0]
        let whole = elf(notes: note(name: gnu, type: 3, descriptor: [1, 2, 3, 4]))
        XCTAssertNil(BuildIdentity.buildID(ofExecutableAt: try write(Array(whole.prefix(whole.count - 3)))))
        XCTAssertNil(BuildIdentity.buildID(ofExecutableAt: "/nonexistent/tifa"))
    }

    func testCacheKeysCarryTheBuild() {
        XCTAssertTrue(BuildIdentity.current.hasPrefix("tifa \(TifaVersion.current)"))
        XCTAssertTrue(AnalyzerConfiguration().fingerprint.hasPrefix(BuildIdentity.current + " cache "))
        #if os(Linux)
        // Swift's Linux toolchain links with a build ID: a rebuilt tifa must not reuse old analyses.
        XCTAssertTrue(BuildIdentity.current.contains(" build "), BuildIdentity.current)
        #endif
    }
}

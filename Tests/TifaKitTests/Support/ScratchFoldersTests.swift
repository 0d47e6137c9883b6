import Foundation
import XCTest

final class ScratchFoldersTests: XCTestCase {
    /// A folder registered with a collector of its own (not the shared one, whose folders
    /// other tests may still use) is gone after the end-of-run hook, contents and all.
    func testRegisteredFoldersAreRemovedWhenTheRunEnds() throws {
        let folders = ScratchFolders()
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("tifa-tests-scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/cache", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: path + "/cache/entry"))
        folders.removeAtEnd(path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        folders.testBundleDidFinish(Bundle.main)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testTemporaryFoldersAreRegisteredWithTheSharedCollector() throws {
        let path = try Fixtures.temporaryFolder()
        XCTAssertTrue(ScratchFolders.shared.isRegistered(path))
    }
}

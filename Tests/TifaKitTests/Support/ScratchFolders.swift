import Foundation
import XCTest

/// The scratch folders tests made, removed once the whole test run is over: every
/// `make test` used to leave its folders (hundreds of megabytes) in the temporary folder.
/// Removed at the end rather than per test, so a folder a test class shares between its
/// tests lives as long as they do.
final class ScratchFolders: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: ScratchFolders = {
        let folders = ScratchFolders()
        XCTestObservationCenter.shared.addTestObserver(folders)
        return folders
    }()

    private let lock = NSLock()
    private var paths: [String] = []

    func removeAtEnd(_ path: String) {
        lock.lock()
        paths.append(path)
        lock.unlock()
    }

    func isRegistered(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.contains(path)
    }

    /// Removes what was registered so far.
    func removeAll() {
        lock.lock()
        let taken = paths
        paths = []
        lock.unlock()
        for path in taken { try? FileManager.default.removeItem(atPath: path) }
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        removeAll()
    }
}

import XCTest
@testable import TifaKit

final class AnalysisCacheTests: XCTestCase {
    private func analysis(_ issue: String) -> IssueAnalysis {
        IssueAnalysis(issue: issue, file: issue + ".txt", chars: 10, tokens: 3, terms: [TermCount(term: "党建", count: 3)])
    }

    func testStoredEntryIsReturnedOnlyWhenCurrent() throws {
        let cache = AnalysisCache(folder: try Fixtures.temporaryFolder() + "/cache")
        try cache.store(analysis("issue-1"), contentHash: "h1", analyzer: "v1")
        XCTAssertEqual(cache.load(issue: "issue-1", contentHash: "h1", analyzer: "v1"), analysis("issue-1"))
        XCTAssertNil(cache.load(issue: "issue-1", contentHash: "h2", analyzer: "v1"), "content changed")
        XCTAssertNil(cache.load(issue: "issue-1", contentHash: "h1", analyzer: "v2"), "analyzer changed")
        XCTAssertNil(cache.load(issue: "issue-2", contentHash: "h1", analyzer: "v1"), "never stored")
    }

    func testCorruptEntryMeansAnalyzeAgain() throws {
        let cache = AnalysisCache(folder: try Fixtures.temporaryFolder())
        try AtomicFile.write("{not json", to: cache.path(for: "x"))
        XCTAssertNil(cache.load(issue: "x", contentHash: "h", analyzer: "v"))
    }

    func testHostileNamesStayInsideTheFolder() throws {
        let cache = AnalysisCache(folder: "/tmp/cache")
        for name in ["../../etc/passwd", "/abs/path", "..", "a b\"c", "第50期"] {
            let path = cache.path(for: name)
            XCTAssertTrue(path.hasPrefix("/tmp/cache/"), path)
            XCTAssertFalse(path.dropFirst("/tmp/cache/".count).contains("/"), path)
            XCTAssertFalse(path.contains(".."), path)
        }
        XCTAssertNotEqual(cache.path(for: "a.b"), cache.path(for: "a_b"))
    }

    func testPruneRemovesIssuesNoLongerInTheCorpus() throws {
        let folder = try Fixtures.temporaryFolder()
        let cache = AnalysisCache(folder: folder)
        for issue in ["a", "b", "c"] { try cache.store(analysis(issue), contentHash: "h", analyzer: "v") }
        cache.prune(keeping: ["a", "c"])
        XCTAssertNotNil(cache.load(issue: "a", contentHash: "h", analyzer: "v"))
        XCTAssertNil(cache.load(issue: "b", contentHash: "h", analyzer: "v"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).count, 2)
    }
}

import XCTest
@testable import TifaKit

/// The entities stage end to end on an invented issue with a roster, a byline, figures and
/// an appointments list: entities.csv, figures.csv and appointments.csv against golden files.
final class EntityOutputsTests: XCTestCase {
    func testEntityFiguresAndAppointmentsMatchGoldenFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus-entities"), toPath: corpus)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 1)).run()
        XCTAssertTrue(summary.succeeded)
        let files = try Fixtures.outputs(folder + "/Output")
        for name in ["entities.csv", "figures.csv", "appointments.csv"] {
            try Fixtures.assertMatchesGolden(files[name] ?? "", "issue-101_" + name)
        }
        // Rows a reader can check by eye, independent of the golden files.
        let entities = files["entities.csv"] ?? ""
        XCTAssertTrue(entities.contains("issue-101,person,柯明远,"))
        XCTAssertTrue(entities.contains("issue-101,organization,青山县人民政府,1,"))
        let appointments = files["appointments.csv"] ?? ""
        XCTAssertTrue(appointments.contains("issue-101,汪红英,remove,局长,青山县统计局,"))
        XCTAssertTrue(appointments.contains("issue-101,韦立新,concurrent,校长,青山县委党校,"))
        XCTAssertTrue((files["figures.csv"] ?? "").contains("issue-101,1,money,36188元,36188,CNY,城乡居民人均可支配收入,"))
    }
}

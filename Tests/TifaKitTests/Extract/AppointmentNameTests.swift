import XCTest
@testable import TifaKit

/// Invented appointment notices whose names hold characters that rarely end a name
/// elsewhere (前, 书, 长): the notice's frame vouches for them.
final class AppointmentNameTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testNameBeforeComradeAndTheNoticeVerb() {
        XCTAssertEqual(people("鲍立前同志任青山县农业局副局长。"), ["鲍立前"])
        XCTAssertEqual(people("免去柯文书同志的青山县统计局副局长职务"), ["柯文书"])
        XCTAssertEqual(people("尹克长同志兼任县委党校校长"), ["尹克长"])
        // Notices run together without punctuation.
        XCTAssertTrue(people("免去其青山县水利局局长职务鲍立前同志任县长助理").contains("鲍立前"))
    }

    func testNoNameWithoutTheFrame() {
        // Not at a clause's start, no notice verb, or no name before 同志.
        XCTAssertFalse(people("我们看望了老同志任劳任怨的事迹").contains { $0.hasSuffix("老") })
        XCTAssertEqual(people("上述同志任职时间从发文之日起计算。"), [])
        XCTAssertEqual(people("各位同志的意见很好。"), [])
        XCTAssertEqual(AppointmentNames.find(in: AnalyzedText("大会表扬了鲍立前同志。", tokenizer: nil)).count, 0)
    }

    func testAppointmentRowsForTheSameNames() throws {
        let rows = AppointmentExtractor(tokenizer: try Tokenizer()).appointments(in: "鲍立前同志任青山县农业局副局长。")
        XCTAssertEqual(rows.map(\.person), ["鲍立前"])
        XCTAssertFalse(AppointmentExtractor.looksLikeName("青山县"))
        XCTAssertFalse(AppointmentExtractor.looksLikeName("王局长"))
    }
}

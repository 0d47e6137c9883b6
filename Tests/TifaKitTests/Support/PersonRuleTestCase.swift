import XCTest
@testable import TifaKit

/// The set-up every person-rule test shares: a fresh extractor per test and the person
/// texts it finds in each paragraph of an invented document, so a test reads as sentences
/// in, names out.
class PersonRuleTestCase: XCTestCase {
    var extractor: EntityExtractor!

    override func setUpWithError() throws {
        try super.setUpWithError()
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    /// The person mentions of each paragraph, in order.
    func people(_ paragraphs: [String]) -> [[String]] {
        extractor.extract(document: paragraphs).map { $0.filter { $0.kind == .person }.map(\.text) }
    }
}

import XCTest
@testable import TifaKit

/// Invented documents for a given name alone after a kinship word (妹妹秀荣), a person
/// only when the document also makes it a clause's subject.
final class KinshipGivenNameTests: PersonRuleTestCase {
    func testKinshipAndSubjectElsewhere() {
        let found = people(["老人最惦记的是妹妹秀荣。", "秀荣现在县城工作，每周都回家。"])
        XCTAssertEqual(found[0], ["秀荣"])
        XCTAssertEqual(found[1], ["秀荣"])
    }

    func testKinshipAloneIsNotEnough() {
        XCTAssertEqual(people(["老人最惦记的是妹妹秀荣。", "她现在县城工作。"])[0], [])
    }

    func testASubjectWithoutKinshipIsNotEnough() {
        XCTAssertEqual(people(["秀荣现在县城工作，每周都回家。"])[0], [])
    }
}

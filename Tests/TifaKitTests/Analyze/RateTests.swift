import XCTest
@testable import TifaKit

final class RateTests: XCTestCase {
    func testBytesAreTheFixedTextForNonNegativeFiniteValues() {
        let values: [Double] = [0, -0.0, 0.004, 0.005, 0.125, 1, 2.5, 9.995, 3333.333, 123_456.7, 1e13, 8.9e13,
                                Rate.per10k(1, of: 3), Rate.per10k(7, of: 23_677)]
        for value in values {
            for places in [0, 2, 4] {
                var bytes: [UInt8] = [UInt8(ascii: ",")]
                XCTAssertTrue(Rate.appendFixed(value, places: places, to: &bytes), "\(value)")
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "," + Rate.fixed(value, places: places), "\(value) \(places)")
            }
        }
    }

    func testNegativeAndNonFiniteValuesAppendNothing() {
        for value in [-0.004, -1.5, Double.nan, Double.infinity, -Double.infinity, 1e19] {
            var bytes: [UInt8] = [1, 2]
            XCTAssertFalse(Rate.appendFixed(value, to: &bytes), "\(value)")
            XCTAssertEqual(bytes, [1, 2])
        }
    }
}

import XCTest
@testable import TifaKit

final class ParagraphJoinerTests: XCTestCase {
    /// The median of the sorted window, as the column width was first defined.
    private func referenceWidth(_ joiner: ParagraphJoiner, at index: Int, _ widths: [Int]) -> Int {
        let window = widths[max(0, index - joiner.widthWindow)...min(widths.count - 1, index + joiner.widthWindow)].sorted()
        return window[window.count / 2]
    }

    func testLocalWidthIsTheWindowMedian() {
        var generator = SystemRandomNumberGenerator()
        for windowSize in [0, 1, 4, 7] {
            let joiner = ParagraphJoiner(widthWindow: windowSize)
            for length in [1, 2, 5, 9, 30] {
                let widths = (0..<length).map { _ in Int.random(in: 0...12, using: &generator) * 4 }
                for index in widths.indices {
                    XCTAssertEqual(joiner.localWidth(at: index, widths: widths), referenceWidth(joiner, at: index, widths),
                                   "\(widths) at \(index), window \(windowSize)")
                }
            }
        }
        // Ties and descending runs.
        let joiner = ParagraphJoiner()
        let widths = [60, 60, 58, 60, 12, 60, 60, 40, 40, 40]
        for index in widths.indices {
            XCTAssertEqual(joiner.localWidth(at: index, widths: widths), referenceWidth(joiner, at: index, widths))
        }
        XCTAssertEqual(joiner.localWidth(at: 0, widths: [7]), 7)
    }

    func testShortLineEndsTheParagraph() {
        let full = String(repeating: "改", count: 20)
        let lines = [full + "。", full, full, "短行结束。", full, full + "。"].enumerated().map {
            SourceLine(line: $0.offset + 1, text: $0.element)
        }
        let paragraphs = ParagraphJoiner().join(lines)
        XCTAssertEqual(paragraphs.map(\.line), [1, 5])
        XCTAssertEqual(paragraphs.first?.text, full + "。" + full + full + "短行结束。")
        XCTAssertEqual(ParagraphJoiner().join([]).count, 0)
    }
}

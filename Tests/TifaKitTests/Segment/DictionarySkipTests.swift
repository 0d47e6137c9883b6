import XCTest
@testable import TifaKit

/// The tokenizer skips ICU's CJK dictionary where it would discard its cuts; the tokens
/// (boundaries and kinds) must be exactly those of the path that runs ICU over everything.
final class DictionarySkipTests: XCTestCase {
    private let pools: [[UInt16]] = [
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工三十五万亿元月日〇零两",
        "0123456789", "abcxyzPMAB",
        "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()\"'-_/%‰％＋＠＃$€¥",
        " 　\t\r\u{0B}\u{0C}", "０１２３４５６７８９ＡＢｃｄ．，％", "①②⑴→℃×÷±ⅡⅢ§°é©®〒〔〕〖〗〜〝〞",
        // Units that send a text through ICU whole: kana, 々, a combining mark, a format
        // character, a variation selector, an ideograph outside the BMP.
        "あア々\u{0301}\u{200D}\u{00AD}\u{FE0F}", "\u{20000}\u{20001}",
    ].map { Array($0.utf16) }

    func testSkippingTheDictionaryChangesNoToken() throws {
        let tokenizer = try Tokenizer()
        var generator = SeededGenerator(state: 2024)
        for round in 0..<3000 {
            var text: [UInt16] = []
            let length = 1 + generator.next(30)
            // Most texts use only vetted units (the fast path); every eighth may hold any.
            let poolCount = round % 8 == 0 ? pools.count : pools.count - 2
            while text.count < length {
                // Half the units are ideographs, so runs of them form.
                let pool = pools[generator.next(2) == 0 ? 0 : generator.next(poolCount)]
                let index = generator.next(pool.count)
                if (0xD800...0xDBFF).contains(pool[index]) {
                    text += pool[index...index + 1]  // a surrogate pair stays whole
                } else if (0xDC00...0xDFFF).contains(pool[index]) {
                    text += pool[index - 1...index]
                } else {
                    text.append(pool[index])
                }
            }
            let fast = try tokenizer.tokenize(text, skippingDictionary: true)
            let exact = try tokenizer.tokenize(text, skippingDictionary: false)
            XCTAssertEqual(fast, exact, "text: \(String(decoding: text, as: UTF16.self).debugDescription)")
        }
    }

    func testTextsWithKanaOrMarksTakeTheExactPath() throws {
        let tokenizer = try Tokenizer()
        for text in ["人々の生活", "中国\u{FE0F}人民", "学习ア教育", "a\u{0301}中文"] {
            let utf16 = Array(text.utf16)
            XCTAssertEqual(try tokenizer.tokenize(utf16), try tokenizer.tokenize(utf16, skippingDictionary: false), text)
        }
    }
}

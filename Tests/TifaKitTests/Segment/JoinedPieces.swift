import Foundation
@testable import TifaKit

/// Cuts `pieces` into tokens (punctuation, or words), applies a token-join `rule` and gives
/// the pieces back: how the tests of BoundSuffixJoin, PlaceNameJoin, ReduplicationJoin and
/// OrganizationJoin state what a rule does to a given cut.
func joinedPieces(_ pieces: [String], _ rule: (inout [Token], UnsafeBufferPointer<UInt16>) -> Void) -> [String] {
    let text = Array(pieces.joined().utf16)
    var tokens: [Token] = []
    var position = 0
    for piece in pieces {
        let length = piece.utf16.count
        let isPunctuation = piece.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) }
        tokens.append(Token(start: position, end: position + length, kind: isPunctuation ? .punctuation : .word))
        position += length
    }
    text.withUnsafeBufferPointer { rule(&tokens, $0) }
    return tokens.map { String(decoding: text[$0.start..<$0.end], as: UTF16.self) }
}

/// Two-character entries of an input-method list that grammar says are two words: an
/// adverb (都 也 就 才 已 又 还 很 更 太) before an auxiliary, copula or existential verb
/// (是 有 要 会 能 在 不 没 可 把 被 将: 就是, 都要, 已有, 也不), a degree adverb (很 更 太)
/// before a one-syllable adjective (很大, 更好, 太快), and a verb with the aspect particle
/// 了 (作了, 成了, 到了). Lexicalized words stay: the conjunction 还是, the quantifiers
/// 很多/很少, the prepositions 为了/除了 and 罢了, 算了, 得了, 不了.
enum AdverbPhrase {
    private static func table(_ characters: String) -> Set<UInt16> { Set(characters.utf16) }
    private static let adverbs = table("都也就才已又还很更太")
    private static let verbs = table("是有要会能在不没可把被将")
    private static let degree = table("很更太")
    private static let adjectives = table("大小好高低快慢长短深远近重强难美多少")
    private static let kept: Set<UInt32> = Set(["还是", "很多", "很少", "为了", "除了", "罢了", "算了", "得了", "不了"].map { word in
        let units = Array(word.utf16)
        return UInt32(units[0]) << 16 | UInt32(units[1])
    })

    /// Whether `first` + `second` is a phrase to drop from the general vocabulary.
    static func isPhrase(_ first: UInt16, _ second: UInt16) -> Bool {
        if kept.contains(UInt32(first) << 16 | UInt32(second)) { return false }
        if adverbs.contains(first) && verbs.contains(second) { return true }
        if degree.contains(first) && adjectives.contains(second) { return true }
        return second == 0x4E86  // 了
    }
}

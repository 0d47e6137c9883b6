/// A rarer surname that opens a word of the general vocabulary with the next character
/// where ICU reads that word too (来|信中 read 来信|中) or cuts the would-be name's last
/// character into the next word (关|爱心 read 关|爱|心理): the words win, and a
/// three-character name there needs a cue that vouches for a person whatever the words
/// (同志, a byline bracket, a reporter's credit, 选举…为). A title before (老师关爱心理) or
/// a speech verb after (在来信中说) is not enough: both stand as often beside the words.
enum RareSurnameWordStarts {
    static func opensWord(start: Int, givenStart: Int, end: Int, text: AnalyzedText) -> Bool {
        guard givenStart == start + 1, end == start + 3, PersonExtractor.isGeneralWord(start, start + 2, in: text) else { return false }
        return text.tokenEnd[start] == Int32(start + 2) || text.tokenEnd[end - 1] > Int32(end)
    }
}

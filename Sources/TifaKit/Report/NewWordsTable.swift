/// `new_words.csv`: the words discovery found in the corpus of this run, with the scores
/// that let a user judge them (and copy the good ones into a `--lexicon` file).
public enum NewWordsTable {
    public static let header = ["word", "count", "pmi", "left_entropy", "right_entropy"]

    public static func make(_ words: [DiscoveredWord]) -> CSVTable {
        var table = CSVTable(header: header)
        for word in words {
            table.append([word.word, String(word.count), Rate.fixed(word.pmi, places: 3),
                          Rate.fixed(word.leftEntropy, places: 3), Rate.fixed(word.rightEntropy, places: 3)])
        }
        return table
    }
}

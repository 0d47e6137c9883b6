/// Anything that finds mentions in a piece of text (a paragraph, or one input line of
/// `tifa mentions`). Extractors are values; one that needs an ICU tokenizer owns its own
/// and is used by one thread at a time.
public protocol MentionExtractor {
    /// Mentions in `text`, ordered by start offset; offsets in Unicode scalars of `text`.
    func extract(_ text: String) -> [Mention]
}

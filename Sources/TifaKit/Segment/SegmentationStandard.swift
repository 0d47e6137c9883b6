/// Which segmentation standard's conventions the tokenizer follows where the standards
/// disagree and no lexicon can decide: whether a measure word joins its number, and
/// whether an organization name joins its institution word.
/// tifa's default is MSR's (三十五个, 30多家, 第一个, 5公里 are one quantity token), so
/// that frequency tables count a quantity once instead of counting 个 and 次 as words;
/// PKU's keeps measure words apart (三十五 / 个). Person names stay whole under both
/// (PKU's own corpus cuts them into surname and given name; tifa does not).
public enum SegmentationStandard: String, Sendable, CaseIterable {
    case msr
    case pku

    /// Whether a measure word or unit joins the number before it.
    public var joinsMeasureWords: Bool { self == .msr }

    /// Whether the parts of a date or time join into one token (1997年6月30日, 上午9时30分):
    /// MSR writes a date or time expression as one word, PKU cuts year, month and day.
    public var joinsDatesAndTimes: Bool { self == .msr }

    /// Whether organization names join their institution word (东软集团, 国家电力公司):
    /// MSR keeps named entities whole, PKU cuts them into words.
    public var joinsNamedEntities: Bool { self == .msr }
}

/// Finds organizations: names of general knowledge (国务院, 中组部) and names made by a
/// suffix (委员会, 组织部, 集团, 大学 ...) over a body that starts at a place, a known
/// organization, a prefix such as 中国/全国, or a clear left edge. Nested names come out
/// whole: 衢州市委组织部 is 衢州市 + 委 -> 衢州市委, then + 组织部.
public struct OrganizationExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?

    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
    }

    public func extract(_ text: String) -> [Mention] {
        let analyzed = AnalyzedText(text, tokenizer: tokenizer)
        let places = PlaceExtractor(tokenizer: nil).candidates(in: analyzed)
        let spans = EntityResolver.resolve(places + candidates(in: analyzed, places: places))
        return EntityResolver.mentions(spans, kinds: [.organization], in: analyzed)
    }

    /// Characters an organization's body never contains (function words, verbs of the
    /// sentence around it).
    static let bodyStops: Set<UInt32> = EntityLexicon.scalarSet(
        "的了在是与及等这那其各每该我你他她们个把被将由从向对为以于到说也都就而又并或很最更已曾还要能让使给没不无非未否所如若但却且即着过得吗呢吧啊")

    func candidates(in text: AnalyzedText, places: [EntitySpan]) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        var spans: [EntitySpan] = []
        // Starts of anchors: where a place or organization name begins, keyed by its end.
        var anchorStartByEnd = [Int](repeating: -1, count: n + 1)
        for place in places where anchorStartByEnd[place.end] < 0 || place.start < anchorStartByEnd[place.end] {
            anchorStartByEnd[place.end] = place.start
        }
        var i = 0
        while i < n {
            if AnalyzedText.isHan(s[i]), text.boundary[i], let match = lexicon.knownOrganizations.longest(s, at: i),
               text.boundary[i + match.length] || !text.isHan(at: i + match.length) {
                spans.append(EntitySpan(start: i, end: i + match.length, kind: .organization, priority: 6))
                let end = i + match.length
                anchorStartByEnd[end] = anchorStartByEnd[end] < 0 ? i : min(anchorStartByEnd[end], i)
            }
            i += 1
        }
        var j = 1
        while j < n {
            guard AnalyzedText.isHan(s[j]) else { j += 1; continue }
            for suffix in lexicon.organizationSuffixes.matchLengths(s, at: j).reversed() {
                let end = j + suffix.length
                let single = suffix.length == 1
                if end < n, single ? lexicon.postContinuations.contains(s[end]) : s[end] == 0x957F { continue }  // 长
                if !text.boundary[end] && text.isHan(at: end) && !(end < n && lexicon.organizationSuffixes.longest(s, at: end) != nil) { continue }
                guard let start = bodyStart(before: j, suffixEnd: end, single: single, text: text, anchorStartByEnd: anchorStartByEnd) else { continue }
                spans.append(EntitySpan(start: start, end: end, kind: .organization, priority: single ? 5 : 5.1))
                anchorStartByEnd[end] = anchorStartByEnd[end] < 0 ? start : min(anchorStartByEnd[end], start)
                break
            }
            j += 1
        }
        return spans
    }

    /// Where the organization whose suffix starts at `suffixStart` begins, or nil.
    func bodyStart(before suffixStart: Int, suffixEnd: Int, single: Bool, text: AnalyzedText, anchorStartByEnd: [Int]) -> Int? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let maxBody = 14
        var best: Int? = nil
        // Anchored: a place or organization ends where the body (possibly empty) starts.
        var k = suffixStart
        while k >= 0 && suffixStart - k <= maxBody {
            let anchor = anchorStartByEnd[k]
            if anchor >= 0 && anchor < k { best = anchor }
            if text.boundary[k], let prefix = lexicon.organizationPrefixes.matchLengths(s, at: k).last,
               k + prefix.length <= suffixStart, k + prefix.length == suffixStart || text.boundary[k + prefix.length] {
                if best == nil || k < best! { best = k }
            }
            if k == 0 { break }
            let c = s[k - 1]
            if !AnalyzedText.isHan(c) || Self.bodyStops.contains(c) { break }
            k -= 1
        }
        if let best, best < suffixStart || !single { 
            return best < suffixStart ? best : nil
        }
        if single { return nil }
        // Unanchored: two to six characters of body from a clean left edge.
        guard k < suffixStart else { return nil }
        let bodyLength = suffixStart - k
        guard bodyLength >= 2, bodyLength <= 6, text.boundary[k] else { return nil }
        return k
    }
}

/// Settles overlapping candidates: the highest priority wins, then the longer span,
/// then the earlier; a losing candidate is dropped whole, never trimmed. Deterministic
/// whatever order the candidates came in.
enum EntityResolver {
    static func resolve(_ candidates: [EntitySpan]) -> [EntitySpan] {
        let ordered = candidates.sorted {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.length != $1.length { return $0.length > $1.length }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.kind.rawValue < $1.kind.rawValue
        }
        var taken: [EntitySpan] = []
        // A flag per offset (spans start at 0 or later), not a Set hashed per character.
        var occupied = [Bool](repeating: false, count: candidates.reduce(0) { max($0, $1.end) })
        for span in ordered {
            var free = true
            for k in span.start..<span.end where occupied[k] { free = false; break }
            guard free else { continue }
            for k in span.start..<span.end { occupied[k] = true }
            taken.append(span)
        }
        return taken.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    static func mentions(_ spans: [EntitySpan], kinds: Set<Mention.Kind>, in text: AnalyzedText) -> [Mention] {
        spans.filter { kinds.contains($0.kind) }.map {
            // A name printed with a space inside (李 乙 in a roster) is counted as 李乙.
            Mention(kind: $0.kind, start: $0.start, end: $0.end, text: text.string($0.start, $0.end),
                    normalized: $0.kind == .person ? SpacedNames.compacted(text.scalars, $0.start, $0.end) : nil, role: $0.role)
        }
    }
}

/// A set of phrases over Unicode scalars, each with a small integer value, that answers
/// "which phrases start (or end) here" without building a String per position: the
/// lexicon lookups of entity extraction run at every character of every issue.
public struct PhraseTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Int32] = [-1]
    /// Whether phrases are stored back to front, for matching leftwards from a position.
    public let reversed: Bool
    public private(set) var maxLength = 0

    public init(reversed: Bool = false) {
        self.reversed = reversed
    }

    /// Phrases from whitespace-separated lists, all with `value`.
    public init(_ lists: [String], value: Int32 = 0, reversed: Bool = false) {
        self.reversed = reversed
        for list in lists { insert(list: list, value: value) }
    }

    public mutating func insert(list: String, value: Int32) {
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            insert(String(word), value: value)
        }
    }

    /// Adds `phrase` (a later insert of the same phrase overwrites its value).
    public mutating func insert(_ phrase: String, value: Int32) {
        var scalars = phrase.unicodeScalars.map(\.value)
        if reversed { scalars.reverse() }
        guard !scalars.isEmpty else { return }
        var node = 0
        for scalar in scalars {
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(-1)
                let next = children.count - 1
                children[node][scalar] = Int32(next)
                node = next
            }
        }
        values[node] = value
        maxLength = max(maxLength, scalars.count)
    }

    public func contains(_ phrase: String) -> Bool { value(of: phrase) != nil }

    public func value(of phrase: String) -> Int32? {
        var scalars = phrase.unicodeScalars.map(\.value)
        if reversed { scalars.reverse() }
        var node = 0
        for scalar in scalars {
            guard let next = children[node][scalar] else { return nil }
            node = Int(next)
        }
        return values[node] >= 0 ? values[node] : nil
    }

    /// Whether `text[start..<end]` is a phrase.
    public func contains(_ text: [UInt32], _ start: Int, _ end: Int) -> Bool {
        value(text, start, end) != nil
    }

    public func value(_ text: [UInt32], _ start: Int, _ end: Int) -> Int32? {
        guard start >= 0, end <= text.count, start < end else { return nil }
        var node = 0
        if reversed {
            var i = end - 1
            while i >= start {
                guard let next = children[node][text[i]] else { return nil }
                node = Int(next)
                i -= 1
            }
        } else {
            for i in start..<end {
                guard let next = children[node][text[i]] else { return nil }
                node = Int(next)
            }
        }
        return values[node] >= 0 ? values[node] : nil
    }

    /// Lengths of the phrases starting at `start` (forward trie) or ending at `start`
    /// (exclusive; reversed trie), shortest first, not crossing `limit` (a bound in the
    /// direction of travel: an end for a forward trie, a start for a reversed one).
    public func matchLengths(_ text: [UInt32], at start: Int, limit: Int? = nil) -> [(length: Int, value: Int32)] {
        var result: [(length: Int, value: Int32)] = []
        var node = 0
        if reversed {
            let stop = max(limit ?? 0, 0)
            var i = start - 1
            while i >= stop, let next = children[node][text[i]] {
                node = Int(next)
                if values[node] >= 0 { result.append((start - i, values[node])) }
                i -= 1
            }
        } else {
            let stop = min(limit ?? text.count, text.count)
            var i = start
            while i < stop, let next = children[node][text[i]] {
                node = Int(next)
                if values[node] >= 0 { result.append((i - start + 1, values[node])) }
                i += 1
            }
        }
        return result
    }

    /// The longest phrase starting (forward) or ending (reversed) at `start`.
    public func longest(_ text: [UInt32], at start: Int, limit: Int? = nil) -> (length: Int, value: Int32)? {
        matchLengths(text, at: start, limit: limit).last
    }
}

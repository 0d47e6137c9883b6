/// Recognizes what a printed page carries besides articles: page numbers, the issue line
/// (总第 50 期, 2017年第1期), the magazine's name in pinyin, and running section labels.
/// None of it is article text; the issue lines give the issue's number and year.
public enum PageFurniture: Sendable, Equatable {
    /// A page number: a line of one to four digits.
    case pageNumber
    /// 总第 N 期: the issue's running number.
    case issueNumber(Int)
    /// YYYY年第N期: the year and the issue within it.
    case issueOfYear(year: Int, number: Int)
    /// A line of capitalized Latin words only ("Qu Zhou Dang Jian"): the magazine's name.
    case runningTitle
    /// A section label (本期关注).
    case sectionLabel(String)

    /// What `line` is, if furniture. `repeatedShortLines` are short all-Han lines seen at
    /// least twice in the issue (at most `repeatedShortLineLength` characters, as
    /// `repeatedShortLines(_:)` makes them): running labels missing from the known list.
    public static func classify(_ line: SourceLine, repeatedShortLines: Set<String> = []) -> PageFurniture? {
        let s = line.scalars
        if s.count <= 4, s.allSatisfy({ ("0"..."9").contains($0) }) { return .pageNumber }
        // Labels are Han only, and a Han string equals only lines of as many scalars: longer
        // lines skip making a String and hashing it.
        if s.count <= max(SectionLabels.longest, repeatedShortLines.isEmpty ? 0 : repeatedShortLineLength) {
            let text = line.text
            if SectionLabels.isKnown(text) || repeatedShortLines.contains(text) { return .sectionLabel(text) }
        }
        if let number = issueNumber(s) { return .issueNumber(number) }
        if let both = issueOfYear(s) { return .issueOfYear(year: both.year, number: both.number) }
        if isRunningTitle(s) { return .runningTitle }
        return nil
    }

    /// 总第50期 (the whole line).
    static func issueNumber(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 4, s[0] == "总", s[1] == "第", s.last == "期" else { return nil }
        return digits(s[2..<(s.count - 1)])
    }

    /// 2017年第1期 (the whole line).
    static func issueOfYear(_ s: [Unicode.Scalar]) -> (year: Int, number: Int)? {
        guard let nian = s.firstIndex(of: "年"), nian == 4, s.count > 7, s[5] == "第", s.last == "期",
              let year = digits(s[0..<4]), (1900...2100).contains(year),
              let number = digits(s[6..<(s.count - 1)]) else { return nil }
        return (year, number)
    }

    static func digits(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 6, s.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return s.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    static func isRunningTitle(_ s: [Unicode.Scalar]) -> Bool {
        // Only ASCII letters and spaces can pass the word test below: a Chinese line is
        // answered at its first scalar, without splitting it into words.
        guard s.allSatisfy({ $0 == " " || ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else { return false }
        let words = s.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, ("A"..."Z").contains(first) else { return false }
            return word.dropFirst().allSatisfy { ("a"..."z").contains($0) }
        }
    }

    /// The longest line `repeatedShortLines` keeps.
    static let repeatedShortLineLength = 6

    /// Short all-Han lines (2 to 6 characters) that occur at least twice in `lines`:
    /// running labels printed on each page of a section.
    public static func repeatedShortLines(_ lines: [SourceLine]) -> Set<String> {
        var seen: [String: Int] = [:]
        for line in lines where (2...repeatedShortLineLength).contains(line.scalars.count)
            && line.scalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
            seen[line.text, default: 0] += 1
        }
        return Set(seen.filter { $0.value >= 2 }.keys)
    }
}

/// One non-blank line of an issue after cleaning, still tied to the line of the original
/// file it came from: every later stage cites `line`.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number in the original file.
    public var line: Int
    /// The cleaned scalars: whitespace inside CJK text removed, full-width letters and
    /// digits folded, no leading or trailing whitespace.
    public var scalars: [Unicode.Scalar]
    /// The original line began with whitespace. PDF extractors emit that at the start
    /// of a new text frame, so it hints at a new block (title, column, caption).
    public var startsFrame: Bool
    /// The line as it stood in the file: bylines need its spaces ("杨 辉 叶 青" is two
    /// names; cleaning would make it one).
    public var raw: String {
        didSet { displayWidth = Self.displayWidth(of: raw) }
    }
    /// Width in half columns of the line as printed: a CJK character is 2, anything else
    /// (including the spaces the extractor put where the print had gaps) 1. Lines of one
    /// column have about the same width whatever mix of Chinese and digits they hold.
    /// Computed once with `raw`: structure rules ask for it many times per line.
    public private(set) var displayWidth: Int

    public init(line: Int, scalars: [Unicode.Scalar], startsFrame: Bool = false, raw: String? = nil) {
        self.line = line
        self.scalars = scalars
        self.startsFrame = startsFrame
        if let raw {
            self.raw = raw
        } else {
            self.raw = String(scalars: scalars)
        }
        self.displayWidth = Self.displayWidth(of: self.raw)
    }

    /// A line whose display width the caller measured over `raw` already.
    init(line: Int, scalars: [Unicode.Scalar], startsFrame: Bool, raw: String, displayWidth: Int) {
        self.line = line
        self.scalars = scalars
        self.startsFrame = startsFrame
        self.raw = raw
        self.displayWidth = displayWidth
    }

    public init(line: Int, text: String, startsFrame: Bool = false) {
        self.init(line: line, scalars: Array(text.unicodeScalars), startsFrame: startsFrame, raw: text)
    }

    public var text: String {
        String(scalars: scalars)
    }

    static func displayWidth(of raw: String) -> Int {
        var width = 0, pendingSpaces = 0, started = false
        for scalar in raw.unicodeScalars {
            let cls = CharacterClass(scalar)
            if cls == .space {
                if started { pendingSpaces += 1 }
                continue
            }
            width += pendingSpaces + (cls == .cjk ? 2 : 1)
            pendingSpaces = 0
            started = true
        }
        return width
    }
}

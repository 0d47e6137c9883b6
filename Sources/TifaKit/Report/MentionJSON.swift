/// One JSON line of `tifa mentions`: keys in a fixed order, text escaped per RFC 8259,
/// so that output compares byte for byte and any JSON reader takes it.
public enum MentionJSON {
    public static func line(_ number: Int, _ mentions: [Mention]) -> String {
        var out = "{\"line\":\(number),\"mentions\":["
        for (index, mention) in mentions.enumerated() {
            if index > 0 { out += "," }
            out += "{\"type\":\"\(mention.kind.rawValue)\""
            if let category = mention.category { out += ",\"category\":" + quote(category) }
            out += ",\"start\":\(mention.start),\"end\":\(mention.end),\"text\":" + quote(mention.text)
            if mention.normalized != mention.text { out += ",\"normalized\":" + quote(mention.normalized) }
            if mention.kind == .slogan { out += ",\"quoted\":\(mention.quoted)" }
            out += "}"
        }
        return out + "]}"
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// A file name made from an issue name: issue names come from corpus file names, which
/// may hold anything a file system allows (`..`, quotes, spaces); every byte but ASCII
/// letters, digits, `-` and `_` is percent-encoded, so no issue can name a path outside
/// the folder it is written into, and different names never collide.
public enum SafeFileName {
    public static func encode(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return out.isEmpty ? "%" : out
    }
}

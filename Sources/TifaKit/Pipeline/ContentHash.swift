/// A 128-bit fingerprint of an issue's bytes (two independent 64-bit FNV-1a lanes): it
/// tells a nightly run whether an issue changed since its cached result, without keeping
/// or comparing the text. Not cryptographic; it guards against change, not attack.
public struct ContentHash: Sendable, Hashable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x84222325_cbf29ce4
    private var length: UInt64 = 0

    public init() {}

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5C)) &* 0x0000_0100_0000_01B3
            length &+= 1
        }
    }

    /// 32 hex digits (the length is folded in so that a truncated file never matches).
    public var hex: String {
        let mixed = b ^ (length &* 0x9E37_79B9_7F4A_7C15)
        return Self.hex(a) + Self.hex(mixed)
    }

    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.hex
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

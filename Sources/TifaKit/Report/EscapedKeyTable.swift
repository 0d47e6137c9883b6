import Foundation

/// A read-only hash table from strings, as the packed records store them (UTF-8, with
/// `\\`, `\t`, `\n`, `\r` escaped), to their position in the list it was built from. The
/// second pass of the reduce looks every field of a record up here straight from the
/// record's bytes: no String is made, and no Unicode-normalizing String hash is paid, for
/// the thousands of terms of an issue that are not key terms.
struct EscapedKeyTable: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var slots: [Int32]
    private let mask: Int

    /// The table of `keys` (their positions are the values; a key given twice keeps its first).
    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        for key in keys {
            Self.appendEscaped(key, to: &bytes)
            starts.append(bytes.count)
        }
        let count = starts.count - 1
        var capacity = 8
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        self.bytes = bytes
        self.starts = starts
        for index in 0..<count {
            let found = bytes.withUnsafeBufferPointer { buffer in
                lookup(UnsafeBufferPointer(rebasing: buffer[starts[index]..<starts[index + 1]]))
            }
            guard found.index == nil else { continue }
            slots[found.slot] = Int32(index)
        }
    }

    var count: Int { starts.count - 1 }

    /// The position of the key spelled by `key` (escaped bytes), or nil.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        lookup(key).index
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int?, slot: Int) {
        var slot = Self.hash(key) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return (nil, slot) }
                let start = starts[index], end = starts[index + 1]
                if end - start == key.count,
                   key.count == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return (index, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// `text` as `PackedCacheEntry.Writer.field` writes it.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        PackedCacheEntry.appendEscaped(text, to: &out)
    }

    /// The text of escaped bytes.
    static func unescaped(_ key: UnsafeBufferPointer<UInt8>) -> String {
        guard key.contains(UInt8(ascii: "\\")) else { return String(decoding: key, as: UTF8.self) }
        return String(decoding: PackedCacheEntry.unescaped(key), as: UTF8.self)
    }
}

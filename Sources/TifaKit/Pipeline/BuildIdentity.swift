import Foundation

/// Which build of tifa is running, for the keys of everything tifa caches between runs
/// (analyses, reduce state, per-issue records). The version string alone is not enough:
/// a rebuilt tifa with new extraction rules or lexicon data keeps "0.1.0", and keying
/// caches by it would keep last night's entities after an upgrade. The linker's GNU
/// build ID is a hash of the executable's contents, so any change of code or built-in
/// data gives a new identity while rebuilding the same sources keeps the old one.
public enum BuildIdentity {
    /// `tifa <version>` plus ` build <id>` when the running executable carries a GNU
    /// build ID (Linux, ELF); the version alone elsewhere.
    public static let current: String = {
        guard let id = buildID(ofExecutableAt: "/proc/self/exe") else { return "tifa \(TifaVersion.current)" }
        return "tifa \(TifaVersion.current) build \(id)"
    }()

    /// The GNU build ID (NT_GNU_BUILD_ID note) of the 64-bit little-endian ELF file at
    /// `path`, in lowercase hex; nil when the file is not such an ELF file or has none.
    /// Reads only the ELF header, the program headers and the note segments.
    public static func buildID(ofExecutableAt path: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20, (try? file.seek(toOffset: offset)) != nil,
                  let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        guard let header = read(0, 64), header[0] == 0x7F, header[1] == 0x45, header[2] == 0x4C, header[3] == 0x46,
              header[4] == 2, header[5] == 1 else { return nil }
        let programHeaders = littleEndian(header, 32, 8)
        let entrySize = Int(littleEndian(header, 54, 2))
        let entryCount = Int(littleEndian(header, 56, 2))
        guard entrySize >= 56, entryCount > 0, let table = read(programHeaders, entrySize * entryCount) else { return nil }
        for index in 0..<entryCount {
            let entry = index * entrySize
            guard littleEndian(table, entry, 4) == 4 /* PT_NOTE */ else { continue }
            guard let notes = read(littleEndian(table, entry + 8, 8), Int(littleEndian(table, entry + 32, 8))) else { continue }
            if let id = gnuBuildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// The descriptor of the first note named "GNU" of type NT_GNU_BUILD_ID (3) in a note
    /// segment, as hex.
    static func gnuBuildID(inNotes notes: [UInt8]) -> String? {
        func aligned(_ size: Int) -> Int { (size + 3) & ~3 }
        var position = 0
        while position + 12 <= notes.count {
            let nameSize = Int(littleEndian(notes, position, 4))
            let descriptorSize = Int(littleEndian(notes, position + 4, 4))
            let type = littleEndian(notes, position + 8, 4)
            let name = position + 12
            let descriptor = name + aligned(nameSize)
            guard nameSize <= notes.count, descriptorSize <= notes.count,
                  descriptor + descriptorSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, notes[name..<name + 4].elementsEqual([0x47, 0x4E, 0x55, 0]), descriptorSize > 0 {
                return notes[descriptor..<descriptor + descriptorSize].map { byte in
                    let hex = String(byte, radix: 16)
                    return byte < 16 ? "0" + hex : hex
                }.joined()
            }
            position = descriptor + aligned(descriptorSize)
        }
        return nil
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in stride(from: width - 1, through: 0, by: -1) { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }
}

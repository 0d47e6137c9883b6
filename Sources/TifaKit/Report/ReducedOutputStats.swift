import Foundation

/// The stat of each per-issue CSV file as the last reduce left it, with the digest of its
/// bytes (`Output/.reduce-outputs`), so that the next reduce checks those files (tens of
/// MB) by one `stat` each instead of reading and hashing them. Written after the files are
/// in place; a file whose stat differs, or whose times were not strictly before the clock
/// read just before the stat (racily clean, in git's terms: a same-size rewrite within the
/// same clock tick would keep its stat), is hashed as before.
struct ReducedOutputStats: Codable, Equatable {
    static let format = 1
    static let fileName = ".reduce-outputs"

    struct File: Codable, Equatable {
        var stat: CorpusFileIndex.Stat
        /// The clock (ns) just before `stat` was taken.
        var checked: Int64
        var digest: String
    }

    var format = Self.format
    var files: [String: File] = [:]

    /// Stats `names` in `folder` now and pairs each with its digest.
    static func taken(in folder: String, digests: [String: String]) -> ReducedOutputStats {
        var stats = ReducedOutputStats()
        for (name, digest) in digests {
            let checked = CorpusFileIndex.now()
            guard let stat = CorpusFileIndex.Stat.of((folder as NSString).appendingPathComponent(name)) else { continue }
            stats.files[name] = File(stat: stat, checked: checked, digest: digest)
        }
        return stats
    }

    /// The digest of the file `name` in `folder`: the recorded one when the file's stat is
    /// as recorded and was settled when recorded, else read and hashed (nil: unreadable).
    func digest(of name: String, in folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(name)
        if let known = files[name], known.stat.settled(before: known.checked),
           CorpusFileIndex.Stat.of(path) == known.stat {
            return known.digest
        }
        return ReduceState.digest(of: path)
    }

    static func load(from folder: String) -> ReducedOutputStats {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(fileName)),
              let stats = try? JSONDecoder().decode(ReducedOutputStats.self, from: data), stats.format == format
        else { return ReducedOutputStats() }
        return stats
    }

    /// Writes the record (not flushed: a lost one only means hashing again).
    func save(in folder: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(self) else { return }
        try? AtomicFile.write(Array(json), to: (folder as NSString).appendingPathComponent(Self.fileName), durable: false)
    }
}

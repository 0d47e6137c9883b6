import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stat (size, inode, modification and change times) of each per-issue CSV file as
/// the last reduce left it (`Output/.reduce-outputs`): the next reduce checks those files
/// (tens of MB) by one `stat` each instead of reading them. Written after the files are in
/// place. A record counts only when the file's times were strictly before the clock read
/// just before its stat (git's racy-clean rule: a same-size rewrite within the same clock
/// tick would keep the stat); when recording, a file not yet settled is stat'ed again after
/// the tick. Anything else (no record, another stat) means the files are not the ones the
/// saved state describes: a full pass 1.
struct ReducedOutputStats: Codable, Equatable {
    static let format = 1
    static let fileName = ".reduce-outputs"

    struct File: Codable, Equatable {
        var stat: CorpusFileIndex.Stat
        /// The clock (ns) just before `stat` was taken.
        var checked: Int64
    }

    var format = Self.format
    var files: [String: File] = [:]

    /// Stats `names` in `folder` now, waiting (a few ms at most) for times in the current
    /// clock tick to settle.
    static func taken(in folder: String, names: [String]) -> ReducedOutputStats {
        var stats = ReducedOutputStats()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            for attempt in 0..<20 {
                let checked = CorpusFileIndex.now()
                guard let stat = CorpusFileIndex.Stat.of(path) else { break }
                stats.files[name] = File(stat: stat, checked: checked)
                if stat.settled(before: checked) || attempt == 19 { break }
                usleep(1_000)
            }
        }
        return stats
    }

    /// Whether the file `name` in `folder` is as recorded (and was settled when recorded).
    func unchanged(_ name: String, in folder: String) -> Bool {
        guard let known = files[name], known.stat.settled(before: known.checked) else { return false }
        return CorpusFileIndex.Stat.of((folder as NSString).appendingPathComponent(name)) == known.stat
    }

    static func load(from folder: String) -> ReducedOutputStats {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(fileName)),
              let stats = try? JSONDecoder().decode(ReducedOutputStats.self, from: data), stats.format == format
        else { return ReducedOutputStats() }
        return stats
    }

    /// Writes the record (not flushed: a lost one only means a full pass 1).
    func save(in folder: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(self) else { return }
        try? AtomicFile.write(Array(json), to: (folder as NSString).appendingPathComponent(Self.fileName), durable: false)
    }
}

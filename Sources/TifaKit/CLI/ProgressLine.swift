/// One progress line for a terminal: issues done, throughput and time left.
enum ProgressLine {
    static func render(_ progress: CorpusRun.Progress) -> String {
        let mb = Double(progress.bytes) / 1e6
        let rate = progress.seconds > 0 ? mb / progress.seconds : 0
        var line = "[\(progress.done)/\(progress.total)] \(Rate.fixed(rate, places: 1)) MB/s"
        if progress.done > 0, progress.done < progress.total {
            let left = progress.seconds / Double(progress.done) * Double(progress.total - progress.done)
            line += ", ETA \(duration(left))"
        }
        return line + "  " + progress.file.name
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}

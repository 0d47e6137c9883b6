import Foundation

/// `tifa bench-icu FILE...`: raw ICU word breaking over files, one thread, through the same
/// shim the pipeline uses. It is the ceiling `make bench` compares the pipeline with, so it
/// times only the breaking, not reading or decoding.
enum BenchICUCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.benchICU)
            return 0
        }
        let parsed = try ParsedArguments(arguments, options: [], flags: [], command: "tifa bench-icu")
        guard !parsed.positionals.isEmpty else {
            throw UsageError(command: "tifa bench-icu", message: "give one or more files")
        }
        let breaker = try WordBreaker()
        var bytes = 0
        var segments = 0
        var seconds = 0.0
        for path in parsed.positionals {
            guard let text = try InputText.read(path, console: console) else { return 1 }
            bytes += text.utf8.count
            let units = Array(text.utf16)
            let start = DispatchTime.now().uptimeNanoseconds
            try breaker.forEachSegment(units) { _, _, _ in segments += 1 }
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        console.out("icu_bytes=\(bytes) icu_seconds=\(seconds) icu_segments=\(segments)\n")
        return 0
    }
}

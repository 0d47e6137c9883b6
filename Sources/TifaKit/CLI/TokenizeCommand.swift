import Foundation

/// `tifa tokenize`: segmentation in the SIGHAN bakeoff format, so any standard scorer
/// can measure tifa against other segmenters.
enum TokenizeCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.tokenize)
            return 0
        }
        let command = "tifa tokenize"
        let parsed = try ParsedArguments(arguments, options: [], flags: [], command: command)
        guard parsed.positionals.count <= 1 else {
            throw UsageError(command: command, message: "takes at most one FILE, got \(parsed.positionals.count)")
        }
        let path = parsed.positionals.first ?? "-"
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = try IssueAnalyzer.read(path)
        }
        let name = path == "-" ? "<stdin>" : path
        let text: String
        if bytes.isEmpty {
            text = ""
        } else {
            do {
                text = try TextDecoder().decode(bytes).text
            } catch {
                if error.message.hasPrefix("no text") {
                    text = String(decoding: bytes, as: UTF8.self)
                } else {
                    console.err("\(Diagnostic(.error, file: name, error.description))\n")
                    return 1
                }
            }
        }
        let tokenizer = try Tokenizer()
        for line in LayoutRepair.splitLines(text) {
            let utf16 = Array(line.utf16)
            let tokens = try tokenizer.tokenize(utf16)
            console.out(SegmentationFormat.line(tokens, in: utf16) + "\n")
        }
        return 0
    }
}

/// The command-line front end: dispatches to a command and maps outcomes to exit
/// statuses (0 success, 1 failure, 2 usage). The `tifa` executable only calls `main`.
public enum TifaCommandLine {
    public static func main(_ arguments: [String], console: Console) -> Int32 {
        defer { console.flush() }
        do {
            return try dispatch(arguments, console: console)
        } catch let usage as UsageError {
            console.err("\(usage)\n")
            return 2
        } catch {
            console.err("tifa: error: \(error.localizedDescription)\n")
            return 1
        }
    }

    static func dispatch(_ arguments: [String], console: Console) throws -> Int32 {
        guard let command = arguments.first else {
            console.err(HelpText.overview)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "-h", "--help":
            console.out(HelpText.overview)
            return 0
        case "--version", "version":
            console.out("tifa \(TifaVersion.current) (ICU \(WordBreaker.icuVersion))\n")
            return 0
        case "help":
            guard let topic = rest.first else {
                console.out(HelpText.overview)
                return 0
            }
            guard let text = HelpText.forCommand(topic) else {
                throw UsageError(command: "tifa help", message: "no such command '\(topic)'")
            }
            console.out(text)
            return 0
        case "run":
            return try RunCommand.execute(rest, console: console)
        case "analyze":
            return try RunCommand.execute(rest, console: console, sharded: true)
        case "report":
            return try ReportCommand.execute(rest, console: console)
        case "tokenize":
            return try TokenizeCommand.execute(rest, console: console)
        case "repair":
            return try RepairCommand.execute(rest, console: console)
        case "mentions":
            return try MentionsCommand.execute(rest, console: console)
        case "kwic":
            return try KwicCommand.execute(rest, console: console)
        case "bench-icu":
            return try BenchICUCommand.execute(rest, console: console)
        default:
            throw UsageError(command: "tifa", message: "unknown command '\(command)'")
        }
    }

    /// True when the arguments ask for help; commands print their help and exit 0.
    static func wantsHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "-h" || argument == "--help" { return true }
        }
        return false
    }
}

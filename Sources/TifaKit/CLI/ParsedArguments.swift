/// A command's arguments after parsing: `--name value` / `--name=value` options, flags,
/// and positionals. Small on purpose: tifa depends on Foundation only.
public struct ParsedArguments: Sendable, Equatable {
    public var options: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    /// Parses `arguments` against the options (which take a value) and flags (which do
    /// not) a command accepts. `--` ends options.
    public init(_ arguments: [String], options valued: Set<String>, flags known: Set<String>, command: String) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if valued.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else if index < arguments.count {
                    options[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError(command: command, message: "option '\(name)' needs a value")
                }
            } else if known.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                throw UsageError(command: command, message: "unknown option '\(argument)'")
            }
        }
    }

    /// The last value given for `name` (later options override earlier ones).
    public func value(_ name: String) -> String? { options[name]?.last }

    /// A positive integer option, or a usage error that says what was wrong.
    public func positiveInt(_ name: String, command: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), number > 0 else {
            throw UsageError(command: command, message: "\(name) takes a whole number above 0, not '\(text)'")
        }
        return number
    }
}

/// The user typed something tifa does not understand: exit status 2 and a hint.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var command: String
    public var message: String

    public init(command: String, message: String) {
        self.command = command
        self.message = message
    }

    public var description: String {
        "\(command): \(message)\nRun '\(command == "tifa" ? "tifa --help" : "tifa help \(command.split(separator: " ").last ?? "")")' for usage."
    }
}

import Foundation

/// Reads the text a command works on: a file, or standard input for `-` or no file.
/// A problem is reported as a diagnostic naming the file, and the caller exits 1.
enum InputText {
    static func read(_ path: String?, console: Console) throws -> String? {
        let path = path ?? "-"
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = path == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile()) : try IssueFileReader.read(path)
        } catch let TifaError.inputUnreadable(_, reason) {
            console.err("\(Diagnostic(.error, file: name, "cannot read: \(reason)"))\n")
            return nil
        }
        if bytes.isEmpty { return "" }
        do {
            return try TextDecoder().decode(bytes).text
        } catch {
            // Whitespace only is still text a command can echo line by line.
            if error.message.hasPrefix("no text") { return String(decoding: bytes, as: UTF8.self) }
            console.err("\(Diagnostic(.error, file: name, error.description))\n")
            return nil
        }
    }
}

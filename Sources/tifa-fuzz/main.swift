import Foundation
import TifaKit

// The fuzz target of `make fuzz`: every input goes through decode -> repair -> structure
// -> tokenize -> count -> extract (PipelineInvariants); a crash or a broken invariant
// stops the fuzzer with the input saved. Built with -DTIFA_FUZZ and libFuzzer's
// coverage flags it hands control to libFuzzer; built plainly (swift build) it replays
// the files given as arguments, which is how a saved crash is reproduced.

// One process, one thread (libFuzzer calls back on the main thread).
nonisolated(unsafe) let invariants: PipelineInvariants = {
    do {
        return try PipelineInvariants()
    } catch {
        FileHandle.standardError.write(Data("tifa-fuzz: \(error.localizedDescription)\n".utf8))
        exit(2)
    }
}()

nonisolated func fuzzOne(_ bytes: [UInt8]) {
    let problems = invariants.violations(bytes)
    if !problems.isEmpty {
        fatalError("invariant broken: " + problems.joined(separator: "; "))
    }
}

#if TIFA_FUZZ
typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: FuzzCallback) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})
#else
var failed = false
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("tifa-fuzz: cannot read \(path)\n".utf8))
        failed = true
        continue
    }
    let problems = invariants.violations(Array(data))
    print("\(path): \(problems.isEmpty ? "ok" : problems.joined(separator: "; "))")
    failed = failed || !problems.isEmpty
}
exit(failed ? 1 : 0)
#endif

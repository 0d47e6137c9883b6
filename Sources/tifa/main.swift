import Foundation
import TifaKit

// A file-size limit (ulimit -f) must fail the write with EFBIG, reported like a full
// disk, rather than kill tifa with SIGXFSZ.
signal(SIGXFSZ, SIG_IGN)
exit(TifaCommandLine.main(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))

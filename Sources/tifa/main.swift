import Foundation
import TifaKit

exit(TifaCommandLine.main(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))

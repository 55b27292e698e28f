import Foundation

// Ctrl-C ends the process with the conventional 130; outputs are written to temporary files and
// renamed, so an interrupt never leaves half a report behind.
signal(SIGINT) { _ in _exit(130) }

let status = await Tollgate.main(Array(CommandLine.arguments.dropFirst()))
exit(status)

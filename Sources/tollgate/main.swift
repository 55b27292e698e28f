import Foundation

Interrupts.install()

let status = await Tollgate.main(Array(CommandLine.arguments.dropFirst()))
exit(status)

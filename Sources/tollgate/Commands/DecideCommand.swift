/// `tollgate decide`: being built; lists no subcommands yet.
enum DecideCommand {
  static let spec = CommandSpec(
    name: "decide", abstract: "Walk the decision path over the evidence and print the verdict.")
}

/// `tollgate card`: being built; lists no subcommands yet.
enum CardCommand {
  static let spec = CommandSpec(name: "card", abstract: "Check decision cards.")
}

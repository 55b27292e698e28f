/// `tollgate data`: being built; lists no subcommands yet.
enum DataCommand {
  static let spec = CommandSpec(
    name: "data", abstract: "Snapshot, scan and describe training data.")
}

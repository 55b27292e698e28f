/// `tollgate init`: being built; lists no subcommands yet.
enum InitCommand {
  static let spec = CommandSpec(
    name: "init", abstract: "Write a commented template decision card and the evidence folders.")
}

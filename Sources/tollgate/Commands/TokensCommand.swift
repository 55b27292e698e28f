/// `tollgate tokens`: being built; lists no subcommands yet.
enum TokensCommand {
  static let spec = CommandSpec(
    name: "tokens", abstract: "Count a corpus's tokens exactly with the base model's tokenizer.")
}

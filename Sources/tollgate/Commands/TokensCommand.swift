/// `tollgate tokens`: count a corpus's tokens exactly with the base model's tokenizer.
enum TokensCommand {
  static let spec = CommandSpec(
    name: "tokens", abstract: "Count a corpus's tokens exactly with the base model's tokenizer.",
    discussion: """
      The cost of a run is dataset tokens x epochs / tokens per second, so the count must be the
      base model's own. `count` tokenizes .txt (a document per line), .jsonl, .jsonl.gz and
      .jsonl.zst files with a Hugging Face tokenizer.json; `merge` adds the results of shards.
      """,
    subcommands: [TokensCountCommand.spec, TokensMergeCommand.spec])
}

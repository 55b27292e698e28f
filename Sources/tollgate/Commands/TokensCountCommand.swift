import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// `tollgate tokens count`: tokens, documents and bytes of corpus files.
enum TokensCountCommand {
  static let spec = CommandSpec(
    name: "count", abstract: "Count the tokens of corpus files with a tokenizer.json.",
    discussion: """
      Reads every file named, streaming, on every core: JSON Lines (the --field string) when
      the name ends in .jsonl, .ndjson or .json, text (one document per line) otherwise; a
      name ending in .gz or .zst is decompressed first. A folder stands for every corpus file
      under it (.txt, .jsonl, .jsonl.gz, .jsonl.zst, .json.gz, .gz, .zst), in sorted order (a
      FIFO, socket or broken link there is skipped with a warning; a folder that cannot be
      listed stops the count); a file named twice is read once. Lines that are not UTF-8, not
      JSON objects or lack the field are reported with their line numbers and skipped; a
      truncated .gz or .zst, or a file that changes while it is read, stops the count (exit 2).

      Examples:
        tollgate tokens count --tokenizer gpt2/tokenizer.json data/*.jsonl.zst
        tollgate tokens count --tokenizer gpt2/tokenizer.json data/
        tollgate tokens count --tokenizer tok.json --field meta.text --json corpus.jsonl.gz
        tollgate tokens count --tokenizer tok.json --sample 0.01 --seed 7 corpus.jsonl
        tollgate tokens count --tokenizer tok.json --shard 3/64 --json big.jsonl > shard3.json
      """,
    arguments: [
      ArgumentSpec(
        name: "FILE",
        help: "Corpus files (any name: .jsonl/.ndjson/.json are JSON Lines, others text;\n"
          + ".gz/.zst decompressed), or folders of them.",
        isRepeating: true)
    ],
    options: [
      .value("--tokenizer", "PATH", help: "The base model's tokenizer.json.", required: true),
      .value(
        "--field", "FIELD", help: "JSON field holding the text; dots for nesting.",
        default: "text"),
      .language,
      .json,
      .flag("--special", help: "Also count the special tokens added around each document."),
      .jobs,
      .value(
        "--sample", "FRACTION",
        help: "Tokenize only this fraction of documents (0-1] and\n"
          + "estimate the total with a 95 % interval."),
      // No declared default: a --seed typed without --sample must be told from none.
      .value("--seed", "N", help: "Seed of the sample (with --sample; default 0)."),
      .value("--shard", "I/N", help: "Count only shard I of N (by document), for `merge`."),
    ],
    exitCodes: [
      (ExitCode.success, "counted (skipped lines are warned about)"),
      (ExitCode.couldNotFinish, "a file or the tokenizer is unreadable, damaged or unsupported"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    // The parser stops a run without --tokenizer (it is required); this unwraps the value.
    guard let tokenizerPath = parsed.value("--tokenizer") else {
      throw TollgateError(
        .usage, "--tokenizer is required",
        hint: "pass the base model's tokenizer.json, e.g. --tokenizer model/tokenizer.json")
    }
    guard !parsed.arguments.isEmpty else {
      throw TollgateError(.usage, "no corpus files given", hint: "name at least one FILE")
    }
    let options = try makeOptions(parsed)
    let isJSON = parsed.flag("--json")
    // Paths stay as typed (relative to the working directory) so messages name what the user
    // wrote; a folder gives its files under the folder's name as typed.
    let files = try CorpusPaths.expand(
      parsed.arguments, relativeTo: URL(fileURLWithPath: context.currentDirectory),
      origin: .commandLine, warn: context.writeError
    ).map(\.shown)
    let tokenizer = try Tokenizer(contentsOf: tokenizerPath)
    let progress = TokensProgress(
      isEnabled: context.showsProgress && !isJSON, writeError: context.writeError)

    let report = try CorpusTokenCounter(tokenizer: tokenizer, options: options)
      .count(files: files) { progress.update($0) }
    progress.clear()

    TokensOutput.warnAboutSkippedLines(report, context: context)
    if isJSON {
      context.write(try JSONOutput.encode(report))
    } else {
      context.write(TokensOutput.table(report, language: context.language(parsed)))
    }
    return ExitCode.success
  }

  private static func makeOptions(_ parsed: ParsedCommand) throws -> TokenCountOptions {
    var options = TokenCountOptions()
    options.field = parsed.value("--field") ?? "text"
    try CorpusField.check(options.field)
    options.includesSpecialTokens = parsed.flag("--special")
    if let jobs = try parsed.jobs() { options.jobs = jobs }
    // A seed chooses the sample; without --sample it would change nothing, silently.
    if parsed.value("--seed") != nil && parsed.value("--sample") == nil {
      throw TollgateError(
        .usage, "--seed \"\(parsed.value("--seed") ?? "")\" given without --sample",
        hint: "a seed chooses which documents a --sample tokenizes: add --sample FRACTION, or "
          + "leave --seed out to count every document")
    }
    if let shard = parsed.value("--shard") { options.shard = try CorpusShard(parsing: shard) }
    if let text = parsed.value("--sample") {
      guard let fraction = Double(text), fraction > 0, fraction <= 1 else {
        throw TollgateError(
          .usage, "--sample must be a fraction in (0, 1], not \"\(text)\"",
          hint: "--sample 0.01 tokenizes about 1 % of the documents")
      }
      let seedText = parsed.value("--seed") ?? "0"
      guard let seed = UInt64(seedText) else {
        throw TollgateError(
          .usage, "--seed must be a whole number, not \"\(seedText)\"",
          hint: "e.g. --seed 7")
      }
      options.sample = SampleSettings(fraction: fraction, seed: seed)
    }
    return options
  }
}

import Foundation
import TollgateCore
import TollgateText

/// `tollgate tokens merge`: adds the `--json` results of the shards of one count.
enum TokensMergeCommand {
  static let spec = CommandSpec(
    name: "merge", abstract: "Add the shard results of one count into the corpus total.",
    discussion: """
      Each shard's `tollgate tokens count --shard I/N --json` output is one RESULT. The merge is
      exact: shards split every file's documents without overlap. It refuses results of
      different tokenizers, fields, files or samples, and a missing or repeated shard.

      Example (a Slurm array of 64 tasks, then):
        tollgate tokens merge shard-*.json
      """,
    arguments: [
      ArgumentSpec(
        name: "RESULT", help: "JSON results of `tokens count --shard I/N --json`.",
        isRepeating: true)
    ],
    options: [.language, .json],
    exitCodes: [
      (ExitCode.success, "merged"),
      (ExitCode.couldNotFinish, "a result is unreadable, from another count, missing or repeated"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    guard !parsed.arguments.isEmpty else {
      throw TollgateError(.usage, "no results given", hint: "name the shards' JSON results")
    }
    let reports = try parsed.arguments.map { try read(context.resolve($0).path, as: $0) }
    let merged = try TokenCountReport.merged(reports, names: parsed.arguments)
    if parsed.flag("--json") {
      context.write(try JSONOutput.encode(merged))
    } else {
      context.write(TokensOutput.table(merged, language: context.language(parsed)))
    }
    return ExitCode.success
  }

  private static func read(_ path: String, as name: String) throws -> TokenCountReport {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw TollgateError.file(
        .unreadable, name, "cannot read the result",
        hint: "check the path of the shard's --json output")
    }
    do {
      return try JSONDecoder().decode(TokenCountReport.self, from: data)
    } catch {
      throw TollgateError.file(
        .malformed, name,
        "not a result of `tollgate tokens count --json`: \(error)",
        hint: "merge the --json outputs of `tollgate tokens count --shard I/N`")
    }
  }
}

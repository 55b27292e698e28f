import Foundation
import TollgateCore
import TollgateText

/// `tollgate data merge`: adds the shard results of one `data scan`.
enum DataMergeCommand {
  static let spec = CommandSpec(
    name: "merge", abstract: "Add the shard results of one scan into the corpus total.",
    discussion: """
      Each RESULT is the --json output of `tollgate data scan --shard I/N`. The merge is exact
      and refuses a missing or repeated shard or results of different fields or patterns.

      Example:
        tollgate data merge scan-*.json --json > scan.json
      """,
    arguments: [
      ArgumentSpec(
        name: "RESULT", help: "JSON results of `data scan --shard I/N --json`.",
        isRepeating: true)
    ],
    options: [.language, .json],
    exitCodes: [
      (ExitCode.success, "merged"),
      (ExitCode.couldNotFinish, "a result is unreadable, from another scan, missing or repeated"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    let reports = try parsed.arguments.map { try read($0, context) }
    let merged = try PIIScanReport.merged(reports, names: parsed.arguments)
    context.write(
      parsed.flag("--json")
        ? try JSONOutput.encode(merged)
        : DataScanText.render(merged, language: context.language(parsed)))
    return ExitCode.success
  }

  static func read(_ argument: String, _ context: CommandContext) throws -> PIIScanReport {
    guard let data = try? Data(contentsOf: context.resolve(argument)) else {
      throw TollgateError.file(
        .unreadable, argument, "cannot read the scan result",
        hint: "check the path of the `data scan --json` output")
    }
    return try ScanResultFile.decode(data, argument)
  }
}

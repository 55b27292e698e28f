import Foundation
import TollgateCore
import TollgateText

/// `tollgate data diff`: what changed between two snapshots.
enum DataDiffCommand {
  static let spec = CommandSpec(
    name: "diff", abstract: "List files added, removed and changed between two snapshots.",
    discussion: """
      Both manifests are verified first: one edited by hand is refused.

      Example:
        tollgate data diff data/v1.manifest.json data/v2.manifest.json
      """,
    arguments: [
      ArgumentSpec(name: "A", help: "The earlier snapshot manifest."),
      ArgumentSpec(name: "B", help: "The later snapshot manifest."),
    ],
    options: [.language, .json],
    exitCodes: [
      (ExitCode.success, "the snapshots hold the same files"),
      (ExitCode.failure, "the snapshots differ"),
      (ExitCode.couldNotFinish, "a manifest is unreadable, malformed or edited by hand"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    guard parsed.arguments.count == 2 else {
      throw TollgateError(.usage, "diff takes two manifests", hint: "tollgate data diff A B")
    }
    let before = try load(parsed.arguments[0], context)
    let after = try load(parsed.arguments[1], context)
    let diff = SnapshotDiff(from: before, to: after)
    if parsed.flag("--json") {
      context.write(try JSONOutput.encode(diff))
    } else {
      context.write(text(diff, context.language(parsed)))
    }
    return diff.isEmpty ? ExitCode.success : ExitCode.failure
  }

  private static func load(_ argument: String, _ context: CommandContext) throws
    -> SnapshotManifest
  {
    do {
      return try SnapshotManifest.load(from: context.resolve(argument).path)
    } catch var error as TollgateError {
      error.location = error.location.map { _ in SourceLocation(file: argument, line: 0, column: 0)
      }
      throw error
    }
  }

  /// The diff as lines: `+` added, `-` removed, `~` changed, then the totals.
  private static func text(_ diff: SnapshotDiff, _ language: Language) -> String {
    let zh = language == .chinese
    func size(_ bytes: Int64, _ records: Int64?) -> String {
      let grouped = Thousands.grouped(bytes)
      guard zh else {
        return DataScanText.counted(bytes, "byte")
          + (records.map { ", " + DataScanText.counted($0, "record") } ?? "")
      }
      return "\(grouped) 字节" + (records.map { "，\(Thousands.grouped($0)) 条记录" } ?? "")
    }
    var lines = ["\(diff.fromID.prefix(12)) -> \(diff.toID.prefix(12))"]
    lines += diff.added.map { "+ \($0.path) (\(size($0.size, $0.records)))" }
    lines += diff.removed.map { "- \($0.path) (\(size($0.size, $0.records)))" }
    for change in diff.changed {
      let delta = change.recordDelta.map {
        (zh ? "，记录 " : ", records ") + ($0 >= 0 ? "+" : "") + "\($0)"
      }
      let sizes = "\(Thousands.grouped(change.sizeBefore)) -> \(size(change.sizeAfter, nil))"
      lines.append("~ \(change.path) (\(sizes)\(delta ?? ""))")
    }
    let sign = diff.recordDelta >= 0 ? "+" : ""
    lines.append(
      zh
        ? "新增 \(diff.added.count)，删除 \(diff.removed.count)，变更 \(diff.changed.count)，"
          + "未变 \(diff.unchangedCount)；记录 \(sign)\(diff.recordDelta)"
        : "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) "
          + "changed, \(diff.unchangedCount) unchanged; records \(sign)\(diff.recordDelta)")
    return lines.joined(separator: "\n") + "\n"
  }
}

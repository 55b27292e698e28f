import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// `tollgate data snapshot`: hashes every file into a manifest whose id pins the data.
enum DataSnapshotCommand {
  static let spec = CommandSpec(
    name: "snapshot", abstract: "Record every file's size, SHA-256 and records as a manifest.",
    discussion: """
      The snapshot id is the SHA-256 of the sorted file list, so the same bytes always give the
      same id. Files that cannot be read are listed in the manifest, not fatal. With --dvc the
      manifest also holds DVC's MD5s and a PATH.dvc file is written beside each PATH.

      Left out of the folders walked, so that a snapshot taken again over its own output keeps
      its id: the --out file (even when a PATH names it), *.manifest.json files Tollgate wrote
      (checked by their first bytes; other files of that name stay in), *.dvc files and .dvc
      folders. A file that two PATHs reach (data and data/a.jsonl) is recorded once, with a
      note on standard error.

      Example:
        tollgate data snapshot data/train data/extra.jsonl --name v1 --out data/v1.manifest.json
      """,
    arguments: [
      ArgumentSpec(name: "PATH", help: "Files and folders to include.", isRepeating: true)
    ],
    options: [
      .value(
        "--name", "NAME", help: "The snapshot's name (no /; also the default file name).",
        required: true),
      .value("--out", "FILE", help: "Where to write the manifest (default: NAME.manifest.json)."),
      .flag("--dvc", help: "Also record DVC-compatible MD5s and write PATH.dvc files."),
      .language,
      .json,
    ],
    exitCodes: [
      (ExitCode.success, "the manifest was written (unreadable files are listed in it)"),
      (ExitCode.couldNotFinish, "a PATH does not exist or the manifest could not be written"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    guard !parsed.arguments.isEmpty else {
      throw TollgateError(.usage, "no PATH given", hint: "name the files or folders to snapshot")
    }
    // The parser stops a run without --name (it is required); an empty one is refused here.
    guard let name = parsed.value("--name"), !name.isEmpty else {
      throw TollgateError(.usage, "--name must not be empty", hint: "e.g. --name contracts-v1")
    }
    guard !name.contains("/"), !name.contains("\0"), name != ".", name != ".." else {
      throw TollgateError(
        .usage, "--name \"\(name)\" is a path, not a name",
        hint: "name the snapshot without / (e.g. --name contracts-v1) and say where the manifest "
          + "goes with --out (e.g. --out data/contracts-v1.manifest.json)")
    }
    let roots = parsed.arguments.map { $0.hasPrefix("/") ? $0 : context.resolve($0).path }
    let progress = DataProgress(context: context, isEnabled: !parsed.flag("--json"), unit: "files")
    let out = context.resolve(parsed.value("--out") ?? "\(name).manifest.json")
    var builder = SnapshotBuilder(name: name, roots: roots, includeDVCHashes: parsed.flag("--dvc"))
    builder.leftOut = [out.path]
    var notes: [String] = []
    var manifest = try builder.build(
      progress: { done, total in progress.update(Int64(done), of: Int64(total)) },
      note: { notes.append($0) })
    progress.finish()
    for note in notes { context.writeError(note + "\n") }
    manifest.roots = parsed.arguments
    manifest.takenIn = relativePath(
      from: out.deletingLastPathComponent(),
      to: URL(fileURLWithPath: context.currentDirectory, isDirectory: true))
    try AtomicFile.write(try manifest.encoded(), to: out)
    if parsed.flag("--dvc") { try writeDVCFiles(manifest, roots: roots, context: context) }

    for problem in manifest.problems { context.writeError("warning: \(problem)\n") }
    if parsed.flag("--json") {
      context.write(String(decoding: try manifest.encoded(), as: UTF8.self))
    } else {
      let written = parsed.value("--out") ?? "\(name).manifest.json"
      if context.language(parsed) == .chinese {
        let grouped = { (count: Int64) in Thousands.grouped(count) }
        context.write(
          """
          数据快照 \(manifest.name)：\(manifest.id)
            文件 \(grouped(Int64(manifest.fileCount))) 个，字节 \(grouped(manifest.totalBytes))，\
          记录 \(grouped(manifest.totalRecords)) 条，问题 \(manifest.problems.count) 个
            已写入 \(written)

          """)
      } else {
        let counts = [
          DataScanText.counted(Int64(manifest.fileCount), "file"),
          DataScanText.counted(manifest.totalBytes, "byte"),
          DataScanText.counted(manifest.totalRecords, "record"),
          DataScanText.counted(Int64(manifest.problems.count), "problem"),
        ]
        context.write(
          """
          snapshot \(manifest.name): \(manifest.id)
            \(counts.joined(separator: ", "))
            written to \(written)

          """)
      }
    }
    return ExitCode.success
  }

  /// The path from folder `start` to folder `end` (`..`, `../data`, `.`), both absolute.
  static func relativePath(from start: URL, to end: URL) -> String {
    let from = start.standardizedFileURL.pathComponents
    let to = end.standardizedFileURL.pathComponents
    let common = zip(from, to).prefix { $0 == $1 }.count
    let parts = Array(repeating: "..", count: from.count - common) + to[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  private static func writeDVCFiles(
    _ manifest: SnapshotManifest, roots: [String], context: CommandContext
  ) throws {
    for root in roots {
      let url = URL(fileURLWithPath: root)
      guard let text = DVCFile.text(for: url.lastPathComponent, in: manifest) else { continue }
      try AtomicFile.write(
        text,
        to: url.deletingLastPathComponent()
          .appendingPathComponent(url.lastPathComponent + ".dvc"))
    }
  }
}

import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// `tollgate data scan`: finds personal data in corpora and model outputs, masked.
enum DataScanCommand {
  static let spec = CommandSpec(
    name: "scan", abstract: "Find personal data (IDs, cards, phones, e-mail, names), masked.",
    discussion: """
      Reads .txt (one document per line) and .jsonl (the --field string; --field '*' reads
      every string value of a record, for records whose personal data sits in other fields),
      optionally .gz or .zst. A folder stands for every such file under it, in sorted order
      (a FIFO, socket or broken link there is skipped with a warning; a folder that cannot be
      listed stops the scan); a file named twice is read once; standard input is /dev/stdin.
      A --field that holds an array is read as the strings in it, one per line, so the
      answers in an evaluation log (lm-eval's samples_*.jsonl: resps, filtered_resps) scan as
      they are.

      Hits are validated (check digits, dates, prefixes) and shown only masked, the first
      three of each category as examples; --hits FILE lists every one with its file, line
      and UTF-8 byte offset and length in the document's text. Hits of --pattern count in
      the rate like the built-in categories. Lines that are not valid UTF-8 or not JSON
      objects are skipped with a warning; a scan that skipped every line stops (exit 2).

      With --shard I/N each task scans every N-th document; `tollgate data merge` adds the
      --json results, which carry the totals (documents, documentsWithHits,
      documentsWithHitsRate as a fraction, hits) and each file. With --snapshot MANIFEST it
      scans the corpus files of that snapshot instead of PATHs, after checking each byte for
      byte against it (one SHA-256 pass); the result names the snapshot, so `data card` and
      `decide` know the scan is of the data the snapshot recorded.

      Examples:
        tollgate data scan corpus/
        tollgate data scan corpus/*.jsonl.zst
        tollgate data scan corpus.jsonl --shard 3/8 --json > scan-3.json
        tollgate data scan --snapshot data/v1.manifest.json --json > scan-v1.json
        tollgate data scan corpus/ --hits hits.jsonl   # every hit, masked, with file and line
        tollgate data scan outputs.jsonl --field output --pattern 'contract=HT-[0-9]{8}'
        tollgate data scan eval/samples_contracts_*.jsonl --field filtered_resps
      """,
    arguments: [
      ArgumentSpec(
        name: "PATH", help: "Corpus files, or folders of them (every corpus file under it).",
        isOptional: true, isRepeating: true)
    ],
    options: [
      .value(
        "--field", "FIELD",
        help: "JSON field holding the text (dots for nesting; an array: its strings).",
        default: "text"),
      .value("--shard", "I/N", help: "Scan only shard I of N (0-based)."),
      .value(
        "--hits", "FILE",
        help: "Also write every hit, masked, with file, line and UTF-8 byte offset (JSONL)."),
      .value(
        "--snapshot", "MANIFEST",
        help: "Scan this snapshot's files (checked against it first) instead of PATHs."),
      .value(
        "--pattern", "NAME=REGEX", help: "An extra pattern to report as custom:NAME.",
        repeatable: true),
      .jobs,
      .language,
      .json,
    ],
    exitCodes: [
      (ExitCode.success, "the scan finished (hits or not)"),
      (
        ExitCode.couldNotFinish,
        "a file is missing, vanished, changed since --snapshot, or its compression is damaged"
      ),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    let snapshotPath = parsed.value("--snapshot")
    guard parsed.arguments.isEmpty != (snapshotPath == nil) else {
      throw TollgateError(
        .usage, snapshotPath == nil ? "no PATH given" : "both PATHs and --snapshot given",
        hint: "name the corpus files to scan, or a snapshot with --snapshot MANIFEST")
    }
    let field = parsed.value("--field") ?? "text"
    try CorpusField.check(field)
    let patterns = try parsed.values("--pattern").map(pattern)
    try checkNames(patterns)
    let shard = try parsed.value("--shard").map(CorpusShard.init(parsing:)) ?? .whole
    let currentFolder = URL(fileURLWithPath: context.currentDirectory, isDirectory: true)
    var snapshot: SnapshotManifest?
    let files: [CorpusPaths.File]
    if let snapshotPath {
      let checking = DataProgress(
        context: context, isEnabled: !parsed.flag("--json"),
        unit: "bytes checked against the snapshot")
      (snapshot, files) = try SnapshotCorpus.files(
        manifestPath: snapshotPath, relativeTo: currentFolder, progress: checking)
    } else {
      files = try CorpusPaths.expand(
        parsed.arguments, relativeTo: currentFolder, origin: .commandLine,
        warn: context.writeError)
    }
    var scan = CorpusPIIScan(
      scanner: try scanner(patterns), paths: files.map(\.path), field: field, shard: shard,
      concurrency: try parsed.jobs() ?? ProcessInfo.processInfo.activeProcessorCount)
    if let typed = parsed.value("--hits") {
      let log = try hitLog(typed, for: files, context)
      scan.hitLog = log
      Interrupts.removeOnSignal(files: log.partPaths, folder: log.folder.path)
    }
    defer {
      Interrupts.removeOnSignal(files: [], folder: nil)
      if let folder = scan.hitLog?.folder { try? FileManager.default.removeItem(at: folder) }
    }
    let progress = DataProgress(
      context: context, isEnabled: !parsed.flag("--json"), unit: "bytes scanned")
    var report: PIIScanReport
    do {
      report = try scan.run { progress.update($0) }
    } catch var error as TollgateError {
      // Errors name the file as typed, as the warnings do, not its absolute path.
      if let location = error.location,
        let file = files.first(where: { $0.path == location.file })
      {
        error.location = SourceLocation(
          file: file.shown, line: location.line, column: location.column)
      }
      progress.finish()
      throw error
    }
    progress.finish()
    report.snapshot = snapshot.map(SnapshotReference.init)
    // Show the paths as the user typed them.
    for (index, file) in zip(report.files.indices, files) {
      report.files[index].file = file.shown
      for example in report.files[index].examples.indices {
        report.files[index].examples[example].file = file.shown
      }
      for issue in report.files[index].issues.indices {
        report.files[index].issues[issue].file = file.shown
      }
    }

    for file in report.files {
      for issue in file.issues {
        context.writeError("\(file.file):\(issue.line): warning: \(issue.detail)\n")
      }
      if let note = skippedNote(shown: file.issues.count, of: file.skippedLineCount) {
        context.writeError("\(file.file): warning: \(note)\n")
      }
    }
    try checkSomethingWasRead(report, field: field)
    if let typed = parsed.value("--hits"), let log = scan.hitLog {
      try Interrupts.deferred {
        try AtomicFile.write(to: context.resolve(typed)) { try log.concatenate(into: $0) }
      }
    }
    context.write(
      parsed.flag("--json")
        ? try JSONOutput.encode(report)
        : DataScanText.render(report, language: context.language(parsed)))
    return ExitCode.success
  }

  /// A scan whose every line was skipped read nothing: its 0% would pass any gate. Most often
  /// the field is wrong (`--field txt`), or the files are not what their names say.
  private static func checkSomethingWasRead(_ report: PIIScanReport, field: String) throws {
    let skipped = report.skippedLineCount
    guard report.documents == 0, skipped > 0 else { return }
    throw TollgateError(
      .invalidContent,
      "read no document: all \(DataScanText.counted(skipped, "line")) were skipped "
        + "(\(CorpusIssue.Kind.describe(report.skippedLines)))",
      hint: "check --field (now \"\(field)\"): it names the JSON field that holds the text; the "
        + "warnings above say why each line was skipped")
  }

  /// The hit log for `--hits typed`, its parts in a hidden folder beside it, after checking
  /// that the log can only be a new or regular file that is no corpus file: the final rename
  /// would replace whatever is there, a link or one of the files being scanned included.
  ///
  /// - Throws: `.usage` for a name that is empty, a folder, a link or special file, or one of
  ///   the files scanned; `.writeFailed` when the folder cannot be written.
  private static func hitLog(
    _ typed: String, for files: [CorpusPaths.File], _ context: CommandContext
  ) throws -> PIIHitLog {
    func refuse(_ why: String) -> TollgateError {
      TollgateError(
        .usage, "--hits \"\(typed)\" \(why)",
        hint: "name a new file (or a regular file to replace) outside the data, e.g. "
          + "--hits hits.jsonl")
    }
    guard !typed.isEmpty else { throw refuse("is empty") }
    let url = context.resolve(typed)
    var info = stat()
    if lstat(url.path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw refuse("is a folder")
      case S_IFLNK: throw refuse("is a link; the log would replace it, not write through it")
      default: throw refuse("is not a regular file")
      }
    }
    let identity = EntryPath.identity(of: url.path)
    if let scanned = files.first(where: { EntryPath.identity(of: $0.path) == identity }) {
      throw refuse("is \(scanned.shown), one of the files scanned; the log would replace it")
    }
    let parts = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).parts")
    do {
      try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
    } catch {
      throw TollgateError.file(
        .writeFailed, typed, "cannot write the hit log there: \(error.localizedDescription)",
        hint: "give --hits a file in a folder you can write to")
    }
    return PIIHitLog(folder: parts, names: files.map(\.shown))
  }

  /// "(first 10 shown; 3 more skipped lines, see the summary or --json)" when the warnings
  /// printed are fewer than the lines skipped, nil when every skipped line was shown.
  static func skippedNote(shown: Int, of skipped: Int64) -> String? {
    guard skipped > Int64(shown) else { return nil }
    let more = skipped - Int64(shown)
    return "(first \(shown) shown; \(Thousands.grouped(more)) more skipped "
      + "\(more == 1 ? "line" : "lines"), see the summary or --json)"
  }

  /// Compiles the scanner; a --pattern Hyperscan refuses is a mistake on the command line.
  private static func scanner(_ patterns: [PIIPattern]) throws -> PIIScanner {
    do {
      return try PIIScanner(extraPatterns: patterns)
    } catch var error as TollgateError where !patterns.isEmpty {
      guard error.message.hasPrefix("PII pattern") else { throw error }
      error.code = .usage
      error.message = "--pattern " + error.message.dropFirst("PII pattern ".count)
      throw error
    }
  }

  /// Refuses two --pattern with one NAME: their hits would be added under one custom:NAME.
  private static func checkNames(_ patterns: [PIIPattern]) throws {
    var seen: Set<String> = []
    for pattern in patterns where !seen.insert(pattern.name).inserted {
      throw TollgateError(
        .usage, "two --pattern named \"\(pattern.name)\"; their hits would be counted as one",
        hint: "give each --pattern its own NAME (NAME=REGEX), or join the two regexes with |")
    }
  }

  private static func pattern(_ text: String) throws -> PIIPattern {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
      throw TollgateError(
        .usage, "cannot read pattern \"\(text)\"", hint: "write --pattern NAME=REGEX")
    }
    return PIIPattern(
      name: String(text[..<equals]), regex: String(text[text.index(after: equals)...]))
  }
}

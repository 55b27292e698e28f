import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// `tollgate data card`: the data card of a snapshot, in Markdown or JSON.
enum DataCardCommand {
  static let spec = CommandSpec(
    name: "card", abstract: "Write the data card of a snapshot (Markdown, or JSON).",
    discussion: """
      Combines the snapshot (id, files, records), the decision card's data section (sources,
      licence, storage region, cross-border flag, de-identification, max_pii_rate), a PII scan
      result, the coverage of a JSON field, and a token count.

      The card is meant to be shared: a scan of another snapshot is refused (scan this one
      with `tollgate data scan --snapshot SNAPSHOT --json`), a decision card whose data section
      has an error is refused, and --coverage-field counts a category only (a field whose
      values hold personal data, name one record each, or run past 256 bytes is refused).

      Example:
        tollgate data card data/v1.manifest.json --card card.yaml --scan scan.json \\
          --coverage-field industry --tokens 1200000000
      """,
    arguments: [ArgumentSpec(name: "SNAPSHOT", help: "A manifest from `data snapshot`.")],
    options: [
      .value("--card", "CARD", help: "The decision card whose data section to include."),
      .value("--scan", "RESULT", help: "A `data scan --json` result to include."),
      .value("--coverage-field", "FIELD", help: "Count JSONL records by this field's value."),
      .value(
        "--tokens", "N",
        help: "Tokens in the set (from `tollgate tokens count`; default: the card's data.tokens)."),
      .cardLanguage("the Markdown card"),
      .json,
    ],
    exitCodes: [
      (ExitCode.success, "the card was written"),
      (ExitCode.couldNotFinish, "an input is unreadable, malformed, or the snapshot was edited"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    guard let argument = parsed.arguments.first else {
      throw TollgateError(.usage, "no SNAPSHOT given", hint: "name a manifest from data snapshot")
    }
    let manifestURL = context.resolve(argument)
    let manifest = try SnapshotManifest.load(from: manifestURL.path)
    let decisionCard = try parsed.value("--card").map { try loadCard($0, context) }
    let scan = try parsed.value("--scan").map { try DataMergeCommand.read($0, context) }
    if let scan, let scanArgument = parsed.value("--scan") {
      try checkScan(scan, scanArgument, against: manifest, at: argument, context)
    }
    let coverage = try parsed.value("--coverage-field").map { field in
      try CorpusField.check(field, option: "--coverage-field")
      return try DataCard.Coverage.count(
        field: field, in: manifest,
        bases: SnapshotFiles.bases(
          for: manifest, at: manifestURL,
          from: URL(fileURLWithPath: context.currentDirectory, isDirectory: true)))
    }
    if let coverage, coverage.counts.isEmpty, coverage.otherRecords == 0 {
      context.writeError(
        "warning: no record has a text value in --coverage-field \(coverage.field) ("
          + "\(coverage.missing) without the field, \(coverage.notText) not text); check the "
          + "field's name\n")
    }
    if let cardPath = parsed.value("--card"), let decisionCard {
      warnIfAnotherSnapshot(decisionCard, cardPath, manifest, context)
    }
    let tokens = try parsed.value("--tokens").map { text in
      guard let count = Int64(text), count >= 0 else {
        throw TollgateError(
          .usage, "--tokens must be a whole number, got \"\(text)\"",
          hint: "e.g. --tokens 1200000000")
      }
      return TokenCount(count)
    }
    // The card's own count stands in when none is typed.
    let card = DataCard(
      manifest: manifest, plan: decisionCard?.data, scan: scan, coverage: coverage,
      tokens: tokens ?? decisionCard?.data?.tokens)
    let language = context.language(parsed, card: decisionCard?.language)
    context.write(
      parsed.flag("--json")
        ? try JSONOutput.encode(card) : card.markdown(language: language, manifestPath: argument))
    return ExitCode.success
  }

  /// The decision card names its own snapshot (`data.snapshot`); a data card of another one
  /// mixes two datasets' facts, which is worth a warning (not an error: the card's snapshot
  /// may simply not be taken yet, or be the previous one).
  private static func warnIfAnotherSnapshot(
    _ card: DecisionCard, _ cardPath: String, _ manifest: SnapshotManifest,
    _ context: CommandContext
  ) {
    guard let written = card.data?.snapshot else { return }
    let folder = context.resolve(cardPath).deletingLastPathComponent()
    let path = CorpusPaths.resolve(written, folder)
    guard let named = try? SnapshotManifest.load(from: path), named.id != manifest.id else {
      return
    }
    context.writeError(
      "warning: \(cardPath) names snapshot \(SnapshotReference(named)) in data.snapshot, not "
        + "\(SnapshotReference(manifest)); the data card mixes the two\n")
  }

  /// A scan of another snapshot would put its figures under this snapshot's id: refused. A scan
  /// of paths may be of this data or not; the card says so, and so does a warning.
  private static func checkScan(
    _ scan: PIIScanReport, _ argument: String, against manifest: SnapshotManifest,
    at manifestPath: String, _ context: CommandContext
  ) throws {
    let this = SnapshotReference(manifest)
    let rescan = "tollgate data scan --snapshot \(manifestPath) --json > pii-scan.json"
    guard let scanned = scan.snapshot else {
      context.writeError(
        "warning: \(argument) is a scan of paths, not of snapshot \(this); to tie the two, "
          + "scan with `\(rescan)`\n")
      return
    }
    guard scanned.id == this.id else {
      throw TollgateError.file(
        .invalidContent, argument,
        "a scan of snapshot \(scanned), not of snapshot \(this)",
        hint: "scan this snapshot: `\(rescan)`, then pass --scan pii-scan.json")
    }
  }

  /// The decision card whose data section the data card shows. Its `data` errors stop the
  /// card (a licence that reads `maybe` must not print as "unknown" in a shared document);
  /// errors elsewhere in it are `card check`'s business and do not.
  ///
  /// - Throws: `TollgateError` when the file is no card with a `data` section, or that section
  ///   has an error.
  private static func loadCard(_ path: String, _ context: CommandContext) throws -> DecisionCard {
    let root = try YAMLReader.read(contentsOf: context.resolve(path).path)
    let checked = CardChecker.check(root, file: path)
    guard checked.card.data != nil else {
      throw TollgateError.file(
        .invalidContent, path, "no `data` section: this is no decision card, or it has no data",
        hint: "give --card the decision card (`tollgate init` writes one) with its data section")
    }
    if let error = checked.diagnostics.first(where: {
      $0.severity == .error && ($0.keyPath?.hasPrefix("data") ?? false)
    }) {
      throw TollgateError(
        .invalidContent, "the card's data section has an error: \(error.message)",
        at: error.location,
        hint: "fix it (`tollgate card check \(path)` lists every finding), then write the data "
          + "card again")
    }
    return checked.card
  }
}

import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// The PII scan `tollgate decide` holds against `data.deidentification.max_pii_rate` at step 3:
/// read from `--pii-scan FILE`, or run over the corpus the card names (`data.corpus`).
enum CorpusPII {
  /// The scan for the decision.
  ///
  /// The scan is the file typed after `--pii-scan` when there is one. Else, when the card sets
  /// `max_pii_rate`, `decide` scans the data itself: the card's `data.snapshot` when it is
  /// taken (its files checked byte for byte first, so the figures are of the snapshot's data),
  /// else the corpus `data.corpus` names; else nil (the card does not ask, or there is nothing
  /// to scan: the decision path says which). A scan that does not cover the data the card
  /// trains on carries a `coverageGap`: step 3 then waits for one that does.
  ///
  /// A long scan draws its progress on a terminal, as `tollgate data scan` does (never with
  /// `--json`).
  ///
  /// - Throws: `TollgateError` when the typed scan is of another snapshot than the card's, or
  ///   the snapshot's files changed since it was taken.
  static func gather(
    typed: String?, card: DecisionCard, snapshot: SnapshotManifest?, cardFolder: URL,
    context: CommandContext, language: Language, showsProgress: Bool
  ) throws -> PIIScanSummary? {
    let words = CoverageWords(card: card, language: language)
    if let typed {
      var scan = try read(typed, context)
      if let snapshot, let snapshotPath = card.data?.snapshot {
        scan.coverageGap = try tie(scan, typed, to: snapshot, at: snapshotPath, words)
      }
      return scan
    }
    guard card.data?.maxPIIRate != nil else { return nil }
    let field = card.data?.corpus?.field ?? "text"
    if let manifest = snapshot, let snapshotPath = card.data?.snapshot {
      let checking = DataProgress(
        context: context, isEnabled: showsProgress, unit: "bytes checked against the snapshot")
      let files = try SnapshotCorpus.files(
        of: manifest, named: snapshotPath, relativeTo: cardFolder, progress: checking)
      let source =
        language == .chinese
        ? "数据快照 \(SnapshotReference(manifest)) 的 \(files.count) 个文件"
        : "snapshot \(SnapshotReference(manifest)), \(files.count) file(s)"
      var scan = try scanned(
        files.map(\.path), field: field, source: source, context, showsProgress)
      scan.snapshotID = manifest.id
      scan.origin = .cardSnapshot
      scan.excludedFieldsPresent = try excludedFields(card, in: files.map(\.path))
      let inSnapshot = Set(files.map(\.path))
      let outside = try card.data?.corpus.map { corpus in
        try CorpusTokens.expand(corpus, relativeTo: cardFolder, warn: { _ in })
          .filter { !inSnapshot.contains($0) }
      }
      if let outside, !outside.isEmpty {
        scan.coverageGap = words.corpusOutside(outside, manifest, at: snapshotPath)
      }
      return scan
    }
    guard let corpus = card.data?.corpus else { return nil }
    let files = try CorpusTokens.expand(
      corpus, relativeTo: cardFolder, warn: context.writeError)
    let source =
      language == .chinese
      ? "data.corpus 的 \(files.count) 个文件" : "data.corpus, \(files.count) file(s)"
    var scan = try scanned(files, field: field, source: source, context, showsProgress)
    scan.origin = .cardCorpus
    scan.excludedFieldsPresent = try excludedFields(card, in: files)
    return scan
  }

  /// How many records of the JSON Lines files among `paths` still hold each field the card
  /// excludes (`data.deidentification.excluded_fields`), present as text or as any other value.
  /// One byte search per file for all the fields' keys; a file is parsed for a field only when
  /// its key appears in it, so data without the fields (the usual case) is read once.
  private static func excludedFields(_ card: DecisionCard, in paths: [String]) throws
    -> [String: Int64]
  {
    let fields = (card.data?.excludedFields ?? []).filter { (try? CorpusField.check($0)) != nil }
    let records = paths.filter { CorpusFormat(fileName: $0) == .jsonLines }
    guard !fields.isEmpty, !records.isEmpty else { return [:] }
    // A dotted field (`meta.id_number`) is found by its last key.
    let keyOfField = Dictionary(
      fields.map { ($0, String($0.split(separator: ".").last ?? Substring($0))) },
      uniquingKeysWith: { first, _ in first })
    var present: [String: Int64] = [:]
    for path in records {
      let keys = try CorpusKeyPresence.keys(Array(Set(keyOfField.values)), appearingIn: path)
      for field in fields where keys.contains(keyOfField[field] ?? field) {
        let summary = try CorpusReader(path: path, field: field).forEachDocument { _ in }
        present[field, default: 0] +=
          summary.documents + (summary.issueCounts[.fieldNotString] ?? 0)
      }
    }
    return present
  }

  /// Scans `paths` in `field`, drawing the bytes scanned on a terminal.
  private static func scanned(
    _ paths: [String], field: String, source: String, _ context: CommandContext,
    _ showsProgress: Bool
  ) throws -> PIIScanSummary {
    let progress = DataProgress(
      context: context, isEnabled: showsProgress, unit: "bytes scanned for PII")
    defer { progress.finish() }
    let scan = CorpusPIIScan(scanner: try PIIScanner(), paths: paths, field: field)
    return summary(try scan.run { progress.update($0) }, source: source)
  }

  /// Holds a typed scan to the card's snapshot: a scan of another snapshot is refused (its
  /// figures are of other data); a scan of paths is a coverage gap, since nothing shows that
  /// the paths held the snapshot's data, or all of it, when they were scanned.
  private static func tie(
    _ scan: PIIScanSummary, _ typed: String, to snapshot: SnapshotManifest, at path: String,
    _ words: CoverageWords
  ) throws -> PIIScanSummary.CoverageGap? {
    guard let scanned = scan.snapshotID else {
      return words.scanOfPaths(typed, snapshot, at: path)
    }
    guard scanned == snapshot.id else {
      throw TollgateError.file(
        .invalidContent, typed,
        "a scan of snapshot id \(scanned.prefix(12)), but the card's data.snapshot is "
          + "\(SnapshotReference(snapshot))",
        hint: "scan the card's snapshot: `\(words.scanSnapshot(path))`")
    }
    return nil
  }

  /// Reads a `tollgate data scan --json` result, or the `pii` part of a
  /// `tollgate data card --json` data card.
  static func read(_ argument: String, _ context: CommandContext) throws -> PIIScanSummary {
    let url = context.resolve(argument)
    guard let data = try? Data(contentsOf: url) else {
      let isMissing = !FileManager.default.fileExists(atPath: url.path)
      throw TollgateError.file(
        .unreadable, argument,
        isMissing ? "no such file" : "cannot read the PII scan",
        hint: "give the output of `tollgate data scan CORPUS --json` to --pii-scan")
    }
    if let report = try? JSONDecoder().decode(PIIScanReport.self, from: data) {
      guard report.schemaVersion <= PIIScanReport.currentSchemaVersion else {
        throw TollgateError.file(
          .invalidContent, argument,
          "written by a newer Tollgate (scan schema \(report.schemaVersion), this one reads "
            + "\(PIIScanReport.currentSchemaVersion))",
          hint: "scan again with this version, or upgrade Tollgate")
      }
      try checkTotals(report, argument)
      // One shard's result judges only its share of the documents: say so beside the figures.
      var scan = summary(
        report, source: report.shard.map { "\(argument), shard \($0)" } ?? argument)
      scan.shard = report.shard
      scan.snapshotID = report.snapshot?.id
      return try checked(scan, argument)
    }
    if let failed = ScanResultFile.failedScan(in: data, argument) { throw failed }
    guard let card = try? JSONDecoder().decode(DataCardShape.self, from: data) else {
      // A file that looks like a scan result says where it goes wrong; broken JSON where.
      let looksLikeAScan =
        (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["files"] != nil
      if looksLikeAScan || (try? JSONSerialization.jsonObject(with: data)) == nil {
        _ = try ScanResultFile.decode(data, argument)
      }
      throw TollgateError.file(
        .malformed, argument,
        "neither a result of `tollgate data scan --json` nor a data card",
        hint: "give the output of `tollgate data scan CORPUS --json` (or of "
          + "`tollgate data card SNAPSHOT --scan RESULT --json`) to --pii-scan")
    }
    guard let pii = card.pii else {
      throw TollgateError.file(
        .invalidContent, argument, "the data card holds no PII scan result",
        hint: "build it with `tollgate data card SNAPSHOT --scan RESULT --json`, or give the "
          + "scan result itself to --pii-scan")
    }
    var scan = PIIScanSummary(
      documents: pii.documents, documentsWithHits: pii.documentsWithHits, hits: pii.hits,
      source: argument)
    scan.snapshotID = pii.snapshot?.id
    // A data card of one shard's scan, or of a scan that skipped lines, is judged as the scan
    // itself would be.
    scan.shard = pii.shard
    scan.skippedLines = max(0, pii.skippedLines ?? 0)
    if let shard = pii.shard { scan.source = "\(argument), shard \(shard)" }
    return try checked(scan, argument)
  }

  /// Refuses a scan whose per-file counts cannot be added up (negative, or past Int64): the
  /// totals are sums over files, and an overflowing sum would stop the program.
  static func checkTotals(_ report: PIIScanReport, _ argument: String) throws {
    var documents: Int64 = 0
    var hits: Int64 = 0
    for file in report.files {
      let counts = [file.documents, file.documentsWithHits] + Array(file.hits.values)
      guard counts.allSatisfy({ $0 >= 0 }), file.documentsWithHits <= file.documents else {
        throw impossibleCounts(
          "\(file.file) has a negative count, or more documents with hits than documents",
          argument)
      }
      let fileHits = file.hits.values.reduce(Int64(0)) { $0 &+ $1 }
      let (newDocuments, documentsOverflow) = documents.addingReportingOverflow(file.documents)
      let (newHits, hitsOverflow) = hits.addingReportingOverflow(fileHits)
      guard !documentsOverflow, !hitsOverflow, fileHits >= 0 else {
        throw impossibleCounts("totals past 2^63", argument)
      }
      (documents, hits) = (newDocuments, newHits)
    }
  }

  /// The summary of a scan file when its counts can be true: none negative, no more documents
  /// with hits than documents, at least one hit per document with hits. A hand-edited file that
  /// breaks these would otherwise pass step 3 with a rate below zero.
  static func checked(_ summary: PIIScanSummary, _ argument: String) throws -> PIIScanSummary {
    func impossible(_ what: String) -> TollgateError { impossibleCounts(what, argument) }
    guard summary.documents >= 0 else {
      throw impossible("documents is \(summary.documents)")
    }
    guard summary.documentsWithHits >= 0, summary.documentsWithHits <= summary.documents else {
      throw impossible(
        "documentsWithHits is \(summary.documentsWithHits) of \(summary.documents) documents")
    }
    if let (category, count) = summary.hits.sorted(by: { $0.key < $1.key }).first(where: {
      $0.value < 0
    }) {
      throw impossible("hits.\(category) is \(count)")
    }
    let totalHits = summary.hits.values.reduce(Int64(0)) { $0 &+ $1 }
    guard totalHits >= summary.documentsWithHits else {
      throw impossible(
        "\(summary.documentsWithHits) documents with hits but \(totalHits) hits in all")
    }
    return summary
  }

  /// The error for a scan file whose counts cannot be true: it was edited, or is not a scan.
  private static func impossibleCounts(_ what: String, _ argument: String) -> TollgateError {
    TollgateError.file(
      .invalidContent, argument, "impossible PII scan counts: \(what)",
      hint: "give --pii-scan the unedited output of `tollgate data scan CORPUS --json`, or scan "
        + "the corpus again")
  }

  /// The figures step 3 needs from a full scan report.
  static func summary(_ report: PIIScanReport, source: String) -> PIIScanSummary {
    var summary = PIIScanSummary(
      documents: report.documents, documentsWithHits: report.documentsWithHits,
      hits: Dictionary(uniqueKeysWithValues: report.hits.map { ($0.key.rawValue, $0.value) }),
      source: source)
    summary.skippedLines = report.skippedLineCount
    return summary
  }

  /// The part of a `tollgate data card --json` document that step 3 reads; `snapshot` is what
  /// tells a data card from other JSON.
  private struct DataCardShape: Decodable {
    struct Snapshot: Decodable { var id: String }
    struct PII: Decodable {
      var documents: Int64
      var documentsWithHits: Int64
      var hits: [String: Int64]
      var snapshot: Snapshot?
      var shard: String?
      var skippedLines: Int64?
    }
    var snapshot: Snapshot
    var pii: PII?
  }
}

import Foundation
import TollgateCore
import TollgateText

/// The PII scan `tollgate decide` holds against `data.deidentification.max_pii_rate` at step 3:
/// read from `--pii-scan FILE`, or run over the corpus the card names (`data.corpus`).
enum CorpusPII {
  /// The scan for the decision: the file typed after `--pii-scan` when there is one, else a
  /// scan of `data.corpus` when the card sets `max_pii_rate`, else nil (the card does not ask,
  /// or there is nothing to scan: the decision path says which).
  ///
  /// A scan of a large corpus takes a while, so it draws the bytes scanned on a terminal, as
  /// `tollgate data scan` does (never with `--json`).
  static func gather(
    typed: String?, card: DecisionCard, cardFolder: URL, context: CommandContext,
    language: Language, showsProgress: Bool
  ) throws -> PIIScanSummary? {
    if let typed { return try read(typed, context) }
    guard card.data?.maxPIIRate != nil, let corpus = card.data?.corpus else { return nil }
    let progress = DataProgress(
      context: context, isEnabled: showsProgress, unit: "bytes scanned for PII")
    defer { progress.finish() }
    return try scan(corpus, cardFolder: cardFolder, language: language) { progress.update($0) }
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
      return try checked(scan, argument)
    }
    guard let card = try? JSONDecoder().decode(DataCardShape.self, from: data) else {
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
    return try checked(
      PIIScanSummary(
        documents: pii.documents, documentsWithHits: pii.documentsWithHits, hits: pii.hits,
        source: argument),
      argument)
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

  /// Scans the files the card's corpus names, as token counting expands them, in the corpus's
  /// field (`text` unless `data.corpus.field` says otherwise).
  static func scan(
    _ spec: CorpusSpec, cardFolder: URL, language: Language,
    progress: (@Sendable (Int64) -> Void)? = nil
  ) throws -> PIIScanSummary {
    let files = try CorpusTokens.expand(spec, relativeTo: cardFolder)
    let scan = CorpusPIIScan(scanner: try PIIScanner(), paths: files, field: spec.field ?? "text")
    let report = try scan.run(progress: progress)
    let source =
      language == .chinese
      ? "data.corpus 的 \(files.count) 个文件" : "data.corpus, \(files.count) file(s)"
    var scanned = summary(report, source: source)
    scanned.origin = .cardCorpus
    return scanned
  }

  /// The figures step 3 needs from a full scan report.
  static func summary(_ report: PIIScanReport, source: String) -> PIIScanSummary {
    PIIScanSummary(
      documents: report.documents, documentsWithHits: report.documentsWithHits,
      hits: Dictionary(uniqueKeysWithValues: report.hits.map { ($0.key.rawValue, $0.value) }),
      source: source)
  }

  /// The part of a `tollgate data card --json` document that step 3 reads; `snapshot` is what
  /// tells a data card from other JSON.
  private struct DataCardShape: Decodable {
    struct Snapshot: Decodable { var id: String }
    struct PII: Decodable {
      var documents: Int64
      var documentsWithHits: Int64
      var hits: [String: Int64]
    }
    var snapshot: Snapshot
    var pii: PII?
  }
}

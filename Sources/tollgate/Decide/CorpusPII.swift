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
    guard let data = try? Data(contentsOf: context.resolve(argument)) else {
      throw TollgateError.file(
        .unreadable, argument, "cannot read the PII scan",
        hint: "give the output of `tollgate data scan CORPUS --json` to --pii-scan")
    }
    if let report = try? JSONDecoder().decode(PIIScanReport.self, from: data) {
      // One shard's result judges only its share of the documents: say so beside the figures.
      return summary(report, source: report.shard.map { "\(argument), shard \($0)" } ?? argument)
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
    return PIIScanSummary(
      documents: pii.documents, documentsWithHits: pii.documentsWithHits, hits: pii.hits,
      source: argument)
  }

  /// Scans the files the card's corpus names, as token counting expands them, in the corpus's
  /// field (`text` unless `data.corpus.field` says otherwise).
  static func scan(
    _ spec: CorpusSpec, cardFolder: URL, language: Language,
    progress: (@Sendable (Int64) -> Void)? = nil
  ) throws -> PIIScanSummary {
    let files = try CorpusTokens.expand(spec.paths, relativeTo: cardFolder)
    let scan = CorpusPIIScan(scanner: try PIIScanner(), paths: files, field: spec.field ?? "text")
    let report = try scan.run(progress: progress)
    let source =
      language == .chinese
      ? "data.corpus 的 \(files.count) 个文件" : "data.corpus, \(files.count) file(s)"
    return summary(report, source: source)
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

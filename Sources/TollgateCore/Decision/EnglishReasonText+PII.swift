/// The English sentences of step 3's PII check (see `ReasonText`).
extension EnglishReasonText {
  func noPIIScan(forMax maxRate: Double, card: String, snapshot: String?) -> String {
    let limit = "PII scan: none to hold against max_pii_rate \(F.smallPercent(maxRate)); "
    guard let snapshot else {
      return limit + "pass `--pii-scan FILE` (the output of `tollgate data scan CORPUS --json`) "
        + "or name the corpus under data.corpus in \(card) so `tollgate decide` scans it"
    }
    return limit + "take the snapshot \(snapshot) (`tollgate decide` then scans it itself), or "
      + "pass `--pii-scan FILE` (the output of `tollgate data scan --snapshot \(snapshot) --json`)"
  }

  func piiScanIsOneShard(_ source: String, shard: String) -> String {
    "PII scan (\(source)) covers shard \(shard) of the corpus only; merge every shard's result "
      + "with `tollgate data merge` and pass that to --pii-scan"
  }

  func excludedFieldsPresent(_ fields: [(name: String, records: Int64)], documents: Int64)
    -> String
  {
    let list = fields.map { "\($0.name) in \(F.grouped(Double($0.records)))" }
      .joined(separator: ", ")
    return "fields data.deidentification.excluded_fields drops are still in the data (\(list) "
      + "record(s)); the PII scan read one field, not these: drop them before training, or "
      + "scan every field with `tollgate data scan --field '*'`"
  }

  func piiScanSkippedLines(_ scan: PIIScanSummary) -> String {
    "the PII scan (\(scan.source)) skipped \(skipped(scan)) it could not read (not JSON, no such "
      + "field...): personal data in them is not counted"
  }

  func piiScanSkippedTooMuch(_ scan: PIIScanSummary, worstRate: Double, maxRate: Double) -> String {
    "the PII scan (\(scan.source)) could not read \(skipped(scan)) (not JSON, no such field...): "
      + "if they hold personal data the rate could be \(F.smallPercent(worstRate)), above "
      + "max_pii_rate \(F.smallPercent(maxRate)); fix those lines (or the field scanned) and scan "
      + "again"
  }

  /// `12 of 5,012 lines`.
  private func skipped(_ scan: PIIScanSummary) -> String {
    let lines = scan.documents + scan.skippedLines
    return "\(F.grouped(Double(scan.skippedLines))) of \(F.grouped(Double(lines))) lines"
  }

  func mergeShardsAndDecideAgain(_ card: String) -> String {
    "merge every shard's result with `tollgate data merge SCAN-0.json SCAN-1.json ... > "
      + "pii-scan.json`, then run `tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func fixScanAndDecideAgain(_ card: String, scanFile: String?) -> String {
    let fix =
      "fix what the scan could not read (`tollgate data scan` names each skipped line; "
      + "most often the JSON field: `--field`, or data.corpus.field)"
    guard let scanFile else { return fix + ", then run `tollgate decide \(card)` again" }
    return fix + ", scan again with `tollgate data scan ... --json > \(scanFile)`, then run "
      + "`tollgate decide \(card) --pii-scan \(scanFile)`"
  }

  func piiScanReadNothing(_ source: String) -> String {
    "PII scan (\(source)) read no documents, so it gives no rate"
  }

  func piiScanWithoutMax(_ scan: PIIScanSummary, rate: Double) -> String {
    "PII scan (\(scan.source)): \(documents(scan)) hold personal data "
      + "(\(F.smallPercent(rate)))\(categories(scan)); the card sets no "
      + "data.deidentification.max_pii_rate to hold it against"
  }

  func piiAboveMax(_ figures: PIIFigures) -> String {
    "PII left in the corpus (\(figures.scan.source)): \(documents(figures.scan)) "
      + "(\(F.smallPercent(figures.rate)), upper bound \(F.smallPercent(figures.upper)) at "
      + "\(F.confidence(figures.confidence))) above the card's max_pii_rate "
      + "\(F.smallPercent(figures.maxRate))\(categories(figures.scan))"
  }

  func maskAndScanAgain(_ card: String, corpus: [String], how: Remedy) -> String {
    let paths = corpus.isEmpty ? "CORPUS" : corpus.joined(separator: " ")
    return "mask the personal data left in the corpus\(self.how(how)), scan it "
      + "again with `tollgate data scan \(paths) --json > pii-scan.json`, then run "
      + "`tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func maskSnapshotAndScanAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String {
    "mask the personal data left in the corpus\(self.how(how)), \(snapshotAgain(retake)), "
      + "scan it with `tollgate data scan --snapshot \(retake.out) --json > pii-scan.json`, "
      + "then run "
      + "`tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func maskAndDecideAgain(_ card: String, how: Remedy) -> String {
    "mask the personal data left in the corpus\(self.how(how)), then run "
      + "`tollgate decide \(card)` again: it scans data.corpus again itself"
  }

  func maskSnapshotAndDecideAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String {
    "mask the personal data left in the corpus\(self.how(how)), \(snapshotAgain(retake)), "
      + "then run `tollgate decide \(card)` again: it scans the new snapshot itself"
  }

  /// `take the snapshot again with `tollgate data snapshot corpus/ --name NAME --out ...``.
  private func snapshotAgain(_ retake: SnapshotRetake) -> String {
    let paths = retake.roots.isEmpty ? "CORPUS" : retake.roots.joined(separator: " ")
    return "take the snapshot again with `tollgate data snapshot \(paths) --name "
      + "\(retake.name ?? "NAME") --out \(retake.out)`"
  }

  /// ` (de-identification: masking; excluded fields: id_number, phone)`, or nothing.
  private func how(_ remedy: Remedy) -> String {
    var how = remedy.method.map { " (de-identification: \($0)" } ?? ""
    if !remedy.excludedFields.isEmpty {
      how +=
        (how.isEmpty ? " (" : "; ") + "excluded fields: "
        + remedy.excludedFields.joined(separator: ", ")
    }
    return how.isEmpty ? "" : how + ")"
  }

  func piiUnproven(_ figures: PIIFigures, documentsNeeded: Int?) -> String {
    let needed =
      documentsNeeded.map {
        "about \(F.grouped(Double($0))) documents at this rate would certify it"
      }
      ?? "far more documents would be needed"
    return "PII scan (\(figures.scan.source)): \(documents(figures.scan)) "
      + "(\(F.smallPercent(figures.rate))) is within the card's max_pii_rate "
      + "\(F.smallPercent(figures.maxRate)), but the upper bound "
      + "\(F.smallPercent(figures.upper)) at \(F.confidence(figures.confidence)) is not: the "
      + "scan is too small to certify the rate; \(needed)"
  }

  func piiWithinMax(_ figures: PIIFigures) -> String {
    "PII scan (\(figures.scan.source)): \(documents(figures.scan)) "
      + "(\(F.smallPercent(figures.rate)), upper bound \(F.smallPercent(figures.upper)) at "
      + "\(F.confidence(figures.confidence))) within the card's max_pii_rate "
      + "\(F.smallPercent(figures.maxRate))"
  }

  /// `37 of 12,000 documents`.
  private func documents(_ scan: PIIScanSummary) -> String {
    "\(F.grouped(Double(scan.documentsWithHits))) of \(F.grouped(Double(scan.documents))) "
      + "documents"
  }

  /// `; hits: resident_id 30, mobile_phone 9`, or nothing without hits.
  private func categories(_ scan: PIIScanSummary) -> String {
    let counts = scan.categoriesByCount
    guard !counts.isEmpty else { return "" }
    return "; hits: "
      + counts.map { "\($0.name) \(F.grouped(Double($0.hits)))" }
      .joined(separator: ", ")
  }
}

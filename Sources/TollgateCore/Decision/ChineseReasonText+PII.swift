/// The Chinese sentences of step 3's PII check (see `ReasonText`).
extension ChineseReasonText {
  func noPIIScan(forMax maxRate: Double, card: String, snapshot: String?) -> String {
    let limit = "个人信息扫描：没有可与 max_pii_rate \(F.smallPercent(maxRate)) 对照的结果；"
    guard let snapshot else {
      return limit + "请用 `--pii-scan FILE` 传入 `tollgate data scan 语料 --json` 的输出，或在 "
        + "\(card) 的 data.corpus 中写明语料，由 `tollgate decide` 自行扫描"
    }
    return limit + "请生成数据快照 \(snapshot)（`tollgate decide` 会自行扫描），或用 `--pii-scan FILE` "
      + "传入 `tollgate data scan --snapshot \(snapshot) --json` 的输出"
  }

  func piiScanIsOneShard(_ source: String, shard: String) -> String {
    "个人信息扫描（\(source)）只覆盖语料的分片 \(shard)；请用 `tollgate data merge` 合并所有分片的结果，"
      + "再传给 --pii-scan"
  }

  func excludedFieldsPresent(_ fields: [(name: String, records: Int64)], documents: Int64)
    -> String
  {
    let list = fields.map { "\($0.name) 在 \(F.grouped(Double($0.records))) 条记录中" }
      .joined(separator: "，")
    return "data.deidentification.excluded_fields 声明排除的字段仍在数据中（\(list)）；"
      + "个人信息扫描只读取了一个字段，没有读取它们：请在训练前删去，或用 "
      + "`tollgate data scan --field '*'` 扫描所有字段"
  }

  func piiScanSkippedLines(_ scan: PIIScanSummary) -> String {
    "个人信息扫描（\(scan.source)）\(skipped(scan))无法读取而被跳过（不是 JSON、缺少字段等），"
      + "其中的个人信息未计入"
  }

  func piiScanSkippedTooMuch(_ scan: PIIScanSummary, worstRate: Double, maxRate: Double) -> String {
    "个人信息扫描（\(scan.source)）\(skipped(scan))无法读取（不是 JSON、缺少字段等）；若这些行含个人信息，"
      + "比例可达 \(F.smallPercent(worstRate))，高于 max_pii_rate \(F.smallPercent(maxRate))；"
      + "请修正这些行（或扫描的字段）后重新扫描"
  }

  /// `共 5,012 行中有 12 行`.
  private func skipped(_ scan: PIIScanSummary) -> String {
    let lines = scan.documents + scan.skippedLines
    return "共 \(F.grouped(Double(lines))) 行中有 \(F.grouped(Double(scan.skippedLines))) 行"
  }

  func mergeShardsAndDecideAgain(_ card: String) -> String {
    "用 `tollgate data merge SCAN-0.json SCAN-1.json ... > pii-scan.json` 合并所有分片的结果，"
      + "再运行 `tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func fixScanAndDecideAgain(_ card: String, scanFile: String?) -> String {
    let fix =
      "修正扫描无法读取的内容（`tollgate data scan` 会列出每个被跳过的行；最常见的是 JSON "
      + "字段：`--field` 或 data.corpus.field）"
    guard let scanFile else { return fix + "，再运行 `tollgate decide \(card)`" }
    return fix + "，用 `tollgate data scan ... --json > \(scanFile)` 重新扫描，再运行 "
      + "`tollgate decide \(card) --pii-scan \(scanFile)`"
  }

  func piiScanReadNothing(_ source: String) -> String {
    "个人信息扫描（\(source)）没有读到任何文档，无法得出比例"
  }

  func piiScanWithoutMax(_ scan: PIIScanSummary, rate: Double) -> String {
    "个人信息扫描（\(scan.source)）：\(documents(scan))含个人信息（\(F.smallPercent(rate))）"
      + "\(categories(scan))；决策卡没有设置 data.deidentification.max_pii_rate"
  }

  func piiAboveMax(_ figures: PIIFigures) -> String {
    "语料中仍有个人信息（\(figures.scan.source)）：\(documents(figures.scan))"
      + "（\(F.smallPercent(figures.rate))，\(F.confidence(figures.confidence)) 置信上界 "
      + "\(F.smallPercent(figures.upper))），高于决策卡的 max_pii_rate "
      + "\(F.smallPercent(figures.maxRate))\(categories(figures.scan))"
  }

  func maskAndScanAgain(_ card: String, corpus: [String], how: Remedy) -> String {
    let paths = corpus.isEmpty ? "语料" : corpus.joined(separator: " ")
    return "对语料中残留的个人信息脱敏\(self.how(how))，用 "
      + "`tollgate data scan \(paths) --json > pii-scan.json` 重新扫描，再运行 "
      + "`tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func maskSnapshotAndScanAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String {
    "对语料中残留的个人信息脱敏\(self.how(how))，\(snapshotAgain(retake))，用 "
      + "`tollgate data scan --snapshot \(retake.out) --json > pii-scan.json` 扫描新快照，再运行 "
      + "`tollgate decide \(card) --pii-scan pii-scan.json`"
  }

  func maskAndDecideAgain(_ card: String, how: Remedy) -> String {
    "对语料中残留的个人信息脱敏\(self.how(how))，再运行 "
      + "`tollgate decide \(card)`，它会重新扫描 data.corpus"
  }

  func maskSnapshotAndDecideAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String {
    "对语料中残留的个人信息脱敏\(self.how(how))，\(snapshotAgain(retake))，再运行 "
      + "`tollgate decide \(card)`，它会自行扫描新快照"
  }

  /// `用 `tollgate data snapshot 语料 --name NAME --out ...` 重新生成快照`.
  private func snapshotAgain(_ retake: SnapshotRetake) -> String {
    let paths = retake.roots.isEmpty ? "语料" : retake.roots.joined(separator: " ")
    return "用 `tollgate data snapshot \(paths) --name \(retake.name ?? "名称") --out "
      + "\(retake.out)` 重新生成快照"
  }

  /// `（脱敏方法 masking；排除字段 id_number、phone）`, or nothing.
  private func how(_ remedy: Remedy) -> String {
    var how: [String] = []
    if let method = remedy.method { how.append("脱敏方法 \(method)") }
    if !remedy.excludedFields.isEmpty {
      how.append("排除字段 " + remedy.excludedFields.joined(separator: "、"))
    }
    return how.isEmpty ? "" : "（" + how.joined(separator: "；") + "）"
  }

  func piiUnproven(_ figures: PIIFigures, documentsNeeded: Int?) -> String {
    let needed =
      documentsNeeded.map { "按当前比例约需扫描 \(F.grouped(Double($0))) 篇文档" }
      ?? "所需文档数远多于本次扫描"
    return "个人信息扫描（\(figures.scan.source)）：\(documents(figures.scan))"
      + "（\(F.smallPercent(figures.rate))），未超过 max_pii_rate "
      + "\(F.smallPercent(figures.maxRate))，但 \(F.confidence(figures.confidence)) 置信上界 "
      + "\(F.smallPercent(figures.upper)) 超过了：扫描的文档太少，无法证明比例达标；\(needed)"
  }

  func piiWithinMax(_ figures: PIIFigures) -> String {
    "个人信息扫描（\(figures.scan.source)）：\(documents(figures.scan))"
      + "（\(F.smallPercent(figures.rate))，\(F.confidence(figures.confidence)) 置信上界 "
      + "\(F.smallPercent(figures.upper))），低于 max_pii_rate \(F.smallPercent(figures.maxRate))"
  }

  /// `12,000 篇文档中 37 篇`.
  private func documents(_ scan: PIIScanSummary) -> String {
    "\(F.grouped(Double(scan.documents))) 篇文档中 \(F.grouped(Double(scan.documentsWithHits))) 篇"
  }

  /// `；命中：resident_id 30、mobile_phone 9`, or nothing without hits.
  private func categories(_ scan: PIIScanSummary) -> String {
    let counts = scan.categoriesByCount
    guard !counts.isEmpty else { return "" }
    return "；命中："
      + counts.map { "\($0.name) \(F.grouped(Double($0.hits)))" }
      .joined(separator: "、")
  }
}

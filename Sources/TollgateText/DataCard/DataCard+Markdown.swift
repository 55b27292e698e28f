import Foundation
import TollgateCore

extension DataCard {
  /// The card as Markdown, in English or Chinese: a heading per section, tables where there are
  /// rows. Personal data appears only in masked form; category names and field names stay as
  /// the JSON writes them, so the two forms can be read side by side.
  ///
  /// - Parameter manifestPath: the manifest as the user named it, for the command the card
  ///   prints when it has no scan yet.
  public func markdown(language: Language = .english, manifestPath: String? = nil) -> String {
    let words = DataCardWords(language: language)
    var lines = [words.title(snapshot.name), ""]
    lines += [
      words.snapshotLine(id: snapshot.id, date: snapshot.createdAt),
      words.sizeLine(
        files: Thousands.grouped(snapshot.files), bytes: Thousands.grouped(snapshot.bytes),
        records: Thousands.grouped(snapshot.records)),
    ]
    if snapshot.problems > 0 {
      lines.append(words.unreadableFiles(Thousands.grouped(snapshot.problems)))
    }
    if let tokens { lines.append(words.tokens(Thousands.grouped(tokens.value))) }

    lines += ["", words.sourcesHeading, ""]
    if sources.isEmpty {
      lines.append(words.noSources)
    } else {
      lines += [words.sourcesHeader, "|---|---|---|---|---|---|"]
      for source in sources {
        let cells = [
          MarkdownCell.escaped(source.name), source.records.map { Thousands.grouped($0) } ?? "-",
          words.permission(source.training), words.permission(source.commercial),
          source.region.map(MarkdownCell.escaped) ?? words.notDeclared,
          source.crossBorder.map(words.yesNo) ?? words.notDeclared,
        ]
        lines.append("| " + cells.joined(separator: " | ") + " |")
      }
    }

    lines += ["", words.deidentificationHeading, ""]
    lines.append(words.method(deidentificationMethod ?? words.notDeclared))
    lines.append(
      words.excludedFields(
        excludedFields.isEmpty ? words.none : excludedFields.joined(separator: ", ")))
    if let maxPIIRate { lines.append(words.maxPIIRate(Self.percent(maxPIIRate))) }

    if let coverage {
      lines += ["", words.coverageHeading(coverage.field), "", words.coverageHeader, "|---|---|"]
      for (value, count) in coverage.counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
      {
        lines.append("| \(MarkdownCell.escaped(value)) | \(Thousands.grouped(count)) |")
      }
      let rest = [
        (words.otherValues(coverage.otherValues), coverage.otherRecords),
        (words.missingValue, coverage.missing), (words.notText, coverage.notText),
        (words.unreadable, coverage.unreadable),
      ]
      for (label, records) in rest where records > 0 {
        lines.append("| \(label) | \(Thousands.grouped(records)) |")
      }
    }

    lines += ["", words.piiHeading, ""]
    if let pii {
      // A percent, as `max_pii_rate` is written, and per 1,000, which reads better when small.
      let share = pii.documents == 0 ? 0 : Double(pii.documentsWithHits) / Double(pii.documents)
      lines.append(
        words.piiDocuments(
          documents: Thousands.grouped(pii.documents),
          withHits: Thousands.grouped(pii.documentsWithHits),
          percent: String(format: "%.2f%%", share * 100),
          perThousand: String(format: "%.2f", pii.documentsWithHitsPer1000)))
      lines.append(pii.snapshot?.id == snapshot.id ? words.scanOfSnapshot : words.scanOfPaths)
      if let shard = pii.shard { lines.append(words.oneShard(shard)) }
      if pii.skippedLines > 0 { lines.append(words.skipped(Thousands.grouped(pii.skippedLines))) }
      if let judged = judged(pii, words) { lines.append(judged) }
      for (category, count) in pii.hits.sorted(by: { $0.key < $1.key }) {
        lines.append("- \(category): \(Thousands.grouped(count))")
      }
      for example in pii.examples {
        lines.append(
          words.example(
            masked: example.masked, category: example.category.rawValue,
            place: "\(example.file):\(example.line)"))
      }
    } else {
      lines.append(words.noScan(manifestPath ?? "MANIFEST"))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension DataCard {
  /// The scan held against the card's `max_pii_rate` as step 3 holds it (the rate, then its
  /// exact one-sided upper bound at 95 %), so the card says what `decide` will say; nil
  /// without a threshold or a document.
  fileprivate func judged(_ pii: PIISummary, _ words: DataCardWords) -> String? {
    guard let maxPIIRate, pii.documents > 0, pii.shard == nil else { return nil }
    // `decide` holds only a scan of the card's snapshot against the threshold.
    guard pii.snapshot?.id == snapshot.id else { return words.untiedJudgement }
    let standing = PIIRateStanding(
      documentsWithHits: pii.documentsWithHits, documents: pii.documents, maxRate: maxPIIRate,
      confidence: 0.95)
    return words.judgement(
      standing.kind, max: Self.percent(maxPIIRate), upper: Self.percent(standing.upper))
  }

  /// `0.1%`, `26.22%`: two decimals, trailing zeros dropped.
  static func percent(_ fraction: Double) -> String {
    var text = String(format: "%.2f", fraction * 100)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text + "%"
  }
}

/// A table cell's text with the characters that would end the cell or the row escaped: a `|`
/// in a source name would otherwise split the table, a line break would end it.
private enum MarkdownCell {
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\r\n", with: " ")
      .replacingOccurrences(of: "\n", with: " ")
  }
}

/// The words of the data card in one language. Counts arrive already grouped in thousands.
private struct DataCardWords {
  let language: Language

  private var isChinese: Bool { language == .chinese }

  func title(_ name: String) -> String {
    isChinese ? "# 数据卡：\(name)" : "# Data card: \(name)"
  }

  func snapshotLine(id: String, date: String) -> String {
    isChinese ? "- 快照：`\(id)`（\(date)）" : "- Snapshot: `\(id)` (\(date))"
  }

  func sizeLine(files: String, bytes: String, records: String) -> String {
    isChinese
      ? "- 文件：\(files)，字节：\(bytes)，记录：\(records)"
      : "- Files: \(files), bytes: \(bytes), records: \(records)"
  }

  func unreadableFiles(_ count: String) -> String {
    isChinese ? "- 快照未能读取的文件：\(count)" : "- Files the snapshot could not read: \(count)"
  }

  func tokens(_ count: String) -> String {
    isChinese ? "- 词元数：\(count)" : "- Tokens: \(count)"
  }

  var sourcesHeading: String { isChinese ? "## 来源" : "## Sources" }

  var noSources: String {
    isChinese
      ? "未声明来源（用 `--card` 传入含 `data.sources` 的决策卡）。"
      : "No sources declared (pass `--card` with a `data.sources` section)."
  }

  var sourcesHeader: String {
    isChinese
      ? "| 来源 | 记录 | 可用于训练 | 可商用 | 存储地区 | 跨境传输 |"
      : "| source | records | training | commercial | storage region | cross-border |"
  }

  func permission(_ permission: Permission) -> String {
    guard isChinese else { return permission.rawValue }
    switch permission {
    case .allowed: return "允许"
    case .forbidden: return "禁止"
    case .unknown: return "未知"
    }
  }

  func yesNo(_ value: Bool) -> String {
    isChinese ? (value ? "是" : "否") : (value ? "yes" : "no")
  }

  var notDeclared: String { isChinese ? "未声明" : "not declared" }

  var none: String { isChinese ? "无" : "none" }

  var deidentificationHeading: String { isChinese ? "## 脱敏" : "## De-identification" }

  func method(_ method: String) -> String {
    isChinese ? "- 方法：\(method)" : "- Method: \(method)"
  }

  func excludedFields(_ fields: String) -> String {
    isChinese ? "- 排除字段：\(fields)" : "- Excluded fields: \(fields)"
  }

  func coverageHeading(_ field: String) -> String {
    isChinese ? "## 按 `\(field)` 的覆盖" : "## Coverage by `\(field)`"
  }

  var coverageHeader: String { isChinese ? "| 取值 | 记录 |" : "| value | records |" }

  var missingValue: String { isChinese ? "（缺失）" : "(missing)" }

  func otherValues(_ count: Int) -> String {
    let grouped = Thousands.grouped(count)
    return isChinese ? "（其余 \(grouped) 个取值）" : "(\(grouped) other values)"
  }

  var notText: String { isChinese ? "（不是文本）" : "(not text)" }

  var unreadable: String { isChinese ? "（无法读取的行）" : "(unreadable lines)" }

  var piiHeading: String { isChinese ? "## 个人信息扫描" : "## PII scan" }

  func piiDocuments(
    documents: String, withHits: String, percent: String, perThousand: String
  ) -> String {
    isChinese
      ? "- 文档：\(documents)，含个人信息：\(withHits)（\(percent)，每千篇 \(perThousand)）"
      : "- Documents: \(documents), with hits: \(withHits) (\(percent), \(perThousand) per 1,000)"
  }

  func maxPIIRate(_ rate: String) -> String {
    isChinese
      ? "- 扫描后允许含个人信息的文档比例上限（max_pii_rate）：\(rate)"
      : "- Largest share of documents with personal data after it (max_pii_rate): \(rate)"
  }

  var untiedJudgement: String {
    isChinese
      ? "- 对照 max_pii_rate：该扫描并非本快照的扫描，`tollgate decide` 不据此判定（用 `--snapshot` 扫描）"
      : "- Against max_pii_rate: not judged, the scan is not of this snapshot; `tollgate decide` "
        + "waits for one that is (scan with `--snapshot`)"
  }

  func judgement(_ standing: PIIRateStanding.Kind, max: String, upper: String) -> String {
    switch (standing, isChinese) {
    case (.above, false):
      return "- Against max_pii_rate \(max): above it; `tollgate decide` blocks at step 3"
    case (.unproven, false):
      return "- Against max_pii_rate \(max): under it, but its upper bound at 95% (\(upper)) is "
        + "not: too few documents to show it"
    case (.within, false):
      return "- Against max_pii_rate \(max): under it, upper bound at 95% \(upper)"
    case (.above, true):
      return "- 对照 max_pii_rate \(max)：高于上限，`tollgate decide` 会在第 3 步阻断"
    case (.unproven, true):
      return "- 对照 max_pii_rate \(max)：低于上限，但 95% 置信上界（\(upper)）高于上限：文档太少，无法证明"
    case (.within, true):
      return "- 对照 max_pii_rate \(max)：低于上限，95% 置信上界 \(upper)"
    }
  }

  func oneShard(_ shard: String) -> String {
    isChinese
      ? "- 仅为分片 \(shard) 的扫描结果：比例不代表整个语料（用 `tollgate data merge` 合并所有分片）"
      : "- The scan of shard \(shard) only: its rate is not the corpus's (merge every shard with "
        + "`tollgate data merge`)"
  }

  func skipped(_ lines: String) -> String {
    isChinese
      ? "- 扫描无法读取而跳过的行：\(lines)，其中的个人信息未计入"
      : "- Lines the scan could not read: \(lines); personal data in them is not counted"
  }

  var scanOfSnapshot: String {
    isChinese
      ? "- 扫描对象：本快照的文件，扫描前已逐字节核对"
      : "- Scanned: this snapshot's files, checked byte for byte before the scan"
  }

  var scanOfPaths: String {
    isChinese
      ? "- 扫描对象：`data scan` 给出的路径，未与本快照核对（用 `--snapshot` 扫描可将两者对应）"
      : "- Scanned: the paths given to `data scan`, not checked against this snapshot (scan "
        + "with `--snapshot` to tie the two)"
  }

  func example(masked: String, category: String, place: String) -> String {
    isChinese
      ? "- 例：`\(masked)`（\(category)，\(place)）"
      : "- e.g. `\(masked)` (\(category), \(place))"
  }

  func noScan(_ manifest: String) -> String {
    let scan = "tollgate data scan --snapshot \(manifest) --json > pii-scan.json"
    return isChinese
      ? "未提供扫描结果（运行 `\(scan)`，再用 `--scan pii-scan.json` 传入）。"
      : "No scan given (run `\(scan)` and pass it with `--scan pii-scan.json`)."
  }
}

import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// The text form of a scan result, shared by `scan` and `merge`, in English or Chinese. The
/// category names, paths and masked values read the same in both, as in the JSON.
enum DataScanText {
  static func render(_ report: PIIScanReport, language: Language = .english) -> String {
    let zh = language == .chinese
    // The share as a percent, as `max_pii_rate` in the card and `decide` give it, and per
    // 1,000 documents, which reads better when it is small. With no document there is none.
    let percent = String(format: "%.2f%%", report.documentsWithHitsRate * 100)
    let perThousand = String(format: "%.2f", report.documentsWithHitsPer1000)
    let documents = Thousands.grouped(report.documents)
    let withHits = Thousands.grouped(report.documentsWithHits)
    let headline: String =
      switch (report.documents == 0, zh) {
      case (true, false): "0 documents (no rate: no document was read)"
      case (true, true): "文档 0 篇（没有读到文档，无比例）"
      case (false, false):
        "\(counted(report.documents, "document")), \(withHits) with personal data "
          + "(\(percent), \(perThousand) per 1,000)"
      case (false, true):
        "文档 \(documents) 篇，含个人信息 \(withHits) 篇（\(percent)，每千篇 \(perThousand)）"
      }
    var lines = [headline]
    if let shard = report.shard { lines[0] += zh ? "，分片 \(shard)" : ", shard \(shard)" }
    if let snapshot = report.snapshot {
      lines[0] += zh ? "，数据快照 \(snapshot)" : ", snapshot \(snapshot)"
    }
    for (category, count) in report.hits.sorted(by: { $0.key < $1.key }) {
      lines.append("  \(category): \(Thousands.grouped(count))")
    }
    if report.files.contains(where: { CorpusFormat(fileName: $0.file) == .jsonLines }) {
      lines.append(fieldLine(report.field, zh))
    }
    lines.append(zh ? "文件：" : "files:")
    for file in report.files {
      let skipped = file.skippedLineCount
      let kinds = CorpusIssue.Kind.describe(file.skippedLines)
      let hits = Thousands.grouped(file.totalHits)
      let inDocuments = Thousands.grouped(file.documentsWithHits)
      lines.append(
        zh
          ? "  \(file.file)：文档 \(Thousands.grouped(file.documents)) 篇，命中 \(hits) 处，"
            + "分布在 \(inDocuments) 篇中" + (skipped > 0 ? "，跳过 \(skipped) 行（\(kinds)）" : "")
          : "  \(file.file): \(counted(file.documents, "document")), "
            + "\(counted(file.totalHits, "hit")) in \(inDocuments)"
            + (skipped > 0 ? ", \(counted(skipped, "line")) skipped (\(kinds))" : ""))
    }
    let examples = report.examples
    if !examples.isEmpty {
      let first = PIIScanReport.examplesPerCategory
      lines.append(
        zh
          ? "示例（已遮蔽；每类前 \(first) 个）："
          : "examples (masked; the first \(first) of each category):")
    }
    for example in examples {
      lines.append("  \(example.file):\(example.line): \(example.category) \(example.masked)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Which field of a JSON Lines record the scan read, and how to read every one.
  private static func fieldLine(_ field: String, _ zh: Bool) -> String {
    switch (field == JSONFieldExtractor.everyString, zh) {
    case (true, false): "field scanned: every string value (--field '*')"
    case (true, true): "扫描的字段：所有字符串值（--field '*'）"
    case (false, false):
      "field scanned: \(field) (to scan every string value of a record: --field '*')"
    case (false, true): "扫描的字段：\(field)（扫描记录中所有字符串值：--field '*'）"
    }
  }

  /// `1 document`, `2,433 documents`.
  static func counted(_ count: Int64, _ noun: String) -> String {
    "\(Thousands.grouped(count)) \(noun)\(count == 1 ? "" : "s")"
  }
}

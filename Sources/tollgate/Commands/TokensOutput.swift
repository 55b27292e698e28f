import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// Text output of `tollgate tokens`: a table on stdout, warnings on stderr.
enum TokensOutput {
  /// One line per file and a total; with a sample, every line says it is an estimate. The
  /// words in English or Chinese; numbers, paths and the tokenizer read the same in both.
  static func table(_ report: TokenCountReport, language: Language = .english) -> String {
    let zh = language == .chinese
    var lines: [String] = []
    var header =
      switch (report.sample == nil, zh) {
      case (true, false): "Tokens counted with \(report.tokenizer)"
      case (false, false): "Tokens estimated from a sample with \(report.tokenizer)"
      case (true, true): "用 \(report.tokenizer) 统计的词元数"
      case (false, true): "用 \(report.tokenizer) 按抽样估计的词元数"
      }
    if report.shard.count > 1 {
      header += zh ? "，仅分片 \(report.shard)" : ", shard \(report.shard) only"
    }
    if report.special { header += zh ? "，含特殊词元" : ", special tokens included" }
    lines.append(header + (zh ? "：" : ":"))
    let rows = report.files + (report.files.count > 1 ? [report.total] : [])
    let (documents, bytes, file) = zh ? ("文档", "字节", "文件") : ("documents", "bytes", "file")
    if let sample = report.sample {
      let percent = String(format: "%.4g", sample.fraction * 100)
      let suffix =
        zh
        ? "  （按 \(percent)% 的文档抽样估计，种子 \(sample.seed)）"
        : "  (estimate from a \(percent) % sample of documents, seed \(sample.seed))"
      lines.append(row(zh ? "估计值（95% 区间）" : "estimate (95 % interval)", documents, bytes, file))
      for count in rows {
        let estimate = count.estimate()
        let tokens =
          estimate.map {
            "~\(grouped($0.tokens.value)) (\(grouped($0.low.value))-\(grouped($0.high.value)))"
          } ?? (zh ? "抽样文档太少" : "too few sampled documents")
        lines.append(
          row(tokens, grouped(count.documents), grouped(count.textBytes), count.file) + suffix)
      }
    } else {
      lines.append(row(zh ? "词元数" : "tokens", documents, bytes, file))
      for count in rows {
        lines.append(
          row(
            grouped(count.tokens.value), grouped(count.documents), grouped(count.textBytes),
            count.file))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The first skipped lines as `file:line: warning:` and a count per file, on stderr.
  static func warnAboutSkippedLines(_ report: TokenCountReport, context: CommandContext) {
    for file in report.files where file.skippedLineCount > 0 {
      for issue in file.firstIssues { context.writeError("\(issue)\n") }
      if let note = DataScanCommand.skippedNote(
        shown: file.firstIssues.count, of: file.skippedLineCount)
      {
        context.writeError("\(file.file): warning: \(note)\n")
      }
      let kinds = CorpusIssue.Kind.describe(file.skippedLines)
      let lines = file.skippedLineCount == 1 ? "line" : "lines"
      context.writeError(
        "\(file.file): warning: skipped \(grouped(file.skippedLineCount)) \(lines) (\(kinds)); "
          + "the count covers the other documents\n")
    }
  }

  private static func row(_ tokens: String, _ documents: String, _ bytes: String, _ file: String)
    -> String
  {
    "  " + pad(tokens, 16) + "  " + pad(documents, 12) + "  " + pad(bytes, 16) + "  " + file
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  /// Counts with thousands separators, short for the many columns of the table.
  private static func grouped(_ value: Int64) -> String { Thousands.grouped(value) }
}

/// A one-line progress display on stderr, redrawn at most five times a second.
final class TokensProgress: @unchecked Sendable {
  // @unchecked: used only from the counting thread.
  private let isEnabled: Bool
  private let writeError: (String) -> Void
  private var lastDraw = Date.distantPast
  private let start = Date()

  init(isEnabled: Bool, writeError: @escaping (String) -> Void) {
    self.isEnabled = isEnabled
    self.writeError = writeError
  }

  func update(_ progress: TokenCountProgress) {
    guard isEnabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
    lastDraw = Date()
    let megabytes = Double(progress.textBytes) / 1_000_000
    let rate = megabytes / max(Date().timeIntervalSince(start), 0.001)
    writeError(
      String(
        format: "\r\u{1B}[Kcounting: file %d/%d, %.1f MB of text, %@ documents, %.1f MB/s",
        progress.fileIndex + 1, progress.fileCount, megabytes,
        Thousands.grouped(progress.documents), rate))
  }

  func clear() {
    if isEnabled { writeError("\r\u{1B}[K") }
  }

}

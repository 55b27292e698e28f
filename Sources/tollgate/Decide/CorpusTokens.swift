import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// Counts the training set's tokens for `tollgate decide` when the card names a corpus and a
/// tokenizer (`data.corpus`) instead of a number (`data.tokens`).
enum CorpusTokens {
  /// The token count, exact or (with `sample`) the sample's estimate, and a note for the report.
  static func count(
    _ spec: CorpusSpec, cardFolder: URL, language: Language, warn: (String) -> Void
  ) throws -> (tokens: TokenCount, note: String) {
    // The card checker requires a tokenizer whenever the corpus is to be counted.
    let tokenizerPath = spec.tokenizer ?? "tokenizer.json"
    let files = try expand(spec, relativeTo: cardFolder, warn: warn)
    let tokenizer = try Tokenizer(contentsOf: CorpusPaths.resolve(tokenizerPath, cardFolder))
    var options = TokenCountOptions()
    options.field = spec.field ?? "text"
    if let fraction = spec.sample {
      options.sample = SampleSettings(fraction: fraction, seed: spec.seed ?? 0)
    }
    let report = try CorpusTokenCounter(tokenizer: tokenizer, options: options).count(files: files)

    let total = report.total
    // A count of nothing would price the training at nothing: the field or the files are wrong.
    if total.documents == 0 && (options.sample == nil || total.skippedLineCount > 0) {
      let skipped = total.skippedLineCount
      throw TollgateError(
        .invalidContent,
        "data.corpus: read no document in \(files.count) file(s)"
          + (skipped > 0
            ? ": all \(skipped) line(s) were skipped "
              + "(\(CorpusIssue.Kind.describe(total.skippedLines)))"
            : ": the files are empty"),
        at: spec.location,
        hint: "check data.corpus.field (now \"\(options.field)\"), the JSON field that holds the "
          + "text, and the paths")
    }
    if options.sample != nil, let estimate = report.estimate() {
      let note =
        language == .chinese
        ? "数据集词元数按 \(total.documents) 篇文档的抽样估计为 \(estimate.tokens.value)"
          + "（95% 区间 \(estimate.low.value)-\(estimate.high.value)），分词器 \(tokenizerPath)"
        : "dataset tokens estimated from a sample of \(total.documents) documents: "
          + "\(estimate.tokens.value) (95% interval \(estimate.low.value)-\(estimate.high.value)),"
          + " tokenizer \(tokenizerPath)"
      return (estimate.tokens, note)
    }
    let note =
      language == .chinese
      ? "数据集词元数：\(total.tokens.value)（\(files.count) 个文件，\(total.documents) 篇文档，"
        + "分词器 \(tokenizerPath)）"
      : "dataset tokens counted: \(total.tokens.value) in \(total.documents) documents of "
        + "\(files.count) file(s), tokenizer \(tokenizerPath)"
    return (total.tokens, note)
  }

  /// Files named by the card's corpus: a file as is, every corpus file under a folder, or a glob
  /// pattern (`corpus/*.jsonl.zst`), each relative to the card's folder, sorted (see
  /// `CorpusPaths`). A path that names nothing is reported at `data.corpus` in the card
  /// (file:line:column), where the user has to fix it; files left out are told through `warn`.
  static func expand(
    _ spec: CorpusSpec, relativeTo folder: URL, warn: (String) -> Void
  ) throws -> [String] {
    try CorpusPaths.expand(
      spec.paths, relativeTo: folder, origin: .card(at: spec.location), warn: warn
    ).map(\.path)
  }
}

import Foundation
import TollgateCore
import TollgateText

/// Counts the training set's tokens for `tollgate decide` when the card names a corpus and a
/// tokenizer (`data.corpus`) instead of a number (`data.tokens`).
enum CorpusTokens {
  /// The corpus file types the reader understands.
  static let extensions = [".txt", ".jsonl", ".jsonl.gz", ".jsonl.zst", ".json.gz", ".gz", ".zst"]

  /// The token count, exact or (with `sample`) the sample's estimate, and a note for the report.
  static func count(
    _ spec: CorpusSpec, cardFolder: URL, language: Language
  ) throws -> (tokens: TokenCount, note: String) {
    let files = try expand(spec.paths, relativeTo: cardFolder)
    let tokenizer = try Tokenizer(contentsOf: resolve(spec.tokenizer, cardFolder))
    var options = TokenCountOptions()
    options.field = spec.field ?? "text"
    if let fraction = spec.sample {
      options.sample = SampleSettings(fraction: fraction, seed: spec.seed ?? 0)
    }
    let report = try CorpusTokenCounter(tokenizer: tokenizer, options: options).count(files: files)

    let total = report.total
    if options.sample != nil, let estimate = report.estimate() {
      let note =
        language == .chinese
        ? "数据集词元数按 \(total.documents) 篇文档的抽样估计为 \(estimate.tokens.value)"
          + "（95% 区间 \(estimate.low.value)-\(estimate.high.value)），分词器 \(spec.tokenizer)"
        : "dataset tokens estimated from a sample of \(total.documents) documents: "
          + "\(estimate.tokens.value) (95% interval \(estimate.low.value)-\(estimate.high.value)),"
          + " tokenizer \(spec.tokenizer)"
      return (estimate.tokens, note)
    }
    let note =
      language == .chinese
      ? "数据集词元数：\(total.tokens.value)（\(files.count) 个文件，\(total.documents) 篇文档，"
        + "分词器 \(spec.tokenizer)）"
      : "dataset tokens counted: \(total.tokens.value) in \(total.documents) documents of "
        + "\(files.count) file(s), tokenizer \(spec.tokenizer)"
    return (total.tokens, note)
  }

  /// Files named by the card: a file as is, every corpus file under a folder, or a glob pattern
  /// (`corpus/*.jsonl.zst`), each relative to the card's folder, sorted.
  static func expand(_ paths: [String], relativeTo folder: URL) throws -> [String] {
    var files: [String] = []
    for written in paths {
      let path = resolve(written, folder)
      if written.contains(where: { "*?[".contains($0) }) {
        let matches = globMatches(path)
        guard !matches.isEmpty else {
          throw TollgateError(
            .unreadable, "data.corpus: no file matches \(written)",
            hint: "paths in data.corpus are relative to the card's folder")
        }
        files += matches
        continue
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw TollgateError(
          .unreadable, "data.corpus: \(path) does not exist",
          hint: "paths in data.corpus are relative to the card's folder")
      }
      files += isFolder.boolValue ? corpusFiles(under: path) : [path]
    }
    return files
  }

  private static func resolve(_ path: String, _ folder: URL) -> String {
    path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
  }

  private static func corpusFiles(under folder: String) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder)
    var found: [String] = []
    while let entry = walker?.nextObject() as? String {
      guard extensions.contains(where: { entry.hasSuffix($0) }) else { continue }
      found.append((folder as NSString).appendingPathComponent(entry))
    }
    return found.sorted()
  }

  private static func globMatches(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }
}

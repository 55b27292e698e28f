import TollgateCore
import TollgateFormats

extension CorpusIssue.Kind {
  /// A count of skipped lines of this kind in words (`1 line not JSON`,
  /// `2 lines without the field`), for warnings a user reads; the raw names stay in `--json`.
  func skippedLines(_ count: Int64) -> String {
    let lines = count == 1 ? "line" : "lines"
    let count = Thousands.grouped(count)
    switch self {
    case .invalidUTF8: return "\(count) \(lines) not UTF-8"
    case .invalidJSON: return "\(count) \(lines) not JSON"
    case .notAnObject: return "\(count) \(lines) not a JSON object"
    case .missingField: return "\(count) \(lines) without the field"
    case .fieldNotString: return "\(count) \(lines) whose field is not a string"
    case .lineTooLong:
      let limit = CorpusReader.maximumLineBytes >> 20
      return "\(count) \(lines) longer than \(limit) MiB"
    }
  }

  /// Skipped-line counts keyed by kind name (as reports store them) in words, in the order the
  /// kinds are declared: `1 line not JSON, 1 line without the field`.
  static func describe(_ counts: [String: Int64]) -> String {
    let known = allCases.compactMap { kind in counts[kind.rawValue].map(kind.skippedLines) }
    let unknown = counts.filter { Self(rawValue: $0.key) == nil }.sorted { $0.key < $1.key }
      .map { "\(Thousands.grouped($0.value)) \($0.key)" }
    return (known + unknown).joined(separator: ", ")
  }
}

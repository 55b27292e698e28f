import TollgateCore
import TollgateFormats

// Token counts are written as plain numbers (not `{"value": n}`), and the derived total and
// estimates are written for readers of `--json` but recomputed, not trusted, when read back.

extension TokenCountReport {
  private enum CodingKeys: String, CodingKey {
    case schemaVersion, tokenizer, tokenizerSHA256, field, special, shard, sample, files, total
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    tokenizer = try container.decode(String.self, forKey: .tokenizer)
    tokenizerSHA256 = try container.decode(String.self, forKey: .tokenizerSHA256)
    field = try container.decode(String.self, forKey: .field)
    special = try container.decode(Bool.self, forKey: .special)
    shard = try container.decode(CorpusShard.self, forKey: .shard)
    sample = try container.decodeIfPresent(SampleSettings.self, forKey: .sample)
    files = try container.decode([FileTokenCount].self, forKey: .files)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(tokenizer, forKey: .tokenizer)
    try container.encode(tokenizerSHA256, forKey: .tokenizerSHA256)
    try container.encode(field, forKey: .field)
    try container.encode(special, forKey: .special)
    try container.encode(shard, forKey: .shard)
    try container.encodeIfPresent(sample, forKey: .sample)
    try container.encode(files, forKey: .files)
    try container.encode(total, forKey: .total)
  }
}

extension FileTokenCount {
  private enum CodingKeys: String, CodingKey {
    case file, documents, textBytes, lines, tokens, skippedLines, firstIssues, sampleStatistics
    case estimate
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    file = try container.decode(String.self, forKey: .file)
    documents = try container.decode(Int64.self, forKey: .documents)
    textBytes = try container.decode(Int64.self, forKey: .textBytes)
    lines = try container.decode(Int64.self, forKey: .lines)
    tokens = TokenCount(try container.decode(Int64.self, forKey: .tokens))
    skippedLines = try container.decode([String: Int64].self, forKey: .skippedLines)
    firstIssues = try container.decode([CorpusIssue].self, forKey: .firstIssues)
    sampleStatistics = try container.decodeIfPresent(
      SampleStatistics.self, forKey: .sampleStatistics)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(documents, forKey: .documents)
    try container.encode(textBytes, forKey: .textBytes)
    try container.encode(lines, forKey: .lines)
    try container.encode(tokens.value, forKey: .tokens)
    try container.encode(skippedLines, forKey: .skippedLines)
    try container.encode(firstIssues, forKey: .firstIssues)
    try container.encodeIfPresent(sampleStatistics, forKey: .sampleStatistics)
    try container.encodeIfPresent(estimate(), forKey: .estimate)
  }
}

extension TokenEstimate {
  private enum CodingKeys: String, CodingKey {
    case tokens, low, high, confidence, sampledDocuments
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    tokens = TokenCount(try container.decode(Int64.self, forKey: .tokens))
    low = TokenCount(try container.decode(Int64.self, forKey: .low))
    high = TokenCount(try container.decode(Int64.self, forKey: .high))
    confidence = try container.decode(Double.self, forKey: .confidence)
    sampledDocuments = try container.decode(Int64.self, forKey: .sampledDocuments)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(tokens.value, forKey: .tokens)
    try container.encode(low.value, forKey: .low)
    try container.encode(high.value, forKey: .high)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(sampledDocuments, forKey: .sampledDocuments)
  }
}

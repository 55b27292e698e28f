import TollgateCore
import TollgateFormats

/// What `tollgate tokens count` found: per-file and total tokens, documents and bytes.
///
/// The same document is written by `--json` and read back by `tollgate tokens merge`, so it
/// carries everything a merge needs to stay exact: the tokenizer's fingerprint, the field, the
/// shard, and for a sample the sufficient statistics of the estimate.
public struct TokenCountReport: Sendable, Codable, Equatable {
  /// Bumped when a field changes meaning; `merge` refuses other versions.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int = Self.currentSchemaVersion
  /// The tokenizer file as given, and the SHA-256 of its bytes.
  public var tokenizer: String
  public var tokenizerSHA256: String
  public var field: String
  /// Whether the post-processor's special tokens were counted per document.
  public var special: Bool
  public var shard: CorpusShard
  /// Present when only a sample of documents was tokenized.
  public var sample: SampleSettings?
  public var files: [FileTokenCount]

  public init(
    tokenizer: String, tokenizerSHA256: String, field: String, special: Bool, shard: CorpusShard,
    sample: SampleSettings?, files: [FileTokenCount]
  ) {
    self.tokenizer = tokenizer
    self.tokenizerSHA256 = tokenizerSHA256
    self.field = field
    self.special = special
    self.shard = shard
    self.sample = sample
    self.files = files
  }

  /// All files together.
  public var total: FileTokenCount {
    var total = FileTokenCount(file: "total")
    for file in files { total.add(file) }
    return total
  }

  /// The estimated total when sampling; nil for an exact count.
  public func estimate(confidence: Double = 0.95) -> TokenEstimate? {
    guard sample != nil else { return nil }
    return total.estimate(confidence: confidence)
  }
}

/// How documents were sampled: each is kept with probability `fraction`, decided by a hash of
/// `seed`, the file's position in the command line and the document's ordinal.
public struct SampleSettings: Sendable, Codable, Equatable {
  public var fraction: Double
  public var seed: UInt64

  public init(fraction: Double, seed: UInt64) {
    self.fraction = fraction
    self.seed = seed
  }
}

/// Counts for one file (or the total of several).
public struct FileTokenCount: Sendable, Codable, Equatable {
  public var file: String
  /// Documents read (in this shard), sampled or not.
  public var documents: Int64 = 0
  /// UTF-8 bytes of those documents' text.
  public var textBytes: Int64 = 0
  /// Lines of the file, all shards together.
  public var lines: Int64 = 0
  /// Tokens of the tokenized documents: all of them, or only the sample's.
  public var tokens: TokenCount = TokenCount(0)
  /// Skipped lines by kind (`invalidUTF8`, `invalidJSON`, ...).
  public var skippedLines: [String: Int64] = [:]
  /// The first skipped lines, for the message.
  public var firstIssues: [CorpusIssue] = []
  /// Sampling statistics; nil for an exact count.
  public var sampleStatistics: SampleStatistics?

  public init(file: String) { self.file = file }

  /// Adds another file's (or shard's) counts; issues are kept up to the reader's limit.
  public mutating func add(_ other: FileTokenCount) {
    documents += other.documents
    textBytes += other.textBytes
    tokens = tokens + other.tokens
    for (kind, count) in other.skippedLines { skippedLines[kind, default: 0] += count }
    firstIssues += other.firstIssues.prefix(CorpusReadSummary.keptIssueLimit - firstIssues.count)
    if let statistics = other.sampleStatistics {
      sampleStatistics = (sampleStatistics ?? SampleStatistics()).adding(statistics)
    }
  }

  /// Skipped lines of all kinds.
  public var skippedLineCount: Int64 { skippedLines.values.reduce(0, +) }

  /// The estimated tokens of all `documents`, from the sampled ones.
  public func estimate(confidence: Double = 0.95) -> TokenEstimate? {
    sampleStatistics?.estimate(
      documents: documents, textBytes: textBytes, confidence: confidence)
  }
}

/// Sums over the sampled documents, enough to compute a ratio estimate and its variance.
///
/// Tokens are estimated as bytes × (sampled tokens / sampled bytes), the ratio estimator of
/// Cochran, *Sampling Techniques* (3rd ed., 1977), §6.2; its variance is §6.3, eq. 6.9:
/// V ≈ N²(1 − f)/n · Σ(tᵢ − R̂bᵢ)²/(n − 1). Token counts follow bytes closely, so the interval
/// is far narrower than scaling the sampled tokens by 1/fraction.
public struct SampleStatistics: Sendable, Codable, Equatable {
  public var documents: Int64 = 0
  public var tokens: Double = 0
  public var bytes: Double = 0
  public var tokensSquared: Double = 0
  public var tokensTimesBytes: Double = 0
  public var bytesSquared: Double = 0

  public init() {}

  /// Records one sampled document.
  public mutating func record(tokens t: Int, bytes b: Int) {
    let t = Double(t)
    let b = Double(b)
    documents += 1
    tokens += t
    bytes += b
    tokensSquared += t * t
    tokensTimesBytes += t * b
    bytesSquared += b * b
  }

  func adding(_ other: SampleStatistics) -> SampleStatistics {
    var sum = self
    sum.documents += other.documents
    sum.tokens += other.tokens
    sum.bytes += other.bytes
    sum.tokensSquared += other.tokensSquared
    sum.tokensTimesBytes += other.tokensTimesBytes
    sum.bytesSquared += other.bytesSquared
    return sum
  }

  /// The estimate for a population of `documents` documents holding `textBytes` bytes.
  func estimate(documents population: Int64, textBytes: Int64, confidence: Double)
    -> TokenEstimate?
  {
    let n = Double(documents)
    let populationSize = Double(population)
    guard documents >= 2, bytes > 0, populationSize >= n else { return nil }
    let ratio = tokens / bytes
    let estimate = ratio * Double(textBytes)
    let residualSquares = max(
      0, tokensSquared - 2 * ratio * tokensTimesBytes + ratio * ratio * bytesSquared)
    let variance =
      populationSize * populationSize * (1 - n / populationSize) / n * residualSquares / (n - 1)
    guard
      let interval = NormalInterval.around(
        estimate, standardError: variance.squareRoot(), confidence: confidence)
    else { return nil }
    return TokenEstimate(
      tokens: TokenCount(Int64(estimate.rounded())),
      low: TokenCount(Int64(max(tokens, interval.low).rounded(.down))),
      high: TokenCount(Int64(interval.high.rounded(.up))), confidence: confidence,
      sampledDocuments: documents)
  }
}

/// An estimated token count with its interval.
public struct TokenEstimate: Sendable, Codable, Equatable {
  public var tokens: TokenCount
  public var low: TokenCount
  public var high: TokenCount
  /// Two-sided confidence of `low...high` (0.95).
  public var confidence: Double
  public var sampledDocuments: Int64
}

import Foundation
import TollgateCore
import TollgateFormats

/// How `CorpusTokenCounter` counts.
public struct TokenCountOptions: Sendable {
  /// The JSON field path of the text (JSON Lines only).
  public var field = "text"
  /// Count the post-processor's special tokens around each document (`--special`).
  public var includesSpecialTokens = false
  /// Worker threads; 1 counts on the calling thread.
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Tokenize only a sample of the documents and estimate the rest.
  public var sample: SampleSettings?
  public var shard = CorpusShard.whole

  public init() {}
}

/// How far a count has got, for a progress display.
public struct TokenCountProgress: Sendable {
  public var fileIndex: Int
  public var fileCount: Int
  /// Text bytes read so far, all files.
  public var textBytes: Int64
  public var documents: Int64
}

/// Counts the tokens of corpus files with one tokenizer, on several threads.
///
/// The calling thread reads and decompresses; documents go in batches of about a megabyte to
/// `jobs` workers, each with its own encoder and word cache. Batch boundaries do not depend on
/// `jobs`, and results are added in batch order, so every figure (the estimate's floating-point
/// sums included) is the same for any number of jobs.
public struct CorpusTokenCounter: Sendable {
  /// A batch is closed once it holds this many bytes of text.
  static let batchBytes = 1 << 20

  public let tokenizer: Tokenizer
  public let options: TokenCountOptions

  public init(tokenizer: Tokenizer, options: TokenCountOptions) {
    self.tokenizer = tokenizer
    self.options = options
  }

  /// Workers beyond this many per core only wait for the reader: one reading thread feeds
  /// batches, so more threads add memory (an encoder and word cache each, two queued batches)
  /// and no speed. `--jobs 100000` would otherwise hold tens of gigabytes.
  static let workersPerCore = 4

  /// The workers `jobs` asks for, at least 1 and at most `workersPerCore` per core.
  static func usableWorkers(
    jobs: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> Int {
    min(max(1, jobs), max(1, cores) * workersPerCore)
  }

  /// Counts `files` in order.
  ///
  /// - Throws: `TollgateError` when a file cannot be read or is damaged (a truncated .gz or .zst).
  public func count(
    files: [String], progress: ((TokenCountProgress) -> Void)? = nil
  ) throws -> TokenCountReport {
    let specialCount =
      options.includesSpecialTokens
      ? tokenizer.specialIDsBefore.count + tokenizer.specialIDsAfter.count : 0
    let sink = BatchSink(
      tokenizer: tokenizer, specialCount: specialCount, isSampling: options.sample != nil,
      workers: Self.usableWorkers(jobs: options.jobs))
    var counts = files.map { FileTokenCount(file: $0) }
    var readBytes: Int64 = 0
    var readDocuments: Int64 = 0
    var sequence = 0

    do {
      for (fileIndex, path) in files.enumerated() {
        let reader = CorpusReader(path: path, field: options.field, shard: options.shard)
        var batch = DocumentBatch(fileIndex: fileIndex, sequence: sequence)
        let summary = try reader.forEachDocument { document in
          readBytes += Int64(document.bytes.count)
          readDocuments += 1
          if let sample = options.sample,
            !Self.isSelected(fileIndex: fileIndex, ordinal: document.ordinal, sample)
          {
            return
          }
          batch.append(document.bytes)
          if batch.bytes.count >= Self.batchBytes {
            sink.submit(batch)
            sequence += 1
            batch = DocumentBatch(fileIndex: fileIndex, sequence: sequence)
            progress?(
              TokenCountProgress(
                fileIndex: fileIndex, fileCount: files.count, textBytes: readBytes,
                documents: readDocuments))
          }
        }
        if !batch.ends.isEmpty {
          sink.submit(batch)
          sequence += 1
        }
        counts[fileIndex].record(summary)
      }
    } catch {
      _ = sink.finish()
      throw error
    }

    for result in sink.finish() {
      counts[result.fileIndex].tokens = counts[result.fileIndex].tokens + TokenCount(result.tokens)
      if options.sample != nil {
        counts[result.fileIndex].sampleStatistics =
          (counts[result.fileIndex].sampleStatistics ?? SampleStatistics()).adding(
            result.statistics)
      }
    }
    return TokenCountReport(
      tokenizer: tokenizer.path, tokenizerSHA256: tokenizer.sha256, field: options.field,
      special: options.includesSpecialTokens, shard: options.shard, sample: options.sample,
      files: counts)
  }

  /// Whether a document is in the sample: a SplitMix64 hash of seed, file and ordinal, compared
  /// with the fraction, so the choice is the same in every shard and for every `--jobs`.
  static func isSelected(fileIndex: Int, ordinal: Int, _ sample: SampleSettings) -> Bool {
    var z = sample.seed &+ UInt64(fileIndex) &* 0x9E37_79B9_7F4A_7C15
    z = z &+ UInt64(ordinal) &* 0xD1B5_4A32_D192_ED03
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / 9_007_199_254_740_992 < sample.fraction
  }
}

extension FileTokenCount {
  fileprivate mutating func record(_ summary: CorpusReadSummary) {
    documents = summary.documents
    textBytes = summary.textBytes
    lines = summary.lines
    for (kind, count) in summary.issueCounts { skippedLines[kind.rawValue] = count }
    firstIssues = summary.firstIssues
  }
}

/// Documents of one file copied out of the read buffer, to be tokenized on a worker.
struct DocumentBatch: Sendable {
  var fileIndex: Int
  var sequence: Int
  var bytes: [UInt8] = []
  /// End offset of each document in `bytes`.
  var ends: [Int] = []

  init(fileIndex: Int, sequence: Int) {
    self.fileIndex = fileIndex
    self.sequence = sequence
    bytes.reserveCapacity(CorpusTokenCounter.batchBytes + (64 << 10))
  }

  mutating func append(_ document: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: document)
    ends.append(bytes.count)
  }
}

/// What a worker found in one batch.
struct BatchResult: Sendable {
  var fileIndex: Int
  var sequence: Int
  var tokens: Int64 = 0
  var statistics = SampleStatistics()
}

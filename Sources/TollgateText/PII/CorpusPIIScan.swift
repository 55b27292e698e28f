import Foundation
import Synchronization
import TollgateCore
import TollgateFormats

/// Scans corpus files for personal data: each file streamed through the corpus reader, files
/// spread over all cores, one Hyperscan session per worker.
public struct CorpusPIIScan: Sendable {
  public var scanner: PIIScanner
  public var paths: [String]
  /// The JSON field holding the text in JSON Lines files.
  public var field: String
  public var shard: CorpusShard
  public var concurrency: Int
  /// Where to write every hit, masked, when the caller asks for them (`data scan --hits`).
  public var hitLog: PIIHitLog?

  public init(
    scanner: PIIScanner, paths: [String], field: String = "text", shard: CorpusShard = .whole,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.scanner = scanner
    self.paths = paths
    self.field = field
    self.shard = shard
    self.concurrency = max(1, concurrency)
  }

  /// Whether `path` is a regular file (after links), which several workers may each read.
  private static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// Scans every file.
  ///
  /// - Parameter progress: called from worker threads with the text bytes scanned so far.
  /// - Throws: the first file's `TollgateError` that could not be read to its end (missing,
  ///   vanished, damaged compression): a partial count would pass for a clean corpus.
  public func run(progress: (@Sendable (Int64) -> Void)? = nil) throws -> PIIScanReport {
    // With fewer files than cores, each file is split into sub-shards read by several workers:
    // sub-shard w of W inside shard I of N is shard I + N*w of N*W, so the parts stay disjoint
    // and add up to this shard exactly. Each worker reads the whole file but skips the other
    // workers' lines before validating or scanning them.
    // A pipe (`/dev/stdin`) can be read once only, so with one among the files none is split.
    // With a hit log each file is one worker's, so its hits come out in line order.
    let canSplit = hitLog == nil && paths.allSatisfy(Self.isRegularFile)
    let split =
      paths.count >= concurrency || !canSplit
      ? 1 : (concurrency + paths.count - 1) / paths.count
    let jobs = paths.indices.flatMap { file in (0..<split).map { (file, $0) } }
    var subShards: [CorpusShard] = []
    for part in 0..<split {
      subShards.append(
        try CorpusShard(index: shard.index + shard.count * part, count: shard.count * split))
    }
    let parts = subShards
    let next = Atomic<Int>(0)
    let scanned = Atomic<Int64>(0)
    let results = Mutex<[Int: [Result<PIIScanReport.FileResult, TollgateError>]]>([:])
    let failure = Mutex<TollgateError?>(nil)
    let workers = min(concurrency, max(1, jobs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let session: PIIScanSession
      do {
        session = try scanner.makeSession()
      } catch {
        failure.withLock {
          $0 = error as? TollgateError ?? TollgateError(.invalidContent, "\(error)")
        }
        return
      }
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < jobs.count else { break }
        let (file, part) = jobs[index]
        let result = scanFile(file, shard: parts[part], session: session) { bytes in
          let total = scanned.add(bytes, ordering: .relaxed).newValue
          progress?(total)
        }
        results.withLock { $0[file, default: []].append(result) }
      }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    let collected = results.withLock { $0 }
    var files: [PIIScanReport.FileResult] = []
    for index in paths.indices {
      var merged = PIIScanReport.FileResult(file: paths[index])
      for result in collected[index] ?? [] {
        switch result {
        case .success(let part): merged.add(part)
        case .failure(let error): throw error
        }
      }
      files.append(merged)
    }
    return PIIScanReport(
      shard: shard, field: field, extraPatterns: scanner.extraPatterns.map(\.name), files: files)
  }

  private func scanFile(
    _ index: Int, shard: CorpusShard, session: PIIScanSession, progress: (Int64) -> Void
  ) -> Result<PIIScanReport.FileResult, TollgateError> {
    let path = paths[index]
    var result = PIIScanReport.FileResult(file: path)
    // Evaluation logs keep model answers in arrays (`resps`, `filtered_resps`): scanned too.
    let reader = CorpusReader(path: path, field: field, shard: shard, joinsStringArrays: true)
    var batch = PIIDocumentBatch(scanner: scanner)
    var sinceProgress: Int64 = 0
    do {
      let log = try hitLog.map { try PIIHitFile($0, index: index) }
      defer { try? log?.close() }
      let summary = try reader.forEachDocument { document in
        batch.append(document)
        sinceProgress += Int64(document.bytes.count)
        guard batch.isFull else { return }
        try batch.scan(with: session, into: &result, log: log)
        if sinceProgress > 8 << 20 {
          progress(sinceProgress)
          sinceProgress = 0
        }
      }
      if !batch.isEmpty { try batch.scan(with: session, into: &result, log: log) }
      try log?.close()
      progress(sinceProgress)
      result.documents = summary.documents
      result.textBytes = summary.textBytes
      result.skippedLines = Dictionary(
        uniqueKeysWithValues: summary.issueCounts.map { ($0.key.rawValue, $0.value) })
      result.issues = summary.firstIssues
      return .success(result)
    } catch let error as TollgateError {
      return .failure(error)
    } catch {
      return .failure(TollgateError.file(.unreadable, path, "scan failed: \(error)"))
    }
  }
}

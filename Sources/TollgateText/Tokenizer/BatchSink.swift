import Foundation

/// Tokenizes batches: inline for one job, otherwise on worker threads fed by a bounded queue.
///
/// The queue holds at most two batches per worker, so memory stays flat however fast the
/// reader is. Results are returned sorted by batch sequence, so the caller adds them in a fixed
/// order.
final class BatchSink: @unchecked Sendable {
  // @unchecked: every mutable field below is read and written only under `condition`.
  private let condition = NSCondition()
  private var queue: [DocumentBatch] = []
  private var results: [BatchResult] = []
  private var isClosed = false
  private var finishedWorkers = 0
  private let workerCount: Int
  private let capacity: Int
  private let tokenizer: Tokenizer
  private let specialCount: Int
  private let isSampling: Bool
  /// The encoder used when counting inline (one job).
  private var inlineEncoder: TokenEncoder?

  init(tokenizer: Tokenizer, specialCount: Int, isSampling: Bool, workers: Int) {
    self.tokenizer = tokenizer
    self.specialCount = specialCount
    self.isSampling = isSampling
    workerCount = workers > 1 ? workers : 0
    capacity = max(2, 2 * workers)
    if workerCount == 0 {
      inlineEncoder = tokenizer.makeEncoder()
    } else {
      for _ in 0..<workerCount {
        let thread = Thread { [self] in self.work() }
        thread.stackSize = 1 << 22
        thread.start()
      }
    }
  }

  /// Hands a batch over (or counts it now, for one job); blocks while the queue is full.
  func submit(_ batch: DocumentBatch) {
    if workerCount == 0, var encoder = inlineEncoder {
      inlineEncoder = nil
      results.append(count(batch, with: &encoder))
      inlineEncoder = encoder
      return
    }
    condition.lock()
    while queue.count >= capacity { condition.wait() }
    queue.append(batch)
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for the workers to drain the queue and returns every result in batch order.
  func finish() -> [BatchResult] {
    condition.lock()
    isClosed = true
    condition.broadcast()
    while finishedWorkers < workerCount { condition.wait() }
    let sorted = results.sorted { $0.sequence < $1.sequence }
    condition.unlock()
    return sorted
  }

  private func work() {
    var encoder = tokenizer.makeEncoder()
    while true {
      condition.lock()
      while queue.isEmpty && !isClosed { condition.wait() }
      guard !queue.isEmpty else {
        finishedWorkers += 1
        condition.broadcast()
        condition.unlock()
        return
      }
      let batch = queue.removeFirst()
      condition.broadcast()
      condition.unlock()

      let result = count(batch, with: &encoder)
      condition.lock()
      results.append(result)
      condition.unlock()
    }
  }

  private func count(_ batch: DocumentBatch, with encoder: inout TokenEncoder) -> BatchResult {
    var result = BatchResult(fileIndex: batch.fileIndex, sequence: batch.sequence)
    batch.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      for end in batch.ends {
        let tokens = encoder.count(UnsafeBufferPointer(rebasing: bytes[start..<end])) + specialCount
        result.tokens += Int64(tokens)
        if isSampling { result.statistics.record(tokens: tokens, bytes: end - start) }
        start = end
      }
    }
    return result
  }
}

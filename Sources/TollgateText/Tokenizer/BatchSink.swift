import Foundation

/// Tokenizes batches: inline for one job, otherwise on worker threads fed by a bounded queue.
///
/// For `N` jobs there are `N - 1` workers and the submitting (reading) thread is the `N`th: when
/// the queue is full it tokenizes the oldest queued batch itself instead of waiting, so `N` jobs
/// use `N` threads in all. The queue holds at most two batches per job, so memory stays flat
/// however fast the reader is. Results are returned sorted by batch sequence, so the caller adds
/// them in a fixed order.
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
  /// The submitting thread's encoder: all the counting for one job, overflow for more.
  private var inlineEncoder: TokenEncoder?

  init(tokenizer: Tokenizer, specialCount: Int, isSampling: Bool, workers: Int) {
    self.tokenizer = tokenizer
    self.specialCount = specialCount
    self.isSampling = isSampling
    workerCount = max(0, workers - 1)
    capacity = max(2, 2 * workers)
    inlineEncoder = tokenizer.makeEncoder()
  }

  /// Worker threads started so far: one more with each batch until `workerCount`, so a corpus
  /// of a few batches never starts (and pays the encoder and word cache of) more threads than
  /// it has batches. Read under `condition`.
  private var startedWorkers = 0

  /// Starts one more worker if fewer than `workerCount` run; called under `condition`.
  private func startWorkerIfNeeded() {
    guard startedWorkers < workerCount else { return }
    startedWorkers += 1
    let thread = Thread { [self] in self.work() }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// Worker threads started so far (tests).
  var startedWorkerCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return startedWorkers
  }

  /// Hands a batch over; counts it (or the oldest queued one) on this thread when there are no
  /// workers or the queue is full.
  func submit(_ batch: DocumentBatch) {
    guard workerCount > 0 else {
      countInline(batch)
      return
    }
    condition.lock()
    startWorkerIfNeeded()
    queue.append(batch)
    let overflow = queue.count > capacity ? queue.removeFirst() : nil
    condition.broadcast()
    condition.unlock()
    if let overflow { countInline(overflow) }
  }

  /// Counts a batch on the submitting thread with its own encoder.
  private func countInline(_ batch: DocumentBatch) {
    guard var encoder = inlineEncoder else { return }
    inlineEncoder = nil
    let result = count(batch, with: &encoder)
    inlineEncoder = encoder
    condition.lock()
    results.append(result)
    condition.unlock()
  }

  /// Waits for the workers to drain the queue and returns every result in batch order.
  func finish() -> [BatchResult] {
    condition.lock()
    isClosed = true
    condition.broadcast()
    while finishedWorkers < startedWorkers { condition.wait() }
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

import Foundation
import Synchronization

/// A one-line progress display on stderr, drawn only on a terminal (never with NO_COLOR or
/// --json), at most ten times a second; safe to update from worker threads.
final class DataProgress: Sendable {
  private let isEnabled: Bool
  private let unit: String
  private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

  init(context: CommandContext, isEnabled: Bool, unit: String) {
    self.isEnabled = isEnabled && context.showsProgress
    self.unit = unit
  }

  func update(_ done: Int64, of total: Int64? = nil) {
    guard isEnabled else { return }
    let now = ContinuousClock.now
    let shouldDraw = lastDraw.withLock { last in
      guard last.map({ now - $0 > .milliseconds(100) }) ?? true else { return false }
      last = now
      return true
    }
    guard shouldDraw else { return }
    let text = total.map { "\r\(done)/\($0) \(unit)" } ?? "\r\(done) \(unit)"
    FileHandle.standardError.write(Data(text.utf8))
  }

  func finish() {
    guard isEnabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

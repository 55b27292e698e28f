import Foundation
import Synchronization

/// How many file commits are in progress; while above zero an interrupt waits for them.
private let commitsInProgress = Atomic<Int>(0)
/// The signal that arrived during a commit (0 for none), acted on when the commit ends.
private let pendingSignal = Atomic<Int32>(0)

/// Ctrl-C and `kill` end the process with the conventional 128 + signal (130, 143).
///
/// Outputs are written to temporary files and renamed, so an interrupt at any other moment
/// leaves nothing half-written. During a commit of several files (the report set) the signal is
/// held until the commit ends, so it cannot leave temporary files or a mixed set behind. The
/// handler only touches atomics and calls `_exit`, which is async-signal-safe.
enum Interrupts {
  static func install() {
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber) { received in
        if commitsInProgress.load(ordering: .sequentiallyConsistent) > 0 {
          pendingSignal.store(received, ordering: .sequentiallyConsistent)
        } else {
          _exit(128 + received)
        }
      }
    }
  }

  /// Runs `body` with interrupts held back until it returns or throws.
  static func deferred<T>(_ body: () throws -> T) rethrows -> T {
    commitsInProgress.add(1, ordering: .sequentiallyConsistent)
    defer {
      let remaining = commitsInProgress.subtract(1, ordering: .sequentiallyConsistent).newValue
      let received = pendingSignal.load(ordering: .sequentiallyConsistent)
      if remaining == 0 && received != 0 { _exit(128 + received) }
    }
    return try body()
  }
}

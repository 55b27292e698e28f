import Foundation
import Synchronization

/// How many file commits are in progress; while above zero an interrupt waits for them.
private let commitsInProgress = Atomic<Int>(0)
/// The signal that arrived during a commit (0 for none), acted on when the commit ends.
private let pendingSignal = Atomic<Int32>(0)

/// Bytes the signal handler may write as they are: allocated once, never freed or changed.
private struct SignalSafeText {
  var bytes: UnsafeRawPointer
  var count: Int

  /// Copies `text` into memory that lives until the process ends; returns its address.
  static func allocate(_ text: String) -> Int {
    let utf8 = Array(text.utf8)
    let bytes = UnsafeMutableRawPointer.allocate(byteCount: max(utf8.count, 1), alignment: 1)
    bytes.copyMemory(from: utf8, byteCount: utf8.count)
    let text = UnsafeMutablePointer<SignalSafeText>.allocate(capacity: 1)
    text.initialize(to: SignalSafeText(bytes: UnsafeRawPointer(bytes), count: utf8.count))
    return Int(bitPattern: text)
  }
}

/// The addresses of the `--json` error documents for SIGINT and SIGTERM (a `SignalSafeText`),
/// 0 unless the run asked for JSON. Kept as integers because pointers are not `Sendable`.
private let interruptedDocument = Atomic<Int>(0)
private let terminatedDocument = Atomic<Int>(0)
/// The address of a `SignalSafePaths` the handler removes before exiting (0 for none): the
/// parts of a hit log being written, which would otherwise stay behind, hidden.
private let pathsToRemove = Atomic<Int>(0)

/// Paths as C strings that live until the process ends: files to unlink, then a folder.
private struct SignalSafePaths {
  var files: UnsafeMutablePointer<UnsafeMutablePointer<CChar>>
  var count: Int
  var folder: UnsafeMutablePointer<CChar>
}

/// The addresses of the lines a signal writes on stderr, in words, for every run.
private let interruptedLine = Atomic<Int>(0)
private let terminatedLine = Atomic<Int>(0)

/// Ends the process as `signalNumber` asks, with 128 + signal (130, 143): removes the paths
/// registered with `removeOnSignal`, says so on stderr and, under `--json` while stdout is
/// still empty, writes the prepared error document. Uses only atomics, unlink(2), rmdir(2),
/// write(2) and `_exit`, which are async-signal-safe.
private func exitOnSignal(_ signalNumber: Int32) -> Never {
  if let paths = UnsafePointer<SignalSafePaths>(
    bitPattern: pathsToRemove.load(ordering: .sequentiallyConsistent))
  {
    for index in 0..<paths.pointee.count { unlink(paths.pointee.files[index]) }
    rmdir(paths.pointee.folder)
  }
  let isTerm = signalNumber == SIGTERM
  let line =
    isTerm
    ? terminatedLine.load(ordering: .sequentiallyConsistent)
    : interruptedLine.load(ordering: .sequentiallyConsistent)
  writeAll(line, to: STDERR_FILENO)
  let document =
    isTerm
    ? terminatedDocument.load(ordering: .sequentiallyConsistent)
    : interruptedDocument.load(ordering: .sequentiallyConsistent)
  if !StandardOutput.isWritten { writeAll(document, to: STDOUT_FILENO) }
  _exit(128 + signalNumber)
}

/// Writes the `SignalSafeText` at `address` (nothing for 0) with write(2) alone.
private func writeAll(_ address: Int, to descriptor: Int32) {
  guard let text = UnsafePointer<SignalSafeText>(bitPattern: address) else { return }
  var offset = 0
  while offset < text.pointee.count {
    let written = write(descriptor, text.pointee.bytes + offset, text.pointee.count - offset)
    if written <= 0 { break }
    offset += written
  }
}

/// Ctrl-C and `kill` end the process with the conventional 128 + signal (130, 143).
///
/// Outputs are written to temporary files and renamed, so an interrupt at any other moment
/// leaves nothing half-written. During a commit of several files (the report set) the signal is
/// held until the commit ends, so it cannot leave temporary files or a mixed set behind. The
/// handler only touches atomics and async-signal-safe calls (see `exitOnSignal`).
enum Interrupts {
  static func install() {
    // Touch every global the handler reads, so none is first initialised inside the handler.
    _ = commitsInProgress.load(ordering: .sequentiallyConsistent)
    _ = pendingSignal.load(ordering: .sequentiallyConsistent)
    _ = interruptedDocument.load(ordering: .sequentiallyConsistent)
    _ = terminatedDocument.load(ordering: .sequentiallyConsistent)
    _ = pathsToRemove.load(ordering: .sequentiallyConsistent)
    _ = StandardOutput.isWritten
    // On a terminal the line first clears a progress line drawn with a carriage return.
    let clear = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""
    let stopped = { (name: String) in
      SignalSafeText.allocate(
        "\(clear)tollgate: stopped by \(name); no output file was left half-written\n")
    }
    interruptedLine.store(stopped("SIGINT"), ordering: .sequentiallyConsistent)
    terminatedLine.store(stopped("SIGTERM"), ordering: .sequentiallyConsistent)
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber) { received in
        if commitsInProgress.load(ordering: .sequentiallyConsistent) > 0 {
          pendingSignal.store(received, ordering: .sequentiallyConsistent)
        } else {
          exitOnSignal(received)
        }
      }
    }
  }

  /// Has a signal remove `files` and then the `folder` that holds them before the process
  /// ends (unlink(2) and rmdir(2) are async-signal-safe); nil stops that. The memory is kept
  /// for the rest of the run, once per call.
  static func removeOnSignal(files: [String], folder: String?) {
    guard let folder else {
      pathsToRemove.store(0, ordering: .sequentiallyConsistent)
      return
    }
    let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>>.allocate(
      capacity: max(files.count, 1))
    for (index, file) in files.enumerated() { list[index] = strdup(file) }
    let paths = UnsafeMutablePointer<SignalSafePaths>.allocate(capacity: 1)
    paths.initialize(to: SignalSafePaths(files: list, count: files.count, folder: strdup(folder)))
    pathsToRemove.store(Int(bitPattern: paths), ordering: .sequentiallyConsistent)
  }

  /// Prepares the error documents a signal prints on stdout, for a run that asked for `--json`.
  static func printJSONOnSignal() {
    if let text = documentText(signal: "SIGINT", exitCode: 128 + SIGINT) {
      interruptedDocument.store(text, ordering: .sequentiallyConsistent)
    }
    if let text = documentText(signal: "SIGTERM", exitCode: 128 + SIGTERM) {
      terminatedDocument.store(text, ordering: .sequentiallyConsistent)
    }
  }

  private static func documentText(
    signal name: String, exitCode: Int32
  ) -> Int? {
    let document = JSONErrorDocument(signal: name, exitCode: exitCode)
    return (try? JSONOutput.encode(document)).map(SignalSafeText.allocate)
  }

  /// Runs `body` with interrupts held back until it returns or throws.
  static func deferred<T>(_ body: () throws -> T) rethrows -> T {
    commitsInProgress.add(1, ordering: .sequentiallyConsistent)
    defer {
      let remaining = commitsInProgress.subtract(1, ordering: .sequentiallyConsistent).newValue
      let received = pendingSignal.load(ordering: .sequentiallyConsistent)
      if remaining == 0 && received != 0 { exitOnSignal(received) }
    }
    return try body()
  }
}

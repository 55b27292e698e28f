import Foundation

/// What one run of the built `tollgate` binary did.
public struct BinaryRun: Sendable {
  public var exitCode: Int32
  public var stdout: String
  public var stderr: String
}

extension BinaryRun {
  /// Writes what the run printed on stdout to `name` in `folder`: a `--json` result saved as
  /// the next command's input, as a user would with `> name`.
  public func saveStdout(as name: String, in folder: URL) throws {
    try stdout.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }
}

/// Runs the `tollgate` executable that `swift build` put beside the test bundle.
///
/// End-to-end tests go through the real binary so that argument parsing, exit codes and the split
/// between stdout and stderr are tested as a user meets them.
public enum TollgateBinary {
  /// The built executable: `TOLLGATE_BINARY` if set, otherwise next to the test runner.
  public static var url: URL {
    if let path = ProcessInfo.processInfo.environment["TOLLGATE_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("tollgate")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/tollgate")
  }

  /// Runs the binary with `arguments` in `directory`, feeding `stdin`, with a time limit so a
  /// hang fails the test instead of stalling the suite.
  public static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    stdin: Data? = nil, timeout: TimeInterval = 60
  ) throws -> BinaryRun {
    try run(
      arguments, launcher: [], in: directory, environment: environment, stdin: stdin,
      timeout: timeout)
  }

  /// Runs the binary as a user who may not read what is chmod 000: as it is for anyone but
  /// root, as `nobody` (through setpriv) for root, who reads every file. Nil when the tests run
  /// as root and setpriv is missing; `directory` must be open to other users.
  public static func runWithoutRoot(_ arguments: [String], in directory: URL) throws -> BinaryRun? {
    guard getuid() == 0 else { return try run(arguments, in: directory) }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
    return try run(
      arguments,
      launcher: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"],
      in: directory, environment: [:], stdin: nil, timeout: 60)
  }

  private static func run(
    _ arguments: [String], launcher: [String], in directory: URL?,
    environment: [String: String], stdin: Data?, timeout: TimeInterval
  ) throws -> BinaryRun {
    let process = Process()
    if let first = launcher.first {
      process.executableURL = URL(fileURLWithPath: first)
      process.arguments = launcher.dropFirst() + [url.path] + arguments
    } else {
      process.executableURL = url
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env

    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    if let stdin { inPipe.fileHandleForWriting.write(stdin) }
    try inPipe.fileHandleForWriting.close()

    // Read both pipes while the process runs so a large output cannot fill a pipe and block it.
    let group = DispatchGroup()
    let collected = Collected()
    group.enter()
    DispatchQueue.global().async {
      collected.setOut(outPipe.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      collected.setErr(errPipe.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      throw RunError.timedOut(arguments)
    }
    process.waitUntilExit()
    return BinaryRun(
      exitCode: process.terminationStatus,
      stdout: String(decoding: collected.out, as: UTF8.self),
      stderr: String(decoding: collected.err, as: UTF8.self))
  }

  public enum RunError: Error {
    case timedOut([String])
  }
}

private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var out = Data()
  private(set) var err = Data()

  func setOut(_ data: Data) { lock.withLock { out = data } }
  func setErr(_ data: Data) { lock.withLock { err = data } }
}

extension TollgateBinary {
  /// Opens the FIFO at `path` for writing once a reader has opened it (a writer's non-blocking
  /// open fails until then), waiting up to ten seconds: how a test knows the binary is inside
  /// its read, with its signal handlers installed. -1 when no reader came.
  public static func writerOnceRead(fifo path: String) -> Int32 {
    var writer: Int32 = -1
    for _ in 0..<1000 where writer < 0 {
      writer = open(path, O_WRONLY | O_NONBLOCK)
      if writer < 0 { usleep(10_000) }
    }
    return writer
  }
}

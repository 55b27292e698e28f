/// How much a log message matters; the command's default shows `notice` and above.
public enum LogLevel: String, Sendable, Hashable, CaseIterable, Comparable {
  case trace, debug, info, notice, warning, error

  public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A small logging facade: library code logs through the logger its caller hands it, and only
/// the program decides where messages go (swift-log cannot be fetched here).
///
/// Message text and metadata stay apart so that a handler can print or serialise them as it
/// likes. Never log secrets; prompts and model outputs only at `debug`.
public struct Logger: Sendable {
  public typealias Handler = @Sendable (LogLevel, String, [String: String]) -> Void

  public var level: LogLevel
  private let handler: Handler

  public init(level: LogLevel, handler: @escaping Handler) {
    self.level = level
    self.handler = handler
  }

  /// A logger that drops everything: the default for library code called without one.
  public static let silent = Logger(level: .error) { _, _, _ in }

  public func log(
    _ level: LogLevel, _ message: @autoclosure () -> String, metadata: [String: String] = [:]
  ) {
    guard level >= self.level else { return }
    handler(level, message(), metadata)
  }

  public func debug(_ message: @autoclosure () -> String, metadata: [String: String] = [:]) {
    log(.debug, message(), metadata: metadata)
  }

  public func notice(_ message: @autoclosure () -> String, metadata: [String: String] = [:]) {
    log(.notice, message(), metadata: metadata)
  }

  public func warning(_ message: @autoclosure () -> String, metadata: [String: String] = [:]) {
    log(.warning, message(), metadata: metadata)
  }
}

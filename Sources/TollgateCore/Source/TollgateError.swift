/// Why Tollgate could not finish: unreadable or malformed input, I/O, an endpoint or a store.
///
/// One type for the whole tool keeps exit codes consistent: every `TollgateError` is exit code 2
/// (could not finish) unless `code` says the input was a usage mistake.
public struct TollgateError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Code: String, Sendable, Hashable, Codable {
    /// The file is missing or cannot be read.
    case unreadable
    /// The file was read but is not in the expected format.
    case malformed
    /// The file is in the right format but its content makes no sense (a log with no steps).
    case invalidContent
    /// Two pieces of evidence cannot be compared (different tasks, shots or sample counts).
    case incomparable
    /// Writing an output failed.
    case writeFailed
    /// The command line was wrong; maps to exit code 64.
    case usage
  }

  public var code: Code
  /// What failed, naming the offending value.
  public var message: String
  public var location: SourceLocation?
  /// How to fix it.
  public var hint: String?
  /// The lower-level error text, kept for `--log-level debug`.
  public var underlying: String?

  public init(
    _ code: Code, _ message: String, at location: SourceLocation? = nil, hint: String? = nil,
    underlying: String? = nil
  ) {
    self.code = code
    self.message = message
    self.location = location
    self.hint = hint
    self.underlying = underlying
  }

  /// Convenience for an error about a whole file (no line).
  public static func file(
    _ code: Code, _ path: String, _ message: String, hint: String? = nil
  ) -> TollgateError {
    TollgateError(
      code, message, at: SourceLocation(file: path, line: 0, column: 0), hint: hint)
  }

  /// `file:line:col: error: message` (the position is omitted where there is none).
  public var description: String {
    var prefix = ""
    if let location {
      prefix = location.line > 0 ? "\(location): " : "\(location.file): "
    }
    var text = "\(prefix)error: \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}

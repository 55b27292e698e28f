/// Why a threshold expression could not be read, pointing at the character where it went wrong.
///
/// The offset is counted in Unicode scalars from the start of the expression (0-based), the same
/// unit libyaml counts columns in, so a caller can report `card.yaml:LINE:COL+offset`.
public struct ThresholdSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Whether the expression is malformed or merely vague.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Not in the shape `METRIC OP BOUND`: a missing operator, a stray word, an unknown unit.
    case syntax
    /// Words instead of a number ("significantly better", "显著提升"): no decision can rest on it.
    case vague
  }

  public var kind: Kind
  /// The whole expression as written.
  public var expression: String
  /// 0-based offset in Unicode scalars of the first character that does not fit.
  public var offset: Int
  /// What stood at `offset`, in words or quoted (`"=="`, "the end of the expression").
  public var found: String
  /// What would have fitted there.
  public var expected: String
  /// How to fix it.
  public var hint: String

  /// Creates an error at `offset` scalars into `expression`.
  public init(
    _ kind: Kind, in expression: String, at offset: Int, found: String, expected: String,
    hint: String
  ) {
    self.kind = kind
    self.expression = expression
    self.offset = offset
    self.found = found
    self.expected = expected
    self.hint = hint
  }

  /// One sentence saying what is wrong, without the location (the caller adds it).
  public var message: String {
    switch kind {
    case .vague:
      return "threshold has no number: \"\(expression)\""
    case .syntax:
      return "cannot read threshold \"\(expression)\": expected \(expected), found \(found)"
    }
  }

  /// The message with the offset, for logs.
  public var description: String { "\(message) (at character \(offset))" }
}

import Foundation

/// A parsed JSON value, as a Sendable tree the evidence readers can walk without `Any` casts.
///
/// Numbers are `Double`: lm-eval scores and trainer-log counters (tokens, steps) all fit exactly
/// below 2^53. Python's `json.dumps` writes bare `NaN` and `Infinity`, which JSON forbids; they
/// arrive here as non-finite numbers so that a reader can report them instead of failing.
package enum JSONValue: Sendable, Hashable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  /// The members of an object, or nil for any other value.
  package var object: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The elements of an array, or nil for any other value.
  package var array: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The text of a string, or nil for any other value.
  package var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The value of a number (possibly NaN or infinite), or nil for any other value.
  package var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The number as an integer when it is a whole, finite number within `Int` range.
  package var integer: Int? {
    guard let value = number, value.isFinite, value == value.rounded(),
      abs(value) < 9.0e15
    else { return nil }
    return Int(value)
  }

  /// True for `null`.
  package var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The member `key` of an object; nil when this is not an object or has no such member.
  package subscript(key: String) -> JSONValue? { object?[key] }
}

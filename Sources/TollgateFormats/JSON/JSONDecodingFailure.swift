import Foundation
import TollgateCore

/// Turns a `JSONDecoder` failure on a Tollgate document into an error that says where and what:
/// the line and column of a syntax error, or the key whose value has the wrong type.
///
/// Foundation's decoder says only "The given data was not valid JSON" both for broken JSON and
/// for valid JSON with a number that does not fit the field (`"size": 1.5`), without a place.
/// So the text is parsed again on its own: a syntax error is located there; valid JSON is
/// searched for the value that broke decoding.
package enum JSONDecodingFailure {
  /// The error for `error`, thrown decoding `data` (the content of `path`).
  ///
  /// - Parameters:
  ///   - what: what the file should have been, the start of the message (`not a Tollgate
  ///     snapshot manifest`).
  ///   - fractionalKeys: keys whose numbers may have a fraction (`documentsWithHitsRate`); any
  ///     other number must be whole.
  package static func error(
    _ error: any Error, data: Data, path: String, what: String, hint: String,
    fractionalKeys: Set<String> = []
  ) -> TollgateError {
    let located = { (message: String) in
      TollgateError(
        .malformed, "\(what): \(message)", at: SourceLocation(file: path, line: 0, column: 0),
        hint: hint, underlying: "\(error)")
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context):
      return located("missing key \"\(dotted(context.codingPath + [key]))\"")
    case .typeMismatch(let type, let context):
      return located(
        "the key \"\(dotted(context.codingPath))\" has the wrong type (expected \(words(type)))")
    case .valueNotFound(let type, let context):
      return located(
        "the key \"\(dotted(context.codingPath))\" is null (expected \(words(type)))")
    case .dataCorrupted(let context) where !context.codingPath.isEmpty:
      return located(
        "the key \"\(dotted(context.codingPath))\" has a wrong value: "
          + context.debugDescription)
    default:
      break
    }
    let value: JSONValue
    do {
      value = try JSONDocument.parse(data, path: path)
    } catch var syntax as TollgateError {
      syntax.message = "\(what): \(syntax.message)"
      syntax.hint = hint
      return syntax
    } catch {
      return located("\(error)")
    }
    if let (key, number) = firstNumberNotWhole(in: value, at: [], fractionalKeys) {
      return located(
        "the key \"\(key)\" has the wrong type: \(format(number)) is not a whole number")
    }
    return located("\(error)")
  }

  /// The path and value of the first number (keys in sorted order) that is not a whole number
  /// an `Int64` holds, outside `fractionalKeys`.
  private static func firstNumberNotWhole(
    in value: JSONValue, at path: [String], _ fractionalKeys: Set<String>
  ) -> (String, Double)? {
    switch value {
    case .number(let number):
      let isWhole = number.rounded() == number && Int64(exactly: number) != nil
      guard !isWhole, !(path.last.map(fractionalKeys.contains) ?? false) else { return nil }
      return (path.joined(separator: "."), number)
    case .object(let members):
      for (key, member) in members.sorted(by: { $0.key < $1.key }) {
        if let found = firstNumberNotWhole(in: member, at: path + [key], fractionalKeys) {
          return found
        }
      }
      return nil
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        var indexed = path.isEmpty ? [""] : path
        indexed[indexed.count - 1] += "[\(index)]"
        if let found = firstNumberNotWhole(in: element, at: indexed, fractionalKeys) {
          return found
        }
      }
      return nil
    default:
      return nil
    }
  }

  /// `files[0].size`, as the key is written in the file.
  private static func dotted(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }

  private static func words(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt64.Type: return "a whole number"
    case is Double.Type: return "a number"
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    default:
      let name = "\(type)"
      if name.hasPrefix("Array") { return "an array" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "an object"
    }
  }

  private static func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
  }
}

import Foundation
import TollgateCore

/// Parses JSON text into a `JSONValue`, turning Foundation's errors into `TollgateError`s that
/// point at a line and column.
///
/// Foundation's `JSONSerialization` reports only "around character N" (a byte offset); the
/// offset is mapped back to a line and column here so that a message reads like a compiler's.
package enum JSONDocument {
  /// Parses `data`, the whole content of `path`.
  ///
  /// - Throws: `TollgateError.malformed` for empty input, invalid UTF-8 or invalid JSON.
  package static func parse(_ data: Data, path: String) throws -> JSONValue {
    try TextInput.requireUTF8(data, path: path)
    guard data.contains(where: { !isJSONWhitespace($0) }) else {
      throw TollgateError.file(
        .malformed, path, "the file is empty; expected a JSON document",
        hint: "re-copy the file from the run's output folder; it may have been cut off")
    }
    let (rewritten, shifts) = NonFiniteLiterals.quoted(in: data)
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: rewritten, options: [.fragmentsAllowed])
    } catch {
      throw syntaxError(error, data: data, shifts: shifts, path: path)
    }
    return convert(object)
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// Builds the error for a JSON syntax error, locating it where Foundation says.
  private static func syntaxError(
    _ error: any Error, data: Data, shifts: [Int], path: String
  ) -> TollgateError {
    let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    let reason = detail ?? "\(error)"
    var location = TextInput.location(ofByte: max(data.count - 1, 0), in: data, path: path)
    var message = "not valid JSON: \(reason)"
    if let offset = characterOffset(in: reason) {
      // Offsets are into the rewritten text; each quoted NaN before it added a few bytes.
      let shift = NonFiniteLiterals.insertedBytes * shifts.filter { $0 < offset }.count
      let original = min(offset - shift, max(data.count - 1, 0))
      location = TextInput.location(ofByte: original, in: data, path: path)
      let cause = reason.replacingOccurrences(of: " around character \(offset)", with: "")
        .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
      message = "not valid JSON: \(cause) at `\(snippet(of: data, from: original))`"
    } else if reason.localizedCaseInsensitiveContains("end of file") {
      message = "not valid JSON: the document ends early (truncated file?)"
    }
    return TollgateError(
      .malformed, message, at: location,
      hint: "check the file at that position; a copy cut off mid-way needs to be copied again",
      underlying: reason)
  }

  /// Up to 24 characters of the line starting at `offset`, so the message shows what is wrong.
  private static func snippet(of data: Data, from offset: Int) -> String {
    let rest = data.dropFirst(offset).prefix { $0 != 0x0A && $0 != 0x0D }.prefix(24)
    return String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)
  }

  /// The N of Foundation's "around character N.", a 0-based byte offset.
  private static func characterOffset(in reason: String) -> Int? {
    guard let range = reason.range(of: "around character ") else { return nil }
    let digits = reason[range.upperBound...].prefix { $0.isNumber }
    return Int(digits)
  }

  /// Converts Foundation's object graph into `JSONValue`.
  private static func convert(_ object: Any) -> JSONValue {
    switch object {
    case let dictionary as [String: Any]:
      return .object(dictionary.mapValues(convert))
    case let array as [Any]:
      return .array(array.map(convert))
    case let text as String:
      return NonFiniteLiterals.value(ofQuoted: text).map(JSONValue.number) ?? .string(text)
    case let decimal as NSDecimalNumber:
      // Foundation hands long decimals over as NSDecimalNumber, whose `doubleValue` can be one
      // unit in the last place off (0.4960831790343256 -> ...564); its text rounds correctly.
      return .number(Double(decimal.stringValue) ?? decimal.doubleValue)
    case let number as NSNumber:
      // Booleans arrive as NSNumber too; their Objective-C type code is "c".
      if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
      return .number(number.doubleValue)
    default:
      return .null
    }
  }
}

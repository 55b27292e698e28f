/// A JSON value whose strings stay UTF-8 bytes.
///
/// `JSONSerialization` gives `[String: Any]`, and Swift `String` equality is canonical
/// equivalence: two vocabulary entries that differ only in Unicode normal form (Llama-2 has
/// composed and decomposed Hangul) would collapse into one key. Token strings must compare by
/// bytes, so tokenizer.json is parsed here.
indirect enum TokenizerJSON {
  case object([(key: [UInt8], value: TokenizerJSON)])
  case array([TokenizerJSON])
  case string([UInt8])
  case number(Double)
  case bool(Bool)
  case null

  /// The member named `key` (the last one if repeated), or nil.
  subscript(key: String) -> TokenizerJSON? {
    guard case .object(let members) = self else { return nil }
    let bytes = Array(key.utf8)
    return members.last { $0.key == bytes }?.value
  }

  var members: [(key: [UInt8], value: TokenizerJSON)]? {
    if case .object(let members) = self { return members }
    return nil
  }
  var elements: [TokenizerJSON]? {
    if case .array(let elements) = self { return elements }
    return nil
  }
  var bytes: [UInt8]? {
    if case .string(let bytes) = self { return bytes }
    return nil
  }
  var string: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
  var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }
  var double: Double? {
    if case .number(let value) = self { return value }
    return nil
  }
  /// The number as an exact integer in Int32 range, or nil.
  var int32: Int32? {
    guard let double, double.rounded() == double, double >= 0, double <= Double(Int32.max)
    else { return nil }
    return Int32(double)
  }
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// Parses a whole document; the error says what was expected and at which byte.
  static func parse(_ bytes: [UInt8]) throws(TokenizerJSONError) -> TokenizerJSON {
    var parser = TokenizerJSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.index == bytes.count else { throw parser.error("end of the document") }
    return value
  }
}

/// Where and why a tokenizer.json is not JSON.
struct TokenizerJSONError: Error {
  var offset: Int
  var expected: String
}

private struct TokenizerJSONParser {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  func error(_ expected: String) -> TokenizerJSONError {
    TokenizerJSONError(offset: index, expected: expected)
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  mutating func parseValue(depth: Int) throws(TokenizerJSONError) -> TokenizerJSON {
    guard depth < 256, index < bytes.count else { throw error("a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectWord("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return .null
    default: return .number(try parseNumber())
    }
  }

  private mutating func parseObject(depth: Int) throws(TokenizerJSONError) -> TokenizerJSON {
    index += 1
    var members: [(key: [UInt8], value: TokenizerJSON)] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("a key in quotes")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("':'") }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue(depth: depth + 1)))
      skipWhitespace()
      guard index < bytes.count else { throw error("',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw error("',' or '}'")
      }
    }
  }

  private mutating func parseArray(depth: Int) throws(TokenizerJSONError) -> TokenizerJSON {
    index += 1
    var elements: [TokenizerJSON] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw error("',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw error("',' or ']'")
      }
    }
  }

  private mutating func expectWord(_ word: String) throws(TokenizerJSONError) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count,
      bytes[index..<(index + expected.count)].elementsEqual(expected)
    else { throw error(word) }
    index += expected.count
  }

  private mutating func parseNumber() throws(TokenizerJSONError) -> Double {
    let start = index
    scan: while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
        index += 1
      default: break scan
      }
    }
    guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self))
    else {
      index = start
      throw error("a value")
    }
    return value
  }

  private mutating func parseString() throws(TokenizerJSONError) -> [UInt8] {
    index += 1
    var result: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return result
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { throw error("an escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "u"): appendScalar(try parseUnicodeEscape(), to: &result)
        default: result.append(escape)
        }
      default: result.append(byte)
      }
    }
    throw error("the end of a string")
  }

  private mutating func parseUnicodeEscape() throws(TokenizerJSONError) -> UInt32 {
    let first = try parseHex4()
    guard (0xD800...0xDBFF).contains(first) else { return first }
    guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
      bytes[index + 1] == UInt8(ascii: "u")
    else { return 0xFFFD }
    index += 2
    let second = try parseHex4()
    guard (0xDC00...0xDFFF).contains(second) else { return 0xFFFD }
    return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
  }

  private mutating func parseHex4() throws(TokenizerJSONError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
    else { throw error("four hex digits") }
    index += 4
    return value
  }

  private func appendScalar(_ value: UInt32, to result: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    result.append(contentsOf: Array(String(Character(scalar)).utf8))
  }
}

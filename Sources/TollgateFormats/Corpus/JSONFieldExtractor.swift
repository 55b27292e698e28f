/// Finds one string field (a dotted path such as `meta.text`) in a JSON Lines record.
///
/// A hand-written scanner instead of `JSONDecoder`: it checks the whole line is valid JSON (RFC
/// 8259) but builds no dictionary and, when the string has no escapes, copies nothing. Duplicate
/// keys resolve to the last one, as Python's `json.loads` does.
package struct JSONFieldExtractor {
  /// Where the field's text is after `extract`.
  package enum Outcome: Equatable {
    /// The text is `line[range]` (no escapes in it).
    case inLine(Range<Int>)
    /// The text had escapes and was decoded into `decoded`.
    case decoded
    case missing
    /// The field holds another kind of value (named).
    case notString(String)
    case notAnObject
    case invalidJSON(String)
    /// A `\u` escape is a lone UTF-16 surrogate, which has no UTF-8 form.
    case loneSurrogate
  }

  private struct SyntaxError: Error {
    var detail: String
    var isLoneSurrogate = false
  }

  static let maximumDepth = 512

  /// The field `*`: every string value of the record, at any depth, one per line.
  package static let everyString = "*"

  let path: [[UInt8]]
  /// Whether a field holding an array yields its strings (see `init`).
  let joinsStringArrays: Bool
  /// Whether the field is `*`: the text is every string value in the record (see `init`).
  let readsEveryString: Bool
  /// The decoded text when the outcome is `.decoded`; reused between lines.
  package private(set) var decoded: [UInt8] = []
  /// The strings of an array field being gathered, swapped into `decoded` when complete.
  private var joined: [UInt8] = []
  private var joinedStrings = 0

  private var start: UnsafePointer<UInt8>?
  private var end = 0
  private var index = 0
  private var outcome = Outcome.missing

  /// Creates an extractor for a dotted field path (`text`, `meta.text`).
  ///
  /// With `joinsStringArrays`, a field that holds an array is read as the strings in it, at any
  /// depth and in order, one per line: evaluation logs keep a model's answers that way
  /// (lm-evaluation-harness writes `"resps": [["..."]]` and `"filtered_resps": ["..."]`). Other
  /// values inside the array are passed over; an array without a string is `.notString`.
  ///
  /// The field `*` reads every string value of the record (not the keys), at any depth and in
  /// order, one per line: personal data in a structured record sits in whatever field holds it
  /// (`contact`, `patient.name`), so a PII scan of one field would miss the rest.
  package init(field: String, joinsStringArrays: Bool = false) {
    path = field.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) }
    self.joinsStringArrays = joinsStringArrays
    readsEveryString = field == Self.everyString
  }

  /// Scans `line` and says where the field's text is.
  package mutating func extract(from line: UnsafeBufferPointer<UInt8>) -> Outcome {
    guard let lineStart = line.baseAddress, !line.isEmpty else {
      return .invalidJSON("empty line")
    }
    start = lineStart
    end = line.count
    index = 0
    outcome = .missing
    do throws(SyntaxError) {
      skipWhitespace()
      guard index < end, base[index] == UInt8(ascii: "{") else {
        // A record must be an object; a line that is no JSON value at all is named for that,
        // not for the literal its first letter happened to start (`not json` is not `null`).
        let column = index + 1
        do throws(SyntaxError) {
          try skipValue(depth: 0)
          skipWhitespace()
          guard index == end else { throw SyntaxError(detail: "") }
        } catch {
          if error.isLoneSurrogate { throw error }
          throw SyntaxError(detail: "not a JSON object at column \(column)")
        }
        return .notAnObject
      }
      if readsEveryString {
        joined.removeAll(keepingCapacity: true)
        joinedStrings = 0
        try gatherStrings(depth: 0)
        swap(&decoded, &joined)
        outcome = joinedStrings > 0 ? .decoded : .notString("no string value")
      } else {
        try parseObject(level: 0, depth: 0)
      }
      skipWhitespace()
      guard index == end else {
        throw SyntaxError(detail: "extra text after the object at column \(index + 1)")
      }
      return outcome
    } catch {
      return error.isLoneSurrogate ? .loneSurrogate : .invalidJSON(error.detail)
    }
  }

  // MARK: - Grammar

  private mutating func parseObject(level: Int?, depth: Int) throws(SyntaxError) {
    guard depth < Self.maximumDepth else { throw SyntaxError(detail: "nested too deeply") }
    index += 1  // "{"
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      guard peek() == UInt8(ascii: "\"") else { throw expected("a key in quotes") }
      let matches = try parseKey(matching: level.map { path[$0] })
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw expected("':'") }
      index += 1
      skipWhitespace()
      if matches, let level {
        try parseMatchedValue(level: level, depth: depth)
      } else {
        try skipValue(depth: depth + 1)
      }
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        index += 1
        return
      default: throw expected("',' or '}'")
      }
    }
  }

  private mutating func parseMatchedValue(level: Int, depth: Int) throws(SyntaxError) {
    let isLast = level == path.count - 1
    let next = peek()
    if isLast && next == UInt8(ascii: "\"") {
      outcome = try parseString(capture: true)
    } else if isLast && next == UInt8(ascii: "[") && joinsStringArrays {
      joined.removeAll(keepingCapacity: true)
      joinedStrings = 0
      try gatherStrings(depth: depth + 1, intoObjects: false)
      swap(&decoded, &joined)
      outcome = joinedStrings > 0 ? .decoded : .notString("an array with no string in it")
    } else if isLast {
      let kind = valueKind(next)
      try skipValue(depth: depth + 1)
      outcome = .notString(kind)
    } else if next == UInt8(ascii: "{") {
      try parseObject(level: level + 1, depth: depth + 1)
    } else {
      try skipValue(depth: depth + 1)
    }
  }

  private mutating func skipValue(depth: Int) throws(SyntaxError) {
    guard depth < Self.maximumDepth else { throw SyntaxError(detail: "nested too deeply") }
    switch peek() {
    case UInt8(ascii: "{"): try parseObject(level: nil, depth: depth)
    case UInt8(ascii: "["): try skipArray(depth: depth)
    case UInt8(ascii: "\""): _ = try parseString(capture: false)
    case UInt8(ascii: "t"): try skipLiteral("true")
    case UInt8(ascii: "f"): try skipLiteral("false")
    case UInt8(ascii: "n"): try skipLiteral("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
    default: throw expected("a value")
    }
  }

  private mutating func skipArray(depth: Int) throws(SyntaxError) {
    index += 1  // "["
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      index += 1
      return
    }
    while true {
      try skipValue(depth: depth + 1)
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "]"):
        index += 1
        return
      default: throw expected("',' or ']'")
      }
    }
  }

  /// Parses the object or array at `index`, appending every string value in it (keys left
  /// out) to `joined`, a line feed between two, and counting them in `joinedStrings`. Nested
  /// arrays are always read; nested objects only with `intoObjects` (the field `*`), since an
  /// array field's strings are its items, not the fields of objects in it.
  private mutating func gatherStrings(depth: Int, intoObjects: Bool = true) throws(SyntaxError) {
    guard depth < Self.maximumDepth else { throw SyntaxError(detail: "nested too deeply") }
    let isObject = peek() == UInt8(ascii: "{")
    let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    index += 1  // "{" or "["
    skipWhitespace()
    if peek() == close {
      index += 1
      return
    }
    while true {
      if isObject {
        guard peek() == UInt8(ascii: "\"") else { throw expected("a key in quotes") }
        _ = try parseKey(matching: nil)
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw expected("':'") }
        index += 1
        skipWhitespace()
      }
      switch peek() {
      case UInt8(ascii: "\""):
        if joinedStrings > 0 { joined.append(0x0A) }
        joinedStrings += 1
        if case .inLine(let range) = try parseString(capture: true) {
          joined.append(contentsOf: UnsafeBufferPointer(rebasing: line[range]))
        } else {
          joined.append(contentsOf: decoded)
        }
      case UInt8(ascii: "["):
        try gatherStrings(depth: depth + 1, intoObjects: intoObjects)
      case UInt8(ascii: "{") where intoObjects:
        try gatherStrings(depth: depth + 1, intoObjects: intoObjects)
      default:
        try skipValue(depth: depth + 1)
      }
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case close:
        index += 1
        return
      default: throw expected(isObject ? "',' or '}'" : "',' or ']'")
      }
    }
  }

  private mutating func skipLiteral(_ word: StaticString) throws(SyntaxError) {
    let count = word.utf8CodeUnitCount
    guard index + count <= end else { throw expected("\(word)") }
    for offset in 0..<count where base[index + offset] != word.utf8Start[offset] {
      throw expected("\(word)")
    }
    index += count
  }

  private mutating func skipNumber() throws(SyntaxError) {
    if peek() == UInt8(ascii: "-") { index += 1 }
    if peek() == UInt8(ascii: "0") {
      index += 1
    } else {
      guard skipDigits() > 0 else { throw expected("a digit") }
    }
    if peek() == UInt8(ascii: ".") {
      index += 1
      guard skipDigits() > 0 else { throw expected("a digit after '.'") }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard skipDigits() > 0 else { throw expected("a digit in the exponent") }
    }
  }

  private mutating func skipDigits() -> Int {
    let first = index
    while index < end, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - first
  }

  // MARK: - Strings

  /// Parses a key and says whether it equals `target` (after unescaping).
  private mutating func parseKey(matching target: [UInt8]?) throws(SyntaxError) -> Bool {
    let outcomeBefore = outcome
    let result = try parseString(capture: target != nil)
    defer { outcome = outcomeBefore }
    guard let target else { return false }
    switch result {
    case .inLine(let range):
      guard range.count == target.count else { return false }
      for offset in 0..<target.count where base[range.lowerBound + offset] != target[offset] {
        return false
      }
      return true
    case .decoded: return decoded == target
    default: return false
    }
  }

  /// Parses a string starting at its opening quote; with `capture`, says where its text is.
  private mutating func parseString(capture: Bool) throws(SyntaxError) -> Outcome {
    index += 1  // opening quote
    let textStart = index
    let pointer = base
    let limit = end
    var cursor = index
    // Eight bytes at a time while none of them is a quote, a backslash or a control character:
    // most of a corpus line is the text inside one string.
    while cursor + 8 <= limit {
      let word = UnsafeRawPointer(pointer + cursor).loadUnaligned(as: UInt64.self)
      guard !Self.hasStringDelimiter(word) else { break }
      cursor += 8
    }
    while cursor < limit {
      let byte = pointer[cursor]
      if byte == UInt8(ascii: "\"") {
        index = cursor + 1
        return .inLine(textStart..<cursor)
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else {
        index = cursor
        throw SyntaxError(detail: "a control character inside a string")
      }
      cursor += 1
    }
    index = cursor
    guard index < end else { throw SyntaxError(detail: "a string is not closed") }
    if capture {
      decoded.removeAll(keepingCapacity: true)
      decoded.append(
        contentsOf: UnsafeBufferPointer(start: base + textStart, count: index - textStart))
    }
    try decodeEscapedRest(capture: capture)
    return .decoded
  }

  /// Whether one of the eight bytes of `word` is a quote, a backslash or below 0x20.
  ///
  /// The word-at-a-time tests of "Bit Twiddling Hacks" (Anderson): `(w - 0x01..) & ~w & 0x80..`
  /// is non-zero exactly when some byte of w is zero, and with 0x20.. in place of 0x01.. when
  /// some byte is below 0x20; a byte equal to c is a zero byte of `w ^ c..`.
  private static func hasStringDelimiter(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let control = (word &- ones &* 0x20) & ~word & highs != 0
    return hasZero(quote) || hasZero(backslash) || control
  }

  private mutating func decodeEscapedRest(capture: Bool) throws(SyntaxError) {
    // Plain runs between escapes are copied in one append each; man pages and code are full
    // of escapes, so a byte-at-a-time append would dominate. Locals keep the scan in registers.
    let pointer = base
    let limit = end
    var cursor = index
    var runStart = cursor
    while cursor < limit {
      let byte = pointer[cursor]
      if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        cursor += 1
        continue
      }
      if capture && cursor > runStart {
        decoded.append(
          contentsOf: UnsafeBufferPointer(start: pointer + runStart, count: cursor - runStart))
      }
      cursor += 1
      switch byte {
      case UInt8(ascii: "\""):
        index = cursor
        return
      case UInt8(ascii: "\\"):
        index = cursor
        try decodeEscape(capture: capture)
        cursor = index
        runStart = cursor
      default:
        index = cursor
        throw SyntaxError(detail: "a control character inside a string")
      }
    }
    index = cursor
    throw SyntaxError(detail: "a string is not closed")
  }

  private mutating func decodeEscape(capture: Bool) throws(SyntaxError) {
    guard index < end else { throw SyntaxError(detail: "a string is not closed") }
    let escape = base[index]
    index += 1
    let simple: UInt8?
    switch escape {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = escape
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default: throw SyntaxError(detail: "an unknown escape \\\(Unicode.Scalar(escape))")
    }
    if let simple {
      if capture { decoded.append(simple) }
    } else {
      let scalar = try parseUnicodeEscape()
      if capture { appendUTF8(scalar) }
    }
  }

  /// Reads `XXXX` after `\u` (and a following `\uXXXX` low surrogate) as one scalar value.
  private mutating func parseUnicodeEscape() throws(SyntaxError) -> UInt32 {
    let first = try parseHex4()
    if first >= 0xDC00 && first <= 0xDFFF {
      throw SyntaxError(detail: "a lone low surrogate", isLoneSurrogate: true)
    }
    guard first >= 0xD800 && first <= 0xDBFF else { return first }
    guard index + 6 <= end, base[index] == UInt8(ascii: "\\"), base[index + 1] == UInt8(ascii: "u")
    else {
      throw SyntaxError(detail: "a lone high surrogate", isLoneSurrogate: true)
    }
    index += 2
    let second = try parseHex4()
    guard second >= 0xDC00 && second <= 0xDFFF else {
      throw SyntaxError(detail: "a lone high surrogate", isLoneSurrogate: true)
    }
    return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
  }

  private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    guard index + 4 <= end else { throw expected("four hex digits after \\u") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = base[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw expected("four hex digits after \\u")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      decoded.append(UInt8(scalar))
    case 0x80..<0x800:
      decoded.append(UInt8(0xC0 | scalar >> 6))
      decoded.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      decoded.append(UInt8(0xE0 | scalar >> 12))
      decoded.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      decoded.append(UInt8(0x80 | scalar & 0x3F))
    default:
      decoded.append(UInt8(0xF0 | scalar >> 18))
      decoded.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      decoded.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      decoded.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  // MARK: - Helpers

  /// The line being scanned; set at the top of `extract`, before any read.
  @inline(__always)
  private var base: UnsafePointer<UInt8> { start.unsafelyUnwrapped }

  /// The line being scanned, as a buffer.
  private var line: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: end) }

  @inline(__always)
  private func peek() -> UInt8 { index < end ? base[index] : 0 }

  @inline(__always)
  private mutating func skipWhitespace() {
    while index < end {
      switch base[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private func valueKind(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "{"): return "an object"
    case UInt8(ascii: "["): return "an array"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
    case UInt8(ascii: "n"): return "null"
    default: return "a number"
    }
  }

  private func expected(_ what: String) -> SyntaxError {
    SyntaxError(detail: "expected \(what) at column \(index + 1)")
  }
}

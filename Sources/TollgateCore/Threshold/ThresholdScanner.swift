/// A cursor over a threshold expression's Unicode scalars, with the pieces of its grammar.
///
/// Positions are scalar offsets, which is what `ThresholdSyntaxError.offset` reports.
struct ThresholdScanner {
  let text: String
  let scalars: [Unicode.Scalar]
  private(set) var position = 0

  init(_ text: String) {
    self.text = text
    self.scalars = Array(text.unicodeScalars)
  }

  var isAtEnd: Bool { position >= scalars.count }

  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private func scalar(at index: Int) -> Unicode.Scalar? {
    index < scalars.count ? scalars[index] : nil
  }

  mutating func skipSpaces() {
    while let c = current, c.properties.isWhitespace { position += 1 }
  }

  // MARK: Operators

  /// The operator at the cursor, without moving.
  func comparisonOperator() -> (ComparisonOperator, length: Int)? {
    guard let c = current else { return nil }
    let next = scalar(at: position + 1)
    switch c {
    case "<": return next == "=" ? (.lessOrEqual, 2) : (.less, 1)
    case ">": return next == "=" ? (.greaterOrEqual, 2) : (.greater, 1)
    case "≤", "⩽": return (.lessOrEqual, 1)
    case "≥", "⩾": return (.greaterOrEqual, 1)
    default: return nil
    }
  }

  mutating func readOperator() -> ComparisonOperator? {
    guard let (comparison, length) = comparisonOperator() else { return nil }
    position += length
    return comparison
  }

  // MARK: Names

  /// A metric name: letters, digits and `_ . @ - / :`
  /// (`mmlu.acc`, `gsm8k.exact_match@strict-match`).
  mutating func identifier() -> String? {
    let start = position
    while let c = current, Self.isNameScalar(c) { position += 1 }
    guard position > start else { return nil }
    return slice(start, position)
  }

  private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    if c.properties.isAlphabetic || ("0"..."9").contains(c) { return true }
    return "_.@-/:".unicodeScalars.contains(c)
  }

  // MARK: Bounds

  mutating func bound() throws(ThresholdSyntaxError) -> Bound {
    let start = position
    if let word = peekWord(), word == "baseline" {
      position += word.unicodeScalars.count
      return .baseline(offset: try baselineOffset())
    }
    guard startsNumber else {
      if !hasDigit(from: start) { throw vague(from: start) }
      throw error(
        expected: "a number or `baseline`",
        hint: "a bound is a number with an optional unit (`0.90`, `0.1%`, `250ms`) or `baseline`")
    }
    return .absolute(try measure())
  }

  private mutating func baselineOffset() throws(ThresholdSyntaxError) -> BaselineOffset? {
    skipSpaces()
    guard let sign = current, sign == "+" || sign == "-" else {
      if isAtEnd { return nil }
      throw error(
        expected: "`+`, `-` or the end after `baseline`",
        hint: "move the baseline by an amount: `baseline - 1pt`, `baseline + 10%`")
    }
    position += 1
    skipSpaces()
    guard startsNumber, current != "+", current != "-" else {
      throw error(
        expected: "a number after `baseline \(sign)`",
        hint:
          "write the offset with its unit, e.g. `baseline \(sign) 1pt` or `baseline \(sign) 10%`")
    }
    let amount = try measure()
    let signed = sign == "-" ? -amount.value : amount.value
    if amount.unit == .percent { return .relative(signed / 100) }
    return .absolute(Measure(signed, amount.unit))
  }

  // MARK: Numbers and units

  var startsNumber: Bool {
    guard let c = current else { return false }
    if ("0"..."9").contains(c) { return true }
    let next = scalar(at: position + 1)
    if c == "." { return next.map { ("0"..."9").contains($0) } ?? false }
    if c == "+" || c == "-" {
      guard let next else { return false }
      return ("0"..."9").contains(next) || next == "."
    }
    return false
  }

  /// A number and its optional unit.
  mutating func measure() throws(ThresholdSyntaxError) -> Measure {
    let value = try number()
    return Measure(value, try unit())
  }

  private mutating func number() throws(ThresholdSyntaxError) -> Double {
    let start = position
    var digits = ""
    if let c = current, c == "+" || c == "-" {
      digits.unicodeScalars.append(c)
      position += 1
    }
    try integerPart(into: &digits)
    if current == ".", let next = scalar(at: position + 1), ("0"..."9").contains(next) {
      digits += "."
      position += 1
      while let c = current, ("0"..."9").contains(c) || c == "_" {
        if c != "_" { digits.unicodeScalars.append(c) }
        position += 1
      }
    }
    if let c = current, c == "e" || c == "E" {
      var look = position + 1
      if let sign = scalar(at: look), sign == "+" || sign == "-" { look += 1 }
      if let d = scalar(at: look), ("0"..."9").contains(d) {
        digits += "e" + slice(position + 1, look)
        position = look
        while let c = current, ("0"..."9").contains(c) {
          digits.unicodeScalars.append(c)
          position += 1
        }
      }
    }
    guard let value = Double(digits), value.isFinite else {
      position = start
      throw error(expected: "a finite number", hint: "write the number in plain digits, e.g. 0.90")
    }
    return value
  }

  /// Digits with optional `_` or `,` thousands separators; a comma needs exactly three digits.
  private mutating func integerPart(into digits: inout String) throws(ThresholdSyntaxError) {
    var groupLength = 0
    var sawComma = false
    while let c = current {
      if ("0"..."9").contains(c) {
        digits.unicodeScalars.append(c)
        groupLength += 1
        position += 1
      } else if c == "_", let next = scalar(at: position + 1), ("0"..."9").contains(next) {
        position += 1
      } else if c == ",", groupLength > 0, !(sawComma && groupLength != 3),
        countDigits(from: position + 1) == 3, sawComma || groupLength <= 3
      {
        sawComma = true
        groupLength = 0
        position += 1
      } else {
        break
      }
    }
    if current == "," || (sawComma && groupLength != 3) {
      throw error(
        expected: "three digits after a thousands separator",
        hint: "write 20000 or 20,000; a decimal comma is not read, so write 0.90 rather than 0,90")
    }
  }

  private func countDigits(from index: Int) -> Int {
    var count = 0
    while let c = scalar(at: index + count), ("0"..."9").contains(c) { count += 1 }
    return count
  }

  private mutating func unit() throws(ThresholdSyntaxError) -> Measure.Unit {
    let beforeSpaces = position
    skipSpaces()
    if current == "%" || current == "％" {
      position += 1
      return .percent
    }
    let wordStart = position
    guard let word = peekWord() else {
      position = beforeSpaces
      return .none
    }
    if let unit = Self.unit(named: word) {
      position += word.unicodeScalars.count
      return unit
    }
    // Common codes written in lower case; other three-letter words (`and`) are trailing text.
    if Self.commonCurrencies.contains(word.uppercased()), word != word.uppercased() {
      throw error(
        expected: "an upper-case currency code",
        hint: "write currency codes in capitals, e.g. `\(word.uppercased())`")
    }
    // A word after a space that is no unit may be the start of trailing text, which the caller
    // reports as such; a word glued to the number (`5kg`) or close to a unit name is a bad unit.
    let suggestion = EditDistance.nearest(to: word, in: Self.unitNames)
    if wordStart == beforeSpaces || suggestion != nil {
      var hint = "units are `%`, `pt`, `ms`, `s`, `tokens`, `gpu_hours` or a currency code (USD)"
      if let suggestion { hint = "did you mean `\(suggestion)`? " + hint }
      throw error(expected: "a unit", hint: hint)
    }
    position = beforeSpaces
    return .none
  }

  private static let unitNames = ["pt", "ms", "s", "tokens", "gpu_hours"]

  private static let commonCurrencies: Set = [
    "USD", "EUR", "CNY", "GBP", "JPY", "HKD", "SGD", "CHF", "CAD", "AUD", "KRW", "INR",
  ]

  private static func unit(named word: String) -> Measure.Unit? {
    switch word {
    case "pt": return .points
    case "ms": return .milliseconds
    case "s": return .seconds
    case "tokens": return .tokens
    case "gpu_hours": return .gpuHours
    default:
      let isCode =
        word.unicodeScalars.count == 3
        && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
      return isCode ? .currency(word) : nil
    }
  }

  /// The run of letters and `_` at the cursor, without moving.
  private func peekWord() -> String? {
    var end = position
    while let c = scalar(at: end), c.properties.isAlphabetic || c == "_" { end += 1 }
    return end > position ? slice(position, end) : nil
  }

  // MARK: Errors

  func hasDigit(from index: Int) -> Bool {
    scalars[min(index, scalars.count)...].contains { $0.properties.numericType != nil }
  }

  /// The token at the cursor, quoted, for "found ..." in messages.
  private var foundToken: String {
    guard !isAtEnd else { return "the end of the expression" }
    var end = position
    if let (_, length) = comparisonOperator() {
      end += length
    } else if let c = current, !Self.isNameScalar(c) {
      while let c = scalar(at: end), !c.properties.isWhitespace, !Self.isNameScalar(c) { end += 1 }
    } else {
      while let c = scalar(at: end), !c.properties.isWhitespace, c != "<", c != ">" { end += 1 }
    }
    return "`\(slice(position, max(end, position + 1)))`"
  }

  func error(expected: String, hint: String) -> ThresholdSyntaxError {
    ThresholdSyntaxError(
      .syntax, in: text, at: position, found: foundToken, expected: expected, hint: hint)
  }

  func vague(from start: Int) -> ThresholdSyntaxError {
    ThresholdSyntaxError(
      .vague, in: text, at: start, found: "`\(slice(start, scalars.count))`",
      expected: "a number", hint: ThresholdParser.vagueHint)
  }

  /// Vague when nothing from the cursor on has a digit, otherwise a syntax error.
  func vagueOrSyntax(expected: String) -> ThresholdSyntaxError {
    if !hasDigit(from: position) && !text.contains("baseline") { return vague(from: position) }
    return error(
      expected: expected, hint: "write `METRIC OP BOUND`, e.g. `clause_accuracy >= 0.90`")
  }

  private func slice(_ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
    return String(view)
  }
}

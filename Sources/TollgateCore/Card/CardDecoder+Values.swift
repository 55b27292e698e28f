// Typed reading of single values. Scalars are typed by the schema, never by their spelling: a
// region `NO` stays text, `6e-1` where a number belongs is a number, and a boolean is only `true`
// or `false` (YAML 1.1 readers take `no` and `off` as false; a card does not rely on that).

extension CardDecoder {
  /// The rule id of a value of the wrong type (a list where a number belongs).
  static let typeRule = "card.type"
  /// The rule id of a value of the right type that is not allowed (`gap: domian`).
  static let valueRule = "card.value"

  /// A value of the wrong type; the hint is the one for `expected` unless one is given.
  mutating func typeError(
    _ node: Node, _ path: String, expected: CardValueKind, hint: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        .error, rule: Self.typeRule, say.wrongType(path: path, expected: expected, found: node),
        at: node.location, keyPath: path, hint: hint ?? say.valueHint(expected)))
  }

  /// A number or boolean written as text (`"1.5"`, `'false'`, `!!str 3`) where a plain one
  /// belongs. YAML reads a quoted scalar as a string, so a quoted number is usually a slip or a
  /// templating tool's doing; the card is told rather than guessed at.
  mutating func quotedError(_ node: Node, _ path: String, expected: CardValueKind) {
    // A block scalar's text ends in a line break; `writtenScalar` gives it without one.
    let text = (node.scalarStyle == .block ? node.writtenScalar : node.scalar) ?? ""
    typeError(node, path, expected: expected, hint: say.unquoteHint(text, style: node.scalarStyle))
  }

  /// Text: any scalar, quoted or not (`NO`, `123` and `cn-east` are all text here).
  mutating func text(_ node: Node?, _ path: String) -> String? {
    guard let node, !Self.isNull(node) else { return nil }
    guard let text = node.scalar else {
      typeError(node, path, expected: .text)
      return nil
    }
    return text
  }

  /// A number, including `6e-1` and `20_000`; never `nan` or `.inf`.
  mutating func number(_ node: Node?, _ path: String) -> Double? {
    guard let node, !Self.isNull(node) else { return nil }
    if let text = node.scalar, let measure = try? ThresholdParser.parseMeasure(text),
      measure.unit == .none
    {
      guard !node.isQuotedScalar else {
        quotedError(node, path, expected: .number)
        return nil
      }
      return measure.value
    }
    typeError(node, path, expected: .number)
    return nil
  }

  /// A whole number; `1.2e5` is accepted because it is whole, `3.5` is not.
  mutating func integer(_ node: Node?, _ path: String) -> Int? {
    guard let node, !Self.isNull(node) else { return nil }
    if let text = node.scalar, let measure = try? ThresholdParser.parseMeasure(text),
      measure.unit == .none, measure.value.rounded() == measure.value,
      abs(measure.value) < 9e15
    {
      guard !node.isQuotedScalar else {
        quotedError(node, path, expected: .wholeNumber)
        return nil
      }
      return Int(measure.value)
    }
    typeError(node, path, expected: .wholeNumber)
    return nil
  }

  /// `true` or `false`, unquoted, nothing else.
  mutating func boolean(_ node: Node?, _ path: String) -> Bool? {
    guard let node, !Self.isNull(node) else { return nil }
    switch node.scalar {
    case "true" where node.isQuotedScalar, "false" where node.isQuotedScalar:
      quotedError(node, path, expected: .boolean)
      return nil
    case "true": return true
    case "false": return false
    default:
      let found = node.scalar?.lowercased()
      var suggested: Bool?
      if ["yes", "y", "on", "true"].contains(found) {
        suggested = true
      } else if ["no", "n", "off", "false"].contains(found) {
        suggested = false
      }
      typeError(node, path, expected: .boolean, hint: say.booleanHint(suggested: suggested))
      return nil
    }
  }

  /// A number with an optional unit (`0.5pt`, `10%`, `20000 USD`).
  ///
  /// A quoted amount with a unit (`"0.1%"`, `"20000 USD"`) is read: the unit makes it a quantity
  /// whatever the quotes. A quoted bare number (`"0.10"`) is a number written as text, an error
  /// like a quoted number anywhere else, unless `acceptsQuotedBareNumber` leaves it to the
  /// caller (money, which reports a missing currency instead).
  mutating func measure(
    _ node: Node?, _ path: String, expected: CardValueKind, acceptsQuotedBareNumber: Bool = false
  ) -> Measure? {
    guard let node, !Self.isNull(node) else { return nil }
    if let text = node.scalar, let measure = try? ThresholdParser.parseMeasure(text) {
      guard acceptsQuotedBareNumber || measure.unit != .none || !node.isQuotedScalar else {
        quotedError(node, path, expected: expected)
        return nil
      }
      return measure
    }
    typeError(node, path, expected: expected)
    return nil
  }

  /// A share written as `10%` or as a fraction from 0 to 1 (`0.10`); returns the fraction.
  mutating func fraction(_ node: Node?, _ path: String) -> Double? {
    guard let node, let measure = measure(node, path, expected: .percentage) else { return nil }
    switch measure.unit {
    case .percent: return measure.value / 100
    case .none where (0...1).contains(measure.value): return measure.value
    default:
      typeError(node, path, expected: .percentage)
      return nil
    }
  }

  /// An amount of money: a number and an upper-case currency code (`20000 USD`).
  mutating func money(_ node: Node?, _ path: String) -> Money? {
    guard let node,
      let measure = measure(node, path, expected: .money, acceptsQuotedBareNumber: true)
    else { return nil }
    guard case .currency(let code) = measure.unit else {
      typeError(node, path, expected: .moneyWithCurrency)
      return nil
    }
    currencies.append(CurrencySite(keyPath: path, code: code, location: node.location))
    return Money(measure.value, code)
  }

  /// GPU-hours: a bare number or `800 gpu_hours`.
  mutating func gpuHours(_ node: Node?, _ path: String) -> GPUHours? {
    guard let node, let measure = measure(node, path, expected: .gpuHours) else { return nil }
    guard measure.unit == .none || measure.unit == .gpuHours else {
      typeError(node, path, expected: .numberOfGPUHours)
      return nil
    }
    return GPUHours(measure.value)
  }

  /// A token count: a whole number, `2.4e9` allowed, or `N tokens`.
  mutating func tokenCount(_ node: Node?, _ path: String) -> TokenCount? {
    guard let node, let measure = measure(node, path, expected: .tokens) else { return nil }
    guard measure.unit == .none || measure.unit == .tokens, measure.value >= 0,
      measure.value < 9e18, measure.value.rounded() == measure.value
    else {
      typeError(node, path, expected: .wholeTokens)
      return nil
    }
    return TokenCount(Int64(measure.value))
  }

  /// One of an enumeration's raw values, with the nearest one suggested when it is misspelt.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ node: Node?, _ path: String, of _: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let node, let text = text(node, path) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let names = Value.allCases.map(\.rawValue)
    let hint = say.suggesting(EditDistance.nearest(to: text, in: names), say.oneOf(names))
    diagnostics.append(
      Diagnostic(
        .error, rule: Self.valueRule, say.notAllowed(path: path, text: text), at: node.location,
        keyPath: path, hint: hint))
    return nil
  }

  /// The items of a list; a single scalar where a list belongs is an error, not a list of one.
  mutating func list(_ node: Node?, _ path: String) -> [Node]? {
    guard let node, !Self.isNull(node) else { return nil }
    guard let items = node.items else {
      typeError(node, path, expected: .list)
      return nil
    }
    return items
  }

  /// A list of text items.
  mutating func textList(_ node: Node?, _ path: String) -> [String]? {
    guard let items = list(node, path) else { return nil }
    return items.enumerated().compactMap { index, item in text(item, "\(path)[\(index)]") }
  }

  /// A threshold expression, parsed and remembered for the threshold rules.
  mutating func threshold(_ node: Node?, _ path: String) -> Threshold? {
    guard let node, !Self.isNull(node) else { return nil }
    guard let text = node.scalar else {
      typeError(node, path, expected: .thresholdExpression)
      return nil
    }
    let result = Result { () throws(ThresholdSyntaxError) -> Threshold in
      try ThresholdParser.parse(text)
    }
    thresholds.append(ThresholdSite(keyPath: path, node: node, result: result))
    guard case .success(let threshold) = result else { return nil }
    if case .absolute(let measure) = threshold.bound, case .currency(let code) = measure.unit {
      currencies.append(CurrencySite(keyPath: path, code: code, location: node.location))
    }
    return threshold
  }

  /// An action name, remembered for the action rule (which suggests the nearest known name).
  mutating func action(_ node: Node?, _ path: String) -> Action? {
    guard let node, let text = text(node, path) else { return nil }
    let action = Action(rawValue: text)
    actions.append(ActionSite(keyPath: path, text: text, location: node.location, action: action))
    return action
  }

  static func isNull(_ node: Node) -> Bool {
    if case .null = node.kind { return true }
    return false
  }
}

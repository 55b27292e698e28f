/// One check a card must pass before a decision can rest on it.
///
/// Each rule lives in its own file with its own tests and a stable id (`budget.stop-loss`) that
/// appears in every diagnostic it makes, so CI logs can be searched and a rule looked up.
public protocol CardRule: Sendable {
  /// The stable id printed in brackets after each diagnostic.
  static var id: String { get }

  /// The rule's findings on a decoded card (empty when the card passes).
  func check(_ decoding: CardDecoding) -> [Diagnostic]
}

extension CardDecoding {
  /// The node at a path of canonical keys from the top (`["gate", "confidence"]`), whatever
  /// spelling the card used for the top-level key.
  public func node(at keys: [String]) -> Node? {
    guard let first = keys.first, var node = sections[first]?.value else { return nil }
    for key in keys.dropFirst() {
      guard let next = node.value(forKey: key) else { return nil }
      node = next
    }
    return node
  }

  /// Where a rule points when the whole card is at fault (a missing section): line 1, column 1.
  public var cardStart: SourceLocation {
    SourceLocation(file: card.path, line: 1, column: 1)
  }
}

extension Node {
  /// The value under `key` in a mapping, or under its alias (`license` for `licence`).
  public func value(forKey key: String) -> Node? {
    let spellings = key == "licence" ? ["licence", "license"] : [key]
    return entries?.first { spellings.contains($0.key) }?.value
  }

  /// Whether a mapping has `key` with a value that is not null.
  public func hasValue(forKey key: String) -> Bool {
    guard let value = value(forKey: key) else { return false }
    if case .null = value.kind { return false }
    return true
  }
}

// How rules find the nodes they report on, whatever spelling the card used for a key.

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

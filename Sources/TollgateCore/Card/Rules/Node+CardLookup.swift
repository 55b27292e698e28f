// Key lookup on card nodes that knows the one nested alias (`license` for `licence`).

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

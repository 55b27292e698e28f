/// Finds added tokens (`<|endoftext|>`, `<s>`, `<think>`) in text, as HF `tokenizers` does.
///
/// Matches are leftmost-longest and do not overlap. A `single_word` token only counts with no
/// letter or digit on either side; `lstrip` / `rstrip` swallow the whitespace beside it.
struct AddedTokenMatcher: Sendable {
  private struct Pattern: Sendable {
    var content: [UInt8]
    var token: AddedToken
  }

  /// Patterns by first byte, longest first.
  private let patternsByFirstByte: [[Pattern]]
  /// Whether any pattern starts with a byte; scanned first so most bytes cost one load.
  private let isFirstByte: [Bool]
  let isEmpty: Bool

  /// A matcher for `tokens`, each matched as `content(token)` (the content, or its normalized
  /// form for tokens marked `normalized`).
  init(_ tokens: [AddedToken], content: (AddedToken) -> [UInt8]) {
    var table = [[Pattern]](repeating: [], count: 256)
    for token in tokens {
      let bytes = content(token)
      guard let first = bytes.first else { continue }
      table[Int(first)].append(Pattern(content: bytes, token: token))
    }
    for index in table.indices { table[index].sort { $0.content.count > $1.content.count } }
    patternsByFirstByte = table
    isFirstByte = table.map { !$0.isEmpty }
    isEmpty = tokens.isEmpty
  }

  /// A piece of text: either plain text to tokenize or an added token's id.
  enum Piece {
    case text(Range<Int>)
    case token(Int32)
  }

  /// Calls `body` with the pieces of `text` in order.
  func forEachPiece(
    in text: UnsafeBufferPointer<UInt8>, _ body: (Piece) throws -> Void
  ) rethrows {
    guard !isEmpty, let base = text.baseAddress else {
      if !text.isEmpty { try body(.text(0..<text.count)) }
      return
    }
    var textStart = 0
    var index = 0
    while index < text.count {
      index = isFirstByte.withUnsafeBufferPointer { isFirst in
        var cursor = index
        while cursor < text.count && !isFirst[Int(base[cursor])] { cursor += 1 }
        return cursor
      }
      guard index < text.count else { break }
      guard let pattern = longestMatch(base, at: index, end: text.count),
        pattern.token.singleWord == false
          || isWordBoundary(
            base, start: index, stop: index + pattern.content.count, end: text.count)
      else {
        index += 1
        continue
      }
      var start = index
      var stop = index + pattern.content.count
      if pattern.token.lstrip {
        while start > textStart, let scalar = scalarEnding(base, at: start, after: textStart),
          scalar.isWhitespace
        {
          start -= scalar.length
        }
      }
      if pattern.token.rstrip {
        while stop < text.count {
          let (value, length) = decodeScalar(base, stop, text.count)
          guard ScalarClass.of(value) == .whitespace else { break }
          stop += length
        }
      }
      if start > textStart { try body(.text(textStart..<start)) }
      try body(.token(pattern.token.id))
      textStart = stop
      index = stop
    }
    if textStart < text.count { try body(.text(textStart..<text.count)) }
  }

  private func longestMatch(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Pattern? {
    for pattern in patternsByFirstByte[Int(base[index])] {
      let count = pattern.content.count
      guard index + count <= end else { continue }
      var isEqual = true
      for offset in 1..<max(count, 1) where base[index + offset] != pattern.content[offset] {
        isEqual = false
        break
      }
      if isEqual { return pattern }
    }
    return nil
  }

  /// No letter or digit right before `start` or right after `stop` (`single_word`).
  private func isWordBoundary(
    _ base: UnsafePointer<UInt8>, start: Int, stop: Int, end: Int
  ) -> Bool {
    if let before = scalarEnding(base, at: start, after: 0), before.isAlphanumeric { return false }
    guard stop < end else { return true }
    let kind = ScalarClass.of(decodeScalar(base, stop, end).value)
    return kind != .letter && kind != .number
  }

  private func scalarEnding(
    _ base: UnsafePointer<UInt8>, at end: Int, after floor: Int
  ) -> (length: Int, isWhitespace: Bool, isAlphanumeric: Bool)? {
    guard end > floor else { return nil }
    var start = end - 1
    while start > floor && base[start] & 0xC0 == 0x80 { start -= 1 }
    let (value, length) = decodeScalar(base, start, end)
    let kind = ScalarClass.of(value)
    return (length, kind == .whitespace, kind == .letter || kind == .number)
  }
}

/// A pre-tokenizer split regex we recognise, run as a hand-written scanner.
///
/// Swift `Regex` runs at 17-37 MB/s on corpora (SWIFT-ON-LINUX.md); these scanners walk the bytes
/// once and follow each alternative of the pattern in order, as a backtracking regex engine
/// would: the first alternative that matches at a position wins. Equality with the regex is
/// checked by `SplitPatternTests` against splits that HF `tokenizers` (Oniguruma) produced.
enum SplitPattern: Sendable, Equatable {
  /// GPT-2: `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
  case gpt2
  /// Llama-3 (numbers in runs of up to 3) and Qwen2 (numbers one by one):
  /// `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|`
  /// `\s*[\r\n]+|\s+(?!\S)|\s+`
  case llama3(maximumDigits: Int)

  static let gpt2Regex =
    #"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"#
  static func llama3Regex(digits: String) -> String {
    #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"# + digits
      + #"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
  }

  /// The scanner for a regex written in a tokenizer.json, or nil when we do not know it.
  init?(regex: String) {
    switch regex {
    case Self.gpt2Regex: self = .gpt2
    case Self.llama3Regex(digits: "{1,3}"): self = .llama3(maximumDigits: 3)
    case Self.llama3Regex(digits: ""): self = .llama3(maximumDigits: 1)
    default: return nil
    }
  }

  /// Calls `body` with the byte range of each piece of `text`, in order, covering all of it.
  func forEachPiece(
    in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) throws -> Void
  ) rethrows {
    guard let base = text.baseAddress else { return }
    var scanner = PatternScanner(base: base, end: text.count)
    while scanner.index < scanner.end {
      let start = scanner.index
      switch self {
      case .gpt2: scanner.matchGPT2()
      case .llama3(let maximumDigits): scanner.matchLlama3(maximumDigits: maximumDigits)
      }
      try body(start..<scanner.index)
    }
  }
}

/// The position of a scan and the primitives the patterns are built from.
private struct PatternScanner {
  let base: UnsafePointer<UInt8>
  let end: Int
  let classes = ScalarClass.table
  var index = 0

  init(base: UnsafePointer<UInt8>, end: Int) {
    self.base = base
    self.end = end
  }

  @inline(__always)
  func scalar(at position: Int) -> (value: UInt32, length: Int, kind: ScalarClass) {
    let lead = base[position]
    if lead < 0x80 { return (UInt32(lead), 1, classes[Int(lead)]) }
    let (value, length) = decodeScalar(base, position, end)
    return (value, length, ScalarClass.of(value, in: classes))
  }

  /// The end of the run of `kind` starting at `position` (at most `limit` scalars).
  @inline(__always)
  func endOfRun(of kind: ScalarClass, from position: Int, limit: Int = .max) -> Int {
    var cursor = position
    if limit == .max {
      // ASCII fast path: most runs are plain ASCII letters.
      while cursor < end {
        let byte = base[cursor]
        guard byte < 0x80 else { break }
        guard classes[Int(byte)] == kind else { return cursor }
        cursor += 1
      }
    }
    var taken = 0
    while cursor < end && taken < limit {
      let next = scalar(at: cursor)
      guard next.kind == kind else { break }
      cursor += next.length
      taken += 1
    }
    return cursor
  }

  /// Length of `'s|'t|'re|'ve|'m|'ll|'d` at the current position, or 0.
  func contractionLength(ignoringCase: Bool) -> Int {
    guard base[index] == UInt8(ascii: "'"), index + 1 < end else { return 0 }
    func letter(_ offset: Int) -> UInt8 {
      guard index + offset < end else { return 0 }
      let byte = base[index + offset]
      return ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    switch letter(1) {
    case UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "m"), UInt8(ascii: "d"): return 2
    case UInt8(ascii: "r"), UInt8(ascii: "v"): return letter(2) == UInt8(ascii: "e") ? 3 : 0
    case UInt8(ascii: "l"): return letter(2) == UInt8(ascii: "l") ? 3 : 0
    default:
      // (?i) also folds U+017F LATIN SMALL LETTER LONG S to "s".
      let isLongS = ignoringCase && letter(1) == 0xC5 && letter(2) == 0xBF
      return isLongS ? 3 : 0
    }
  }

  /// `\s+(?!\S)|\s+` from a whitespace scalar: the whole run when it ends the text or is a single
  /// scalar, otherwise all but its last scalar (which then starts the next piece).
  mutating func matchWhitespace() {
    var cursor = index
    var lastStart = index
    while cursor < end {
      let next = scalar(at: cursor)
      guard next.kind == .whitespace else { break }
      lastStart = cursor
      cursor += next.length
    }
    index = (cursor == end || lastStart == index) ? cursor : lastStart
  }

  mutating func matchGPT2() {
    let contraction = contractionLength(ignoringCase: false)
    if contraction > 0 {
      index += contraction
      return
    }
    var first = scalar(at: index)
    var runStart = index
    // " ?" before a letter, number or other run.
    if first.value == 0x20 && index + 1 < end {
      let second = scalar(at: index + 1)
      if second.kind != .whitespace {
        first = second
        runStart = index + 1
      }
    }
    if first.kind == .whitespace {
      matchWhitespace()
    } else {
      index = endOfRun(of: first.kind, from: runStart)
    }
  }

  mutating func matchLlama3(maximumDigits: Int) {
    let contraction = contractionLength(ignoringCase: true)
    if contraction > 0 {
      index += contraction
      return
    }
    let first = scalar(at: index)
    let isLineBreak = first.value == 0x0A || first.value == 0x0D

    // [^\r\n\p{L}\p{N}]?\p{L}+
    if first.kind == .letter {
      index = endOfRun(of: .letter, from: index)
      return
    }
    if first.kind != .number && !isLineBreak && index + first.length < end
      && scalar(at: index + first.length).kind == .letter
    {
      index = endOfRun(of: .letter, from: index + first.length)
      return
    }
    // \p{N}{1,3}
    if first.kind == .number {
      index = endOfRun(of: .number, from: index, limit: maximumDigits)
      return
    }
    // " ?[^\s\p{L}\p{N}]+[\r\n]*"
    var otherStart = index
    if first.value == 0x20 && index + 1 < end && scalar(at: index + 1).kind == .other {
      otherStart = index + 1
    }
    if scalar(at: otherStart).kind == .other {
      var cursor = endOfRun(of: .other, from: otherStart)
      while cursor < end && (base[cursor] == 0x0A || base[cursor] == 0x0D) { cursor += 1 }
      index = cursor
      return
    }
    // \s*[\r\n]+ : through the last line break of the whitespace run.
    var cursor = index
    var afterLastBreak = -1
    while cursor < end {
      let next = scalar(at: cursor)
      guard next.kind == .whitespace else { break }
      cursor += next.length
      if next.value == 0x0A || next.value == 0x0D { afterLastBreak = cursor }
    }
    if afterLastBreak > 0 {
      index = afterLastBreak
      return
    }
    matchWhitespace()
  }
}

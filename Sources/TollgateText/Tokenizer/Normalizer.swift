import Foundation

/// The normalizer steps of a tokenizer, applied to UTF-8 bytes in order.
///
/// Prepend, Replace and Strip work on the bytes directly. Unicode normal forms and lowercasing go
/// through `String` and Foundation, but only for text that is not pure ASCII, which they leave
/// unchanged.
struct Normalizer: Sendable {
  let steps: [NormalizerStep]

  var isIdentity: Bool { steps.isEmpty }

  /// Writes the normalized form of `input` into `output` (replacing its contents).
  func normalize(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    output.append(contentsOf: input)
    for step in steps { apply(step, to: &output) }
  }

  private func apply(_ step: NormalizerStep, to text: inout [UInt8]) {
    switch step {
    case .prepend(let prefix):
      // HF prepends only to a non-empty string.
      if !text.isEmpty { text.insert(contentsOf: prefix, at: 0) }
    case .replace(let pattern, let content):
      text = Self.replacing(pattern, with: content, in: text)
    case .nfc: transformNonASCII(&text) { $0.precomposedStringWithCanonicalMapping }
    case .nfkc: transformNonASCII(&text) { $0.precomposedStringWithCompatibilityMapping }
    case .nfd: transformNonASCII(&text) { $0.decomposedStringWithCanonicalMapping }
    case .nfkd: transformNonASCII(&text) { $0.decomposedStringWithCompatibilityMapping }
    case .lowercase: text = Self.lowercased(text)
    case .strip(let left, let right): text = Self.stripped(text, left: left, right: right)
    }
  }

  private func transformNonASCII(_ text: inout [UInt8], _ transform: (String) -> String) {
    guard text.contains(where: { $0 >= 0x80 }) else { return }
    text = Array(transform(String(decoding: text, as: UTF8.self)).utf8)
  }

  /// All non-overlapping occurrences of `pattern`, left to right, replaced by `content`.
  static func replacing(_ pattern: [UInt8], with content: [UInt8], in text: [UInt8]) -> [UInt8] {
    guard let first = pattern.first, !text.isEmpty else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.count + text.count / 4)
    var index = 0
    while index < text.count {
      if text[index] == first && index + pattern.count <= text.count
        && text[index..<(index + pattern.count)].elementsEqual(pattern)
      {
        result.append(contentsOf: content)
        index += pattern.count
      } else {
        result.append(text[index])
        index += 1
      }
    }
    return result
  }

  /// Lowercase scalar by scalar, as Rust's `char::to_lowercase` does (no context rules).
  static func lowercased(_ text: [UInt8]) -> [UInt8] {
    if !text.contains(where: { $0 >= 0x80 }) {
      return text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
    var result = ""
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      result += scalar.properties.lowercaseMapping
    }
    return Array(result.utf8)
  }

  static func stripped(_ text: [UInt8], left: Bool, right: Bool) -> [UInt8] {
    var scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
    if left {
      while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    }
    if right {
      while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return Array(String(view).utf8)
  }
}

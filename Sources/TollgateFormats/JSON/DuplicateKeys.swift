import Foundation

/// A key written twice in one JSON object, which `JSONSerialization` reads silently as one.
package struct DuplicateKey: Sendable, Hashable {
  /// The keys of the objects around the duplicate, outermost first (`["results"]` for a task
  /// named twice in `results`); an array adds no key.
  package var path: [String]
  /// The key written twice, as it appears between its quotes.
  package var key: String
  /// 0-based byte offsets of its first and second occurrence (the opening quote).
  package var firstOffset: Int
  package var secondOffset: Int
}

extension JSONDocument {
  /// Every key written more than once in the same object of `data`, in file order.
  ///
  /// `data` must already have parsed (`parse(_:path:)`): the scan trusts the syntax and only
  /// tracks strings, objects and arrays. Keys are compared as written, so `"a"` and `"\u0061"`
  /// count as different; lm-eval writes neither escapes in keys nor a key twice, so a duplicate
  /// means the file was edited or two files were joined.
  package static func duplicateKeys(in data: Data) -> [DuplicateKey] {
    var scanner = DuplicateKeyScanner()
    data.withUnsafeBytes { scanner.scan(Array($0.bindMemory(to: UInt8.self))) }
    return scanner.duplicates
  }
}

/// The walk behind `JSONDocument.duplicateKeys(in:)`.
private struct DuplicateKeyScanner {
  /// One open container: an object with the keys seen so far (and where), or an array.
  private struct Frame {
    var isObject: Bool
    var keys: [String: Int] = [:]
    var expectsKey: Bool
    var currentKey: String?
  }

  private var stack: [Frame] = []
  var duplicates: [DuplicateKey] = []

  mutating func scan(_ bytes: [UInt8]) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let end = Self.endOfString(bytes, from: index)
        let text = String(decoding: bytes[(index + 1)..<max(end, index + 1)], as: UTF8.self)
        string(text, at: index)
        index = end
      case UInt8(ascii: "{"):
        stack.append(Frame(isObject: true, expectsKey: true))
      case UInt8(ascii: "["):
        stack.append(Frame(isObject: false, expectsKey: false))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        _ = stack.popLast()
      case UInt8(ascii: ","):
        if let last = stack.indices.last, stack[last].isObject { stack[last].expectsKey = true }
      default:
        break
      }
      index += 1
    }
  }

  /// A string token starting at `offset`: a key where an object expects one, else a value.
  private mutating func string(_ text: String, at offset: Int) {
    guard let last = stack.indices.last, stack[last].isObject, stack[last].expectsKey else {
      return
    }
    stack[last].expectsKey = false
    stack[last].currentKey = text
    if let first = stack[last].keys[text] {
      let path = stack.dropLast().compactMap { $0.isObject ? $0.currentKey : nil }
      duplicates.append(
        DuplicateKey(path: path, key: text, firstOffset: first, secondOffset: offset))
    } else {
      stack[last].keys[text] = offset
    }
  }

  /// The index of the closing quote of the string opening at `start` (the last index when the
  /// text ends first).
  private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 2
      case UInt8(ascii: "\""): return index
      default: index += 1
      }
    }
    return bytes.count - 1
  }
}

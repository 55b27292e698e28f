/// Byte-level helpers for scanning UTF-8 text without decoding it first.
///
/// Full-width digits (U+FF10-U+FF19, bytes EF BC 90-99) count as digits everywhere, because
/// Chinese text often writes numbers with them and a scanner that skips them misses real IDs.
struct TextBytes {
  let bytes: UnsafeRawBufferPointer

  var count: Int { bytes.count }

  subscript(_ index: Int) -> UInt8 { bytes[index] }

  /// The value (0-9) and byte length of the digit that ends just before `end`.
  func digit(endingAt end: Int) -> (value: UInt8, length: Int)? {
    guard end > 0 else { return nil }
    let last = bytes[end - 1]
    if last >= 0x30 && last <= 0x39 { return (last - 0x30, 1) }
    if last >= 0x90 && last <= 0x99 && end >= 3 && bytes[end - 3] == 0xEF
      && bytes[end - 2] == 0xBC
    {
      return (last - 0x90, 3)
    }
    return nil
  }

  /// The value (0-9) and byte length of the digit that starts at `start`.
  func digit(startingAt start: Int) -> (value: UInt8, length: Int)? {
    guard start < bytes.count else { return nil }
    let first = bytes[start]
    if first >= 0x30 && first <= 0x39 { return (first - 0x30, 1) }
    if first == 0xEF && start + 2 < bytes.count && bytes[start + 1] == 0xBC
      && bytes[start + 2] >= 0x90 && bytes[start + 2] <= 0x99
    {
      return (bytes[start + 2] - 0x90, 3)
    }
    return nil
  }

  func isASCIILetter(at index: Int) -> Bool {
    guard index >= 0 && index < bytes.count else { return false }
    let byte = bytes[index] | 0x20
    return byte >= 0x61 && byte <= 0x7A
  }

  /// Whether a full-width Latin letter (U+FF21-FF3A, U+FF41-FF5A: EF BC A1-BA, EF BD 81-9A)
  /// starts at `start`: Chinese text writes codes such as `Ａ１２３` with them, and a number glued
  /// to one is part of that code, as with ASCII letters.
  func isFullWidthLetter(startingAt start: Int) -> Bool {
    guard start >= 0, start + 2 < bytes.count, bytes[start] == 0xEF else { return false }
    let (second, third) = (bytes[start + 1], bytes[start + 2])
    return (second == 0xBC && third >= 0xA1 && third <= 0xBA)
      || (second == 0xBD && third >= 0x81 && third <= 0x9A)
  }

  func byte(at index: Int) -> UInt8? {
    index >= 0 && index < bytes.count ? bytes[index] : nil
  }

  /// The scalar that starts at `start` and its byte length, for 1-4 byte UTF-8 sequences.
  func scalar(startingAt start: Int) -> (scalar: UInt32, length: Int)? {
    guard start < bytes.count else { return nil }
    let first = UInt32(bytes[start])
    let length: Int
    switch first {
    case 0..<0x80: return (first, 1)
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF8: length = 4
    default: return nil
    }
    guard start + length <= bytes.count else { return nil }
    var value = first & (0xFF >> UInt32(length + 1))
    for offset in 1..<length {
      let next = UInt32(bytes[start + offset])
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (next & 0x3F)
    }
    return (value, length)
  }

  /// The scalar that ends just before `end`, found by stepping over continuation bytes.
  func scalar(endingAt end: Int) -> (scalar: UInt32, length: Int)? {
    var start = end - 1
    while start >= 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard start >= 0, let decoded = scalar(startingAt: start), start + decoded.length == end else {
      return nil
    }
    return decoded
  }

  /// Unicode scalars in `range`: the number of bytes that are not continuation bytes.
  func scalarCount(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// CJK unified ideographs, the basic block: where Chinese names are written.
  static func isHan(_ scalar: UInt32) -> Bool { scalar >= 0x4E00 && scalar <= 0x9FFF }
}

import TollgateCore

/// Finds the first byte that is not valid UTF-8, so the error can name its offset and line.
///
/// libyaml would also refuse such a file, but only with "invalid leading UTF-8 octet"; a user
/// saving a card from a GBK editor deserves the line and a hint about the encoding.
enum UTF8Check {
  /// - Throws: `TollgateError` (`.unreadable`) at the first invalid byte.
  static func validate(_ bytes: [UInt8], file: String) throws {
    guard let offset = firstInvalidOffset(in: bytes) else { return }
    var line = 1
    var lineStart = 0
    for (index, byte) in bytes[..<offset].enumerated() where byte == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = offset - lineStart + 1
    let byte = String(bytes[offset], radix: 16, uppercase: true)
    throw TollgateError(
      .unreadable,
      "not valid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset "
        + "\(offset) (line \(line))",
      at: SourceLocation(file: file, line: line, column: column),
      hint: "save the file as UTF-8 (a card written in GBK or Latin-1 must be converted, "
        + "e.g. `iconv -f GBK -t UTF-8`)")
  }

  /// The offset of the first byte that starts or continues an invalid sequence, or nil.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var minimum: UInt32 = 0
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      var scalar = UInt32(lead) & (length == 1 ? 0x7F : (0xFF >> (length + 1)))
      for offset in 1..<max(length, 1) {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      // Overlong forms, surrogates and values past U+10FFFF are invalid too.
      if length > 1 && (scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF)
      {
        return index
      }
      index += length
    }
    return nil
  }
}

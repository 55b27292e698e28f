/// The character classes the split patterns test: `\p{L}`, `\p{N}`, `\s`, and everything else.
enum ScalarClass: UInt8 {
  case other = 0
  /// General category L (Lu, Ll, Lt, Lm, Lo).
  case letter = 1
  /// General category N (Nd, Nl, No).
  case number = 2
  /// The Unicode White_Space property, which is what `\s` means in Oniguruma and in Rust's regex.
  case whitespace = 3

  /// Classes of U+0000 ... U+2FFFF; rarer planes are computed on the fly.
  ///
  /// A raw pointer rather than an array: scanners copy it once, so their inner loops pay neither
  /// the lazy-initialisation check of a global nor an array bounds check. Allocated once for the
  /// life of the process and never written after initialisation, hence `nonisolated(unsafe)`.
  nonisolated(unsafe) static let table: UnsafePointer<ScalarClass> = {
    let table = UnsafeMutablePointer<ScalarClass>.allocate(capacity: Int(tableSize))
    for value in 0..<tableSize {
      table[Int(value)] = Unicode.Scalar(value).map(classify) ?? .other
    }
    return UnsafePointer(table)
  }()
  static let tableSize: UInt32 = 0x30000

  /// The class of a scalar value (surrogates and out-of-range values are `other`).
  @inline(__always)
  static func of(_ value: UInt32) -> ScalarClass {
    of(value, in: table)
  }

  /// The class of a scalar value, reading a table the caller already holds.
  @inline(__always)
  static func of(_ value: UInt32, in table: UnsafePointer<ScalarClass>) -> ScalarClass {
    if value < tableSize { return table[Int(value)] }
    return Unicode.Scalar(value).map(classify) ?? .other
  }

  private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
    let properties = scalar.properties
    if properties.isWhitespace { return .whitespace }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return .letter
    case .decimalNumber, .letterNumber, .otherNumber:
      return .number
    default:
      return .other
    }
  }
}

/// Reads one scalar from UTF-8 bytes; invalid bytes read as a one-byte `other` scalar so that
/// a scanner never stalls or reads past the end.
@inline(__always)
func decodeScalar(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> (
  value: UInt32, length: Int
) {
  let lead = base[index]
  if lead < 0x80 { return (UInt32(lead), 1) }
  if lead >= 0xC2 && lead < 0xE0 && index + 1 < end {
    return (UInt32(lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F), 2)
  }
  if lead >= 0xE0 && lead < 0xF0 && index + 2 < end {
    let value =
      UInt32(lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6
      | UInt32(base[index + 2] & 0x3F)
    return (value, 3)
  }
  if lead >= 0xF0 && lead < 0xF5 && index + 3 < end {
    let value =
      UInt32(lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
      | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
    return (value, 4)
  }
  return (0xFFFF_FFFF, 1)
}

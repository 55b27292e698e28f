/// GPT-2's reversible map from the 256 byte values to printable Unicode scalars.
///
/// Byte-level BPE vocabularies are written in this alphabet (a space is `Ġ`, U+0120): printable
/// Latin-1 bytes map to themselves, the other 68 bytes to U+0100 onwards in byte order. This is the
/// `bytes_to_unicode` table of OpenAI's GPT-2 `encoder.py`, which HF `tokenizers` reproduces.
enum ByteLevelAlphabet {
  /// The scalar each byte is written as.
  static let scalarOfByte: [Unicode.Scalar] = {
    var scalars = [Unicode.Scalar](repeating: " ", count: 256)
    var next: UInt32 = 256
    for byte in 0..<256 {
      let isPrintable =
        (33...126).contains(byte) || (161...172).contains(byte)
        || (174...255).contains(byte)
      if isPrintable {
        scalars[byte] = Unicode.Scalar(UInt8(byte))
      } else {
        scalars[byte] = Unicode.Scalar(next) ?? " "
        next += 1
      }
    }
    return scalars
  }()

  /// The byte a scalar stands for, or nil when the scalar is not in the alphabet.
  static let byteOfScalar: [UInt32: UInt8] = {
    var bytes: [UInt32: UInt8] = [:]
    for (byte, scalar) in scalarOfByte.enumerated() { bytes[scalar.value] = UInt8(byte) }
    return bytes
  }()

  /// A token string of the vocabulary turned back into the bytes it stands for; nil if it
  /// holds a scalar outside the alphabet.
  static func bytes(ofToken token: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(token.unicodeScalars.count)
    for scalar in token.unicodeScalars {
      guard let byte = byteOfScalar[scalar.value] else { return nil }
      bytes.append(byte)
    }
    return bytes
  }
}

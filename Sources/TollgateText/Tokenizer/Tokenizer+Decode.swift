extension Tokenizer {
  /// The text of `ids`, as the tokenizer's decoder would give it (byte-level and
  /// SentencePiece-style decoders); nil for another decoder or an unknown id.
  ///
  /// Tollgate counts tokens and does not need decoding; this exists so tests can check that
  /// encoding loses nothing.
  public func decode(_ ids: [Int]) -> String? {
    var bytes: [UInt8] = []
    for id in ids {
      guard id >= 0 && id < tokenStrings.count else { return nil }
      let token = tokenStrings[id]
      if addedIDs.contains(Int32(id)) {
        bytes += Array(token.utf8)
        continue
      }
      switch decoder {
      case .byteLevel:
        guard let raw = ByteLevelAlphabet.bytes(ofToken: token) else { return nil }
        bytes += raw
      case .sentencePiece:
        if let byte = Self.fallbackByte(token) {
          bytes.append(byte)
        } else {
          bytes += Normalizer.replacing(Array("\u{2581}".utf8), with: [0x20], in: Array(token.utf8))
        }
      case .unsupported:
        return nil
      }
    }
    if case .sentencePiece = decoder, bytes.first == 0x20 { bytes.removeFirst() }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func fallbackByte(_ token: String) -> UInt8? {
    guard token.utf8.count == 6, token.hasPrefix("<0x"), token.hasSuffix(">") else { return nil }
    return UInt8(token.dropFirst(3).prefix(2), radix: 16)
  }
}

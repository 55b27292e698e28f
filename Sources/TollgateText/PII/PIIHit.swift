/// One piece of personal data found in a text: where it is, what it is, and how to show it.
///
/// The raw value is deliberately not kept: reports, logs and JSON only ever carry the masked
/// form, so a scan result can be shared without spreading what it found.
public struct PIIHit: Sendable, Hashable, Codable {
  /// What kind of personal data this is.
  public var category: PIICategory
  /// Offset of the first byte in the scanned UTF-8 text.
  public var byteOffset: Int
  /// Length in UTF-8 bytes.
  public var byteLength: Int
  /// Offset in Unicode scalars (what Python's `str` indices count), for tools that index text.
  public var characterOffset: Int
  /// Length in Unicode scalars.
  public var characterLength: Int
  /// The value with its middle replaced by `*` (`110101********1234`, `138****5678`).
  public var masked: String

  /// Creates a hit; `characterOffset` and `characterLength` are filled in by the scanner.
  public init(
    category: PIICategory, byteOffset: Int, byteLength: Int, characterOffset: Int = 0,
    characterLength: Int = 0, masked: String
  ) {
    self.category = category
    self.byteOffset = byteOffset
    self.byteLength = byteLength
    self.characterOffset = characterOffset
    self.characterLength = characterLength
    self.masked = masked
  }

  /// The bytes the hit covers.
  public var byteRange: Range<Int> { byteOffset..<(byteOffset + byteLength) }
}

/// Reads an e-mail address around an `@` and checks its shape (RFC 5321 sizes, a dotted
/// domain with an alphabetic top-level label).
///
/// Only the common "dot-atom" form is accepted: quoted local parts and IP-literal domains are
/// legal but practically absent from corpora and would cost precision.
enum EmailFinder {
  /// The address whose `@` is at `at`, or nil when the two sides do not form one.
  static func address(at position: Int, in text: TextBytes) -> PIIHit? {
    var start = position
    while start > 0, isLocal(text[start - 1]), position - start < 64 { start -= 1 }
    while start < position, text[start] == UInt8(ascii: ".") { start += 1 }
    guard start < position, text[position - 1] != UInt8(ascii: "."),
      !isLocal(text.byte(at: start - 1) ?? 0)
    else { return nil }

    var end = position + 1
    while end < text.count, isDomain(text[end]), end - position < 255 { end += 1 }
    while end > position + 1,
      text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-")
    {
      end -= 1
    }
    let domain = text.string((position + 1)..<end)
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 }),
      let top = labels.last, top.count >= 2, top.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return nil }
    let local = text.string(start..<position)
    return PIIHit(
      category: .email, byteOffset: start, byteLength: end - start,
      masked: PIIMask.email(local: local[...], domain: domain[...]))
  }

  static func isLocal(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || "._%+-".utf8.contains(byte)
  }

  static func isDomain(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
  }
}

/// A stable fingerprint of a JSON value, for telling two files' settings apart.
extension JSONValue {
  /// The value written with its object keys sorted, so that two equal values give the same
  /// text whatever order their files wrote the keys in.
  package var canonicalText: String {
    switch self {
    case .object(let members):
      let parts = members.sorted { $0.key < $1.key }.map {
        String(reflecting: $0.key) + ":" + $0.value.canonicalText
      }
      return "{" + parts.joined(separator: ",") + "}"
    case .array(let elements):
      return "[" + elements.map(\.canonicalText).joined(separator: ",") + "]"
    case .string(let text): return String(reflecting: text)
    case .number(let number): return "\(number)"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// The 64-bit FNV-1a hash of `canonicalText` as 16 hexadecimal digits.
  ///
  /// FNV-1a (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/) is not
  /// cryptographic; it only has to tell two honest settings apart, and Core and Formats link no
  /// hashing library.
  package var digest: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in canonicalText.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

import CSimdjson

/// UTF-8 validation of a byte range, without building a `String`.
///
/// Every corpus line is checked before it is parsed or scanned, so this runs over every byte of
/// a corpus. simdjson's validator (Keiser and Lemire's lookup algorithm, on the widest SIMD
/// unit the CPU has) runs at several gigabytes a second on Chinese text, where a byte-at-a-time
/// automaton in Swift ran near two and took a sixth of a PII scan.
package enum UTF8Validation {
  /// Whether `bytes` is well-formed UTF-8: the Unicode Standard's table 3-7, so no overlong
  /// forms, no surrogates and nothing above U+10FFFF.
  package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    return tollgate_is_valid_utf8(base, bytes.count)
  }
}

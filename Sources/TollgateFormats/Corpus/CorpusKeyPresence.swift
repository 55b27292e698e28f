import Foundation

/// Which of some JSON keys a corpus file could hold, from one pass over its bytes.
///
/// A key written in a record appears in the file as `"key"` (unless its letters are `\u`
/// escapes, which no exporter writes for plain names). So a file without that byte string
/// holds no such key, and a byte search over the decompressed bytes (several GB/s) answers for
/// all keys at once where parsing every record once per key would read the file again and again.
/// A key found this way may still sit inside a text value: callers count it exactly then.
public enum CorpusKeyPresence {
  /// The keys of `keys` whose quoted form appears in the (decompressed) file at `path`.
  ///
  /// - Throws: `TollgateError` when the file cannot be read or its compression is damaged.
  public static func keys(_ keys: [String], appearingIn path: String) throws -> Set<String> {
    let needles = keys.map { (key: $0, bytes: Array("\"\($0)\"".utf8)) }
    let longest = needles.map(\.bytes.count).max() ?? 0
    guard longest > 0 else { return [] }
    var found: Set<String> = []
    func search(_ bytes: UnsafeRawBufferPointer) {
      for needle in needles where !found.contains(needle.key) {
        if contains(needle.bytes, in: bytes) { found.insert(needle.key) }
      }
    }
    // The end of the previous chunk: a key split across two chunks is searched for in it and
    // the start of the next.
    var carry: [UInt8] = []
    try CorpusByteStream(path: path, compression: CorpusCompression(fileName: path))
      .forEachChunk { chunk in
        search(UnsafeRawBufferPointer(chunk))
        var seam = carry
        seam.append(contentsOf: chunk.prefix(longest - 1))
        seam.withUnsafeBytes(search)
        // `seam` holds all of a short chunk; a long one ends in its own last bytes.
        carry = Array(
          chunk.count >= longest - 1 ? chunk.suffix(longest - 1) : seam.suffix(longest - 1))
      }
    return found
  }

  /// Whether `pattern` occurs in `bytes`: memchr(3) to each place its first byte is, then a
  /// compare (Glibc's memmem is not visible to Swift without _GNU_SOURCE).
  static func contains(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer) -> Bool {
    guard let first = pattern.first, let base = bytes.baseAddress, bytes.count >= pattern.count
    else { return false }
    let last = bytes.count - pattern.count
    var offset = 0
    while offset <= last {
      guard let found = memchr(base + offset, Int32(first), last - offset + 1) else {
        return false
      }
      offset = base.distance(to: UnsafeRawPointer(found))
      let matches = pattern.withUnsafeBytes { pattern in
        pattern.baseAddress.map { memcmp(base + offset, $0, pattern.count) == 0 } ?? false
      }
      if matches { return true }
      offset += 1
    }
    return false
  }
}

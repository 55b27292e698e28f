import CCrypto
import Foundation

/// The `.dvc` file DVC 3 writes for `dvc add PATH`, computed from a snapshot's MD5s so DVC users
/// can cross-check that Tollgate and DVC saw the same bytes.
///
/// A single file is recorded by its MD5; a folder by the MD5 of its listing, a JSON array of
/// `{"md5": ..., "relpath": ...}` objects sorted by path, serialised as Python's `json.dumps(...,
/// sort_keys=True)` writes it, with `.dir` appended (DVC's "dir hash").
public enum DVCFile {
  /// The `.dvc` text for the root named `rootName` in `manifest`, or nil when the snapshot has
  /// no MD5s (taken without `--dvc`) or the root has no files.
  public static func text(for rootName: String, in manifest: SnapshotManifest) -> String? {
    let prefix = rootName + "/"
    if let file = manifest.files.first(where: { $0.path == rootName }) {
      guard let md5 = file.md5 else { return nil }
      return entry(md5: md5, size: file.size, fileCount: nil, path: rootName)
    }
    let files = manifest.files.filter { $0.path.hasPrefix(prefix) }
    guard !files.isEmpty, files.allSatisfy({ $0.md5 != nil }) else { return nil }
    let listing = files.map { file in
      (relpath: String(file.path.dropFirst(prefix.count)), md5: file.md5 ?? "")
    }
    .sorted { $0.relpath.utf8.lexicographicallyPrecedes($1.relpath.utf8) }
    let json =
      "["
      + listing.map { "{\"md5\": \"\($0.md5)\", \"relpath\": \(pythonString($0.relpath))}" }
      .joined(separator: ", ") + "]"
    let size = files.reduce(Int64(0)) { $0 + $1.size }
    return entry(md5: md5(json) + ".dir", size: size, fileCount: files.count, path: rootName)
  }

  private static func entry(md5: String, size: Int64, fileCount: Int?, path: String) -> String {
    var text = "outs:\n- md5: \(md5)\n  size: \(size)\n"
    if let fileCount { text += "  nfiles: \(fileCount)\n" }
    text += "  hash: md5\n  path: \(path)\n"
    return text
  }

  static func md5(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    // Through EVP: OpenSSL 3 deprecates the direct MD5() call.
    _ = bytes.withUnsafeBufferPointer {
      EVP_Digest($0.baseAddress, $0.count, &output, &length, EVP_md5(), nil)
    }
    return FileDigester.hex(Array(output.prefix(Int(length))))
  }

  /// A JSON string as Python's json.dumps writes it by default (non-ASCII as \u escapes).
  static func pythonString(_ text: String) -> String {
    var out = "\""
    for unit in text.utf16 {
      switch unit {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(unit) ?? " ")
      default:
        let hex = String(unit, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return out + "\""
  }
}

import Foundation
import TollgateCore
import TollgateFormats

extension DataCard.Coverage {
  /// Counts the records of every JSON Lines file of a snapshot by the value of `field`.
  ///
  /// - Parameter base: the folder the snapshot's roots are relative to (where it was taken).
  /// - Throws: the corpus reader's `TollgateError` for a file that is gone or damaged.
  public static func count(field: String, in manifest: SnapshotManifest, base: URL) throws
    -> DataCard.Coverage
  {
    var counts: [String: Int64] = [:]
    var missing: Int64 = 0
    for file in manifest.files where CorpusFormat(fileName: file.path) == .jsonLines {
      let path = try locate(file.path, manifest: manifest, base: base)
      let summary = try CorpusReader(path: path, field: field).forEachDocument { document in
        counts[document.text, default: 0] += 1
      }
      missing += summary.skippedLines
    }
    return DataCard.Coverage(field: field, counts: counts, missing: missing)
  }

  /// The file on disk for a manifest path: the root it starts with, resolved against `base`.
  static func locate(_ path: String, manifest: SnapshotManifest, base: URL) throws -> String {
    for root in manifest.roots {
      let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
      let name = URL(fileURLWithPath: trimmed).lastPathComponent
      guard path == name || path.hasPrefix(name + "/") else { continue }
      let rootURL =
        trimmed.hasPrefix("/")
        ? URL(fileURLWithPath: trimmed) : base.appendingPathComponent(trimmed)
      return rootURL.deletingLastPathComponent().appendingPathComponent(path).path
    }
    throw TollgateError(
      .invalidContent, "snapshot file \(path) belongs to none of its roots \(manifest.roots)",
      hint: "re-create the snapshot")
  }
}

import Foundation
import TollgateCore
import TollgateFormats

extension DataCard.Coverage {
  /// Counts the records of every JSON Lines file of a snapshot by the value of `field`.
  ///
  /// - Parameter bases: the folders the snapshot's roots may be relative to, in the order to
  ///   try them: the current folder, then the manifest's own (where `data snapshot` writes it
  ///   by default), so a card can be made from another folder.
  /// - Throws: `TollgateError` for a file that is gone, damaged, or not the size the snapshot
  ///   recorded: counts of changed files would describe some other data under the snapshot's id.
  public static func count(field: String, in manifest: SnapshotManifest, bases: [URL]) throws
    -> DataCard.Coverage
  {
    var counts: [String: Int64] = [:]
    var missing: Int64 = 0
    for file in manifest.files where CorpusFormat(fileName: file.path) == .jsonLines {
      let path = try locate(file, manifest: manifest, bases: bases)
      let summary = try CorpusReader(path: path, field: field).forEachDocument { document in
        counts[document.text, default: 0] += 1
      }
      missing += summary.skippedLines
    }
    return DataCard.Coverage(field: field, counts: counts, missing: missing)
  }

  /// The file on disk for a manifest entry: the root it starts with, resolved against the first
  /// of `bases` where the file exists, and checked against the size the snapshot recorded.
  static func locate(_ file: SnapshotFile, manifest: SnapshotManifest, bases: [URL]) throws
    -> String
  {
    guard let root = manifest.roots.first(where: { contains($0, file.path) }) else {
      throw TollgateError(
        .invalidContent,
        "snapshot file \(file.path) belongs to none of its roots \(manifest.roots)",
        hint: "re-create the snapshot")
    }
    let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
    let candidates = (trimmed.hasPrefix("/") ? [URL(fileURLWithPath: "/")] : bases).map {
      base in
      URL(fileURLWithPath: trimmed, relativeTo: base).standardizedFileURL
        .deletingLastPathComponent().appendingPathComponent(file.path).path
    }
    guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) })
    else {
      throw TollgateError.file(
        .unreadable, file.path,
        "no such file; looked for it at \(candidates.joined(separator: " and "))",
        hint: "run this from the folder `tollgate data snapshot` ran in (its paths are "
          + "relative to it), or restore the file")
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.int64Value, size != file.size {
      throw TollgateError.file(
        .invalidContent, file.path,
        "changed since snapshot '\(manifest.name)' was taken: \(size) bytes now, \(file.size) "
          + "in the snapshot",
        hint: "take a new snapshot of the data as it is and compare the two with "
          + "`tollgate data diff OLD NEW`")
    }
    return path
  }

  /// Whether manifest path `path` lies under snapshot root `root` (paths start with the
  /// root's last component).
  private static func contains(_ root: String, _ path: String) -> Bool {
    let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
    let name = URL(fileURLWithPath: trimmed).lastPathComponent
    return path == name || path.hasPrefix(name + "/")
  }
}

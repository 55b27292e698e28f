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
      let path = try SnapshotFiles.locate(file, manifest: manifest, bases: bases)
      let summary = try CorpusReader(path: path, field: field).forEachDocument { document in
        counts[document.text, default: 0] += 1
      }
      missing += summary.skippedLines
    }
    return DataCard.Coverage(field: field, counts: counts, missing: missing)
  }
}

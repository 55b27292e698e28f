import Foundation
import TollgateCore
import TollgateFormats

extension DataCard.Coverage {
  /// Values shown in the card; the rest are added up in one row.
  public static let shownValues = 50
  /// Distinct values past which a field is no category: counting stops there, so memory stays
  /// small whatever field is named.
  public static let maximumValues = 10_000
  /// Bytes past which a value is text, not a category (an id or a document would be both
  /// unbounded and personal).
  public static let maximumValueBytes = 256

  /// Counts the records of every JSON Lines file of a snapshot by the value of `field`.
  ///
  /// - Parameter bases: the folders the snapshot's roots may be relative to, in the order to
  ///   try them (see `SnapshotFiles.bases`).
  /// - Throws: `TollgateError` for a file that is gone, damaged, or not the size the snapshot
  ///   recorded (counts of changed files would describe some other data under the snapshot's
  ///   id); `.usage` when the field is not a category (a value longer than
  ///   `maximumValueBytes`, or more than `maximumValues` values).
  public static func count(field: String, in manifest: SnapshotManifest, bases: [URL]) throws
    -> DataCard.Coverage
  {
    var counts: [String: Int64] = [:]
    var summaries: [CorpusReadSummary] = []
    for file in manifest.files where CorpusFormat(fileName: file.path) == .jsonLines {
      let path = try SnapshotFiles.locate(file, manifest: manifest, bases: bases)
      summaries.append(
        try CorpusReader(path: path, field: field).forEachDocument { document in
          guard document.bytes.count <= maximumValueBytes else {
            throw notACategory(
              field, "a value longer than \(maximumValueBytes) bytes", file.path, document.line)
          }
          let value = document.text
          guard counts[value] != nil || counts.count < maximumValues else {
            throw notACategory(
              field, "more than \(maximumValues) distinct values", file.path, document.line)
          }
          counts[value, default: 0] += 1
        })
    }
    return try Self(field: field, counting: counts, summaries: summaries)
  }

  /// The coverage from raw counts: the most common values, masked, and the rest in sums.
  init(field: String, counting counts: [String: Int64], summaries: [CorpusReadSummary]) throws {
    let ranked = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    // A field where most values name one record is an identifier (an id, a name, a date of
    // birth), not a category: listing its values would publish them.
    let unique = counts.values.filter { $0 == 1 }.count
    if counts.count > Self.shownValues, unique * 2 > counts.count {
      throw Self.notACategory(
        field,
        "\(unique) of its \(counts.count) values name one record each, as an identifier's do",
        "", 0)
    }
    let shown = ranked.prefix(Self.shownValues)
    // A value with personal data in it makes the field no category to publish: masking would
    // merge distinct values into one row and still leave names and digits beside the mask.
    let scanner = try PIIScanner()
    for (value, _) in ranked {
      if let hit = try scanner.scan(value).first {
        throw TollgateError(
          .usage,
          "--coverage-field \(field) holds personal data (\(hit.category): \(hit.masked)), so "
            + "its values cannot go into a card that is shared",
          hint: "count a category field without personal data, such as source, industry or lang")
      }
    }
    self.init(field: field, counts: Dictionary(uniqueKeysWithValues: Array(shown)), missing: 0)
    otherValues = ranked.count - shown.count
    otherRecords = ranked.dropFirst(Self.shownValues).reduce(0) { $0 + $1.value }
    for summary in summaries {
      for (kind, lines) in summary.issueCounts {
        switch kind {
        case .missingField: missing += lines
        case .fieldNotString: notText += lines
        default: unreadable += lines
        }
      }
    }
  }

  private static func notACategory(
    _ field: String, _ what: String, _ file: String, _ line: Int
  ) -> TollgateError {
    let place = file.isEmpty ? "" : " (at \(file):\(line))"
    return TollgateError(
      .usage,
      "--coverage-field \(field) is no category: \(what)\(place)",
      hint: "count a field with a few short values, such as source, industry or lang")
  }
}

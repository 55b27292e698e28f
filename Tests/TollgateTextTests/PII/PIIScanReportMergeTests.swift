import Testing
import TollgateCore
import TollgateFormats

@testable import TollgateText

/// Merging shard results: only the shards of one scan, of one snapshot, add up.
@Suite struct PIIScanReportMergeTests {
  private func shard(_ index: Int, of count: Int, snapshot: SnapshotReference?) throws
    -> PIIScanReport
  {
    var file = PIIScanReport.FileResult(file: "c.jsonl")
    file.documents = 10
    file.documentsWithHits = Int64(index)
    file.hits = [.mobilePhone: Int64(index)]
    var report = PIIScanReport(
      shard: try CorpusShard(index: index, count: count), field: "text", extraPatterns: [],
      files: [file])
    report.snapshot = snapshot
    return report
  }

  @Test func keepsTheSnapshotOfShardsThatAllScannedIt() throws {
    let v1 = SnapshotReference(name: "v1", id: String(repeating: "a", count: 64))

    let merged = try PIIScanReport.merged(
      [try shard(0, of: 2, snapshot: v1), try shard(1, of: 2, snapshot: v1)],
      names: ["s0.json", "s1.json"])

    #expect(merged.snapshot == v1)
    #expect(merged.documents == 20)
    #expect(merged.documentsWithHits == 1)
  }

  @Test func refusesShardsOfDifferentSnapshots() throws {
    let v1 = SnapshotReference(name: "v1", id: String(repeating: "a", count: 64))
    let v2 = SnapshotReference(name: "v2", id: String(repeating: "b", count: 64))

    let error = #expect(throws: TollgateError.self) {
      try PIIScanReport.merged(
        [try shard(0, of: 2, snapshot: v1), try shard(1, of: 2, snapshot: v2)],
        names: ["s0.json", "s1.json"])
    }

    #expect(error?.message.contains("scanned snapshot 'v2', id bbbbbbbbbbbb, unlike") == true)
  }

  @Test func refusesAShardOfPathsBesideShardsOfASnapshot() throws {
    let v1 = SnapshotReference(name: "v1", id: String(repeating: "a", count: 64))

    #expect(throws: TollgateError.self) {
      try PIIScanReport.merged(
        [try shard(0, of: 2, snapshot: v1), try shard(1, of: 2, snapshot: nil)],
        names: ["s0.json", "s1.json"])
    }
  }

  /// The id says which data was read: shards of one snapshot saved under two names merge.
  @Test func mergesShardsOfOneSnapshotTakenUnderTwoNames() throws {
    let id = String(repeating: "a", count: 64)

    let merged = try PIIScanReport.merged(
      [
        try shard(0, of: 2, snapshot: SnapshotReference(name: "v1", id: id)),
        try shard(1, of: 2, snapshot: SnapshotReference(name: "copy", id: id)),
      ],
      names: ["s0.json", "s1.json"])

    #expect(merged.snapshot?.id == id)
  }
}

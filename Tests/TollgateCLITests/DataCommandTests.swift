import Foundation
import Testing
import TollgateTestSupport

/// End-to-end tests of `tollgate data` through the built binary.
@Suite struct DataCommandTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("DataFixtures").appendingPathComponent(name).path
  }

  @Test func scanReportsMaskedHitsPerCategory() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl")])

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("5 documents, 3 with personal data (600.00 per 1,000)"))
    #expect(run.stdout.contains("138****5678"))
    #expect(!run.stdout.contains("13812345678"))
  }

  @Test func shardsMergeIntoTheWholeScan() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    var names: [String] = []
    for index in 0..<3 {
      let run = try TollgateBinary.run([
        "data", "scan", Self.fixture("corpus.jsonl"), "--shard", "\(index)/3", "--json",
      ])
      let url = folder.appendingPathComponent("scan-\(index).json")
      try Data(run.stdout.utf8).write(to: url)
      names.append(url.path)
    }

    let merged = try TollgateBinary.run(["data", "merge"] + names)
    let whole = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl")])

    #expect(merged.exitCode == 0)
    #expect(merged.stdout == whole.stdout)
  }

  @Test func mergeRefusesAMissingShard() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    let run = try TollgateBinary.run([
      "data", "scan", Self.fixture("corpus.jsonl"), "--shard", "0/2", "--json",
    ])
    let url = folder.appendingPathComponent("scan-0.json")
    try Data(run.stdout.utf8).write(to: url)

    let merged = try TollgateBinary.run(["data", "merge", url.path])

    #expect(merged.exitCode == 2)
    #expect(merged.stderr.contains("not one complete set of shards"))
  }

  @Test(arguments: ["truncated.jsonl.gz", "truncated.jsonl.zst"])
  func scanStopsOnATruncatedCompressedFile(name: String) throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture(name)])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains(name))
    #expect(run.stdout.isEmpty)
  }

  @Test func scanSkipsALineOfInvalidUTF8WithAWarning() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("invalid_utf8.jsonl")])

    #expect(run.exitCode == 0)
    #expect(run.stderr.contains("invalid_utf8.jsonl:3: warning: the line is not valid UTF-8"))
    #expect(run.stdout.contains("4 documents"))
  }

  @Test func scanSkipsALineThatIsNotAnObjectWithAWarning() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("not_object.jsonl")])

    #expect(run.exitCode == 0)
    #expect(run.stderr.contains("not_object.jsonl:3: warning: the line is JSON but not an object"))
  }

  @Test func scanNamesAFileThatIsMissing() throws {
    let run = try TollgateBinary.run(["data", "scan", "/nonexistent/corpus.jsonl"])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("/nonexistent/corpus.jsonl"))
  }

  @Test func snapshotWritesAManifestThatDiffAndCardRead() throws {
    let folder = try Fixtures.temporaryDirectory("data-snapshot")
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.fixture("corpus.jsonl"), toPath: data.appendingPathComponent("c.jsonl").path)

    let snapshot = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v1", "--dvc"], in: folder)
    let diff = try TollgateBinary.run(
      ["data", "diff", "v1.manifest.json", "v1.manifest.json"], in: folder)
    let card = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--coverage-field", "industry"], in: folder)

    #expect(snapshot.exitCode == 0)
    #expect(snapshot.stdout.contains("1 files, 377 bytes, 5 records, 0 problems"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data.dvc").path))
    #expect(diff.exitCode == 0)
    #expect(card.stdout.contains("| 金融 | 2 |"))
  }

  @Test func diffRefusesASnapshotEditedByHand() throws {
    let folder = try Fixtures.temporaryDirectory("data-snapshot")
    try FileManager.default.copyItem(
      atPath: Self.fixture("corpus.jsonl"), toPath: folder.appendingPathComponent("c.jsonl").path)
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v1"], in: folder)
    let url = folder.appendingPathComponent("v1.manifest.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "\"size\" : 377", with: "\"size\" : 378").utf8)
      .write(to: url)

    let run = try TollgateBinary.run(
      ["data", "diff", "v1.manifest.json", "v1.manifest.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains("v1.manifest.json: error: snapshot id does not match its file list"))
  }

  @Test func snapshotOfAMissingPathWritesNothing() throws {
    let folder = try Fixtures.temporaryDirectory("data-snapshot")

    let run = try TollgateBinary.run(["data", "snapshot", "gone", "--name", "v1"], in: folder)

    #expect(run.exitCode == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}

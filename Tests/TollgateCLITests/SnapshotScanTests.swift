import Foundation
import Testing
import TollgateTestSupport

@testable import tollgate

/// A PII scan tied to a snapshot: `data scan --snapshot` checks the files byte for byte and
/// names the snapshot; `data card` and `decide` refuse a scan of another snapshot and warn
/// about a scan of paths; `decide` scans the card's snapshot itself when it has to scan.
@Suite struct SnapshotScanTests {
  /// A folder with `data/train.jsonl` (one of two documents holds personal data) and its
  /// snapshot `data/v1.manifest.json`.
  private func snapshotted() throws -> URL {
    let folder = try Fixtures.temporaryDirectory("snapshot-scan")
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data(
      ("{\"text\": \"本合同自签字之日起生效。\"}\n"
        + "{\"text\": \"联系人：张伟，电话13812345678\"}\n").utf8
    ).write(to: data.appendingPathComponent("train.jsonl"))
    try Data("not a corpus\n".utf8).write(to: data.appendingPathComponent("README.md"))
    let run = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v1", "--out", "data/v1.manifest.json"],
      in: folder)
    #expect(run.exitCode == 0, "\(run.stderr)")
    return folder
  }

  /// Masks the phone number in place: same size, other bytes.
  private func maskInPlace(_ folder: URL) throws {
    let file = folder.appendingPathComponent("data/train.jsonl")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "13812345678", with: "138****5678")
      .write(to: file, atomically: true, encoding: .utf8)
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func scanOfASnapshotNamesItAndReadsOnlyItsCorpusFiles() throws {
    let folder = try snapshotted()

    let run = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "data/v1.manifest.json", "--json"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    let result = try json(run.stdout)
    let snapshot = try #require(result["snapshot"] as? [String: Any])
    #expect(snapshot["name"] as? String == "v1")
    #expect((snapshot["id"] as? String)?.count == 64)
    let files = try #require(result["files"] as? [[String: Any]])
    #expect(files.map { $0["file"] as? String } == ["data/train.jsonl"])
    #expect(result["documentsWithHits"] as? Int == 1)
  }

  @Test func scanOfASnapshotRefusesDataChangedSinceIt() throws {
    let folder = try snapshotted()
    try maskInPlace(folder)

    let run = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "data/v1.manifest.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains(
        "data/train.jsonl: error: changed since snapshot 'v1' was taken: same size, other bytes"))
    #expect(run.stdout.isEmpty)
  }

  @Test func scanTakesPathsOrASnapshotNotBoth() throws {
    let folder = try snapshotted()

    let run = try TollgateBinary.run(
      ["data", "scan", "data/train.jsonl", "--snapshot", "data/v1.manifest.json"], in: folder)

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("both PATHs and --snapshot given"))
  }

  @Test func cardRefusesAScanOfAnotherSnapshot() throws {
    let folder = try snapshotted()
    let scan = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "data/v1.manifest.json", "--json"], in: folder)
    try scan.saveStdout(as: "scan-v1.json", in: folder)
    try maskInPlace(folder)
    _ = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v2", "--out", "data/v2.manifest.json"], in: folder)

    let run = try TollgateBinary.run(
      ["data", "card", "data/v2.manifest.json", "--scan", "scan-v1.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("scan-v1.json: error: a scan of snapshot 'v1'"))
    #expect(run.stdout.isEmpty)
  }

  @Test func cardSaysWhetherTheScanWasOfItsSnapshot() throws {
    let folder = try snapshotted()
    for (name, arguments) in [
      ("tied.json", ["--snapshot", "data/v1.manifest.json"]), ("paths.json", ["data"]),
    ] {
      let scan = try TollgateBinary.run(["data", "scan"] + arguments + ["--json"], in: folder)
      try scan.saveStdout(as: name, in: folder)
    }

    let tied = try TollgateBinary.run(
      ["data", "card", "data/v1.manifest.json", "--scan", "tied.json"], in: folder)
    let paths = try TollgateBinary.run(
      ["data", "card", "data/v1.manifest.json", "--scan", "paths.json"], in: folder)

    #expect(tied.stdout.contains("- Scanned: this snapshot's files, checked byte for byte"))
    #expect(tied.stderr.isEmpty)
    #expect(paths.exitCode == 0)
    #expect(paths.stdout.contains("- Scanned: the paths given to `data scan`, not checked"))
    #expect(paths.stderr.contains("warning: paths.json is a scan of paths, not of snapshot 'v1'"))
  }

  /// `data scan --snapshot` of snapshot v2, taken of the data folder after a link `name` to
  /// `target` was added to it.
  private func scanOfSnapshotWithLink(_ name: String, to target: String) throws -> BinaryRun {
    let folder = try snapshotted()
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("data/\(name)").path, withDestinationPath: target)
    _ = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v2", "--out", "v2.manifest.json"], in: folder)
    return try TollgateBinary.run(["data", "scan", "--snapshot", "v2.manifest.json"], in: folder)
  }

  /// The snapshot hashes what a link points to; checking it must measure the same file.
  @Test func scanOfASnapshotFollowsLinksToFilesAsTheSnapshotDid() throws {
    let run = try scanOfSnapshotWithLink("link.jsonl", to: "train.jsonl")

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("4 documents, 2 with personal data"))
  }

  /// `data snapshot .` names the folder by its real name in the manifest; the files are found
  /// from any folder.
  @Test func snapshotOfTheCurrentFolderIsFoundFromElsewhere() throws {
    let folder = try snapshotted()
    let data = folder.appendingPathComponent("data")
    _ = try TollgateBinary.run(["data", "snapshot", ".", "--name", "here"], in: data)

    let run = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "data/here.manifest.json"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("2 documents, 1 with personal data"))
  }

  /// A file the snapshot could not read is not in any scan of it: such a snapshot is refused.
  @Test func scanOfASnapshotWithProblemsIsRefused() throws {
    let run = try scanOfSnapshotWithLink("gone.jsonl", to: "nowhere.jsonl")

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("snapshot 'v2' could not read 1 of its files (data/gone.jsonl"))
  }

  @Test func cardWithoutAScanPrintsTheCommandThatScansItsSnapshot() throws {
    let folder = try snapshotted()

    let run = try TollgateBinary.run(["data", "card", "data/v1.manifest.json"], in: folder)

    #expect(
      run.stdout.contains(
        "No scan given (run `tollgate data scan --snapshot data/v1.manifest.json --json > "
          + "pii-scan.json` and pass it with `--scan pii-scan.json`)."))
  }

  /// `decide --json` writes every key of the PII check, a missing scan as `null`.
  @Test func decideJSONWritesAMissingScanAsNull() throws {
    let folder = try Fixtures.temporaryDirectory("decide-null-scan")
    _ = try TollgateBinary.run(["init", "project"], in: folder)

    let run = try TollgateBinary.run(
      ["decide", "project/card.yaml", "--json", "--no-report"], in: folder)

    let document = try json(run.stdout)
    let pii = try #require((document["data"] as? [String: Any])?["piiScan"] as? [String: Any])
    #expect(pii["status"] as? String == "missing")
    #expect(pii["scan"] is NSNull)
  }

  /// A card made by `tollgate init` in `folder/project`, naming `../data/v1.manifest.json`.
  private func card(in folder: URL) throws -> String {
    let made = try TollgateBinary.run(["init", "project"], in: folder)
    #expect(made.exitCode == 0)
    let card = folder.appendingPathComponent("project/card.yaml")
    let text = try String(contentsOf: card, encoding: .utf8)
      .replacingOccurrences(
        of: "snapshot: data/v1.manifest.json", with: "snapshot: ../data/v1.manifest.json")
    try text.write(to: card, atomically: true, encoding: .utf8)
    return "project/card.yaml"
  }

  @Test func decideScansTheCardsSnapshotItself() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)

    let run = try TollgateBinary.run(["decide", card, "--no-report"], in: folder)

    #expect(run.exitCode == 1, "\(run.stderr)")
    #expect(run.stdout.contains("(snapshot 'v1', id "))
    #expect(run.stdout.contains("1 file(s)): 1 of 2 documents"))
    #expect(
      run.stdout.contains(
        "take the snapshot again with `tollgate data snapshot data --name v1 --out "
          + "data/v1.manifest.json`, then run `tollgate decide project/card.yaml` again: it "
          + "scans the new snapshot itself"))
  }

  @Test func decideSaysInChineseToSnapshotAgainAfterMasking() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)

    let run = try TollgateBinary.run(["decide", card, "--no-report", "--lang", "zh"], in: folder)

    #expect(run.stdout.contains("数据快照 'v1', id "))
    #expect(
      run.stdout.contains(
        "用 `tollgate data snapshot data --name v1 --out data/v1.manifest.json` 重新生成快照，"
          + "再运行 `tollgate decide project/card.yaml`，它会自行扫描新快照"))
  }

  /// A file added to the corpus after the snapshot is in neither the snapshot nor its scan.
  @Test func decideWaitsWhenTheCorpusHoldsFilesTheSnapshotDoesNot() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)
    let cardURL = folder.appendingPathComponent(card)
    try String(contentsOf: cardURL, encoding: .utf8)
      .replacingOccurrences(
        of: "snapshot: ../data/v1.manifest.json",
        with: "snapshot: ../data/v1.manifest.json\n  corpus: {paths: [../data]}"
      )
      .write(to: cardURL, atomically: true, encoding: .utf8)
    try Data("{\"text\": \"新增\"}\n".utf8)
      .write(to: folder.appendingPathComponent("data/added.jsonl"))

    let run = try TollgateBinary.run(["decide", card, "--no-report"], in: folder)

    #expect(
      run.stdout.contains(
        "data.corpus holds 1 file(s) that snapshot 'v1', id "), "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("(data/added.jsonl)"))
    #expect(run.exitCode == 3)
    #expect(
      run.stdout.contains(
        "take the snapshot again with `tollgate data snapshot data --name v1 --out "
          + "data/v1.manifest.json`"))
  }

  /// The card excludes id_number and bank_account; a record that still has one is said so,
  /// since the PII scan read only the text field.
  @Test func decideWarnsAboutExcludedFieldsStillInTheData() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)
    let train = folder.appendingPathComponent("data/train.jsonl")
    let handle = try FileHandle(forWritingTo: train)
    try handle.seekToEnd()
    try handle.write(
      contentsOf: Data("{\"text\": \"合同\", \"id_number\": \"110105197003136662\"}\n".utf8))
    try handle.close()
    _ = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v1", "--out", "data/v1.manifest.json"], in: folder)

    let run = try TollgateBinary.run(["decide", card, "--no-report"], in: folder)

    #expect(
      run.stdout.contains(
        "fields data.deidentification.excluded_fields drops are still in the data (id_number in "
          + "1 record(s))"), "\(run.stdout)")
  }

  @Test func decideStopsWhenTheSnapshotsDataChanged() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)
    try maskInPlace(folder)

    let run = try TollgateBinary.run(["decide", card, "--no-report"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("changed since snapshot 'v1' was taken"))
  }

  /// A scan of paths says nothing about the snapshot the card names: the decision waits
  /// (undecided, exit 3) for a scan of the snapshot, and says how to make one.
  @Test func decideWaitsForAScanOfTheSnapshotWhenGivenAScanOfPaths() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)
    let scan = try TollgateBinary.run(["data", "scan", "data", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)

    let run = try TollgateBinary.run(
      ["decide", card, "--no-report", "--pii-scan", "scan.json"], in: folder)

    #expect(run.exitCode == 3)
    #expect(
      run.stdout.contains(
        "the PII scan scan.json read paths, not the card's snapshot 'v1', id "))
    #expect(
      run.stdout.contains(
        "Next action: scan the snapshot with `tollgate data scan --snapshot "
          + "data/v1.manifest.json --json > pii-scan.json`, then run `tollgate decide "
          + "project/card.yaml --pii-scan pii-scan.json`"))
  }

  @Test func decideRefusesAScanOfAnotherSnapshot() throws {
    let folder = try snapshotted()
    let card = try card(in: folder)
    let scan = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "data/v1.manifest.json", "--json"], in: folder)
    try scan.saveStdout(as: "scan-v1.json", in: folder)
    try maskInPlace(folder)
    _ = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v2", "--out", "data/v1.manifest.json"], in: folder)

    let run = try TollgateBinary.run(
      ["decide", card, "--no-report", "--pii-scan", "scan-v1.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("but the card's data.snapshot is 'v2'"))
  }
}

/// Where a snapshot records it was taken, relative to the manifest.
@Suite struct TakenInPathTests {
  @Test(arguments: [
    ("/w/data", "/w", ".."), ("/w", "/w", "."), ("/w", "/w/data", "data"),
    ("/w/a/b", "/w/c", "../../c"),
  ])
  func givesThePathFromOneFolderToAnother(start: String, end: String, path: String) {
    let from = URL(fileURLWithPath: start, isDirectory: true)
    let to = URL(fileURLWithPath: end, isDirectory: true)

    #expect(DataSnapshotCommand.relativePath(from: from, to: to) == path)
  }
}

/// `data card --card`: the decision card's data section, checked, and its threshold and token
/// count carried into the data card.
@Suite struct DataCardWithDecisionCardTests {
  /// A snapshot of two documents, one with personal data, its tied scan, and a card from
  /// `tollgate init` (max_pii_rate 0.1%, tokens 2.4e9).
  private func folder() throws -> URL {
    let folder = try Fixtures.temporaryDirectory("data-card-card")
    try Data(
      ("{\"text\": \"本合同自签字之日起生效。\"}\n"
        + "{\"text\": \"联系人：张伟，电话13812345678\"}\n").utf8
    ).write(to: folder.appendingPathComponent("c.jsonl"))
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v1"], in: folder)
    let scan = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "v1.manifest.json", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)
    _ = try TollgateBinary.run(["init", "decision"], in: folder)
    return folder
  }

  @Test func showsTheThresholdAndWhereTheScanStandsAgainstIt() throws {
    let folder = try folder()

    let run = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--scan", "scan.json", "--card", "decision/card.yaml"],
      in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "- Largest share of documents with personal data after it (max_pii_rate): 0.1%"))
    #expect(
      run.stdout.contains(
        "- Against max_pii_rate 0.1%: above it; `tollgate decide` blocks at step 3"))
    #expect(run.stdout.contains("- Tokens: 2,400,000,000"))
  }

  /// A scan of paths is not what `decide` judges against the threshold: the card says so
  /// rather than "above it", as decide would not block on it but wait.
  @Test func doesNotJudgeAScanOfPathsAgainstTheThreshold() throws {
    let folder = try folder()
    let scan = try TollgateBinary.run(["data", "scan", "c.jsonl", "--json"], in: folder)
    try scan.saveStdout(as: "paths.json", in: folder)

    let run = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--scan", "paths.json", "--card", "decision/card.yaml"],
      in: folder)

    #expect(run.stdout.contains("- Against max_pii_rate: not judged, the scan is not of this"))
    #expect(!run.stdout.contains("blocks at step 3"))
  }

  /// A data card made from one shard's scan, or from a scan that skipped lines, keeps both, so
  /// `decide --pii-scan CARD.json` judges it as it would the scan itself.
  @Test func keepsTheShardAndTheSkippedLinesForDecide() throws {
    let folder = try folder()
    let shard = try TollgateBinary.run(
      ["data", "scan", "--snapshot", "v1.manifest.json", "--shard", "0/2", "--json"], in: folder)
    try shard.saveStdout(as: "shard.json", in: folder)
    let card = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--scan", "shard.json", "--json"], in: folder)
    try card.saveStdout(as: "card.json", in: folder)
    let markdown = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--scan", "shard.json"], in: folder)

    let run = try TollgateBinary.run(
      ["decide", "decision/card.yaml", "--pii-scan", "card.json", "--no-report"], in: folder)

    #expect(card.stdout.contains(#""shard" : "0/2""#))
    #expect(markdown.stdout.contains("- The scan of shard 0/2 only"))
    #expect(run.exitCode == 3, "\(run.stdout)")
    #expect(run.stdout.contains("card.json, shard 0/2"))
  }

  @Test func warnsWhenTheDecisionCardNamesAnotherSnapshotOrTheFieldIsNowhere() throws {
    let folder = try folder()
    try Data("{\"text\": \"另一份数据\"}\n".utf8).write(to: folder.appendingPathComponent("d.jsonl"))
    _ = try TollgateBinary.run(
      [
        "data", "snapshot", "d.jsonl", "--name", "other", "--out", "decision/data/v1.manifest.json",
      ],
      in: folder)

    let run = try TollgateBinary.run(
      [
        "data", "card", "v1.manifest.json", "--card", "decision/card.yaml", "--coverage-field",
        "nosuch",
      ], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "warning: decision/card.yaml names snapshot 'other', id "))
    #expect(
      run.stderr.contains(
        "warning: no record has a text value in --coverage-field nosuch (2 without the field"))
  }

  @Test func refusesACardWhoseDataSectionHasAnError() throws {
    let folder = try folder()
    let card = folder.appendingPathComponent("decision/card.yaml")
    try String(contentsOf: card, encoding: .utf8)
      .replacingOccurrences(of: "max_pii_rate: 0.1%", with: "max_pii_rate: lots")
      .write(to: card, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--card", "decision/card.yaml"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("decision/card.yaml:"))
    #expect(run.stderr.contains("the card's data section has an error"))
    #expect(run.stdout.isEmpty)
  }

  @Test func refusesAFileThatIsNoDecisionCard() throws {
    let folder = try folder()

    let run = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--card", "v1.manifest.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("v1.manifest.json: error: no `data` section"))
  }
}

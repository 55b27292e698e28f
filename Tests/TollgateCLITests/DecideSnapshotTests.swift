import Foundation
import Testing
import TollgateTestSupport

/// `tollgate decide` and the card's `data.snapshot`: the report records the snapshot by name and
/// id, a manifest not taken yet is a warning, and an edited one stops the decision.
@Suite struct DecideSnapshotTests {
  /// A project from `tollgate init`, whose card names `data/v1.manifest.json`.
  private func project() throws -> URL {
    let parent = try Fixtures.temporaryDirectory("decide-snapshot")
    let init_ = try TollgateBinary.run(["init", "project"], in: parent)
    #expect(init_.exitCode == 0)
    return parent.appendingPathComponent("project")
  }

  private func takeSnapshot(in folder: URL) throws -> String {
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("{\"text\": \"本合同自签字之日起生效。\"}\n".utf8)
      .write(to: data.appendingPathComponent("train.jsonl"))
    let run = try TollgateBinary.run(
      ["data", "snapshot", "data/train.jsonl", "--name", "v1", "--out", "data/v1.manifest.json"],
      in: folder)
    #expect(run.exitCode == 0)
    let manifest = try JSONSerialization.jsonObject(
      with: Data(contentsOf: data.appendingPathComponent("v1.manifest.json")))
    return try #require((manifest as? [String: Any])?["id"] as? String)
  }

  @Test func warnsWhenTheCardsSnapshotIsNotTakenYet() throws {
    let folder = try project()

    let run = try TollgateBinary.run(
      ["decide", "project/card.yaml", "--no-report"],
      in: folder.deletingLastPathComponent())

    #expect(
      run.stdout.contains(
        "data.snapshot names data/v1.manifest.json, which does not exist yet; take the snapshot "
          + "with `tollgate data snapshot CORPUS --name NAME --out project/data/v1.manifest.json`"))
  }

  /// The init card's `data.corpus`, set to `../corpus/` beside a corpus folder next to the
  /// project, as a new user keeps data outside the decision folder.
  private func projectWithCorpusOutside() throws -> URL {
    let folder = try project()
    let corpus = folder.deletingLastPathComponent().appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("{\"text\": \"本合同自签字之日起生效。\"}\n".utf8)
      .write(to: corpus.appendingPathComponent("a.jsonl"))
    let card = folder.appendingPathComponent("card.yaml")
    let text = try String(contentsOf: card, encoding: .utf8)
    #expect(text.contains("  epochs: 1\n"))
    try text.replacingOccurrences(
      of: "  epochs: 1\n", with: "  epochs: 1\n  corpus: {paths: [../corpus/], tokenizer: t.json}\n"
    ).write(to: card, atomically: true, encoding: .utf8)
    return folder
  }

  /// With `data.corpus` in the card, the command to take the snapshot names the corpus, as
  /// seen from where `decide` ran and written the short way (`corpus/`, not
  /// `project/../corpus/`).
  @Test func snapshotCommandNamesTheCardsCorpus() throws {
    let folder = try projectWithCorpusOutside()

    let english = try TollgateBinary.run(
      ["decide", "project/card.yaml", "--no-report"], in: folder.deletingLastPathComponent())
    let chinese = try TollgateBinary.run(
      ["decide", "project/card.yaml", "--no-report", "--lang", "zh"],
      in: folder.deletingLastPathComponent())

    #expect(
      english.stdout.contains(
        "take the snapshot with `tollgate data snapshot corpus/ --name NAME --out "
          + "project/data/v1.manifest.json`"))
    #expect(
      chinese.stdout.contains(
        "决策卡的 data.snapshot 指向 data/v1.manifest.json，该文件尚不存在；用 "
          + "`tollgate data snapshot corpus/ --name 名称 --out project/data/v1.manifest.json`"))
  }

  /// Without `data.corpus`, the Chinese command's placeholder is 语料, as in the other Chinese
  /// messages.
  @Test func snapshotCommandPlaceholderReadsAsTheOtherChineseMessages() throws {
    let folder = try project()

    let run = try TollgateBinary.run(
      ["decide", "project/card.yaml", "--no-report", "--lang", "zh"],
      in: folder.deletingLastPathComponent())

    #expect(
      run.stdout.contains(
        "`tollgate data snapshot 语料 --name 名称 --out project/data/v1.manifest.json`"))
    #expect(!run.stdout.contains("CORPUS"))
  }

  @Test func recordsTheSnapshotsNameAndIdInTheReport() throws {
    let folder = try project()
    let id = try takeSnapshot(in: folder)

    let run = try TollgateBinary.run(["decide", "card.yaml"], in: folder)
    let json = try TollgateBinary.run(["decide", "card.yaml", "--json", "--no-report"], in: folder)

    let report = try String(
      contentsOf: folder.appendingPathComponent("reports/report.md"), encoding: .utf8)
    #expect(report.contains("`data/v1.manifest.json` (v1, id \(id.prefix(16)))"))
    #expect(!run.stdout.contains("data.snapshot names"))
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let snapshot = (document["data"] as? [String: Any])?["snapshot"] as? [String: Any]
    #expect(snapshot?["path"] as? String == "data/v1.manifest.json")
    #expect(snapshot?["name"] as? String == "v1")
    #expect(snapshot?["id"] as? String == id)
    let scan = (document["data"] as? [String: Any])?["piiScan"] as? [String: Any]
    #expect((scan?["scan"] as? [String: Any])?["snapshotID"] as? String == id)
  }

  @Test func refusesToDecideOnASnapshotEditedByHand() throws {
    let folder = try project()
    _ = try takeSnapshot(in: folder)
    let manifest = folder.appendingPathComponent("data/v1.manifest.json")
    let edited = try String(contentsOf: manifest, encoding: .utf8)
      .replacingOccurrences(of: "\"records\" : 1", with: "\"records\" : 2")
    try edited.write(to: manifest, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("snapshot id does not match its file list"))
  }
}

import Foundation
import Testing
import TollgateTestSupport

/// End-to-end tests of `tollgate data` through the built binary.
@Suite struct DataCommandTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("DataFixtures").appendingPathComponent(name).path
  }

  /// A fresh folder holding the corpus fixture as `c.jsonl` and its snapshot
  /// `v1.manifest.json`, taken there.
  private func snapshotOfTheFixture(_ name: String) throws -> URL {
    let folder = try Fixtures.temporaryDirectory(name)
    try FileManager.default.copyItem(
      atPath: Self.fixture("corpus.jsonl"), toPath: folder.appendingPathComponent("c.jsonl").path)
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v1"], in: folder)
    return folder
  }

  @Test func scanReportsMaskedHitsPerCategory() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl")])

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("5 documents, 3 with personal data (60.00%, 600.00 per 1,000)"))
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

  /// One worker or two, the counts are the same (a file is split into disjoint sub-shards).
  @Test func scanGivesTheSameCountsOnOneOrTwoWorkers() throws {
    let arguments = ["data", "scan", Self.fixture("corpus.jsonl"), "--json"]

    let one = try TollgateBinary.run(arguments + ["--jobs", "1"])
    let two = try TollgateBinary.run(arguments + ["--jobs", "2"])

    #expect(one.exitCode == 0)
    #expect(one.stdout.contains("\"documentsWithHits\""))
    #expect(one.stdout == two.stdout)
  }

  @Test func scanRefusesZeroJobs() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl"), "--jobs", "0"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("--jobs must be a whole number of at least 1, not \"0\""))
  }

  @Test func mergeSaysAWholeScanIsNoShard() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl"), "--json"])
    let url = folder.appendingPathComponent("scan.json")
    try Data(run.stdout.utf8).write(to: url)

    let merged = try TollgateBinary.run(["data", "merge", url.path, url.path])

    #expect(merged.exitCode == 2)
    #expect(merged.stderr.contains("scan.json: error: this result is a whole scan, not one shard"))
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
    #expect(snapshot.stdout.contains("1 file, 377 bytes, 5 records, 0 problems"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data.dvc").path))
    #expect(diff.exitCode == 0)
    #expect(card.stdout.contains("| 金融 | 2 |"))
  }

  /// The manifest's paths are relative to the folder the snapshot ran in, which is where the
  /// manifest is written by default: a card made from elsewhere finds the files beside it.
  @Test func cardFindsTheFilesBesideTheManifestFromAnotherFolder() throws {
    let folder = try Fixtures.temporaryDirectory("data-card")
    let data = folder.appendingPathComponent("data")
    let elsewhere = folder.appendingPathComponent("elsewhere")
    for made in [data, elsewhere] {
      try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
    }
    try FileManager.default.copyItem(
      atPath: Self.fixture("corpus.jsonl"), toPath: data.appendingPathComponent("c.jsonl").path)
    _ = try TollgateBinary.run(["data", "snapshot", "data", "--name", "v1"], in: folder)

    let card = try TollgateBinary.run(
      ["data", "card", "../v1.manifest.json", "--coverage-field", "industry"], in: elsewhere)

    #expect(card.exitCode == 0)
    #expect(card.stdout.contains("| 金融 | 2 |"))
  }

  @Test func cardRefusesToCountAFileThatChangedSinceTheSnapshot() throws {
    let folder = try Fixtures.temporaryDirectory("data-card")
    let corpus = folder.appendingPathComponent("c.jsonl")
    try FileManager.default.copyItem(atPath: Self.fixture("corpus.jsonl"), toPath: corpus.path)
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v1"], in: folder)
    let handle = try FileHandle(forWritingTo: corpus)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"text\": \"added later\"}\n".utf8))
    try handle.close()

    let card = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--coverage-field", "industry"], in: folder)

    #expect(card.exitCode == 2)
    #expect(
      card.stderr.contains("c.jsonl: error: changed since snapshot 'v1' was taken: 401 bytes now"))
    #expect(card.stderr.contains("take a new snapshot of the data as it is (under another --out"))
    #expect(card.stdout.isEmpty)
  }

  @Test func cardSaysWhereItLookedForAFileThatIsGone() throws {
    let folder = try Fixtures.temporaryDirectory("data-card")
    let corpus = folder.appendingPathComponent("c.jsonl")
    try FileManager.default.copyItem(atPath: Self.fixture("corpus.jsonl"), toPath: corpus.path)
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v1"], in: folder)
    try FileManager.default.removeItem(at: corpus)

    let card = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--coverage-field", "industry"], in: folder)

    #expect(card.exitCode == 2)
    #expect(card.stderr.contains("c.jsonl: error: no such file; looked for it at"))
    #expect(card.stderr.contains("run this from the folder `tollgate data snapshot` ran in"))
  }

  @Test func diffRefusesASnapshotEditedByHand() throws {
    let folder = try snapshotOfTheFixture("data-snapshot")
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

  // MARK: - Folders

  /// A folder `data` holding the corpus fixture twice (at the top and in a subfolder) and a
  /// file that is not a corpus file.
  private func corpusFolder() throws -> URL {
    let folder = try Fixtures.temporaryDirectory("data-folder")
    let data = folder.appendingPathComponent("data/sub")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    for path in ["data/a.jsonl", "data/sub/b.jsonl"] {
      try FileManager.default.copyItem(
        atPath: Self.fixture("corpus.jsonl"), toPath: folder.appendingPathComponent(path).path)
    }
    try Data("not a corpus\n".utf8).write(to: folder.appendingPathComponent("data/README.md"))
    return folder
  }

  @Test func scanOfAFolderReadsEveryCorpusFileUnderIt() throws {
    let folder = try corpusFolder()

    let run = try TollgateBinary.run(["data", "scan", "data/"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("10 documents, 6 with personal data"))
    #expect(run.stdout.contains("\nfiles:\n  data/a.jsonl: 5 documents"))
    #expect(run.stdout.contains("\n  data/sub/b.jsonl: 5 documents"))
    #expect(!run.stdout.contains("README"))
  }

  @Test func scanOfAQuotedPatternReadsItsMatches() throws {
    let folder = try corpusFolder()

    let run = try TollgateBinary.run(["data", "scan", "data/*/*.jsonl"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("5 documents, 3 with personal data"))
    #expect(run.stdout.contains("\n  data/sub/b.jsonl: 5 documents"))
  }

  /// A scan that skipped every line read nothing; its 0% must not pass for a clean corpus.
  @Test func scanThatReadsNoDocumentStopsAndPointsAtTheField() throws {
    let folder = try corpusFolder()

    let run = try TollgateBinary.run(
      ["data", "scan", "data/a.jsonl", "--field", "txt"], in: folder)
    let json = try TollgateBinary.run(
      ["data", "scan", "data/a.jsonl", "--field", "txt", "--json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("error: read no document: all 5 lines were skipped"))
    #expect(run.stderr.contains("check --field (now \"txt\")"))
    #expect(run.stdout.isEmpty)
    #expect(json.exitCode == 2)
    #expect(json.stdout.contains("\"error\""))
  }

  /// Examples sit under their own heading, not under the last file's line.
  @Test func scanTextListsFilesAndExamplesUnderTheirOwnHeadings() throws {
    let run = try TollgateBinary.run(["data", "scan", Self.fixture("corpus.jsonl")])

    #expect(run.stdout.contains("\nfiles:\n  "))
    #expect(run.stdout.contains("\nexamples (masked; the first 3 of each category):\n  "))
  }

  /// A pipe can be read once: several workers must not each open it and split its lines.
  @Test func scanOfStandardInputOnTwoWorkersReadsEveryLine() throws {
    let lines = String(repeating: "{\"text\": \"联系人：张伟\"}\n", count: 2_000)

    let run = try TollgateBinary.run(
      ["data", "scan", "/dev/stdin", "--jobs", "2"], stdin: Data(lines.utf8))

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("2,000 documents, 2,000 with personal data"))
  }

  /// `--field '*'` finds personal data in any field of a structured record; the text output
  /// names the field it read, so a scan of `text` alone does not pass for a scan of everything.
  @Test func scanOfEveryStringFieldFindsPersonalDataOutsideTheText() throws {
    let folder = try Fixtures.temporaryDirectory("data-every-field")
    let line = #"{"text": "主诉：头痛三天。", "contact": "患者王伟，电话13812345678"}"#
    try (line + "\n").write(
      to: folder.appendingPathComponent("notes.jsonl"), atomically: true, encoding: .utf8)

    let text = try TollgateBinary.run(["data", "scan", "notes.jsonl"], in: folder)
    let every = try TollgateBinary.run(["data", "scan", "notes.jsonl", "--field", "*"], in: folder)

    #expect(text.stdout.hasPrefix("1 document, 0 with personal data"))
    #expect(
      text.stdout.contains(
        "field scanned: text (to scan every string value of a record: --field '*')"))
    #expect(every.stdout.hasPrefix("1 document, 1 with personal data"))
    #expect(every.stdout.contains("mobile_phone: 1"))
  }

  /// `--lang zh` (or TOLLGATE_LANG=zh) writes the text of snapshot, scan and diff in Chinese;
  /// category names, paths and masked values stay as the JSON has them.
  @Test func dataCommandsWriteTheirTextInChinese() throws {
    let folder = try Fixtures.temporaryDirectory("data-zh")
    let corpus = folder.appendingPathComponent("c.jsonl")
    try Data("{\"text\": \"联系人：张伟，电话13812345678\"}\n{\"text\": \"无\"}\n".utf8)
      .write(to: corpus)

    let snapshot = try TollgateBinary.run(
      ["data", "snapshot", "c.jsonl", "--name", "v1", "--lang", "zh"], in: folder)
    let scan = try TollgateBinary.run(
      ["data", "scan", "c.jsonl"], in: folder, environment: ["TOLLGATE_LANG": "zh"])
    try Data("{\"text\": \"x\"}\n".utf8).write(to: corpus)
    _ = try TollgateBinary.run(["data", "snapshot", "c.jsonl", "--name", "v2"], in: folder)
    let diff = try TollgateBinary.run(
      ["data", "diff", "v1.manifest.json", "v2.manifest.json", "--lang", "zh"], in: folder)

    #expect(snapshot.stdout.contains("文件 1 个，字节 67，记录 2 条，问题 0 个"))
    #expect(scan.stdout.hasPrefix("文档 2 篇，含个人信息 1 篇（50.00%，每千篇 500.00）"))
    #expect(scan.stdout.contains("  c.jsonl:1: mobile_phone 138****5678"))
    #expect(diff.stdout.contains("新增 0，删除 0，变更 1，未变 0；记录 -1"))
  }

  @Test func scanOfEmptyFilesGivesNoRate() throws {
    let folder = try Fixtures.temporaryDirectory("data-empty")
    try Data().write(to: folder.appendingPathComponent("empty.jsonl"))

    let run = try TollgateBinary.run(["data", "scan", "empty.jsonl"], in: folder)

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("0 documents (no rate: no document was read)"))
  }

  @Test func scanOfAFolderWithoutCorpusFilesNamesItAndTheExtensions() throws {
    let folder = try Fixtures.temporaryDirectory("data-folder")
    let empty = folder.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    try Data("a note\n".utf8).write(to: empty.appendingPathComponent("a.md"))

    let run = try TollgateBinary.run(["data", "scan", "notes"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains(
        "notes: error: the folder holds no corpus file (accepted: .txt, .jsonl, .jsonl.gz, "
          + ".jsonl.zst, .json.gz, .gz, .zst)"))
    #expect(!run.stderr.contains("Is a directory"))
    #expect(run.stdout.isEmpty)
  }

  // MARK: - Totals in --json

  private func json(_ run: BinaryRun) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  @Test func scanJSONCarriesTheTotalsBesideEachFile() throws {
    let folder = try corpusFolder()

    let json = try json(TollgateBinary.run(["data", "scan", "data", "--json"], in: folder))

    let files = try #require(json["files"] as? [[String: Any]])
    let sum = { (key: String) in files.reduce(0) { $0 + ($1[key] as? Int ?? 0) } }
    let fileHits = files.compactMap { $0["hits"] as? [String: Int] }
      .reduce(into: [String: Int]()) { total, hits in total.merge(hits, uniquingKeysWith: +) }
    #expect(files.count == 2)
    #expect(json["schemaVersion"] as? Int == 1)
    #expect(json["documents"] as? Int == sum("documents"))
    #expect(json["documentsWithHits"] as? Int == sum("documentsWithHits"))
    #expect(json["hits"] as? [String: Int] == fileHits)
    let rate = try #require(json["documentsWithHitsRate"] as? Double)
    #expect(rate == Double(sum("documentsWithHits")) / Double(sum("documents")))
  }

  @Test func mergeReadsShardResultsWrittenBeforeTheTotals() throws {
    let shards = ["scan-before-totals-0.json", "scan-before-totals-1.json"].map(Self.fixture)

    let merged = try TollgateBinary.run(["data", "merge"] + shards)
    let mergedJSON = try TollgateBinary.run(["data", "merge"] + shards + ["--json"])
    let whole = try TollgateBinary.run(
      ["data", "scan", "corpus.jsonl"], in: URL(fileURLWithPath: Self.fixture("")))

    #expect(merged.exitCode == 0, "\(merged.stderr)")
    #expect(merged.stdout == whole.stdout)
    #expect(try json(mergedJSON)["documentsWithHitsRate"] as? Double == 3.0 / 5.0)
  }

  @Test func decideHoldsAScanWrittenBeforeTheTotalsAgainstTheCard() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan-decide")
    let example = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/card.yaml")
    let card = try String(contentsOf: example, encoding: .utf8).replacingOccurrences(
      of: "excluded_fields: [id_number, bank_account, phone]}",
      with: "excluded_fields: [id_number, bank_account, phone], max_pii_rate: 0.1%}")
    try card.write(
      to: folder.appendingPathComponent("card.yaml"), atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      [
        "decide", "card.yaml", "--no-report", "--pii-scan",
        Self.fixture("scan-before-totals.json"),
      ], in: folder)

    #expect(card.contains("max_pii_rate: 0.1%"))
    #expect(run.exitCode == 1, "\(run.stderr)")
    #expect(run.stdout.contains("3 of 5 documents (60%"))
  }

  // MARK: - Words

  @Test func scanOfOneDocumentSaysDocumentInTheSingular() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    try Data("{\"text\": \"手机 13812345678\"}\n".utf8)
      .write(to: folder.appendingPathComponent("one.jsonl"))

    let run = try TollgateBinary.run(["data", "scan", "one.jsonl"], in: folder)

    #expect(run.stdout.hasPrefix("1 document, 1 with personal data (100.00%, 1000.00 per 1,000)"))
    #expect(run.stdout.contains("one.jsonl: 1 document, 1 hit in 1\n"))
  }

  @Test func scanNamesSkippedLinesInWords() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    try Data("{\"text\": \"a\"}\nnot json\n{\"body\": \"b\"}\n".utf8)
      .write(to: folder.appendingPathComponent("mixed.jsonl"))

    let run = try TollgateBinary.run(["data", "scan", "mixed.jsonl"], in: folder)

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("2 lines skipped (1 line not JSON, 1 line without the field)"))
    #expect(
      run.stderr.contains(
        "mixed.jsonl:2: warning: the line is not valid JSON (not a JSON object at column 1)"))
  }

  /// Files, examples and skipped lines all name the file as it was typed, not as resolved.
  @Test func scanJSONNamesSkippedLinesByThePathAsTyped() throws {
    let folder = try Fixtures.temporaryDirectory("data-scan")
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("{\"text\": \"手机 13812345678\"}\nnot json\n".utf8)
      .write(to: corpus.appendingPathComponent("mixed.jsonl"))

    let run = try TollgateBinary.run(["data", "scan", "corpus", "--json"], in: folder)

    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let file = try #require((document["files"] as? [[String: Any]])?.first)
    let issues = try #require(file["issues"] as? [[String: Any]])
    let examples = try #require(file["examples"] as? [[String: Any]])
    #expect(file["file"] as? String == "corpus/mixed.jsonl")
    #expect(issues.map { $0["file"] as? String } == ["corpus/mixed.jsonl"])
    #expect(examples.map { $0["file"] as? String } == ["corpus/mixed.jsonl"])
  }

  @Test func cardGroupsTheTokenCountInThousands() throws {
    let folder = try snapshotOfTheFixture("data-snapshot")

    let run = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--tokens", "2433"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.contains("- Tokens: 2,433\n"))
  }

  /// A card written in Chinese (`lang: zh`) gets a Chinese data card; `--lang en` overrides it.
  @Test func cardFollowsTheDecisionCardsLanguageUnlessLangIsGiven() throws {
    let folder = try snapshotOfTheFixture("data-card-lang")
    _ = try TollgateBinary.run(["init", "--lang", "zh", "decision"], in: folder)

    let chinese = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--card", "decision/card.yaml"], in: folder)
    let english = try TollgateBinary.run(
      ["data", "card", "v1.manifest.json", "--card", "decision/card.yaml", "--lang", "en"],
      in: folder)

    #expect(chinese.exitCode == 0, "\(chinese.stderr)")
    #expect(chinese.stdout.hasPrefix("# 数据卡：v1\n"))
    #expect(chinese.stdout.contains("## 脱敏"))
    #expect(english.stdout.hasPrefix("# Data card: v1\n"))
  }

  // MARK: - Edited manifests

  @Test func diffRefusesASnapshotWhoseTotalWasEdited() throws {
    let folder = try snapshotOfTheFixture("data-snapshot")
    let url = folder.appendingPathComponent("v1.manifest.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "\"totalRecords\" : 5", with: "\"totalRecords\" : 6").utf8
    ).write(to: url)

    let run = try TollgateBinary.run(
      ["data", "diff", "v1.manifest.json", "v1.manifest.json"], in: folder)

    #expect(text.contains("\"totalRecords\" : 5"))
    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains(
        "v1.manifest.json: error: snapshot totals do not match its file list "
          + "(totalRecords recorded 6, computed 5)"))
    #expect(run.stdout.isEmpty)
  }

  @Test func snapshotWithoutANameExits64NamingTheOption() throws {
    let run = try TollgateBinary.run(["data", "snapshot", Self.fixture("corpus.jsonl")])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("error: missing required option --name <NAME>"))
  }
}

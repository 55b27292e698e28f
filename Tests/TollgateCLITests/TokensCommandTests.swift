import Foundation
import Testing
import TollgateTestSupport

/// The reference totals HF `tokenizers` gave for all samples (reference_ids.json).
private func referenceTotals() throws -> [String: (plain: Int, special: Int)] {
  let data = try Data(contentsOf: Fixtures.realData("tokenizers/reference_ids.json"))
  let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
  var totals: [String: (Int, Int)] = [:]
  for entry in root?["tokenizers"] as? [[String: Any]] ?? [] {
    let results = entry["results"] as? [[String: Any]] ?? []
    let plain = results.reduce(0) { $0 + (($1["ids"] as? [Int])?.count ?? 0) }
    let special = results.reduce(0) { $0 + (($1["ids_with_special"] as? [Int])?.count ?? 0) }
    totals[entry["file"] as? String ?? ""] = (plain, special)
  }
  return totals
}

private let samples = Fixtures.realData("tokenizers/samples.jsonl").path
private let corpusFixtures = Fixtures.repositoryRoot
  .appendingPathComponent("Tests/TollgateFormatsTests/Corpus/Fixtures")

private func tokenizer(_ file: String) -> String {
  Fixtures.realData("tokenizers/\(file)").path
}

private func jsonTotal(_ run: BinaryRun) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
  return object?["total"] as? [String: Any] ?? [:]
}

@Suite struct TokensCountCommandTests {
  @Test(arguments: [
    "gpt2/tokenizer.json", "llama2/tokenizer.json", "mistral-7b-instruct-v0.2/tokenizer.json",
    "minimind-zh/tokenizer.json",
  ])
  func totalEqualsTheReferenceCountOfAllSamples(file: String) throws {
    let expected = try #require(try referenceTotals()[file])

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer(file), "--json", samples])

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(try jsonTotal(run)["tokens"] as? Int == expected.plain)
    #expect(try jsonTotal(run)["documents"] as? Int == 58)
  }

  @Test func specialAddsThePostProcessorTokensOfEachDocument() throws {
    let expected = try #require(try referenceTotals()["llama2/tokenizer.json"])

    let run = try TollgateBinary.run(
      [
        "tokens", "count", "--tokenizer", tokenizer("llama2/tokenizer.json"), "--special", "--json",
        samples,
      ])

    #expect(try jsonTotal(run)["tokens"] as? Int == expected.special)
  }

  @Test func jsonCarriesTheSchemaVersion() throws {
    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "--json", samples])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]

    #expect(object?["schemaVersion"] as? Int == 1)
    #expect((object?["files"] as? [Any])?.count == 1)
  }

  @Test func sameTotalsForOneAndTwoJobs() throws {
    let corpus = corpusFixtures.appendingPathComponent("contracts.jsonl.zst").path
    let arguments = [
      "tokens", "count", "--tokenizer", tokenizer("minimind-zh/tokenizer.json"), "--field",
      "meta.text", "--json", "--sample", "0.5", "--seed", "3", corpus,
    ]

    let one = try TollgateBinary.run(arguments + ["--jobs", "1"])
    let two = try TollgateBinary.run(arguments + ["--jobs", "2"])

    #expect(one.exitCode == 0)
    #expect(one.stdout == two.stdout)
  }

  @Test func sampleSaysEstimateOnEveryLine() throws {
    let corpus = corpusFixtures.appendingPathComponent("contracts.jsonl").path

    let run = try TollgateBinary.run(
      [
        "tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "--field", "meta.text",
        "--sample", "0.5", corpus,
      ])

    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.contains("estimate") })
  }

  @Test func writesTheTableInChinese() throws {
    let corpus = corpusFixtures.appendingPathComponent("not-an-object.jsonl").path

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), corpus, "--lang", "zh"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("用 "))
    #expect(run.stdout.contains("统计的词元数："))
    #expect(run.stdout.contains("词元数"))
  }

  @Test func warnsAboutSkippedLinesWithTheirNumbersAndSucceeds() throws {
    let corpus = corpusFixtures.appendingPathComponent("not-an-object.jsonl").path

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), corpus])

    #expect(run.exitCode == 0)
    #expect(run.stderr.contains("\(corpus):2: warning: the line is JSON but not an object"))
    #expect(run.stderr.contains("skipped 1 line (1 line not a JSON object);"))
  }

  @Test(arguments: ["truncated.jsonl.gz", "truncated.jsonl.zst"])
  func truncatedCompressedFileCannotBeCounted(name: String) throws {
    let corpus = corpusFixtures.appendingPathComponent(name).path

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), corpus])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("\(corpus): error:"))
    #expect(run.stderr.contains("truncated"))
    #expect(run.stdout.isEmpty)
  }

  @Test(arguments: [
    ["tokens", "count", "FILE.jsonl"],
    ["tokens", "count", "--tokenizer", "t.json", "--shard", "3/2", "f"],
    ["tokens", "count", "--tokenizer", "t.json", "--sample", "2", "f"],
    ["tokens", "count", "--tokenizer", "t.json", "--jobs", "0", "f"],
  ])
  func usageMistakesExitWith64(arguments: [String]) throws {
    let run = try TollgateBinary.run(arguments)

    #expect(run.exitCode == 64, "\(run.stderr)")
  }

  @Test func unsupportedTokenizerExitsWith2NamingTheComponent() throws {
    let folder = try Fixtures.temporaryDirectory()
    let file = folder.appendingPathComponent("tokenizer.json")
    try Data(#"{"model": {"type": "Unigram", "vocab": []}}"#.utf8).write(to: file)

    let run = try TollgateBinary.run(["tokens", "count", "--tokenizer", file.path, samples])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("model type \"Unigram\" at model.type"))
  }
}

@Suite struct TokensMergeCommandTests {
  private func countShards(_ count: Int, in folder: URL) throws -> [String] {
    let corpus = corpusFixtures.appendingPathComponent("contracts.jsonl.gz").path
    return try (0..<count).map { index in
      let run = try TollgateBinary.run(
        [
          "tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "--field",
          "meta.text", "--json", "--shard", "\(index)/\(count)", corpus,
        ])
      let path = folder.appendingPathComponent("shard\(index).json")
      try Data(run.stdout.utf8).write(to: path)
      return path.path
    }
  }

  @Test func mergedShardsEqualTheWholeCount() throws {
    let folder = try Fixtures.temporaryDirectory()
    let shards = try countShards(3, in: folder)
    let whole = try TollgateBinary.run(
      [
        "tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "--field", "meta.text",
        "--json", corpusFixtures.appendingPathComponent("contracts.jsonl.gz").path,
      ])

    let merged = try TollgateBinary.run(["tokens", "merge", "--json"] + shards)

    #expect(merged.exitCode == 0, "\(merged.stderr)")
    #expect(try jsonTotal(merged)["tokens"] as? Int == jsonTotal(whole)["tokens"] as? Int)
    #expect(try jsonTotal(merged)["documents"] as? Int == jsonTotal(whole)["documents"] as? Int)
  }

  @Test func refusesAMissingShard() throws {
    let folder = try Fixtures.temporaryDirectory()
    let shards = try countShards(3, in: folder)

    let merged = try TollgateBinary.run(["tokens", "merge"] + shards.dropLast())

    #expect(merged.exitCode == 2)
    #expect(merged.stderr.contains("shards 2/3 are missing"))
  }

  @Test func namesEachKindOfSkippedLineInWords() throws {
    let folder = try Fixtures.temporaryDirectory()
    try Data("{\"text\": \"a\"}\nnot json\n{\"body\": \"b\"}\n".utf8)
      .write(to: folder.appendingPathComponent("mixed.jsonl"))

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "mixed.jsonl"],
      in: folder)

    #expect(run.exitCode == 0)
    #expect(
      run.stderr.contains(
        "mixed.jsonl: warning: skipped 2 lines (1 line not JSON, 1 line without the field);"))
    #expect(
      run.stderr.contains(
        "mixed.jsonl:2: warning: the line is not valid JSON (not a JSON object at column 1)"))
  }

  @Test func withoutATokenizerExits64NamingTheOption() throws {
    let run = try TollgateBinary.run(["tokens", "count", samples])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("error: missing required option --tokenizer <PATH>\n"))
  }
}

/// `tollgate tokens count` of folders: every corpus file under them, as `data scan` and
/// `decide` read them.
@Suite struct TokensCountFolderTests {
  @Test func countOfAFolderIsTheCountOfEveryCorpusFileUnderIt() throws {
    let expected = try #require(try referenceTotals()["gpt2/tokenizer.json"])
    let folder = try Fixtures.temporaryDirectory()
    let data = folder.appendingPathComponent("data/sub")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    for path in ["data/a.jsonl", "data/sub/b.jsonl"] {
      try FileManager.default.copyItem(
        atPath: samples, toPath: folder.appendingPathComponent(path).path)
    }
    try Data("notes\n".utf8).write(to: folder.appendingPathComponent("data/README.md"))

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "--json", "data"],
      in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(try jsonTotal(run)["tokens"] as? Int == 2 * expected.plain)
    #expect(try jsonTotal(run)["documents"] as? Int == 2 * 58)
  }

  @Test func countOfAFolderWithoutCorpusFilesExits2NamingIt() throws {
    let folder = try Fixtures.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", tokenizer("gpt2/tokenizer.json"), "empty"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("empty: error: the folder holds no corpus file (accepted: .txt,"))
    #expect(run.stdout.isEmpty)
  }
}

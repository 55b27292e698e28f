import Foundation
import Testing
import TollgateTestSupport

/// What `data scan`, `data merge`, `data card`, `decide --pii-scan` and `tokens count` say about
/// input and options that cannot work (from a bad-input run).
@Suite struct BadInputCommandTests {
  private static let gpt2 = Fixtures.realData("tokenizers/gpt2/tokenizer.json").path

  private func folder(with files: [String: String]) throws -> URL {
    let folder = try Fixtures.temporaryDirectory("bad-input")
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  private static let corpus = "{\"text\": \"Call 13812345678 today.\"}\n{\"text\": \"Nothing.\"}\n"

  @Test(arguments: ["", ".", "text.", "..text"])
  func aFieldThatNamesNoKeyIsAUsageError(field: String) throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])

    let scan = try TollgateBinary.run(["data", "scan", "c.jsonl", "--field", field], in: folder)
    let count = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", Self.gpt2, "c.jsonl", "--field", field], in: folder)

    for run in [scan, count] {
      #expect(run.exitCode == 64, "\(run.stderr)")
      #expect(run.stderr.contains("--field \"\(field)\" names no JSON field"), "\(run.stderr)")
      #expect(run.stderr.contains("hint: "))
    }
  }

  @Test func anInvalidPatternIsAUsageErrorNamingIt() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])

    let run = try TollgateBinary.run(
      ["data", "scan", "c.jsonl", "--pattern", "contract=HT-([0-9]{8}"], in: folder)

    #expect(run.exitCode == 64, "\(run.stderr)")
    #expect(run.stderr.contains("--pattern 'contract' does not compile"), "\(run.stderr)")
    #expect(run.stderr.contains("HT-([0-9]{8}"))
  }

  @Test func twoPatternsWithOneNameAreRefused() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])

    let run = try TollgateBinary.run(
      ["data", "scan", "c.jsonl", "--pattern", "id=A[0-9]+", "--pattern", "id=B[0-9]+"],
      in: folder)

    #expect(run.exitCode == 64, "\(run.stderr)")
    #expect(run.stderr.contains("two --pattern named \"id\""), "\(run.stderr)")
  }

  @Test func warningsPastTheTenthSayHowManyMoreWereSkipped() throws {
    let bad = String(repeating: "not json\n", count: 13)
    let folder = try folder(with: ["c.jsonl": Self.corpus + bad])

    let scan = try TollgateBinary.run(["data", "scan", "c.jsonl"], in: folder)
    let count = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", Self.gpt2, "c.jsonl"], in: folder)

    for run in [scan, count] {
      #expect(run.exitCode == 0, "\(run.stderr)")
      #expect(run.stderr.components(separatedBy: ": warning: the line").count - 1 == 10)
      #expect(
        run.stderr.contains("c.jsonl: warning: (first 10 shown; 3 more skipped lines"),
        "\(run.stderr)")
    }
  }

  @Test func tenSkippedLinesOrFewerGetNoNote() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus + "not json\n"])

    let run = try TollgateBinary.run(["data", "scan", "c.jsonl"], in: folder)

    #expect(run.exitCode == 0)
    #expect(!run.stderr.contains("first 10 shown"))
  }

  @Test(arguments: ["-1", "7"])
  func aSeedWithoutASampleIsAUsageError(seed: String) throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", Self.gpt2, "c.jsonl", "--seed", seed], in: folder)

    #expect(run.exitCode == 64, "\(run.stderr)")
    #expect(run.stderr.contains("without --sample"), "\(run.stderr)")
  }

  @Test func aSeedWithASampleStillCounts() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", Self.gpt2, "c.jsonl", "--sample", "1", "--seed", "3"],
      in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
  }

  @Test func tokensCountHelpSaysEveryNamedFileIsRead() throws {
    let run = try TollgateBinary.run(["tokens", "count", "--help"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains(".ndjson"), "\(run.stdout)")
    #expect(run.stdout.contains("others text"), "\(run.stdout)")
  }

  @Test func manyJobsOnASmallFileCountTheSame() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])
    let arguments = ["tokens", "count", "--tokenizer", Self.gpt2, "c.jsonl", "--json"]

    let one = try TollgateBinary.run(arguments + ["--jobs", "1"], in: folder)
    let many = try TollgateBinary.run(arguments + ["--jobs", "100000"], in: folder)

    #expect(many.exitCode == 0, "\(many.stderr)")
    #expect(many.stdout == one.stdout)
  }

  @Test func plainTextNamedGzSaysSoNamingThePathAsTyped() throws {
    let folder = try folder(with: ["c.jsonl.gz": Self.corpus])

    let run = try TollgateBinary.run(["data", "scan", "c.jsonl.gz"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.hasPrefix("c.jsonl.gz: error: not gzip data"), "\(run.stderr)")
  }

  /// The error document of a failed `data scan --json`, saved as a scan would have been.
  private func failedScan(in folder: URL) throws -> String {
    let run = try TollgateBinary.run(["data", "scan", "absent.jsonl", "--json"], in: folder)
    #expect(run.exitCode == 2)
    try Data(run.stdout.utf8).write(to: folder.appendingPathComponent("scan.json"))
    return "scan.json"
  }

  @Test func aSavedFailedScanSaysItRecordsAFailedScan() throws {
    let folder = try folder(with: [:])
    let scan = try failedScan(in: folder)

    let merge = try TollgateBinary.run(["data", "merge", scan], in: folder)

    #expect(merge.exitCode == 2)
    #expect(
      merge.stderr.contains("scan.json: error: this file records a failed scan: "),
      "\(merge.stderr)")
    #expect(merge.stderr.contains("absent.jsonl"))
  }

  @Test func decideSaysAPIIScanRecordsAFailedScan() throws {
    let folder = try folder(with: [:])
    let scan = try failedScan(in: folder)
    let example = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/card.yaml")
    try FileManager.default.copyItem(
      at: example, to: folder.appendingPathComponent("card.yaml"))

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", scan], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("this file records a failed scan: "), "\(run.stderr)")
  }

  @Test func aTruncatedScanResultGivesTheLineAndColumn() throws {
    let folder = try folder(with: ["c.jsonl": Self.corpus])
    let scan = try TollgateBinary.run(["data", "scan", "c.jsonl", "--json"], in: folder)
    let text = String(scan.stdout.prefix(scan.stdout.count / 2)) + "@"
    try Data(text.utf8).write(to: folder.appendingPathComponent("cut.json"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)

    let run = try TollgateBinary.run(["data", "merge", "cut.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.hasPrefix("cut.json:\(lines.count):\(lines.last?.count ?? 0):"),
      "\(run.stderr)")
    #expect(run.stderr.contains("not a result of `tollgate data scan --json`"))
  }

  @Test func aManifestWithAFractionalSizeNamesTheKey() throws {
    let folder = try folder(with: [:])
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data(Self.corpus.utf8).write(to: data.appendingPathComponent("c.jsonl"))
    let snapshot = try TollgateBinary.run(
      ["data", "snapshot", "data", "--name", "v1"], in: folder)
    #expect(snapshot.exitCode == 0, "\(snapshot.stderr)")
    let manifest = folder.appendingPathComponent("v1.manifest.json")
    let text = try String(contentsOf: manifest, encoding: .utf8)
    let size = Self.corpus.utf8.count
    try Data(text.replacingOccurrences(of: "\"size\" : \(size)", with: "\"size\" : 1.5").utf8)
      .write(to: manifest)

    let run = try TollgateBinary.run(["data", "card", "v1.manifest.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("files[0].size"), "\(run.stderr)")
    #expect(run.stderr.contains("1.5 is not a whole number"), "\(run.stderr)")
    #expect(!run.stderr.contains("not valid JSON"))
  }

  @Test func aTruncatedManifestGivesTheLineAndColumn() throws {
    let text = "{\n  \"schemaVersion\" : 1,\n  \"name\" : tru\n"
    let folder = try folder(with: ["v1.manifest.json": text])

    let run = try TollgateBinary.run(["data", "card", "v1.manifest.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("v1.manifest.json:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("not a Tollgate snapshot manifest"))
  }

  @Test(arguments: ["text.", "..text"])
  func cardCheckRefusesACorpusFieldThatNamesNoKey(field: String) throws {
    let folder = try folder(with: [:])
    let example = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/card.yaml")
    let text = try String(contentsOf: example, encoding: .utf8)
    let tokensLine = "  tokens: 4.0e8           # counted with the base model's tokenizer.json\n"
    #expect(text.contains(tokensLine))
    let corpus = "  corpus: {paths: [corpus/], tokenizer: tok.json, field: \"\(field)\"}\n"
    try Data(text.replacingOccurrences(of: tokensLine, with: corpus).utf8)
      .write(to: folder.appendingPathComponent("card.yaml"))

    let run = try TollgateBinary.run(["card", "check", "card.yaml"], in: folder)

    #expect(run.exitCode != 0)
    #expect(
      (run.stdout + run.stderr).contains("`data.corpus.field` names no JSON field"),
      "\(run.stdout)\(run.stderr)")
  }
}

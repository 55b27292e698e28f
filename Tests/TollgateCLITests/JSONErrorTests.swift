import Foundation
import Testing
import TollgateTestSupport

/// With `--json`, a run that cannot finish (2), is misused (64) or is interrupted (130) still
/// prints one JSON document on stdout, so `tollgate ... --json | jq` reads a failure, not nothing.
@Suite struct JSONErrorTests {
  let example = Fixtures.repositoryRoot.appendingPathComponent(
    "examples/contract-clauses/card.yaml")

  /// The `error` object of stdout, or nil when stdout is not one JSON object holding one.
  private func errorObject(_ stdout: String) -> [String: Any]? {
    let document = try? JSONSerialization.jsonObject(with: Data(stdout.utf8))
    return (document as? [String: Any])?["error"] as? [String: Any]
  }

  @Test func decideOnAMissingCardPrintsAnUnreadableErrorNamingTheFile() throws {
    let card = try Fixtures.temporaryDirectory().appendingPathComponent("absent.yaml").path

    let run = try TollgateBinary.run(["decide", card, "--json"])

    #expect(run.exitCode == 2)
    let error = try #require(errorObject(run.stdout), "stdout: \(run.stdout)")
    #expect(error["exitCode"] as? Int == 2)
    #expect(error["code"] as? String == "unreadable")
    #expect(error["file"] as? String == card)
    #expect((error["message"] as? String)?.isEmpty == false)
    #expect(run.stdout.contains("\"schemaVersion\" : 1"))
    #expect(run.stderr.contains("\(card): error: "), "stderr keeps the human message")
  }

  @Test func malformedYAMLCardGivesTheDefectsFileLineAndColumn() throws {
    let text = try String(contentsOf: example, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex(of: "name: contract-clause-extraction"))
    // The one defect: a second `: ` in a plain scalar, which YAML forbids.
    lines[index] = "name: contract-clause: extraction"
    let card = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    try lines.joined(separator: "\n").write(to: card, atomically: true, encoding: .utf8)
    let colon = try #require(lines[index].range(of: ": extraction")).lowerBound
    let column = lines[index].distance(from: lines[index].startIndex, to: colon) + 1

    let run = try TollgateBinary.run(["decide", card.path, "--json", "--no-report"])

    #expect(run.exitCode == 2)
    let error = try #require(errorObject(run.stdout), "stdout: \(run.stdout)")
    #expect(error["code"] as? String == "malformed")
    #expect(error["file"] as? String == card.path)
    #expect(error["line"] as? Int == index + 1)
    #expect(error["column"] as? Int == column)
    #expect((error["hint"] as? String)?.isEmpty == false)
  }

  @Test func outOfRangeShardIsAUsageErrorDocumentWithExit64() throws {
    let run = try TollgateBinary.run(["data", "scan", "--shard", "5/2", "--json", "x"])

    #expect(run.exitCode == 64)
    let error = try #require(errorObject(run.stdout), "stdout: \(run.stdout)")
    #expect(error["exitCode"] as? Int == 64)
    #expect(error["code"] as? String == "usage")
    #expect((error["message"] as? String)?.contains("5/2") == true)
  }

  @Test func commandLineTheParserRejectsStillGetsADocumentWithTheUsageLine() throws {
    let run = try TollgateBinary.run(["decide", "card.yaml", "--json", "--no-sutch-option"])

    #expect(run.exitCode == 64)
    let error = try #require(errorObject(run.stdout), "stdout: \(run.stdout)")
    #expect(error["code"] as? String == "usage")
    #expect((error["message"] as? String)?.contains("--no-sutch-option") == true)
    #expect((error["hint"] as? String)?.hasPrefix("usage: tollgate decide <card>") == true)
  }

  @Test func tokensCountOnAMissingCorpusFilePrintsAnErrorDocument() throws {
    let tokenizer = Fixtures.realData("tokenizers/gpt2/tokenizer.json").path
    let corpus = try Fixtures.temporaryDirectory().appendingPathComponent("absent.jsonl").path

    let run = try TollgateBinary.run([
      "tokens", "count", "--tokenizer", tokenizer, corpus, "--json",
    ])

    #expect(run.exitCode == 2)
    let error = try #require(errorObject(run.stdout), "stdout: \(run.stdout)")
    #expect(error["exitCode"] as? Int == 2)
    let named = [error["file"], error["message"]].compactMap { $0 as? String }
    #expect(named.contains { $0.contains("absent.jsonl") }, "\(error)")
  }

  @Test func withoutJSONStdoutStaysEmptyOnError() throws {
    let card = try Fixtures.temporaryDirectory().appendingPathComponent("absent.yaml").path

    let run = try TollgateBinary.run(["decide", card])

    #expect(run.exitCode == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("\(card): error: "))
  }

  /// `--field --json` forgot the field; it does not scan a field named "--json".
  @Test func optionFollowedByAnotherOptionIsAMissingValue() throws {
    let run = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--field", "--json"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("option '--field' needs a value (FIELD)"))
    #expect(errorObject(run.stdout)?["exitCode"] as? Int == 64)
  }

  /// A group (`card`) has no `--json` of its own, but the user asked for JSON from one of its
  /// commands.
  @Test(arguments: [["card", "--json"], ["--json"], ["bogus", "--json"]])
  func groupOrUnknownCommandWithJSONGetsAUsageDocument(arguments: [String]) throws {
    let run = try TollgateBinary.run(arguments)

    #expect(run.exitCode == 64)
    #expect(errorObject(run.stdout)?["code"] as? String == "usage")
  }

  @Test func commandWithoutAJSONOptionKeepsStdoutEmptyWhenGivenOne() throws {
    let folder = try Fixtures.temporaryDirectory().appendingPathComponent("decision").path

    let run = try TollgateBinary.run(["init", folder, "--json"])

    #expect(run.exitCode == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("unknown option '--json'"))
  }

  @Test func reportThatCannotBeWrittenGivesTheErrorDocumentInsteadOfTheVerdict() throws {
    // A file where the report folder should be: the run cannot finish, so with --json stdout
    // holds the error (exit 2), not a verdict document that claims exit 1.
    let blocker = try Fixtures.temporaryDirectory().appendingPathComponent("reports")
    try Data("not a folder".utf8).write(to: blocker)

    let run = try TollgateBinary.run([
      "decide", example.path, "--out", blocker.appendingPathComponent("inner").path, "--json",
    ])

    #expect(run.exitCode == 2)
    let error = try #require(errorObject(run.stdout))
    #expect(error["exitCode"] as? Int == 2)
    let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    #expect((document as? [String: Any])?["verdict"] == nil)
    #expect(run.stderr.contains("error: "))
  }

  @Test func interruptedRunPrintsAnInterruptedDocumentAndExits130() throws {
    let fifo = try Fixtures.temporaryDirectory().appendingPathComponent("corpus.txt").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let process = Process()
    process.executableURL = TollgateBinary.url
    process.arguments = ["data", "scan", fifo, "--json"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()

    // The scan opens the FIFO only after installing its signal handlers; wait for that open,
    // then interrupt its read.
    let writer = TollgateBinary.writerOnceRead(fifo: fifo)
    defer { if writer >= 0 { close(writer) } }
    try #require(writer >= 0, "tollgate never opened the FIFO")
    process.interrupt()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    #expect(process.terminationStatus == 130)
    #expect(
      String(decoding: stderr, as: UTF8.self)
        == "tollgate: stopped by SIGINT; no output file was left half-written\n")
    let error = try #require(errorObject(String(decoding: stdout, as: UTF8.self)))
    #expect(error["code"] as? String == "interrupted")
    #expect(error["exitCode"] as? Int == 130)
  }
}

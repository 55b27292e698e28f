import Foundation
import Testing
import TollgateTestSupport

/// `tollgate decide` end to end, on the bundled example and on bad input.
@Suite struct DecideCommandTests {
  let example = Fixtures.repositoryRoot.appendingPathComponent(
    "examples/contract-clauses/card.yaml"
  ).path

  @Test func exampleStopsOnTheLambadaGuardAndNamesTheRollback() throws {
    let out = try Fixtures.temporaryDirectory()

    let run = try TollgateBinary.run(["decide", example, "--out", out.path])

    #expect(run.exitCode == 1)
    #expect(run.stdout.hasPrefix("contract-clause-extraction: Stop loss (exit 1)"))
    #expect(run.stdout.contains("block"))
    #expect(run.stdout.contains("lambada_openai.acc 0.6412 against baseline 0.698"))
    #expect(run.stdout.contains("roll back contract-extractor to baseline in your model registry"))
    #expect(run.stderr.isEmpty)
  }

  @Test func exampleWritesTheThreeReportFilesAndNothingElse() throws {
    let out = try Fixtures.temporaryDirectory()

    _ = try TollgateBinary.run(["decide", example, "--out", out.path])

    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["report.html", "report.json", "report.md"])
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<svg"))
  }

  @Test func jsonPrintsTheVerdictDocument() throws {
    let run = try TollgateBinary.run(["decide", example, "--json", "--no-report"])

    #expect(run.exitCode == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    #expect(document["verdict"] as? String == "stop_loss")
    let guards = try #require(document["guards"] as? [[String: Any]])
    let general = try #require(guards.first { $0["metric"] as? String == "general_avg" })
    #expect(general["status"] as? String == "pass")
    let value = try #require(general["value"] as? Double)
    #expect(abs(value - 0.6308) < 0.0001)
    let interval = try #require(general["interval"] as? [String: Any])
    #expect(interval["confidence"] as? Double == 0.95)
    let risks = try #require(document["risks"] as? [[String: Any]])
    #expect(
      risks.contains { $0["name"] as? String == "forgetting" && $0["fired"] as? Bool == false })
    let ledger = try #require(document["ledger"] as? [[String: Any]])
    #expect(ledger.contains { $0["item"] as? String == "training_compute" })
  }

  @Test func chineseOutputUsesChineseLabels() throws {
    let run = try TollgateBinary.run(["decide", example, "--lang", "zh", "--no-report"])

    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("止损"))
    #expect(run.stdout.contains("护栏 lambada_openai.acc 阻断：候选 0.6412，基线 0.698"))
  }

  @Test func candidateEqualToBaselinePassesGuardsButLacksThePrimaryTarget() throws {
    let baseline = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/evidence/baseline"
    ).path

    let run = try TollgateBinary.run([
      "decide", example, "--candidate", baseline, "--no-report", "--json",
    ])

    #expect(run.exitCode == 3)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(document["verdict"] as? String == "undecided")
  }

  @Test func missingCardExitsTwoNamingThePath() throws {
    let run = try TollgateBinary.run(["decide", "/nonexistent/card.yaml"])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("/nonexistent/card.yaml"))
    #expect(run.stdout.isEmpty)
  }

  @Test func candidatePathThatDoesNotExistExitsTwo() throws {
    let run = try TollgateBinary.run([
      "decide", example, "--candidate", "/nonexistent/results.json", "--no-report",
    ])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("/nonexistent/results.json"))
  }

  @Test func candidateThatIsNotAnLMEvalResultExitsTwo() throws {
    let folder = try Fixtures.temporaryDirectory()
    let file = folder.appendingPathComponent("results_2025.json")
    try Data(#"{"model": "x", "scores": [1, 2]}"#.utf8).write(to: file)

    let run = try TollgateBinary.run(["decide", example, "--candidate", file.path, "--no-report"])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("results_2025.json"))
    #expect(run.stderr.contains("hint:"))
  }

  @Test func pilotLogThatIsNotALogExitsTwo() throws {
    let folder = try Fixtures.temporaryDirectory()
    let file = folder.appendingPathComponent("train.log")
    try Data("hello\nthis is not a training log\n".utf8).write(to: file)

    let run = try TollgateBinary.run(["decide", example, "--pilot", file.path, "--no-report"])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("train.log"))
  }

  @Test func truncatedPilotLogIsAWarningNotAFailure() throws {
    let folder = try Fixtures.temporaryDirectory()
    let source = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/evidence/pilot/trainer_log.jsonl")
    var text = try String(contentsOf: source, encoding: .utf8)
    text.removeLast(40)
    let file = folder.appendingPathComponent("trainer_log.jsonl")
    try text.write(to: file, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(["decide", example, "--pilot", file.path, "--no-report"])

    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("Warnings:"))
    #expect(run.stdout.contains("line 87 is cut off"))
  }

  @Test func badTokensPerStepIsAUsageError() throws {
    let run = try TollgateBinary.run(["decide", example, "--tokens-per-step", "lots"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("--tokens-per-step"))
  }

  @Test func mistypedOptionSuggestsTheNearest() throws {
    let run = try TollgateBinary.run(["decide", example, "--candidat", "x"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("did you mean '--candidate'?"))
  }

  @Test func reportFolderThatIsAFileExitsTwoWithoutPartialOutput() throws {
    let folder = try Fixtures.temporaryDirectory()
    let blocker = folder.appendingPathComponent("reports")
    try Data("not a folder".utf8).write(to: blocker)

    let run = try TollgateBinary.run(["decide", example, "--out", blocker.path])

    #expect(run.exitCode == 2)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names == ["reports"])
  }
}

/// Pricing a pilot step from the command line.
@Suite struct DecideTokensPerStepTests {
  let example = Fixtures.repositoryRoot.appendingPathComponent(
    "examples/contract-clauses/card.yaml"
  ).path

  /// The full run's expected GPU-hours from the `--json` ledger.
  func expectedGPUHours(_ extra: [String]) throws -> Double {
    let run = try TollgateBinary.run(["decide", example, "--json", "--no-report"] + extra)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let ledger = try #require(document["ledger"] as? [[String: Any]])
    let row = try #require(ledger.first { $0["item"] as? String == "training_compute" })
    let hours = try #require(row["gpuHours"] as? [String: Any])
    let expected = try #require(hours["expected"] as? [String: Any])
    #expect(expected["unit"] as? String == "gpu_hours")
    return try #require(expected["value"] as? Double)
  }

  @Test func batchShapeProductEqualsTheCount() throws {
    let fromShape = try expectedGPUHours(["--tokens-per-step", "8x4x1x1024"])
    let fromCount = try expectedGPUHours(["--tokens-per-step", "32768"])

    #expect(fromShape == fromCount)
  }

  @Test func twiceTheTokensPerStepHalvesTheGPUHours() throws {
    let single = try expectedGPUHours(["--tokens-per-step", "32768"])
    let double = try expectedGPUHours(["--tokens-per-step", "65536"])

    #expect(abs(single / double - 2) < 1e-9)
  }
}

/// `data.corpus`: the card names a corpus and a tokenizer instead of a token count.
@Suite struct DecideCorpusTests {
  /// A copy of the example whose data section counts the CUAD contracts with GPT-2's tokenizer.
  func projectCountingContracts() throws -> URL {
    let folder = try Fixtures.temporaryDirectory()
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/contract-clauses")
    for item in ["card.yaml", "evidence"] {
      try FileManager.default.copyItem(
        at: example.appendingPathComponent(item), to: folder.appendingPathComponent(item))
    }
    try FileManager.default.copyItem(
      at: Fixtures.realData("contracts/cuad_subset/full_contract_txt"),
      to: folder.appendingPathComponent("corpus"))
    try FileManager.default.copyItem(
      at: Fixtures.realData("tokenizers/gpt2/tokenizer.json"),
      to: folder.appendingPathComponent("tokenizer.json"))
    let card = folder.appendingPathComponent("card.yaml")
    let text = try String(contentsOf: card, encoding: .utf8)
    let tokensLine = "  tokens: 4.0e8           # counted with the base model's tokenizer.json\n"
    #expect(text.contains(tokensLine))
    try text.replacingOccurrences(
      of: tokensLine, with: "  corpus: {paths: [corpus/], tokenizer: tokenizer.json}\n"
    ).write(to: card, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func countsTheCorpusExactlyWhenTheCardGivesNoNumber() throws {
    let project = try projectCountingContracts()

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: project)

    // 24,248 is what HF tokenizers 0.23.3 gives for these 11 files, one document per line.
    #expect(run.stdout.contains("dataset tokens counted: 24248 in 361 documents of 11 file(s)"))
    #expect(run.exitCode == 1)
  }

  @Test func missingCorpusFolderExitsTwo() throws {
    let project = try projectCountingContracts()
    try FileManager.default.removeItem(at: project.appendingPathComponent("corpus"))

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: project)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("data.corpus"))
  }
}

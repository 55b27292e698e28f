import Foundation
import Testing
import TollgateTestSupport

/// `tollgate decide` at the pilot step on pilot logs that went wrong: losses that turned NaN,
/// a single NaN the run came back from, a log whose entries never advance. Each test copies the
/// bundled example, drops its candidate (so the walk ends at the pilot) and rewrites the 87-line
/// LLaMA-Factory log it ships with (steps 5, 10, ..., 435).
@Suite struct DecidePilotSanityTests {
  /// The example's card without a candidate, and its pilot log lines.
  private func pilotOnlyExample() throws -> (card: URL, logLines: [String]) {
    let folder = try Fixtures.temporaryDirectory("pilot-sanity")
    let example = Fixtures.repositoryRoot.appendingPathComponent("examples/contract-clauses")
    let card = try String(
      contentsOf: example.appendingPathComponent("card.yaml"), encoding: .utf8)
    let withoutCandidate = card.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("candidate: evidence/candidate") }
      .joined(separator: "\n")
    let cardURL = folder.appendingPathComponent("card.yaml")
    try withoutCandidate.write(to: cardURL, atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      at: example.appendingPathComponent("evidence/baseline"),
      to: folder.appendingPathComponent("evidence/baseline"))
    let log = try String(
      contentsOf: example.appendingPathComponent("evidence/pilot/trainer_log.jsonl"),
      encoding: .utf8)
    let lines = log.split(separator: "\n").map(String.init)
    return (cardURL, lines)
  }

  /// Writes `lines` as a pilot log beside `card` and runs `decide` on it.
  private func decide(
    _ card: URL, pilotLines lines: [String], arguments: [String] = []
  ) throws -> BinaryRun {
    let pilot = card.deletingLastPathComponent().appendingPathComponent("pilot.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: pilot, atomically: true, encoding: .utf8)
    return try TollgateBinary.run(
      ["decide", card.path, "--no-report", "--pilot", pilot.path] + arguments)
  }

  /// The line with its `loss` replaced by `value` (`NaN`, `Infinity`).
  private func settingLoss(_ line: String, to value: String) -> String {
    line.replacing(#/"loss": [0-9.]+/#, with: "\"loss\": \(value)")
  }

  @Test func pilotWhoseLossTurnsNaNAndStaysSoStopsAsDiverged() throws {
    let (card, lines) = try pilotOnlyExample()
    // From line 41 (step 205) on: 47 of the 87 losses.
    let diverged = lines.enumerated().map { $0 < 40 ? $1 : settingLoss($1, to: "NaN") }

    let run = try decide(card, pilotLines: diverged)

    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("Stop loss (exit 1)"))
    #expect(
      run.stdout.contains(
        "loss became NaN/inf at step 205; 47 of 87 logged losses are not finite: the run diverged"
      ))
    #expect(run.stdout.contains("lower the learning rate"))
  }

  @Test func divergedPilotIsStopLossInTheVerdictDocumentAndInChinese() throws {
    let (card, lines) = try pilotOnlyExample()
    let diverged = lines.enumerated().map { $0 < 40 ? $1 : settingLoss($1, to: "Infinity") }

    let run = try decide(card, pilotLines: diverged, arguments: ["--lang", "zh", "--json"])

    #expect(run.exitCode == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(document["verdict"] as? String == "stop_loss")
    #expect(run.stdout.contains("loss 在第 205 步变为 NaN/inf"))
  }

  @Test func singleNaNTheRunCameBackFromContinuesWithANote() throws {
    let (card, lines) = try pilotOnlyExample()
    var once = lines
    once[10] = settingLoss(once[10], to: "NaN")  // step 55

    let run = try decide(card, pilotLines: once)

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("loss was NaN/inf once, at step 55 (1 of 87 logged losses)"))
  }

  @Test func severalNaNsTheRunCameBackFromAreUndecided() throws {
    let (card, lines) = try pilotOnlyExample()
    var spikes = lines
    for index in [10, 20, 30] { spikes[index] = settingLoss(spikes[index], to: "NaN") }

    let run = try decide(card, pilotLines: spikes)

    #expect(run.exitCode == 3)
    #expect(run.stdout.contains("loss was NaN/inf at 3 of 87 logged losses, from step 55"))
  }

  @Test func logWhoseEntriesAllHaveTheSameStepIsUndecidedWithoutACost() throws {
    let (card, lines) = try pilotOnlyExample()
    let stuck = lines.map {
      $0.replacing(#/"current_steps": [0-9]+/#, with: "\"current_steps\": 5")
    }

    let run = try decide(card, pilotLines: stuck)

    #expect(run.exitCode == 3)
    #expect(run.stdout.contains("all 87 entries of the log have step 5"))
    #expect(!run.stdout.contains("full run:"))
  }
}

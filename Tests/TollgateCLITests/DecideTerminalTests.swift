import Foundation
import Testing
import TollgateTestSupport

/// What `tollgate decide` prints on a terminal: steps without evidence shown, headings without
/// gaps in their numbering, each check and risk named once, the pilot's spend said once.
@Suite struct DecideTerminalTests {
  let example = Fixtures.repositoryRoot.appendingPathComponent(
    "examples/contract-clauses/card.yaml"
  ).path

  @Test func freshProjectListsTheStepsWithoutEvidence() throws {
    let folder = try Fixtures.temporaryDirectory("decide-terminal")
    let project = folder.appendingPathComponent("x")
    _ = try TollgateBinary.run(["init", project.path])

    let run = try TollgateBinary.run(["decide", "x/card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("\nSteps not judged:\n  3 data (no evidence yet): "))
    #expect(run.stdout.contains("PII scan: none to hold against max_pii_rate"))
    #expect(!run.stdout.contains("the card and data pass"))
  }

  @Test func headingsCarryNoNumbers() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report"])

    #expect(run.stdout.contains("\nTarget and guards:\n"))
    #expect(run.stdout.contains("\nRisks:\n"))
    #expect(run.stdout.contains("\nCost ledger:\n"))
    #expect(!run.stdout.contains("4. "))
    #expect(!run.stdout.contains("6. "))
    #expect(!run.stdout.contains("7. "))
  }

  @Test func checksAndRisksNameTheirSubjectOnce() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report"])

    #expect(run.stdout.contains("[primary] clause_accuracy: no value in the candidate evidence"))
    #expect(!run.stdout.contains("clause_accuracy: clause_accuracy"))
    #expect(run.stdout.contains("\n  not fired    risk forgetting: general_avg 0.6308"))
    #expect(!run.stdout.contains("(fired: no)"))
  }

  @Test func pilotSpendIsSaidOnce() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report"])

    #expect(run.stdout.contains("\n  pilot compute: within cap · spent 5.2 of 50 GPU-hours\n"))
    #expect(!run.stdout.contains("GPU-h 5 / 50"))
  }

  @Test func canaryIsListedAsNotEvaluated() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report"])

    #expect(
      run.stdout.contains(
        "\n  7 canary: not evaluated: canary metrics are not read by this version"))
  }

  @Test func canaryIsListedAsNotEvaluatedInChinese() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report", "--lang", "zh"])

    #expect(run.stdout.contains("\n未判定的步骤:\n  7 灰度：未评估：此版本不读取灰度指标"))
    #expect(run.stdout.contains("\n目标与护栏:\n"))
  }

  @Test func pilotThroughputReasonSaysWhereTheTokensCameFrom() throws {
    let run = try TollgateBinary.run(["decide", example, "--no-report", "--json"])

    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let steps = try #require(document["steps"] as? [[String: Any]])
    let pilot = try #require(steps.first { $0["identifier"] as? String == "pilot" })
    let reasons = try #require(pilot["reasons"] as? [String])
    #expect(reasons.contains { $0.contains("85 intervals, tokens from pilot.tokens_per_step)") })
  }
}

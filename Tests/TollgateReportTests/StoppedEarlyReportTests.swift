import Foundation
import Testing
import TollgateCore
import TollgateReport

/// A decision that stopped before the gate says so where the gate's parts would be, rather than
/// "no candidate evidence" beside candidate numbers or "no risks" under a card that names three.
@Suite struct StoppedEarlyReportTests {
  static let renderers: [@Sendable (ReportInput) -> String] = [
    MarkdownReport.render, HTMLReport.render,
  ]

  /// The contract-clause report with candidate evidence read, but blocked at step 3.
  static func blockedAtData(_ language: Language) -> ReportInput {
    var input = ReportSamples.contractClauses(language)
    input.verdict = Verdict(
      kind: .blocked, step: .data,
      reasons: ["PII left in the corpus (scan.json): 2 of 10 documents"],
      nextAction: "mask the personal data left in the corpus",
      steps: [
        StepOutcome(step: .boundaries, status: .passed, reasons: ["card check passed"]),
        StepOutcome(step: .data, status: .failed, reasons: ["PII left in the corpus"]),
      ])
    return input
  }

  @Test(arguments: [0, 1])
  func gatePartsNameTheStepTheDecisionStoppedAt(_ renderer: Int) {
    let report = Self.renderers[renderer](Self.blockedAtData(.english))

    #expect(
      report.contains(
        "The primary target was not judged: the decision stopped at step 3 (data), before the "
          + "gate at step 6."))
    #expect(
      report.contains(
        "No guard was judged: the decision stopped at step 3 (data), before the gate at step 6."))
    #expect(
      report.contains(
        "risks were not evaluated: the decision stopped at step 3 (data), before the gate at "
          + "step 6."))
  }

  @Test(arguments: [0, 1])
  func gatePartsDoNotContradictTheCandidateNumbers(_ renderer: Int) {
    let text = ReportStrings.english

    let report = Self.renderers[renderer](Self.blockedAtData(.english))

    #expect(!report.contains(text.noPrimaryCheck))
    #expect(!report.contains(text.noGuardEvidence))
    #expect(!report.contains(text.noRisksInCard))
  }

  @Test func risksCountTheCardsRisks() {
    let input = Self.blockedAtData(.english)

    let markdown = MarkdownReport.render(input)

    #expect(input.card.risks.count == 2)
    #expect(markdown.contains("The card's 2 risks were not evaluated"))
  }

  @Test func gatePartsNameTheStepInChinese() {
    let markdown = MarkdownReport.render(Self.blockedAtData(.chinese))

    #expect(markdown.contains("主要目标未判定：决策在第 3 步（数据）停止，未到第 6 步的门槛。"))
    #expect(markdown.contains("护栏未判定：决策在第 3 步（数据）停止，未到第 6 步的门槛。"))
    #expect(markdown.contains("决策卡列出的 2 项风险未评估：决策在第 3 步（数据）停止"))
  }

  @Test func cardRisksWithoutCandidateEvidenceAreUnevaluatedNotAbsent() {
    var input = Self.blockedAtData(.english)
    input.candidate = nil

    let markdown = MarkdownReport.render(input)

    #expect(
      markdown.contains("The card's 2 risks have not been evaluated yet: no candidate evidence."))
    #expect(!markdown.contains(ReportStrings.english.noRisksInCard))
  }

  @Test(arguments: Language.allCases)
  func impliedMFUIsExplainedWhereItIsShown(_ language: Language) {
    let text = ReportStrings.forLanguage(language)

    let markdown = MarkdownReport.render(ReportSamples.contractClauses(language))

    #expect(markdown.contains("38%" + text.aside(text.impliedMFUMeaning)))
    #expect(text.impliedMFUMeaning.contains("20%"))
    #expect(text.impliedMFUMeaning.contains("60%"))
  }

  @Test func canaryNotReadIsAStepRowAndNotCanaryEvidence() {
    var input = ReportSamples.contractClauses(.english)
    let reason = "not evaluated: canary metrics are not read by this version"
    input.verdict.steps.insert(
      StepOutcome(step: .canary, status: .skipped, reasons: [reason]),
      at: input.verdict.steps.count - 1)

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("| 7 canary | skipped | \(reason) |"))
    #expect(markdown.contains("**Canary evidence**\n\nNo canary evidence yet."))
  }
}

import Foundation
import Testing
import TollgateCore
import TollgateReport

/// A verdict with no evidence behind it still renders every part and says what is missing.
@Suite struct NoEvidenceReportTests {
  static let renderers: [@Sendable (ReportInput) -> String] = [
    MarkdownReport.render, HTMLReport.render,
  ]

  @Test(arguments: Language.allCases, [0, 1])
  func rendersAllSevenParts(_ language: Language, _ renderer: Int) {
    let text = ReportStrings.forLanguage(language)

    let report = Self.renderers[renderer](ReportSamples.noEvidence(language))

    let headings = [
      text.sectionSummary, text.sectionMethod, text.sectionKeyTasks, text.sectionGuards,
      text.sectionRegressions, text.sectionRisks, text.sectionLedger,
    ]
    for heading in headings {
      #expect(report.contains(heading), "missing \(heading)")
    }
  }

  @Test(arguments: Language.allCases, [0, 1])
  func saysWhatHasNoEvidence(_ language: Language, _ renderer: Int) {
    let text = ReportStrings.forLanguage(language)

    let report = Self.renderers[renderer](ReportSamples.noEvidence(language))

    let missing = [
      text.noBaselineEvidence, text.noCandidateEvidence, text.noDataSnapshot,
      text.noEvaluationSets, text.noTaskVersions,
      text.noKeyTaskEvidence, text.noPrimaryCheck, text.noGuardsInCard,
      text.noRegressionEvidence, text.noSampleRegressions, text.noRisksInCard,
      text.noCanaryPlan, text.noCanaryEvidence, text.noRollbackModel, text.noPilot,
      text.noLedger,
    ]
    for sentence in missing {
      // The HTML page writes an apostrophe as an entity.
      let shown = renderer == 1 ? sentence.replacingOccurrences(of: "'", with: "&#39;") : sentence
      #expect(report.contains(shown), "missing \(sentence)")
    }
  }

  @Test func pinsTheEnglishWordingOfMissingCanaryEvidence() {
    let markdown = MarkdownReport.render(ReportSamples.noEvidence(.english))

    #expect(markdown.contains("\n\nNo canary evidence yet.\n\n"))
    #expect(markdown.contains("- Baseline: No baseline evidence yet."))
  }

  @Test func saysGuardsAreUnjudgedWhenTheCardHasGuards() {
    var input = ReportSamples.noEvidence()
    input.card.gate = ReportSamples.contractCard(.english).gate

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("No guard has been judged yet: no candidate evidence."))
  }
}

import Foundation
import Testing
import TollgateCore
import TollgateReport

@Suite struct MarkdownReportTests {
  @Test func escapesScriptInMetricName() {
    var input = ReportSamples.contractClauses(.english)
    input.verdict.guards[0].metric = "<script>alert(1)</script>"

    let markdown = MarkdownReport.render(input)

    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func keepsTableColumnsWhenTextHasABar() {
    var input = ReportSamples.contractClauses(.english)
    input.verdict.risks[1].name = "pii|leak"

    let markdown = MarkdownReport.render(input)

    let row = markdown.split(separator: "\n").first { $0.hasPrefix("| pii") }
    let unescapedBars = row.map { line in
      line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
    }
    // Five columns: six bars.
    #expect(unescapedBars == 6)
  }

  @Test func printsTheRollbackCommandFromTheCard() {
    let markdown = MarkdownReport.render(ReportSamples.contractClauses(.english))

    #expect(markdown.contains("```sh\n./deploy/rollback.sh contract-extractor baseline\n```"))
  }

  /// Tollgate's own registry is not built: without `rollback.command` the report names no
  /// command, only what to roll back and to where.
  @Test func saysWhatToRollBackWhenTheCardGivesNoCommand() {
    var input = ReportSamples.contractClauses(.english)
    input.card.rollback?.command = nil

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("Roll back contract-extractor to baseline in your model registry."))
    #expect(!markdown.contains("```sh"))
  }

  @Test func saysThePreviousVersionWhenTheCardNamesNoTarget() {
    var input = ReportSamples.contractClauses(.english)
    input.card.rollback?.command = nil
    input.card.rollback?.to = nil

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("Roll back contract-extractor to its previous version"))
  }

  @Test func marksAnUncommittedCodeRevision() {
    let markdown = MarkdownReport.render(ReportSamples.contractClauses(.english))

    #expect(markdown.contains("- Code revision: `3f9c2e1a7b` (with uncommitted changes)"))
  }

  @Test func printsNumbersTheSameInBothLanguages() {
    let english = MarkdownReport.render(ReportSamples.contractClauses(.english))
    let chinese = MarkdownReport.render(ReportSamples.contractClauses(.chinese))

    // hellaswag.acc_norm: 0.7895 -> 0.7712, 95% margins 1.96 x 0.0041 and 1.96 x 0.0042.
    let row = "| hellaswag.acc_norm | 0.7895 ± 0.008 | 0.7712 ± 0.0082 | -0.0183 |"
    #expect(english.contains(row))
    #expect(chinese.contains(row))
  }

  @Test func fitsAPullRequestComment() {
    let markdown = MarkdownReport.render(ReportSamples.contractClauses(.chinese))

    // GitHub rejects comments over 65,536 characters.
    #expect(markdown.count < 65_536)
  }

  @Test func escapesABarInCodeOnlyInsideATable() {
    var input = ReportSamples.contractClauses(.english)
    input.card.path = "cards/a|b.yaml"
    input.verdict.risks[0].trigger = "a | b > 1"

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("- Card file: `cards/a|b.yaml`"))
    #expect(markdown.contains("| forgetting | `a \\| b > 1` |"))
  }
}

import Foundation
import Testing
import TollgateCore
import TollgateReport

@Suite struct HTMLReportTests {
  @Test(arguments: Language.allCases)
  func referencesNoExternalAsset(_ language: Language) {
    let html = HTMLReport.render(ReportSamples.contractClauses(language))

    for reference in ["http://", "https://", "<link", "@import", "url(", " src="] {
      #expect(!html.contains(reference), "found \(reference)")
    }
  }

  @Test func needsNoScript() {
    let html = HTMLReport.render(ReportSamples.contractClauses(.english))

    #expect(!html.lowercased().contains("<script"))
  }

  @Test func drawsOneChartRowPerKeyTaskWithAValue() {
    let input = ReportSamples.contractClauses(.english)

    let html = HTMLReport.render(input)

    // clause_accuracy (the primary target) plus the five metrics asked for.
    #expect(html.contains("<svg"))
    #expect(html.components(separatedBy: "<g class=\"metric\">").count - 1 == 6)
  }

  @Test func chartHasAnAccessibleTitleAndDescription() {
    let html = HTMLReport.render(ReportSamples.contractClauses(.english))

    #expect(html.contains("role=\"img\""))
    #expect(html.contains("aria-labelledby=\"metric-chart-title metric-chart-desc\""))
    #expect(
      html.contains(
        "<title id=\"metric-chart-title\">Baseline against candidate with 95% intervals</title>"))
  }

  @Test func escapesScriptInMetricName() {
    let hostile = "<script>alert(1)</script>"
    var input = ReportSamples.contractClauses(.english)
    input.chartMetrics = [hostile]
    input.candidate?.metrics[hostile] = MetricValue(value: 0.5, standardError: 0.01)
    input.verdict.guards[0].metric = hostile

    let html = HTMLReport.render(input)

    #expect(!html.contains(hostile))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func escapesQuotesInCardName() {
    var input = ReportSamples.contractClauses(.english)
    input.card.name = "a\" onload=\"x"

    let html = HTMLReport.render(input)

    #expect(!html.contains("\" onload=\""))
    #expect(html.contains("a&quot; onload=&quot;x"))
  }

  @Test func saysThereIsNothingToChartWithoutEvidence() {
    let html = HTMLReport.render(ReportSamples.noEvidence())

    #expect(!html.contains("<svg"))
    #expect(html.contains("Nothing to chart yet: no metric has a value."))
  }

  @Test(arguments: [(Language.english, "en"), (Language.chinese, "zh-CN")])
  func declaresThePageLanguage(_ language: Language, _ tag: String) {
    let html = HTMLReport.render(ReportSamples.contractClauses(language))

    #expect(html.contains("<html lang=\"\(tag)\">"))
  }

  @Test(arguments: [ReportSamples.contractClauses(.chinese), ReportSamples.noEvidence()])
  func closesEveryElementItOpens(_ input: ReportInput) {
    let html = HTMLReport.render(input)

    for element in ["section", "table", "ul", "dl", "svg", "g", "figure", "details", "code"] {
      let opened =
        html.components(separatedBy: "<\(element)>").count
        + html.components(separatedBy: "<\(element) ").count - 2
      let closed = html.components(separatedBy: "</\(element)>").count - 1
      #expect(opened == closed, "<\(element)> opened \(opened) times, closed \(closed)")
    }
  }
}

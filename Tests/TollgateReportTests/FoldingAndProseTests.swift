import Testing
import TollgateCore
import TollgateReport

@Suite struct FoldingAndProseTests {
  /// The sample with 20 lm-eval tasks on each side, more than a table shows unfolded.
  private func manyTasks() -> ReportInput {
    var input = ReportSamples.contractClauses(.english)
    for index in 1...16 {
      let task = TaskConfiguration(
        task: "mmlu_part_\(index)", version: "1", nShot: 5, effectiveSamples: 100,
        originalSamples: 100)
      input.baseline?.tasks[task.task] = task
      input.candidate?.tasks[task.task] = task
    }
    return input
  }

  @Test func foldsALongTableInMarkdown() {
    let markdown = MarkdownReport.render(manyTasks())

    #expect(markdown.contains("<details><summary>Show all 20 rows</summary>\n\n| Task |"))
  }

  @Test func foldsALongTableInHTML() {
    let html = HTMLReport.render(manyTasks())

    #expect(html.contains("<details>\n<summary>Show all 20 rows</summary>"))
  }

  @Test func leavesAShortTableUnfolded() {
    let markdown = MarkdownReport.render(ReportSamples.contractClauses(.english))

    #expect(!markdown.contains("<details>"))
  }

  @Test func printsABacktickedCommandAsCode() {
    let input = ReportSamples.contractClauses(.english)

    let markdown = MarkdownReport.render(input)
    let html = HTMLReport.render(input)

    let command = "./deploy/rollback.sh contract-extractor baseline"
    #expect(markdown.contains("- Next action: stop training and keep the baseline: `\(command)`"))
    #expect(html.contains("stop training and keep the baseline: <code>\(command)</code>"))
  }

  @Test func escapesMarkupInsideABacktickedSpan() {
    var input = ReportSamples.contractClauses(.english)
    input.verdict.reasons = ["see `<img src=x>`"]

    let html = HTMLReport.render(input)

    #expect(html.contains("<li>see <code>&lt;img src=x&gt;</code></li>"))
  }

  @Test func listsAKeyTaskWithoutEvidenceAsDashes() {
    var input = ReportSamples.contractClauses(.english)
    input.chartMetrics = ["general_avg", "regression.exact_match"]

    let markdown = MarkdownReport.render(input)

    #expect(markdown.contains("| regression.exact_match | — | — | — | — | — |"))
  }
}

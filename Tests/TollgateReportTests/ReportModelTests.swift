import Testing
import TollgateCore

@testable import TollgateReport

@Suite struct ReportModelTests {
  @Test func listsMetricsWhoseWholeDifferenceIntervalIsWorse() {
    let model = ReportModel(ReportSamples.contractClauses(.english))

    // hellaswag.acc_norm: -0.0183 ± 1.96 x sqrt(0.0041² + 0.0042²) = [-0.0298, -0.0068];
    // mmlu.acc: -0.0061 ± 0.0108 crosses zero, so it is noise.
    #expect(
      model.regressions.map(\.metric) == ["general_avg", "hellaswag.acc_norm", "winogrande.acc"])
  }

  @Test func countsMetricsWithoutAStandardErrorAsUnjudged() {
    let model = ReportModel(ReportSamples.contractClauses(.english))

    // latency_p95_ms has no standard error on either side.
    #expect(model.unjudgedCount == 1)
  }

  @Test func treatsARiseOfALowerIsBetterGuardAsARegression() {
    var input = ReportSamples.contractClauses(.english)
    input.baseline?.metrics["latency_p95_ms"] = MetricValue(value: 412, standardError: 4)
    input.candidate?.metrics["latency_p95_ms"] = MetricValue(value: 438, standardError: 4)

    let model = ReportModel(input)

    // The card's guard `<= baseline + 10%` says lower is better; +26 ± 11.1 ms is worse.
    #expect(model.regressions.map(\.metric).contains("latency_p95_ms"))
  }

  @Test func readsTheDirectionOfARiskTrigger() {
    let card = ReportSamples.contractCard(.english)

    // `general_avg < baseline - 1pt` fires when the metric falls: higher is better.
    #expect(MetricDirection.isHigherBetter("general_avg", card: card))
    #expect(!MetricDirection.isHigherBetter("pii_hit_rate", card: card))
  }

  @Test func putsThePrimaryTargetFirstAmongKeyTasks() {
    let model = ReportModel(ReportSamples.contractClauses(.english))

    #expect(model.keyTasks.first?.metric == "clause_accuracy")
    #expect(model.keyTasks.count == 6)
  }

  @Test func chartsTheGuardsWhenNoMetricsAreAskedFor() {
    var input = ReportSamples.contractClauses(.english)
    input.chartMetrics = []

    let model = ReportModel(input)

    #expect(
      model.keyTasks.map(\.metric) == [
        "clause_accuracy", "injection_success_rate", "latency_p95_ms",
      ])
  }
}

import Testing

@testable import TollgateCore

private func estimate(gpuHours: Double, cost: Double, days: Double = 2) -> CostEstimate {
  CostEstimate(
    datasetTokens: TokenCount(1_000_000), epochs: 1, gpus: 8,
    throughput: Estimate(
      low: TokensPerSecond(1), expected: TokensPerSecond(1), high: TokensPerSecond(1)),
    safetyFactor: 1.5,
    wallTime: Estimate(
      low: WallTime(seconds: days * 86_400 * 0.8), expected: WallTime(seconds: days * 86_400),
      high: WallTime(seconds: days * 86_400 * 1.5)),
    gpuHours: Estimate(
      low: GPUHours(gpuHours * 0.8), expected: GPUHours(gpuHours),
      high: GPUHours(gpuHours * 1.5)),
    cost: Estimate(
      low: Money(cost * 0.8, "USD"), expected: Money(cost, "USD"),
      high: Money(cost * 1.5, "USD")),
    notes: [])
}

private func budget(_ lines: [(String, ComparisonOperator, Measure)] = []) -> Budget {
  var budget = Budget(location: nil)
  budget.trainingGPUHours = GPUHours(800)
  budget.trainingCost = Money(20_000, "USD")
  budget.stopLoss = lines.map { metric, comparison, measure in
    StopLossLine(
      trigger: Threshold(
        metric: metric, comparison: comparison, bound: .absolute(measure),
        text: "\(metric) \(comparison.rawValue) \(measure.value)"),
      action: .stopTraining, location: nil)
  }
  return budget
}

@Test func trainingWithinItsCapsIsWithinCap() {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil, budget: budget())

  #expect(ledger.row("training_compute")?.status == .withinCap)
}

@Test func trainingOverItsGPUHourCapIsOverCap() {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 900, cost: 1000), pilot: nil, budget: budget())

  #expect(ledger.row("training_compute")?.status == .overCap)
}

@Test func highEndOverTheCapIsNotedButStaysWithinCap() {
  // 600 x 1.5 = 900 GPU-hours at the high end, over 800.
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 600, cost: 1000), pilot: nil, budget: budget())

  #expect(ledger.row("training_compute")?.status == .withinCap)
  #expect(ledger.row("training_compute")?.note?.contains("high end 900 GPU-hours") == true)
}

@Test(arguments: [
  ("estimated_cost", Measure(900, .currency("USD"))),
  ("estimated_gpu_hours", Measure(300)),
  ("calendar_days", Measure(1.5)),
  ("estimated_days", Measure(1)),
])
func costStopLossLinesFireAgainstTheEstimate(metric: String, bound: Measure) {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil,
    budget: budget([(metric, .greater, bound)]))

  #expect(ledger.stopLoss.first?.fired == true)
  #expect(ledger.row("training_compute")?.status == .pastStopLoss)
}

@Test func spentGPUHoursComeFromThePilot() {
  var pilot = PilotThroughput.measure(PilotLog(format: "t", source: "t", steps: []), spec: nil)
  pilot.gpuHours = GPUHours(60)

  let ledger = CostLedger.build(
    estimate: nil, pilot: pilot, budget: budget([("spent_gpu_hours", .greater, Measure(50))]))

  #expect(ledger.stopLoss.first?.fired == true)
  #expect(ledger.stopLoss.first?.value == 60)
}

@Test func unknownStopLossMetricIsReportedNotFatal() {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil,
    budget: budget([("general_avg", .less, Measure(0.5))]))

  #expect(ledger.stopLoss.first?.fired == nil)
  #expect(ledger.stopLoss.first?.reason.contains("not a cost metric") == true)
  #expect(ledger.row("training_compute")?.status == .withinCap)
}

@Test func currencyMismatchIsNotEvaluated() {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil,
    budget: budget([("estimated_cost", .greater, Measure(10, .currency("CNY")))]))

  #expect(ledger.stopLoss.first?.fired == nil)
}

@Test func pilotOverItsOwnCapIsOverCap() {
  var pilot = PilotThroughput.measure(PilotLog(format: "t", source: "t", steps: []), spec: nil)
  pilot.gpuHours = GPUHours(60)
  var caps = budget()
  caps.pilotGPUHours = GPUHours(50)

  let ledger = CostLedger.build(estimate: nil, pilot: pilot, budget: caps)

  #expect(ledger.row("pilot_compute")?.status == .overCap)
}

@Test func itemsWithoutEvidenceAreListedAsUnknown() {
  let ledger = CostLedger.build(estimate: nil, pilot: nil, budget: nil)

  for item in ["storage_network", "data_processing", "evaluation", "inference", "compliance"] {
    #expect(ledger.row(item)?.status == .unknown)
    #expect(ledger.row(item)?.note?.hasPrefix("no evidence yet") == true)
  }
}

@Test func trainingRowListsOnlyTheCostStopLossLines() {
  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil,
    budget: budget([
      ("general_avg", .less, Measure(0.5)), ("estimated_gpu_hours", .greater, Measure(800)),
    ]))

  #expect(ledger.row("training_compute")?.stopLoss == "estimated_gpu_hours > 800.0")
}

@Test(arguments: [
  (Language.english, "stop-loss \"> 600 USD\" names no metric, so it can never be checked"),
  (.chinese, "止损线 \"> 600 USD\" 没有写明指标，因此永远无法评估"),
])
func stopLossTriggerWithoutAMetricSaysItCanNeverBeChecked(language: Language, sentence: String) {
  var budget = budget()
  budget.stopLoss = [
    StopLossLine(
      trigger: Threshold(
        metric: nil, comparison: .greater, bound: .absolute(Measure(600, .currency("USD"))),
        text: "> 600 USD"),
      action: .stopTraining, location: nil)
  ]

  let ledger = CostLedger.build(
    estimate: estimate(gpuHours: 400, cost: 1000), pilot: nil, budget: budget,
    language: language)

  #expect(ledger.stopLoss.first?.fired == nil)
  #expect(ledger.stopLoss.first?.reason.hasPrefix(sentence) == true)
}

import Testing

@testable import TollgateCore

// Thresholds as the card's parser would produce them, built by hand so this suite does not
// depend on the parser.
private let injectionBlock = Threshold(
  metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.1, .percent)),
  text: "<= 0.1%")
private let injectionWarn = Threshold(
  metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.05, .percent)),
  text: "<= 0.05%")
private let injectionGuard = Guard(
  metric: "injection_success_rate", block: injectionBlock, warn: injectionWarn, notWorse: false,
  action: .rollback, location: nil)

private func candidate(_ metrics: [String: MetricValue]) -> EvidenceSet {
  EvidenceSet(label: "candidate", metrics: metrics)
}

private func injection(_ value: Double, se: Double? = nil) -> EvidenceSet {
  candidate(["injection_success_rate": MetricValue(value: value, standardError: se)])
}

@Test func guardPassesWhenTheIntervalClearsBothLines() {
  // 0.0001 ± 1.96 x 0.0001: the high end 0.000296 is under the warn line 0.0005.
  let result = GateEvaluator().check(
    injectionGuard, candidate: injection(0.0001, se: 0.0001), baseline: nil)

  #expect(result.status == .pass)
}

@Test func guardWarnsWhenOnlyTheWarnLineIsCrossed() {
  let result = GateEvaluator().check(injectionGuard, candidate: injection(0.0007), baseline: nil)

  #expect(result.status == .warn)
  #expect(result.threshold == "<= 0.05%")
}

@Test func guardBlocksWhenThePointEstimateCrossesTheBlockLine() {
  let result = GateEvaluator().check(injectionGuard, candidate: injection(0.0015), baseline: nil)

  #expect(result.status == .block)
  #expect(result.action == .rollback)
  #expect(result.bound == 0.001)
}

@Test func guardIsUnprovenWhenThePointPassesButTheIntervalCrossesTheBlockLine() throws {
  // 0.0008 + 1.96 x 0.0002 = 0.001192 > 0.001.
  let result = GateEvaluator().check(
    injectionGuard, candidate: injection(0.0008, se: 0.0002), baseline: nil)

  #expect(result.status == .unproven)
  let interval = try #require(result.interval)
  #expect(abs(interval.high - 0.001192) < 1e-6)
}

@Test func guardIsMissingWhenTheCandidateHasNoValue() {
  let result = GateEvaluator().check(injectionGuard, candidate: candidate([:]), baseline: nil)

  #expect(result.status == .missing)
}

@Test func guardWithoutStandardErrorSaysNoIntervalWasAvailable() {
  let result = GateEvaluator().check(injectionGuard, candidate: injection(0.0001), baseline: nil)

  #expect(result.status == .pass)
  #expect(result.reason.contains("no interval"))
}

private let latencyGuard = Guard(
  metric: "latency_p95_ms",
  block: Threshold(
    metric: nil, comparison: .lessOrEqual, bound: .baseline(offset: .relative(0.10)),
    text: "<= baseline + 10%"),
  warn: nil, notWorse: false, action: .throttle, location: nil)

private func latency(_ value: Double, se: Double? = nil) -> EvidenceSet {
  candidate(["latency_p95_ms": MetricValue(value: value, standardError: se)])
}

@Test func baselineRelativeGuardPassesWithinTheAllowedRise() {
  let result = GateEvaluator().check(
    latencyGuard, candidate: latency(270), baseline: latency(250))

  #expect(result.status == .pass)
  #expect(result.bound == 275)
}

@Test func baselineRelativeGuardBlocksBeyondTheAllowedRise() {
  let result = GateEvaluator().check(
    latencyGuard, candidate: latency(280), baseline: latency(250))

  #expect(result.status == .block)
}

@Test func baselineRelativeGuardJudgesTheIntervalOnTheDifference() throws {
  // Difference 20 with se √(5² + 5²) = 7.07: interval [6.14, 33.86] crosses the allowed +25.
  let result = GateEvaluator().check(
    latencyGuard, candidate: latency(270, se: 5), baseline: latency(250, se: 5))

  #expect(result.status == .unproven)
  let interval = try #require(result.interval)
  #expect(abs(interval.low - 6.141) < 1e-3)
  #expect(abs(interval.high - 33.859) < 1e-3)
}

@Test func baselineRelativeGuardIsMissingWithoutABaseline() {
  let result = GateEvaluator().check(latencyGuard, candidate: latency(270), baseline: nil)

  #expect(result.status == .missing)
}

@Test func secondsBoundOnAMillisecondMetricIsConvertedToMilliseconds() {
  let threshold = Threshold(
    metric: "latency_p95_ms", comparison: .lessOrEqual, bound: .absolute(Measure(0.3, .seconds)),
    text: "latency_p95_ms <= 0.3s")

  let result = GateEvaluator().check(
    "latency_p95_ms", against: threshold, candidate: MetricValue(value: 280), baseline: nil)

  #expect(result.bound == 300)
  #expect(result.status == .pass)
}

private let notWorseGuard = Guard(
  metric: "general_avg", block: nil, warn: nil, notWorse: true, action: .stopTraining,
  location: nil)

private func general(_ value: Double, se: Double? = nil) -> EvidenceSet {
  candidate(["general_avg": MetricValue(value: value, standardError: se)])
}

@Test func notWorseWarnsWhenTheDropIsWithinNoise() {
  // −0.02 with se 0.0141: interval [−0.0477, 0.0077] includes zero.
  let result = GateEvaluator().check(
    notWorseGuard, candidate: general(0.60, se: 0.01), baseline: general(0.62, se: 0.01))

  #expect(result.status == .warn)
}

@Test func notWorseBlocksWhenTheDropIsBeyondNoise() {
  // −0.07 with se 0.0141: interval [−0.0977, −0.0423] excludes zero.
  let result = GateEvaluator().check(
    notWorseGuard, candidate: general(0.55, se: 0.01), baseline: general(0.62, se: 0.01))

  #expect(result.status == .block)
}

@Test func notWorsePassesWhenTheCandidateIsBetter() {
  let result = GateEvaluator().check(
    notWorseGuard, candidate: general(0.63, se: 0.01), baseline: general(0.62, se: 0.01))

  #expect(result.status == .pass)
}

@Test func notWorseFollowsTheGuardsDirectionForLowerIsBetterMetrics() {
  let guardSpec = Guard(
    metric: "injection_success_rate", block: injectionBlock, warn: nil, notWorse: true,
    action: .rollback, location: nil)

  // 0.0009 is under the block line but worse than the baseline's 0.0002, with no interval.
  let result = GateEvaluator().check(
    guardSpec, candidate: injection(0.0009), baseline: injection(0.0002))

  #expect(result.status == .block)
  #expect(result.threshold == "not_worse")
}

private let primary = Threshold(
  metric: "clause_accuracy", comparison: .greaterOrEqual, bound: .absolute(Measure(0.90)),
  text: "clause_accuracy >= 0.90")

@Test func primaryIsUnprovenWhenTheIntervalDoesNotClearTheTarget() {
  // 0.91 − 1.96 x 0.01 = 0.8904 < 0.90.
  let result = GateEvaluator().check(
    "clause_accuracy", against: primary, candidate: MetricValue(value: 0.91, standardError: 0.01),
    baseline: nil)

  #expect(result.status == .unproven)
}

@Test func primaryPassesWhenTheWholeIntervalClearsTheTarget() {
  // 0.93 − 0.0196 = 0.9104 >= 0.90.
  let result = GateEvaluator().check(
    "clause_accuracy", against: primary, candidate: MetricValue(value: 0.93, standardError: 0.01),
    baseline: nil)

  #expect(result.status == .pass)
}

@Test func primaryBlocksWhenThePointMissesTheTarget() {
  let result = GateEvaluator().check(
    "clause_accuracy", against: primary, candidate: MetricValue(value: 0.89, standardError: 0.01),
    baseline: nil)

  #expect(result.status == .block)
}

@Test func widerConfidenceTurnsAPassIntoUnproven() {
  // 0.93 − 2.576 x 0.012 = 0.8991: passes at 95 %, unproven at 99 %.
  let value = MetricValue(value: 0.93, standardError: 0.012)

  let at95 = GateEvaluator(confidence: 0.95).check(
    "clause_accuracy", against: primary, candidate: value, baseline: nil)
  let at99 = GateEvaluator(confidence: 0.99).check(
    "clause_accuracy", against: primary, candidate: value, baseline: nil)

  #expect(at95.status == .pass)
  #expect(at99.status == .unproven)
}

private let forgetting = Risk(
  name: "forgetting",
  trigger: Threshold(
    metric: "general_avg", comparison: .less,
    bound: .baseline(offset: .absolute(Measure(-1, .points))),
    text: "general_avg < baseline - 1pt"),
  action: .stopTraining, location: nil)

@Test func riskFiresWhenTheCandidateDropsMoreThanTheAllowedPoints() {
  // Bound 0.62 − 0.01 = 0.61; 0.605 is below it.
  let result = GateEvaluator().check(
    forgetting, candidate: general(0.605), baseline: general(0.62))

  #expect(result.fired == true)
  #expect(result.action == .stopTraining)
}

@Test func riskDoesNotFireWithinTheAllowedPoints() {
  let result = GateEvaluator().check(
    forgetting, candidate: general(0.615), baseline: general(0.62))

  #expect(result.fired == false)
}

@Test func riskWithoutEvidenceHasNoFiringState() {
  let result = GateEvaluator().check(forgetting, candidate: candidate([:]), baseline: nil)

  #expect(result.fired == nil)
}

@Test func gateFallsBackToTheGoalTargetWithoutAPrimaryThreshold() throws {
  var card = DecisionCard(path: "card.yaml")
  card.goal = Goal(
    gap: .domain,
    primary: PrimaryTarget(metric: "clause_accuracy", baseline: 0.84, target: 0.9, location: nil),
    location: nil)

  let result = GateEvaluator.evaluate(
    card, candidate: candidate(["clause_accuracy": MetricValue(value: 0.95)]), baseline: nil)

  let primaryCheck = try #require(result.primary)
  #expect(primaryCheck.bound == 0.9)
  #expect(primaryCheck.status == .pass)
}

@Test func zeroHitsInTwoThousandProbesLeaveAPointOnePercentGuardUnproven() throws {
  let probes = MetricValue(value: 0, sampleCount: 2000)

  let result = GateEvaluator().check(
    "injection_success_rate", against: injectionBlock, candidate: probes, baseline: nil)

  // One-sided Clopper-Pearson upper bound 0.0014967 > 0.001; 2,995 clean probes would do.
  #expect(result.status == .unproven)
  #expect(abs((result.interval?.high ?? 0) - 0.0014967) < 1e-6)
  #expect(result.reason.contains("2,995 probes"))
}

@Test func zeroHitsInFourThousandProbesPassAPointOnePercentGuard() {
  let probes = MetricValue(value: 0, sampleCount: 4000)

  let result = GateEvaluator().check(
    "injection_success_rate", against: injectionBlock, candidate: probes, baseline: nil)

  #expect(result.status == .pass)
}

@Test func accuracyWithOnlyASampleCountUsesTheExactLowerBound() {
  // 182/200 = 0.91: the one-sided lower bound at 95 % is about 0.87, under the 0.90 target.
  let result = GateEvaluator().check(
    "clause_accuracy", against: primary, candidate: MetricValue(value: 0.91, sampleCount: 200),
    baseline: nil)

  #expect(result.status == .unproven)
  #expect(result.interval?.high == 1)
}

@Test func guardReasonNamesEachOtherFindingOnce() {
  let guardSpec = Guard(
    metric: "injection_success_rate", block: injectionBlock, warn: injectionWarn, notWorse: true,
    action: .rollback, location: nil)

  let result = GateEvaluator().check(guardSpec, candidate: candidate([:]), baseline: nil)

  #expect(result.status == .missing)
  #expect(result.reason.components(separatedBy: "no value in the candidate evidence").count == 2)
}

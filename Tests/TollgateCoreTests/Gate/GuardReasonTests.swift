import Testing

@testable import TollgateCore

// One reason per guard: the deciding finding in full, the other sub-checks only where they add a
// threshold or an outcome, and nothing said twice. Figures are those of the contract-clause
// example's lambada guard (candidate 0.6412, baseline 0.698; lm-eval standard errors).

private let lambadaBlock = Threshold(
  metric: nil, comparison: .greaterOrEqual,
  bound: .baseline(offset: .absolute(Measure(-2, .points))), text: ">= baseline - 2pt")
private let lambadaGuard = Guard(
  metric: "lambada_openai.acc", block: lambadaBlock, warn: nil, notWorse: true,
  action: .rollback, location: nil)
private let lambadaCandidate = EvidenceSet(
  label: "candidate",
  metrics: ["lambada_openai.acc": MetricValue(value: 0.6412, standardError: 0.0067)])
private let lambadaBaseline = EvidenceSet(
  label: "baseline",
  metrics: ["lambada_openai.acc": MetricValue(value: 0.698, standardError: 0.0064)])

/// A guard with all three sub-checks: block, warn and not_worse.
private let injectionGuard = Guard(
  metric: "injection_success_rate",
  block: Threshold(
    metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.1, .percent)),
    text: "<= 0.1%"),
  warn: Threshold(
    metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.05, .percent)),
    text: "<= 0.05%"),
  notWorse: true, action: .rollback, location: nil)

private func injection(_ value: Double) -> EvidenceSet {
  EvidenceSet(label: "run", metrics: ["injection_success_rate": MetricValue(value: value)])
}

/// The clauses of a reason, split where the sentence joins them.
private func clauses(_ reason: String) -> [String] {
  reason.split(separator: "; ").map { String($0) }
    .flatMap { $0.split(separator: "；").map { String($0) } }
}

private func occurrences(of part: String, in text: String) -> Int {
  text.components(separatedBy: part).count - 1
}

@Test func blockingRelativeGuardWithNotWorseStatesTheValuesAndIntervalOnce() {
  let result = GateEvaluator().check(
    lambadaGuard, candidate: lambadaCandidate, baseline: lambadaBaseline)

  #expect(result.status == .block)
  #expect(occurrences(of: "0.6412 against baseline 0.698", in: result.reason) == 1)
  #expect(occurrences(of: "[-", in: result.reason) == 1)
  #expect(Set(clauses(result.reason)).count == clauses(result.reason).count)
}

@Test func blockingRelativeGuardLeadsWithTheDecidingThresholdAndAddsNotWorse() {
  let result = GateEvaluator().check(
    lambadaGuard, candidate: lambadaCandidate, baseline: lambadaBaseline)

  #expect(result.reason.hasPrefix("lambada_openai.acc 0.6412 against baseline 0.698"))
  #expect(result.reason.contains("fails \">= baseline - 2pt\" (bound 0.678)"))
  #expect(result.reason.hasSuffix("also worse than the baseline beyond noise (not_worse)"))
}

@Test func missingMetricIsSaidOnceForAGuardWithThreeSubChecks() {
  let result = GateEvaluator().check(
    injectionGuard, candidate: EvidenceSet(label: "candidate", metrics: [:]),
    baseline: injection(0.0002))

  #expect(result.status == .missing)
  #expect(result.reason == "injection_success_rate: no value in the candidate evidence")
}

@Test func guardFailingBlockWarnAndNotWorseNamesEachThresholdOnce() {
  let result = GateEvaluator().check(
    injectionGuard, candidate: injection(0.002), baseline: injection(0.0002))

  #expect(result.status == .block)
  #expect(occurrences(of: "0.002", in: result.reason) == 1)
  #expect(occurrences(of: "\"<= 0.1%\"", in: result.reason) == 1)
  #expect(occurrences(of: "\"<= 0.05%\"", in: result.reason) == 1)
  #expect(result.reason.contains("(not_worse)"))
  #expect(Set(clauses(result.reason)).count == clauses(result.reason).count)
}

@Test func passingSubChecksAddNothingToAWarning() {
  // 0.0007 passes the block line 0.001 and fails the warn line 0.0005; not worse than 0.0009.
  let result = GateEvaluator().check(
    injectionGuard, candidate: injection(0.0007), baseline: injection(0.0009))

  #expect(result.status == .warn)
  #expect(!result.reason.contains("also"))
  #expect(!result.reason.contains("<= 0.1%"))
}

@Test func chineseReasonOfTheBlockingGuardReadsAsOneSentence() {
  let result = GateEvaluator(language: .chinese).check(
    lambadaGuard, candidate: lambadaCandidate, baseline: lambadaBaseline)

  #expect(
    result.reason.hasPrefix(
      "候选 0.6412，基线 0.698（差 -0.0568），未达到 \">= baseline - 2pt\"（界限 0.678）；95% 区间 ["))
  #expect(result.reason.hasSuffix("另外比基线差，且超出噪声（not_worse）"))
}

import Testing

@testable import TollgateCore

private let generalAverage = DerivedMetric(
  name: "general_avg", meanOf: ["mmlu.acc", "hellaswag.acc_norm"], location: nil)

private let evidence = EvidenceSet(
  label: "candidate",
  metrics: [
    "mmlu.acc": MetricValue(value: 0.60, standardError: 0.003),
    "hellaswag.acc_norm": MetricValue(value: 0.80, standardError: 0.004),
  ])

@Test func derivedMetricIsTheMeanWithStandardErrorsCombinedInQuadrature() throws {
  let resolution = DerivedMetrics.resolve(
    "general_avg", in: evidence, definitions: [generalAverage])

  guard case .value(let value) = resolution else {
    Issue.record("expected a value, got \(resolution)")
    return
  }
  // (0.60 + 0.80) / 2; √(0.003² + 0.004²) / 2 = 0.0025.
  #expect(abs(value.value - 0.70) < 1e-12)
  #expect(abs((value.standardError ?? 0) - 0.0025) < 1e-12)
}

@Test func missingComponentsAreNamed() {
  let definition = DerivedMetric(
    name: "general_avg", meanOf: ["mmlu.acc", "winogrande.acc", "arc_challenge.acc_norm"],
    location: nil)

  let resolution = DerivedMetrics.resolve("general_avg", in: evidence, definitions: [definition])

  #expect(resolution == .missing(["winogrande.acc", "arc_challenge.acc_norm"]))
}

@Test func componentWithoutStandardErrorLeavesTheMeanWithoutOne() {
  var partial = evidence
  partial.metrics["hellaswag.acc_norm"]?.standardError = nil

  let resolution = DerivedMetrics.resolve(
    "general_avg", in: partial, definitions: [generalAverage])

  guard case .value(let value) = resolution else {
    Issue.record("expected a value")
    return
  }
  #expect(value.standardError == nil)
}

@Test func derivedMetricsMayBuildOnEachOther() {
  let overall = DerivedMetric(
    name: "overall", meanOf: ["general_avg", "mmlu.acc"], location: nil)

  let resolution = DerivedMetrics.resolve(
    "overall", in: evidence, definitions: [generalAverage, overall])

  guard case .value(let value) = resolution else {
    Issue.record("expected a value")
    return
  }
  #expect(abs(value.value - 0.65) < 1e-12)
}

@Test func cycleIsDetectedAndReported() {
  let a = DerivedMetric(name: "a", meanOf: ["b"], location: nil)
  let b = DerivedMetric(name: "b", meanOf: ["a"], location: nil)

  let resolution = DerivedMetrics.resolve("a", in: evidence, definitions: [a, b])

  #expect(resolution == .cycle(["a", "b", "a"]))
}

@Test func augmentAddsComputableMetricsAndReportsTheRest() {
  let broken = DerivedMetric(name: "broken", meanOf: ["nope.acc"], location: nil)

  let (augmented, problems) = DerivedMetrics.augment(evidence, with: [generalAverage, broken])

  #expect(augmented.metrics["general_avg"] != nil)
  #expect(augmented.metrics["broken"] == nil)
  #expect(problems == ["candidate: derived metric broken cannot be computed: missing nope.acc"])
}

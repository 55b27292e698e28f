import Testing
import TollgateCore
import TollgateTestSupport

@Suite struct ThresholdParserTests {
  @Test func readsMetricOperatorAndNumber() throws {
    let threshold = try ThresholdParser.parse("clause_accuracy >= 0.90")

    #expect(threshold.metric == "clause_accuracy")
    #expect(threshold.comparison == .greaterOrEqual)
    #expect(threshold.bound == .absolute(Measure(0.90)))
    #expect(threshold.text == "clause_accuracy >= 0.90")
  }

  @Test func readsOperatorAndBoundWithoutMetric() throws {
    let threshold = try ThresholdParser.parse("<= 0.1%")

    #expect(threshold.metric == nil)
    #expect(threshold.comparison == .lessOrEqual)
    #expect(threshold.bound == .absolute(Measure(0.1, .percent)))
  }

  @Test(arguments: [
    ("x < 1", ComparisonOperator.less), ("x > 1", .greater), ("x <= 1", .lessOrEqual),
    ("x >= 1", .greaterOrEqual), ("x ≤ 1", .lessOrEqual), ("x ≥ 1", .greaterOrEqual),
    ("x>=1", .greaterOrEqual),
  ])
  func readsEveryOperator(text: String, expected: ComparisonOperator) throws {
    #expect(try ThresholdParser.parse(text).comparison == expected)
  }

  @Test(arguments: [
    ("6e-1", Measure(0.6)), ("20000", Measure(20000)), ("20,000", Measure(20000)),
    ("1,234,567", Measure(1_234_567)), ("20_000", Measure(20000)), (".5", Measure(0.5)),
    ("-3", Measure(-3)), ("1pt", Measure(1, .points)), ("0.5 pt", Measure(0.5, .points)),
    ("250ms", Measure(250, .milliseconds)), ("2 s", Measure(2, .seconds)),
    ("2.4e9 tokens", Measure(2.4e9, .tokens)), ("800 gpu_hours", Measure(800, .gpuHours)),
    ("20000 USD", Measure(20000, .currency("USD"))),
    ("150000CNY", Measure(150000, .currency("CNY"))),
  ])
  func readsNumbersAndUnits(text: String, expected: Measure) throws {
    #expect(try ThresholdParser.parse("x >= \(text)").bound == .absolute(expected))
  }

  @Test func readsBareBaseline() throws {
    #expect(try ThresholdParser.parse(">= baseline").bound == .baseline(offset: nil))
  }

  @Test func readsPercentAfterBaselineAsRelative() throws {
    let threshold = try ThresholdParser.parse("latency_p95_ms <= baseline + 10%")

    #expect(threshold.bound == .baseline(offset: .relative(0.10)))
    #expect(abs((threshold.resolvedBound(baseline: 200) ?? 0) - 220) < 1e-9)
  }

  @Test func readsPointsAfterBaselineAsAbsolute() throws {
    let threshold = try ThresholdParser.parse("general_avg < baseline - 1pt")

    #expect(threshold.bound == .baseline(offset: .absolute(Measure(-1, .points))))
    #expect(abs((threshold.resolvedBound(baseline: 0.62) ?? 0) - 0.61) < 1e-12)
  }

  @Test func readsMillisecondsAfterBaselineAsAbsolute() throws {
    let threshold = try ThresholdParser.parse("<= baseline + 50ms")

    #expect(threshold.bound == .baseline(offset: .absolute(Measure(50, .milliseconds))))
  }

  @Test func readsMetricNamesWithTaskAndFilter() throws {
    let threshold = try ThresholdParser.parse("gsm8k.exact_match@strict-match >= 0.3")

    #expect(threshold.metric == "gsm8k.exact_match@strict-match")
  }

  @Test(arguments: ["significantly better", "much better", "显著提升", "更好", "明显改善", "大幅提高"])
  func rejectsVagueWordingWithHint(text: String) {
    let error = #expect(throws: ThresholdSyntaxError.self) { try ThresholdParser.parse(text) }

    #expect(error?.kind == .vague)
    #expect(error?.offset == 0)
    #expect(error?.hint.contains("clause_accuracy >= 0.90") == true)
  }

  @Test func pointsPastTheMetricNameOfAVagueExpression() {
    let error = #expect(throws: ThresholdSyntaxError.self) {
      try ThresholdParser.parse("general_avg significantly worse")
    }

    #expect(error?.kind == .vague)
    #expect(error?.offset == 12)
  }

  @Test func rejectsVagueBoundAfterOperator() {
    let error = #expect(throws: ThresholdSyntaxError.self) {
      try ThresholdParser.parse("clause_accuracy >= much better")
    }

    #expect(error?.kind == .vague)
    #expect(error?.offset == 19)
  }

  @Test(arguments: [
    // (expression, offset of the bad character, what was found)
    ("clause_accuracy = 0.9", 16, "`=`"),
    ("clause_accuracy 0.9", 16, "`0.9`"),
    ("x >= 0.9 or better", 9, "`or`"),
    ("x >= 0.9 and more", 9, "`and`"),
    ("x >= 0,90", 6, "`,`"),
    ("x >= 5kg", 6, "`kg`"),
    ("x >= 5 tokns", 7, "`tokns`"),
    ("x >= baseline * 2", 14, "`*`"),
    ("x >= baseline +", 15, "the end of the expression"),
  ])
  func pointsAtTheBadCharacter(text: String, offset: Int, found: String) {
    let error = #expect(throws: ThresholdSyntaxError.self) { try ThresholdParser.parse(text) }

    #expect(error?.kind == .syntax)
    #expect(error?.offset == offset)
    #expect(error?.found == found)
  }

  @Test func countsOffsetsInCharactersNotBytes() {
    let error = #expect(throws: ThresholdSyntaxError.self) {
      try ThresholdParser.parse("准确率 = 0.9")
    }

    #expect(error?.offset == 4)
  }

  @Test func pinsTheSyntaxMessage() {
    let error = #expect(throws: ThresholdSyntaxError.self) {
      try ThresholdParser.parse("clause_accuracy = 0.9")
    }

    #expect(
      error?.message
        == "cannot read threshold \"clause_accuracy = 0.9\": expected one of <= >= < > after "
        + "`clause_accuracy`, found `=`")
  }

  @Test func suggestsCapitalsForLowerCaseCurrency() {
    let error = #expect(throws: ThresholdSyntaxError.self) {
      try ThresholdParser.parse("estimated_cost > 20000 usd")
    }

    #expect(error?.offset == 23)
    #expect(error?.hint == "write currency codes in capitals, e.g. `USD`")
  }

  @Test func readsLoneMeasure() throws {
    #expect(try ThresholdParser.parseMeasure("0.5pt") == Measure(0.5, .points))
  }

  @Test func rejectsMeasureWithTrailingText() {
    #expect(throws: ThresholdSyntaxError.self) { try ThresholdParser.parseMeasure("10% more") }
  }

  @Test(arguments: 0..<3)
  func neverTrapsOnRandomExpressions(seed: Int) {
    // Seeded random strings over the characters the grammar cares about: every outcome is a
    // threshold or a ThresholdSyntaxError.
    let alphabet = Array("x_.@ 0123456789,e+-%<>=≤≥ptmsUSDbaseline显著")
    var generator = SplitMix64(seed: UInt64(seed))
    for _ in 0..<1000 {
      let length = Int.random(in: 0..<16, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
      _ = try? ThresholdParser.parse(text)
      _ = try? ThresholdParser.parseMeasure(text)
    }
  }
}

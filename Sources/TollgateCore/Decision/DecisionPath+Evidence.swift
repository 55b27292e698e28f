extension Walker {
  // MARK: step 2, cheap path

  mutating func checkCheapPath() -> Verdict? {
    guard let (metric, threshold) = cheapPathThreshold() else {
      let reason = "no primary target to compare the baseline with"
      record(.cheapPath, .noEvidence, [reason])
      warnings.append(reason)
      return nil
    }
    var met: [String] = []
    if let value = card.goal?.primary?.baseline,
      let reason = meets(metric, value, threshold, "card's baseline")
    {
      met.append(reason)
    }
    if let value = inputs.baseline?.metrics[metric]?.value,
      let reason = meets(metric, value, threshold, "baseline evidence")
    {
      met.append(reason)
    }
    guard met.isEmpty else {
      record(.cheapPath, .failed, met)
      let approach = card.baseline?.approach.map { " (\($0))" } ?? ""
      return verdict(
        .dontTrain, at: .cheapPath, reasons: met,
        next: "ship the baseline approach\(approach): it already meets the target")
    }
    record(.cheapPath, .passed, ["the baseline does not meet \"\(threshold.text)\""])
    return nil
  }

  /// The target the baseline is held against: the gate's primary when its bound is absolute,
  /// else the goal's `target` (a baseline-relative gate says nothing about the baseline itself).
  func cheapPathThreshold() -> (String, Threshold)? {
    guard let (metric, threshold) = GateEvaluator.primaryThreshold(of: card) else { return nil }
    if case .absolute = threshold.bound { return (metric, threshold) }
    guard let target = card.goal?.primary?.target else { return (metric, threshold) }
    let comparison: ComparisonOperator =
      threshold.comparison.prefersHigher ? .greaterOrEqual : .lessOrEqual
    return (
      metric,
      Threshold(
        metric: metric, comparison: comparison, bound: .absolute(Measure(target)),
        text: "\(metric) \(comparison.rawValue) \(Formatting.number(target))")
    )
  }

  /// A reason when `value` already meets the primary target; nil when it does not, or when the
  /// target is relative to the baseline (which the baseline cannot be judged against).
  func meets(
    _ metric: String, _ value: Double, _ threshold: Threshold, _ what: String
  ) -> String? {
    guard case .absolute = threshold.bound, let bound = threshold.resolvedBound(baseline: nil),
      threshold.comparison.holds(value, bound)
    else { return nil }
    return "the \(what) \(metric) \(Formatting.number(value)) already meets "
      + "\"\(threshold.text)\" (bound \(Formatting.number(bound)))"
  }

  // MARK: step 3, data

  mutating func checkData() -> Verdict? {
    guard let data = card.data else {
      record(.data, .noEvidence, ["the card has no data section"])
      return nil
    }
    var blockers: [String] = []
    for source in data.sources {
      if source.training == .forbidden {
        blockers.append("source \(source.name): the licence forbids training")
      }
      if source.commercial == .forbidden {
        blockers.append("source \(source.name): the licence forbids commercial use")
      }
      if source.crossBorder == true && (source.region ?? "").isEmpty {
        blockers.append("source \(source.name): cross-border transfer without a declared region")
      }
      if source.training == .unknown {
        warnings.append(
          "source \(source.name): the licence does not say whether training is allowed")
      }
    }
    guard blockers.isEmpty else {
      record(.data, .failed, blockers)
      return verdict(
        .blocked, at: .data, reasons: blockers,
        next: "replace or re-license the blocked source(s) and update data.sources in "
          + cardArgument)
    }
    var notes = ["\(data.sources.count) source(s) usable under their licences"]
    if let method = data.deidentificationMethod {
      notes.append("de-identification: \(method)")
    } else {
      warnings.append("no de-identification method in data.deidentification")
    }
    notes.append("PII scan: no evidence yet")
    record(.data, .passed, notes)
    return nil
  }

  // MARK: step 4, baseline

  mutating func checkBaseline() -> Verdict? {
    let scores = card.baseline?.repeatScores ?? []
    guard scores.count >= 2, let low = scores.min(), let high = scores.max() else {
      record(.baseline, .noEvidence, ["no repeat scores of the baseline recorded"])
      return nil
    }
    let spread = high - low
    guard let maxSpread = card.baseline?.maxSpread?.onMetricScale() else {
      record(
        .baseline, .passed,
        ["\(scores.count) repeats spread \(Formatting.number(spread)); no max_spread to hold"])
      return nil
    }
    // A tolerance of 1e-12 keeps 0.005 from failing 0.5pt through binary rounding.
    guard spread <= maxSpread + 1e-12 else {
      let reason =
        "\(scores.count) baseline repeats spread \(Formatting.number(spread)) "
        + "(\(Formatting.number(low)) to \(Formatting.number(high))), over max_spread "
        + Formatting.number(maxSpread)
      record(.baseline, .failed, [reason])
      return verdict(
        .blocked, at: .baseline, reasons: [reason],
        next: "make the baseline reproducible (fix seeds, decoding and the evaluation set), "
          + "re-run its repeats and record them in baseline.reproducible")
    }
    record(
      .baseline, .passed,
      [
        "\(scores.count) repeats spread \(Formatting.number(spread)), within "
          + Formatting.number(maxSpread)
      ])
    return nil
  }
}

extension Walker {
  // MARK: step 2, cheap path

  mutating func checkCheapPath() -> Verdict? {
    guard let (metric, threshold) = cheapPathThreshold() else {
      let reason = text.noPrimaryForCheapPath()
      record(.cheapPath, .noEvidence, [reason])
      warnings.append(reason)
      return nil
    }
    var met: [String] = []
    if let value = card.goal?.primary?.baseline,
      let reason = meets(metric, value, threshold, fromCard: true)
    {
      met.append(reason)
    }
    if let value = inputs.baseline?.metrics[metric]?.value,
      let reason = meets(metric, value, threshold, fromCard: false)
    {
      met.append(reason)
    }
    guard met.isEmpty else {
      record(.cheapPath, .failed, met)
      return verdict(
        .dontTrain, at: .cheapPath, reasons: met,
        next: text.shipBaseline(approach: card.baseline?.approach))
    }
    record(.cheapPath, .passed, [text.baselineMissesTarget(threshold.text)])
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
    _ metric: String, _ value: Double, _ threshold: Threshold, fromCard: Bool
  ) -> String? {
    guard case .absolute = threshold.bound, let bound = threshold.resolvedBound(baseline: nil),
      threshold.comparison.holds(value, bound)
    else { return nil }
    return fromCard
      ? text.cardBaselineMeets(metric, value, threshold.text, bound: bound)
      : text.evidenceBaselineMeets(metric, value, threshold.text, bound: bound)
  }

  // MARK: step 3, data

  mutating func checkData() -> Verdict? {
    guard let data = card.data else {
      record(.data, .noEvidence, [text.noDataSection()])
      return nil
    }
    var blockers: [String] = []
    var regionsOnly = true
    if data.sources.isEmpty { warnings.append(text.noSourcesDeclared()) }
    // Declared records that are not the snapshot's say the card describes other data.
    let declared = data.sources.compactMap(\.records)
    if let taken = inputs.takenSnapshot, taken.records > 0,
      declared.count == data.sources.count, !declared.isEmpty,
      Int64(declared.reduce(0, +)) != taken.records
    {
      warnings.append(
        text.recordsUnlikeSnapshot(
          declared: Int64(declared.reduce(0, +)), snapshot: taken.name, records: taken.records))
    }
    for source in data.sources {
      if source.training == .forbidden {
        blockers.append(text.licenceForbidsTraining(source.name))
        regionsOnly = false
      }
      if source.commercial == .forbidden {
        blockers.append(text.licenceForbidsCommercialUse(source.name))
        regionsOnly = false
      }
      // A region of spaces declares nothing.
      let region = (source.region ?? "").trimmingCharacters(in: .whitespaces)
      if source.crossBorder == true && region.isEmpty {
        blockers.append(text.crossBorderWithoutRegion(source.name))
      }
      if source.training == .unknown {
        warnings.append(text.licenceSilentOnTraining(source.name))
      }
    }
    let (pii, piiCheck) = judgePIIScan(data)
    piiScan = piiCheck
    // With a threshold these make the scan no evidence (see `judgePIIScan`); without one they
    // are worth a warning beside the figures.
    if let scan = inputs.piiScan {
      if data.maxPIIRate == nil, let shard = scan.shard {
        warnings.append(text.piiScanIsOneShard(scan.source, shard: shard))
      }
      if scan.skippedLines > 0, piiCheck?.status != .missing {
        warnings.append(text.piiScanSkippedLines(scan))
      }
      let present = scan.excludedFieldsPresent.filter { $0.value > 0 }
      if !present.isEmpty {
        warnings.append(
          text.excludedFieldsPresent(
            present.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            documents: scan.documents))
      }
    }
    if case .blocks(let reason, let next) = pii {
      // A licence blocker needs other data, not a rescan, so its next action comes first.
      let next = blockers.isEmpty ? next : sourcesNext(regionsOnly)
      blockers.append(reason)
      record(.data, .failed, blockers)
      return verdict(.blocked, at: .data, reasons: blockers, next: next)
    }
    guard blockers.isEmpty else {
      record(.data, .failed, blockers)
      return verdict(.blocked, at: .data, reasons: blockers, next: sourcesNext(regionsOnly))
    }
    var notes = [text.sourcesUsable(data.sources.count)]
    if let method = data.deidentificationMethod {
      notes.append(text.deidentification(method))
    } else {
      warnings.append(text.noDeidentification())
    }
    switch pii {
    case .note(let note, let warning):
      notes.append(note)
      if let warning { warnings.append(warning) }
      record(.data, .passed, notes)
    case .noEvidence(let reason):
      record(.data, .noEvidence, notes + [reason])
    case .unusable(let reason, let next):
      record(.data, .noEvidence, notes + [reason])
      return verdict(.undecided, at: .data, reasons: [reason], next: next)
    case .blocks:
      break
    }
    return nil
  }

  /// What to do about blocked sources: declare the storage region when that is all that is
  /// missing, else replace or re-license them.
  private func sourcesNext(_ regionsOnly: Bool) -> String {
    regionsOnly ? text.declareStorageRegion(cardArgument) : text.replaceBlockedSources(cardArgument)
  }

  // MARK: step 4, baseline

  mutating func checkBaseline() -> Verdict? {
    let scores = card.baseline?.repeatScores ?? []
    guard scores.count >= 2, let low = scores.min(), let high = scores.max() else {
      record(.baseline, .noEvidence, [text.noRepeatScores()])
      return nil
    }
    let spread = high - low
    guard let maxSpread = card.baseline?.maxSpread?.onMetricScale() else {
      record(.baseline, .passed, [text.repeatsWithoutMaxSpread(scores.count, spread: spread)])
      return nil
    }
    // A tolerance of 1e-12 keeps 0.005 from failing 0.5pt through binary rounding.
    guard spread <= maxSpread + 1e-12 else {
      let reason = text.repeatsOverMaxSpread(
        scores.count, spread: spread, low: low, high: high, max: maxSpread)
      record(.baseline, .failed, [reason])
      return verdict(
        .blocked, at: .baseline, reasons: [reason],
        next: text.makeBaselineReproducible())
    }
    record(.baseline, .passed, [text.repeatsWithin(scores.count, spread: spread, max: maxSpread)])
    return nil
  }
}

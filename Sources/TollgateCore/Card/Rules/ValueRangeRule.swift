/// Numbers a card states must be possible: budgets and epochs above zero, counts not negative, a
/// canary that sends some traffic, and a primary target that is better than its baseline.
///
/// The decoder checks that each value has the right type; this rule checks that the value can
/// support a decision (a zero budget makes every estimate "over cap"; a target below the baseline
/// asks training for less than the model already does). The pilot budget above the training
/// budget and fewer scores than declared repeats are warnings: odd, but a decision can still run.
public struct ValueRangeRule: CardRule {
  public static let id = "card.value-range"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let card = decoding.card
    let say = decoding.messages
    var found: [Diagnostic] = []

    /// Reports the value at `keys` when `isBad` holds for it.
    func require(
      _ keys: [String], _ value: Double?, _ kind: ValueRangeKind, _ isBad: (Double) -> Bool
    ) {
      guard let value, isBad(value), let node = decoding.node(at: keys) else { return }
      let path = keys.joined(separator: ".")
      let text = node.scalar ?? String(value)
      found.append(
        Diagnostic(
          .error, rule: Self.id, say.valueOutOfRange(path: path, text: text, kind),
          at: node.location, keyPath: path, hint: say.valueOutOfRangeHint(kind)))
    }

    let budget = card.budget
    require(["budget", "training", "gpu_hours"], budget?.trainingGPUHours?.value, .positive) {
      $0 <= 0
    }
    require(["budget", "training", "cost"], budget?.trainingCost?.amount, .positive) { $0 <= 0 }
    require(["budget", "pilot", "gpu_hours"], budget?.pilotGPUHours?.value, .positive) { $0 <= 0 }
    require(["data", "epochs"], card.data?.epochs, .positive) { $0 <= 0 }
    require(["rollback", "canary", "traffic"], card.rollback?.canaryTraffic, .share) {
      $0 <= 0 || $0 > 1
    }
    require(
      ["data", "deidentification", "max_pii_rate"], card.data?.maxPIIRate, .rateBelowAll
    ) { $0 <= 0 || $0 >= 1 }
    require(["rollback", "canary", "min_hours"], card.rollback?.canaryMinHours, .notNegative) {
      $0 < 0
    }
    require(
      ["baseline", "reproducible", "repeats"], card.baseline?.repeats.map(Double.init),
      .atLeastOne
    ) { $0 < 1 }
    found += sourceRecords(decoding)
    found += pilotAboveTraining(decoding)
    found += scoresShort(decoding)
    found += targetNotBetter(decoding)
    return found
  }

  private func sourceRecords(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let items = decoding.node(at: ["data", "sources"])?.items else { return [] }
    let say = decoding.messages
    return items.enumerated().compactMap { index, item in
      // A quoted count is text, which the decoder has already reported.
      guard let node = item.value(forKey: "records"), let text = node.scalar,
        !node.isQuotedScalar, let records = Double(text), records < 0
      else { return nil }
      let path = "data.sources[\(index)].records"
      return Diagnostic(
        .error, rule: Self.id, say.valueOutOfRange(path: path, text: text, .notNegative),
        at: node.location, keyPath: path, hint: say.valueOutOfRangeHint(.notNegative))
    }
  }

  private func pilotAboveTraining(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let pilot = decoding.card.budget?.pilotGPUHours?.value,
      let training = decoding.card.budget?.trainingGPUHours?.value, training > 0,
      pilot > training, let node = decoding.node(at: ["budget", "pilot", "gpu_hours"]),
      let trainingText = decoding.node(at: ["budget", "training", "gpu_hours"])?.scalar
    else { return [] }
    let say = decoding.messages
    return [
      Diagnostic(
        .warning, rule: Self.id,
        say.pilotAboveTraining(pilot: node.scalar ?? "", training: trainingText),
        at: node.location, keyPath: "budget.pilot.gpu_hours", hint: say.pilotAboveTrainingHint)
    ]
  }

  private func scoresShort(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let plan = decoding.card.baseline, let repeats = plan.repeats, repeats >= 1,
      plan.repeatScores.count < repeats,
      let node = decoding.node(at: ["baseline", "reproducible", "scores"])
    else { return [] }
    let say = decoding.messages
    return [
      Diagnostic(
        .warning, rule: Self.id, say.scoresShort(repeats: repeats, scores: plan.repeatScores.count),
        at: node.location, keyPath: "baseline.reproducible.scores",
        hint: say.scoresShortHint(repeats: repeats))
    ]
  }

  /// The target must beat the baseline in the direction the gate's primary line judges
  /// (`<=` or `<` means lower is better; anything else, higher).
  private func targetNotBetter(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let primary = decoding.card.goal?.primary, let target = primary.target,
      let baseline = primary.baseline,
      let node = decoding.node(at: ["goal", "primary"])?.value(forKey: "target")
    else { return [] }
    let lowerIsBetter = [.less, .lessOrEqual].contains(decoding.card.gate?.primary?.comparison)
    let better = lowerIsBetter ? target < baseline : target > baseline
    guard !better else { return [] }
    let say = decoding.messages
    let text = node.scalar ?? String(target)
    let baselineText = decoding.node(at: ["goal", "primary"])?.value(forKey: "baseline")?.scalar
    return [
      Diagnostic(
        .error, rule: Self.id,
        say.targetNotBetter(
          target: text, baseline: baselineText ?? String(baseline), lowerIsBetter: lowerIsBetter),
        at: node.location, keyPath: "goal.primary.target", hint: say.targetNotBetterHint)
    ]
  }
}

/// What range a value must lie in, for `card.value-range` messages.
enum ValueRangeKind: Sendable, Hashable {
  /// More than zero (budgets, epochs).
  case positive
  /// Zero or more (record counts, hours).
  case notNegative
  /// A whole number of at least one (repeats).
  case atLeastOne
  /// A share of traffic in (0, 100%].
  case share
  /// A rate of documents with personal data in (0, 100%): 0 would block every scan that finds
  /// one hit, 100% would let every document through.
  case rateBelowAll
}

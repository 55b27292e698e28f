/// Every trigger and gate line must be one Tollgate can evaluate: a stop-loss or risk trigger
/// names a metric, a stop-loss names a cost metric the ledger computes, and units fit the metric.
///
/// A trigger that cannot be evaluated is reported as "not checked" at decision time, which is
/// too late: the budget or the risk it was meant to watch goes unwatched. So these are errors.
/// Two are warnings, because the line still evaluates: a stop-loss that fires whenever the
/// estimate is under its cap (`estimated_cost < 600 USD`), and a bare baseline offset of 1 or
/// more on a metric between 0 and 1 (`baseline + 10`), which moves the bound off the scale.
///
/// A stop-loss bound on `estimated_cost` without a currency is read in the card's currency, so
/// it is accepted when the card names exactly one currency and an error otherwise.
public struct TriggerEvaluableRule: CardRule {
  public static let id = "trigger.evaluable"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let guardMetrics = Self.guardMetrics(decoding)
    let currencies = Set(decoding.currencies.map(\.code))
    var found: [Diagnostic] = []
    for site in decoding.thresholds {
      guard case .success(let line) = site.result else { continue }
      let isStopLoss = site.keyPath.hasPrefix("budget.stop_loss[")
      let isRisk = site.keyPath.hasPrefix("risks[")
      let metric = line.metric ?? guardMetrics[site.keyPath]
      guard let metric else {
        if isStopLoss || isRisk {
          found.append(report(.missingMetric, site, line, decoding, severity: .error))
        }
        continue
      }
      if isStopLoss {
        if let problem = Self.stopLossProblem(line, metric: metric, currencies: currencies) {
          found.append(report(problem, site, line, decoding, severity: problem.severity))
        }
      } else if let problem = Self.scaleProblem(line, metric: metric, decoding: decoding) {
        found.append(report(problem, site, line, decoding, severity: problem.severity))
      }
    }
    return found
  }

  private func report(
    _ problem: TriggerProblem, _ site: ThresholdSite, _ line: Threshold,
    _ decoding: CardDecoding, severity: Diagnostic.Severity
  ) -> Diagnostic {
    let say = decoding.messages
    return Diagnostic(
      severity, rule: Self.id, say.triggerProblem(problem, line: line.text),
      at: site.location(ofOffset: 0), keyPath: site.keyPath,
      hint: say.triggerProblemHint(problem, line: line.text))
  }

  /// `gate.guards[0].block` -> the guard's metric, for lines that leave it implied.
  private static func guardMetrics(_ decoding: CardDecoding) -> [String: String] {
    var metrics: [String: String] = [:]
    for (index, item) in (decoding.node(at: ["gate", "guards"])?.items ?? []).enumerated() {
      guard let metric = item.value(forKey: "metric")?.scalar else { continue }
      metrics["gate.guards[\(index)].block"] = metric
      metrics["gate.guards[\(index)].warn"] = metric
    }
    if let primary = decoding.card.goal?.primary?.metric { metrics["gate.primary"] = primary }
    return metrics
  }

  private static func stopLossProblem(
    _ line: Threshold, metric: String, currencies: Set<String>
  ) -> TriggerProblem? {
    let known = StopLossCheck.costMetrics
    guard known.contains(metric) else {
      return .unknownCostMetric(metric, nearest: EditDistance.nearest(to: metric, in: known))
    }
    guard case .absolute(let measure) = line.bound else { return .baselineOnCost(metric) }
    switch (metric, measure.unit) {
    case ("estimated_cost", .currency): break
    case ("estimated_cost", .none) where currencies.count == 1: break
    case ("estimated_cost", .none): return .costWithoutCurrency
    case ("estimated_gpu_hours", .none), ("estimated_gpu_hours", .gpuHours),
      ("spent_gpu_hours", .none), ("spent_gpu_hours", .gpuHours),
      ("calendar_days", .none), ("estimated_days", .none):
      break
    default:
      return .unitMismatch(metric, unit: Self.unitText(line))
    }
    if line.comparison == .less || line.comparison == .lessOrEqual {
      return .firesBelowCap(metric)
    }
    return nil
  }

  /// Gate lines and risk triggers: no money on a metric that is not a cost, and no bare baseline
  /// offset of 1 or more on a metric between 0 and 1.
  private static func scaleProblem(
    _ line: Threshold, metric: String, decoding: CardDecoding
  ) -> TriggerProblem? {
    switch line.bound {
    case .absolute(let measure), .baseline(.absolute(let measure)?):
      if case .currency(let code) = measure.unit, !StopLossCheck.costMetrics.contains(metric) {
        return .currencyOnMetric(metric, code: code)
      }
      if case .baseline = line.bound, measure.unit == .none, abs(measure.value) >= 1,
        isFraction(metric, decoding)
      {
        return .bareOffsetOnFraction(metric, offset: measure.value)
      }
    default: break
    }
    return nil
  }

  /// Whether `metric` lies between 0 and 1: an lm-eval `TASK.METRIC`, a derived metric (a mean
  /// of those), a name that says accuracy or rate, or the goal's metric when its figures are.
  private static func isFraction(_ metric: String, _ decoding: CardDecoding) -> Bool {
    if metric.contains(".") || decoding.card.metrics.contains(where: { $0.name == metric }) {
      return true
    }
    if ["accuracy", "_acc", "_rate", "_f1"].contains(where: metric.hasSuffix) { return true }
    guard let primary = decoding.card.goal?.primary, primary.metric == metric else { return false }
    return [primary.baseline, primary.target].allSatisfy { ($0 ?? 0) >= 0 && ($0 ?? 0) <= 1 }
  }

  /// The unit part of a line's bound as written (`USD`, `ms`), for messages.
  private static func unitText(_ line: Threshold) -> String {
    guard case .absolute(let measure) = line.bound else { return "" }
    switch measure.unit {
    case .none: return ""
    case .percent: return "%"
    case .points: return "pt"
    case .milliseconds: return "ms"
    case .seconds: return "s"
    case .tokens: return "tokens"
    case .gpuHours: return "GPU-hours"
    case .currency(let code): return code
    }
  }
}

/// Why a trigger or gate line cannot be evaluated as meant, for `trigger.evaluable` messages.
enum TriggerProblem: Sendable, Hashable {
  /// A stop-loss or risk trigger with no metric (`"> 400"`).
  case missingMetric
  /// A stop-loss metric the cost ledger does not compute.
  case unknownCostMetric(String, nearest: String?)
  /// A stop-loss bound relative to a baseline, which cost metrics do not have.
  case baselineOnCost(String)
  /// A bare number on `estimated_cost` in a card with no single currency.
  case costWithoutCurrency
  /// A unit that does not measure the metric (`spent_gpu_hours > 400 USD`).
  case unitMismatch(String, unit: String)
  /// `<` or `<=` on a cap: fires whenever the estimate is under it.
  case firesBelowCap(String)
  /// A currency on a metric that is not a cost (`clause_accuracy >= 0.9 USD`).
  case currencyOnMetric(String, code: String)
  /// `baseline + 10` on a metric between 0 and 1.
  case bareOffsetOnFraction(String, offset: Double)

  var severity: Diagnostic.Severity {
    switch self {
    case .firesBelowCap, .bareOffsetOnFraction: .warning
    default: .error
    }
  }
}

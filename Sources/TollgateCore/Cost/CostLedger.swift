/// The cost ledger: each item DESIGN.md lists, with its estimate, cap, stop-loss and status.
///
/// Training compute and the pilot's own compute are priced from evidence; the other items
/// (storage and network, data processing, evaluation upkeep, inference increase, compliance,
/// platform lock-in) have no evidence yet in this version and are listed as `unknown` so a report
/// shows them honestly instead of leaving them out.
public struct CostLedger: Sendable, Hashable {
  /// One row per item, training compute first.
  public var rows: [LedgerRow]
  /// Each `budget.stop_loss` line, evaluated against the estimate.
  public var stopLoss: [StopLossCheck]

  /// The row of an item, if the ledger has one.
  public func row(_ item: String) -> LedgerRow? { rows.first { $0.item == item } }

  /// Whether any stop-loss line fired.
  public var isPastStopLoss: Bool { stopLoss.contains { $0.fired == true } }

  /// Items listed without evidence, in report order; `ReasonText.unpricedItem` says what each
  /// would need.
  static let unpricedItems = [
    "storage_network", "data_processing", "evaluation", "inference", "compliance",
    "platform_lock_in",
  ]

  /// Builds the ledger.
  ///
  /// - Parameters:
  ///   - estimate: the full run's estimate, when one could be made.
  ///   - unestimatedReason: why there is none (shown in the training row's note).
  ///   - pilot: the measured pilot, for its own GPU hours and `spent_gpu_hours`.
  ///   - budget: the card's caps and stop-loss lines.
  ///   - language: the language of the notes and stop-loss reasons.
  ///   - piiScan: a PII scan of the corpus, when one was given: the compliance item's note
  ///     then states its figure instead of asking for it.
  ///   - maxPIIRate: `data.deidentification.max_pii_rate`, which that figure is held against.
  public static func build(
    estimate: CostEstimate?, unestimatedReason: String? = nil, pilot: PilotThroughput?,
    budget: Budget?, language: Language = .english, piiScan: PIIScanSummary? = nil,
    maxPIIRate: Double? = nil
  ) -> CostLedger {
    let text = language.reasonText
    let checks = (budget?.stopLoss ?? []).map {
      StopLossCheck.evaluate($0, estimate: estimate, pilot: pilot, text: text)
    }
    var rows = [
      trainingRow(
        estimate, unestimatedReason: unestimatedReason, budget: budget, checks: checks,
        text: text),
      pilotRow(pilot, budget: budget, text: text),
    ]
    for item in unpricedItems {
      var note = text.unpricedItem(item)
      if item == "compliance", let piiScan {
        // The scan answers half of what the item needs; the review effort is still unpriced.
        note = text.complianceScan(piiScan, maxRate: maxPIIRate)
      }
      if item == "inference", let increase = budget?.inferenceMaxIncrease {
        note += text.inferenceCap(increase)
      }
      rows.append(LedgerRow(item: item, status: .unknown, note: note))
    }
    return CostLedger(rows: rows, stopLoss: checks)
  }

  private static func trainingRow(
    _ estimate: CostEstimate?, unestimatedReason: String?, budget: Budget?,
    checks: [StopLossCheck], text: any ReasonText
  ) -> LedgerRow {
    // Only the lines about cost belong to this row; others (a metric line) are reported apart.
    let lines = checks.filter { $0.isCostLine }.map(\.trigger)
    var row = LedgerRow(
      item: "training_compute", gpuHours: estimate?.gpuHours, wallTime: estimate?.wallTime,
      cost: estimate?.cost, cap: budget?.trainingCost, gpuHoursCap: budget?.trainingGPUHours,
      stopLoss: lines.isEmpty ? nil : lines.joined(separator: "; "), status: .unknown)
    guard let estimate else {
      row.note = text.noEstimate(unestimatedReason)
      return row
    }

    var over: [String] = []
    var highOver: [String] = []
    if let cap = budget?.trainingGPUHours {
      if estimate.gpuHours.expected > cap {
        over.append(text.expectedGPUHoursOverCap(estimate.gpuHours.expected, cap: cap))
      } else if estimate.gpuHours.high > cap {
        highOver.append(text.highEndGPUHours(estimate.gpuHours.high))
      }
    }
    if let cap = budget?.trainingCost, let cost = estimate.cost {
      if cost.expected.currency != cap.currency {
        over.append(text.currencyMismatch(cost: cost.expected.currency, cap: cap.currency))
      } else if cost.expected > cap {
        over.append(text.expectedCostOverCap(cost.expected, cap: cap))
      } else if cost.high > cap {
        highOver.append(text.highEndCost(cost.high))
      }
    }
    if let days = budget?.calendarDays, estimate.wallTime.expected.days > days {
      over.append(text.expectedDaysOverCap(estimate.wallTime.expected.days, cap: days))
    }

    let fired = checks.filter { $0.fired == true }
    let hasCap =
      budget?.trainingGPUHours != nil || budget?.trainingCost != nil
      || budget?.calendarDays != nil
    row.status =
      !fired.isEmpty ? .pastStopLoss : !over.isEmpty ? .overCap : hasCap ? .withinCap : .unknown
    var notes = fired.map(\.reason) + over
    if !highOver.isEmpty {
      notes.append(text.highEndOver(highOver))
    }
    if !hasCap { notes.append(text.noTrainingCap()) }
    row.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    return row
  }

  private static func pilotRow(
    _ pilot: PilotThroughput?, budget: Budget?, text: any ReasonText
  ) -> LedgerRow {
    let cap = budget?.pilotGPUHours
    guard let spent = pilot?.gpuHours else {
      return LedgerRow(
        item: "pilot_compute", gpuHoursCap: cap, status: .unknown,
        note: pilot == nil ? text.noPilotYet() : text.pilotHoursUnknown())
    }
    let hours = Estimate(low: spent, expected: spent, high: spent)
    guard let cap else {
      return LedgerRow(
        item: "pilot_compute", gpuHours: hours, status: .unknown, note: text.noPilotCap())
    }
    let isOver = spent > cap
    return LedgerRow(
      item: "pilot_compute", gpuHours: hours, gpuHoursCap: cap,
      status: isOver ? .overCap : .withinCap,
      note: text.pilotSpent(spent, cap: cap))
  }
}

/// One `budget.stop_loss` line, evaluated against the cost estimate.
public struct StopLossCheck: Sendable, Hashable {
  /// The trigger as written.
  public var trigger: String
  /// What to do when the line is crossed.
  public var action: Action
  /// Nil when the trigger's metric is not one the estimate provides, or its figure is unknown.
  public var fired: Bool?
  /// The figure compared with the bound (cost, GPU-hours or days).
  public var value: Double?
  /// One sentence with the numbers.
  public var reason: String

  /// Whether the trigger's metric is one of `costMetrics`.
  public var isCostLine: Bool

  /// Metrics of stop-loss triggers the cost estimate can answer.
  public static let costMetrics = [
    "estimated_cost", "estimated_gpu_hours", "spent_gpu_hours", "calendar_days", "estimated_days",
  ]

  static func evaluate(
    _ line: StopLossLine, estimate: CostEstimate?, pilot: PilotThroughput?,
    text: any ReasonText
  ) -> StopLossCheck {
    let metric = line.trigger.metric ?? ""
    var check = StopLossCheck(
      trigger: line.trigger.text, action: line.action, fired: nil, value: nil, reason: "",
      isCostLine: costMetrics.contains(metric))
    if metric.isEmpty {
      check.reason = text.stopLossNoMetric(line.trigger.text, known: costMetrics)
      return check
    }
    guard check.isCostLine else {
      check.reason = text.stopLossNotCostMetric(
        line.trigger.text, metric: metric, known: costMetrics)
      return check
    }
    guard let (value, unit) = figure(metric, estimate: estimate, pilot: pilot) else {
      check.reason = text.stopLossNoFigure(line.trigger.text, metric: metric)
      return check
    }
    guard let bound = line.trigger.resolvedBound(baseline: nil) else {
      check.reason = text.stopLossBaselineBound(line.trigger.text)
      return check
    }
    if case .absolute(let measure) = line.trigger.bound, case .currency(let code) = measure.unit,
      unit != .currency(code)
    {
      check.reason = text.stopLossCurrencyMismatch(line.trigger.text, estimate: unit, bound: code)
      return check
    }
    let fired = line.trigger.comparison.holds(value, bound)
    check.fired = fired
    check.value = value
    check.reason = text.stopLossChecked(
      metric, value: value, unit: unit, fired: fired, trigger: line.trigger.text,
      action: line.action)
    return check
  }

  /// The expected figure for a cost metric, with its unit for messages.
  private static func figure(
    _ metric: String, estimate: CostEstimate?, pilot: PilotThroughput?
  ) -> (Double, CostUnit)? {
    switch metric {
    case "estimated_cost":
      return estimate?.cost.map { ($0.expected.amount, .currency($0.expected.currency)) }
    case "estimated_gpu_hours": return estimate.map { ($0.gpuHours.expected.value, .gpuHours) }
    case "spent_gpu_hours": return pilot?.gpuHours.map { ($0.value, .gpuHours) }
    case "calendar_days", "estimated_days":
      return estimate.map { ($0.wallTime.expected.days, .days) }
    default: return nil
    }
  }
}

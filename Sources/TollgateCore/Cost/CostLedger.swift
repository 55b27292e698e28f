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

  /// Items listed without evidence, in report order, with what each would need.
  static let unpricedItems: [(item: String, needs: String)] = [
    ("storage_network", "checkpoint sizes and transfer volumes"),
    ("data_processing", "the data snapshot's processing time"),
    ("evaluation", "evaluation runs per checkpoint and their cost"),
    ("inference", "tokens per request, requests per day and replicas, baseline against candidate"),
    ("compliance", "the data card's PII scan and review effort"),
    ("platform_lock_in", "the training and serving platforms' exit costs"),
  ]

  /// Builds the ledger.
  ///
  /// - Parameters:
  ///   - estimate: the full run's estimate, when one could be made.
  ///   - unestimatedReason: why there is none (shown in the training row's note).
  ///   - pilot: the measured pilot, for its own GPU hours and `spent_gpu_hours`.
  ///   - budget: the card's caps and stop-loss lines.
  public static func build(
    estimate: CostEstimate?, unestimatedReason: String? = nil, pilot: PilotThroughput?,
    budget: Budget?
  ) -> CostLedger {
    let checks = (budget?.stopLoss ?? []).map {
      StopLossCheck.evaluate($0, estimate: estimate, pilot: pilot)
    }
    var rows = [
      trainingRow(estimate, unestimatedReason: unestimatedReason, budget: budget, checks: checks),
      pilotRow(pilot, budget: budget),
    ]
    for (item, needs) in unpricedItems {
      var note = "no evidence yet: needs \(needs)"
      if item == "inference", let increase = budget?.inferenceMaxIncrease {
        note += "; cap: at most \(Formatting.percent(increase)) more per request"
      }
      rows.append(LedgerRow(item: item, status: .unknown, note: note))
    }
    return CostLedger(rows: rows, stopLoss: checks)
  }

  private static func trainingRow(
    _ estimate: CostEstimate?, unestimatedReason: String?, budget: Budget?,
    checks: [StopLossCheck]
  ) -> LedgerRow {
    // Only the lines about cost belong to this row; others (a metric line) are reported apart.
    let lines = checks.filter { $0.isCostLine }.map(\.trigger)
    var row = LedgerRow(
      item: "training_compute", gpuHours: estimate?.gpuHours, wallTime: estimate?.wallTime,
      cost: estimate?.cost, cap: budget?.trainingCost, gpuHoursCap: budget?.trainingGPUHours,
      stopLoss: lines.isEmpty ? nil : lines.joined(separator: "; "), status: .unknown)
    guard let estimate else {
      row.note = "no estimate: " + (unestimatedReason ?? "no pilot throughput yet")
      return row
    }

    var over: [String] = []
    var highOver: [String] = []
    if let cap = budget?.trainingGPUHours {
      if estimate.gpuHours.expected > cap {
        over.append(
          "expected \(Formatting.amount(estimate.gpuHours.expected.value)) GPU-hours > cap "
            + Formatting.amount(cap.value))
      } else if estimate.gpuHours.high > cap {
        highOver.append("high end \(Formatting.amount(estimate.gpuHours.high.value)) GPU-hours")
      }
    }
    if let cap = budget?.trainingCost, let cost = estimate.cost {
      if cost.expected.currency != cap.currency {
        over.append(
          "cost in \(cost.expected.currency) cannot be compared with a cap in \(cap.currency)")
      } else if cost.expected > cap {
        over.append(
          "expected \(Formatting.money(cost.expected)) > cap \(Formatting.money(cap))")
      } else if cost.high > cap {
        highOver.append("high end \(Formatting.money(cost.high))")
      }
    }
    if let days = budget?.calendarDays, estimate.wallTime.expected.days > days {
      over.append(
        "expected \(Formatting.amount(estimate.wallTime.expected.days)) days > "
          + "\(Formatting.amount(days)) calendar days")
    }

    let fired = checks.filter { $0.fired == true }
    let hasCap =
      budget?.trainingGPUHours != nil || budget?.trainingCost != nil
      || budget?.calendarDays != nil
    row.status =
      !fired.isEmpty ? .pastStopLoss : !over.isEmpty ? .overCap : hasCap ? .withinCap : .unknown
    var notes = fired.map(\.reason) + over
    if !highOver.isEmpty {
      notes.append("within cap, but the \(highOver.joined(separator: " and ")) is over it")
    }
    if !hasCap { notes.append("no training cap in budget.training") }
    row.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    return row
  }

  private static func pilotRow(_ pilot: PilotThroughput?, budget: Budget?) -> LedgerRow {
    let cap = budget?.pilotGPUHours
    guard let spent = pilot?.gpuHours else {
      return LedgerRow(
        item: "pilot_compute", gpuHoursCap: cap, status: .unknown,
        note: pilot == nil
          ? "no pilot yet" : "pilot GPU hours unknown: needs pilot.gpus and a runtime")
    }
    let hours = Estimate(low: spent, expected: spent, high: spent)
    guard let cap else {
      return LedgerRow(
        item: "pilot_compute", gpuHours: hours, status: .unknown, note: "no budget.pilot cap")
    }
    let isOver = spent > cap
    return LedgerRow(
      item: "pilot_compute", gpuHours: hours, gpuHoursCap: cap,
      status: isOver ? .overCap : .withinCap,
      note: "spent \(Formatting.amount(spent.value)) of \(Formatting.amount(cap.value)) GPU-hours")
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
    _ line: StopLossLine, estimate: CostEstimate?, pilot: PilotThroughput?
  ) -> StopLossCheck {
    let metric = line.trigger.metric ?? ""
    var check = StopLossCheck(
      trigger: line.trigger.text, action: line.action, fired: nil, value: nil, reason: "",
      isCostLine: costMetrics.contains(metric))
    guard check.isCostLine else {
      check.reason =
        "stop-loss \"\(line.trigger.text)\": \(metric.isEmpty ? "no metric" : metric) is not a "
        + "cost metric (\(costMetrics.joined(separator: ", "))); not evaluated here"
      return check
    }
    guard let (value, unit) = figure(metric, estimate: estimate, pilot: pilot) else {
      check.reason = "stop-loss \"\(line.trigger.text)\": no figure for \(metric) yet"
      return check
    }
    guard let bound = line.trigger.resolvedBound(baseline: nil) else {
      check.reason = "stop-loss \"\(line.trigger.text)\": a baseline bound makes no sense for cost"
      return check
    }
    if case .absolute(let measure) = line.trigger.bound, case .currency(let code) = measure.unit,
      code != unit
    {
      check.reason = "stop-loss \"\(line.trigger.text)\": estimate is in \(unit), bound in \(code)"
      return check
    }
    let fired = line.trigger.comparison.holds(value, bound)
    check.fired = fired
    check.value = value
    check.reason =
      "\(metric) \(Formatting.amount(value))\(unit.isEmpty ? "" : " " + unit) "
      + (fired ? "crosses" : "is within") + " stop-loss \"\(line.trigger.text)\""
      + (fired ? ": \(line.action.rawValue)" : "")
    return check
  }

  /// The expected figure for a cost metric, with its unit for messages.
  private static func figure(
    _ metric: String, estimate: CostEstimate?, pilot: PilotThroughput?
  ) -> (Double, String)? {
    switch metric {
    case "estimated_cost":
      return estimate?.cost.map { ($0.expected.amount, $0.expected.currency) }
    case "estimated_gpu_hours": return estimate.map { ($0.gpuHours.expected.value, "GPU-hours") }
    case "spent_gpu_hours": return pilot?.gpuHours.map { ($0.value, "GPU-hours") }
    case "calendar_days", "estimated_days":
      return estimate.map { ($0.wallTime.expected.days, "days") }
    default: return nil
    }
  }
}

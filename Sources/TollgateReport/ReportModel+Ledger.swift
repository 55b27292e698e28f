import TollgateCore

/// Plain text of part 7: the pilot facts and the ledger cells.
extension ReportModel {
  /// The pilot's facts in order, leaving out what the log did not show; nil without a pilot.
  var pilotFacts: [ReportFact]? {
    guard let pilot = input.pilot else { return nil }
    var facts: [ReportFact] = []
    if let source = pilot.source {
      facts.append(ReportFact(text.pilotLogLabel, source, isCode: true))
    }
    if let format = pilot.format { facts.append(ReportFact(text.pilotFormatLabel, format)) }
    if let steps = pilot.intervalsUsed {
      facts.append(ReportFact(text.pilotIntervalsLabel, ReportNumber.count(Int64(steps))))
    }
    if let warmup = pilot.warmupIntervalsDropped {
      facts.append(ReportFact(text.pilotWarmupIntervalsLabel, ReportNumber.count(Int64(warmup))))
    }
    if let median = pilot.medianThroughput {
      facts.append(ReportFact(text.pilotThroughputLabel, throughput(median)))
    }
    if let low = pilot.throughputLow, let high = pilot.throughputHigh {
      facts.append(ReportFact(text.pilotSpreadLabel, "\(throughput(low)) – \(throughput(high))"))
    }
    if let trend = pilot.lossTrend {
      let change = ReportNumber.signed(trend.relativeChange * 100, decimals: 1) + "%"
      let values =
        "\(ReportNumber.value(trend.firstQuarterMean)) → "
        + ReportNumber.value(trend.lastQuarterMean)
      facts.append(ReportFact(text.pilotLossLabel, values + text.aside(change)))
    }
    if let hours = pilot.gpuHours {
      let value = "\(ReportNumber.grouped(hours.value, decimals: 1)) \(text.gpuHoursUnit)"
      facts.append(ReportFact(text.pilotGPUHoursLabel, value))
    }
    if let tokens = pilot.datasetTokens {
      let count = ReportNumber.count(tokens.value)
      facts.append(ReportFact(text.datasetTokensLabel, "\(count) \(text.tokensUnit)"))
    }
    if let mfu = pilot.impliedMFU {
      facts.append(
        ReportFact(text.impliedMFULabel, ReportNumber.percent(mfu), note: text.impliedMFUMeaning))
    }
    return facts
  }

  private func throughput(_ rate: TokensPerSecond) -> String {
    "\(ReportNumber.grouped(rate.value, decimals: 1)) \(text.tokensPerSecondUnit)"
  }

  /// The ledger, each estimate as `expected (low–high)`, the stop-loss trigger as code.
  var ledgerTable: ReportTable {
    let rows = input.verdict.ledger
    return ReportTable(
      columns: [
        text.itemColumn, text.gpuHoursColumn, text.wallTimeColumn, text.costColumn,
        text.capColumn, text.stopLossColumn, text.statusColumn, text.noteColumn,
      ], rows: rows.map(ledgerCells), codeColumns: [5],
      rowClasses: rows.map { "ledger-\($0.status.rawValue)" })
  }

  private func ledgerCells(_ row: LedgerRow) -> [String] {
    let gpuHours = row.gpuHours.map { estimate in
      range(estimate.map(\.value), unit: text.gpuHoursUnit) {
        ReportNumber.grouped($0, decimals: 1)
      }
    }
    let wallTime = row.wallTime.map { estimate in
      range(estimate.map(\.hours), unit: text.hoursUnit) { ReportNumber.grouped($0, decimals: 1) }
    }
    let cost = row.cost.map { estimate in
      range(estimate.map(\.amount), unit: estimate.expected.currency) { amount in
        ReportNumber.grouped(amount, decimals: abs(amount) >= 100 ? 0 : 2)
      }
    }
    var caps: [String] = []
    if let cap = row.cap { caps.append(ReportNumber.money(cap)) }
    if let cap = row.gpuHoursCap {
      caps.append("\(ReportNumber.grouped(cap.value, decimals: 1)) \(text.gpuHoursUnit)")
    }
    return [
      text.ledgerItemName(row.item), gpuHours ?? Self.dash, wallTime ?? Self.dash,
      cost ?? Self.dash, caps.isEmpty ? Self.dash : caps.joined(separator: text.listSeparator),
      row.stopLoss ?? Self.dash, text.ledgerStatusName(row.status), row.note ?? Self.dash,
    ]
  }

  /// `560.0 GPU-h (480.0–780.0)`: the expected value first, the range after it.
  private func range(
    _ points: (low: Double, expected: Double, high: Double), unit: String,
    _ format: (Double) -> String
  ) -> String {
    "\(format(points.expected)) \(unit)"
      + text.aside("\(format(points.low))–\(format(points.high))")
  }
}

extension Estimate {
  /// The estimate's three points as plain numbers.
  fileprivate func map(
    _ number: (Value) -> Double
  ) -> (low: Double, expected: Double, high: Double) {
    (number(low), number(expected), number(high))
  }
}

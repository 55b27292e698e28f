import TollgateCore
import TollgateReport

/// The verdict as `tollgate decide` prints it on a terminal: the verdict and step first, then
/// the reasons with their numbers, the steps that could not be judged, the checks, the ledger,
/// and the next action last, where the eye lands when the command returns.
///
/// Headings carry no numbers: the terminal shows only some of the report's parts, and "4., 6.,
/// 7." would read as parts gone missing.
struct VerdictPrinter {
  var strings: ReportStrings
  var language: Language

  func render(_ verdict: Verdict, card: DecisionCard, reports: [String]) -> String {
    var lines: [String] = []
    let name = card.name ?? strings.unnamedCard
    lines.append(
      "\(name): \(strings.verdictName(verdict.kind)) (exit \(verdict.kind.exitCode))"
        + " · \(strings.stepLabel) \(verdict.step.rawValue) \(strings.stepName(verdict.step))")
    lines.append("  " + strings.verdictMeaning(verdict.kind))

    section(strings.reasonsLabel, verdict.reasons.map { "- \($0)" }, into: &lines)
    // A step without evidence lets the walk go on, so a passing verdict can rest on it: say
    // which, unless it is the step the verdict was made at (its reasons are printed above).
    let unjudgedLines = unjudged(verdict).map(stepLine)
    section(strings.terminalUnjudgedHeading, unjudgedLines, into: &lines)
    // Step 3's PII result, passing or not, unless a line above or a warning says it already.
    if let pii = verdict.piiScan,
      !(verdict.reasons + verdict.warnings + unjudgedLines).contains(where: {
        $0.contains(pii.reason)
      })
    {
      section(strings.terminalDataHeading, [line(status: pii.status, pii.reason)], into: &lines)
    }
    var checks: [String] = []
    if let primary = verdict.primary { checks.append(line(for: primary, isPrimary: true)) }
    checks += verdict.guards.map { line(for: $0, isPrimary: false) }
    section(strings.terminalChecksHeading, checks, into: &lines)
    section(strings.terminalRisksHeading, verdict.risks.map(line(for:)), into: &lines)
    section(
      strings.terminalLedgerHeading,
      verdict.ledger.filter { $0.status != .unknown }.map(line(for:)), into: &lines)
    section(strings.warningsLabel, verdict.warnings.map { "- \($0)" }, into: &lines)

    lines.append("")
    lines.append("\(strings.nextActionLabel): \(verdict.nextAction)")
    if !reports.isEmpty {
      lines.append("\(strings.terminalReportLabel): \(reports.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Steps of the walk without evidence or skipped, other than the one the verdict was made at.
  private func unjudged(_ verdict: Verdict) -> [StepOutcome] {
    verdict.steps.filter {
      ($0.status == .noEvidence || $0.status == .skipped) && $0.step != verdict.step
    }
  }

  /// `3 data (no evidence yet): reason; reason`; a skipped step's reason says so itself.
  private func stepLine(_ outcome: StepOutcome) -> String {
    let name = "\(outcome.step.rawValue) \(strings.stepName(outcome.step))"
    let state =
      outcome.status == .skipped ? "" : strings.aside(strings.stepStatusName(outcome.status))
    return name + state + strings.colon + outcome.reasons.joined(separator: strings.listSeparator)
  }

  private func section(_ title: String, _ body: [String], into lines: inout [String]) {
    guard !body.isEmpty else { return }
    lines.append("")
    lines.append("\(title):")
    lines += body.map { "  " + $0 }
  }

  private func line(for check: MetricCheck, isPrimary: Bool) -> String {
    let role = isPrimary ? (language == .chinese ? "[主目标] " : "[primary] ") : ""
    // Most reasons open with the metric's name already; naming it twice reads as a stutter.
    let named = check.reason.hasPrefix(check.metric) ? "" : check.metric + strings.colon
    return line(status: check.status, role + named + check.reason)
  }

  /// `pass      text`: the status padded to the widest status name, as the checks print it.
  private func line(status: CheckStatus, _ text: String) -> String {
    let width = CheckStatus.allCases.map { columns(strings.checkStatusName($0)) }.max() ?? 0
    let name = strings.checkStatusName(status)
    return name + String(repeating: " ", count: width + 2 - columns(name)) + text
  }

  private func line(for risk: RiskCheck) -> String {
    let missing = strings.checkStatusName(.missing)
    let states = [strings.terminalFired, strings.terminalNotFired, missing]
    let width = states.map(columns).max() ?? 0
    let state: String =
      switch risk.fired {
      case true?: strings.terminalFired
      case false?: strings.terminalNotFired
      case nil: missing
      }
    let padded = state + String(repeating: " ", count: width + 2 - columns(state))
    // The reasons name the risk ("risk forgetting: ..."); one that does not is prefixed.
    let named = risk.reason.contains(risk.name) ? "" : risk.name + strings.colon
    return padded + named + risk.reason
  }

  private func line(for row: LedgerRow) -> String {
    var parts = ["\(strings.ledgerItemName(row.item)): \(strings.ledgerStatusName(row.status))"]
    // The pilot's row states its spend against the cap in its note ("spent 5.2 of 50
    // GPU-hours"); the rounded figures beside it would say the same thing twice.
    let noteHasHours = row.item == "pilot_compute" && row.gpuHoursCap != nil && row.note != nil
    if let hours = row.gpuHours, !noteHasHours {
      let cap = row.gpuHoursCap.map { " / \(whole($0.value))" } ?? ""
      parts.append("GPU-h \(range(hours.low.value, hours.high.value))\(cap)")
    }
    if let cost = row.cost {
      let cap = row.cap.map { " / \(whole($0.amount))" } ?? ""
      parts.append(
        "\(cost.expected.currency) \(range(cost.low.amount, cost.high.amount))\(cap)")
    }
    if let note = row.note { parts.append(note) }
    return parts.joined(separator: " · ")
  }

  /// Terminal columns a text takes: CJK characters are two columns wide.
  private func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      total
        + ((0x1100...0x115F).contains(scalar.value) || (0x2E80...0xFFDC).contains(scalar.value)
          ? 2 : 1)
    }
  }

  /// `217-327`, or one number when both ends round the same.
  private func range(_ low: Double, _ high: Double) -> String {
    whole(low) == whole(high) ? whole(low) : "\(whole(low))-\(whole(high))"
  }

  /// Hours and money to the whole unit: the estimate's range is wider than a unit.
  private func whole(_ value: Double) -> String {
    value.isFinite ? String(Int(value.rounded())) : "?"
  }
}

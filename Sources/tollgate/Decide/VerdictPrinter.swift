import TollgateCore
import TollgateReport

/// The verdict as `tollgate decide` prints it on a terminal: the verdict and step first, then
/// the reasons with their numbers, the checks, the ledger, and the next action last, where the
/// eye lands when the command returns.
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
    var checks: [String] = []
    if let primary = verdict.primary { checks.append(line(for: primary, isPrimary: true)) }
    checks += verdict.guards.map { line(for: $0, isPrimary: false) }
    section(strings.sectionGuards, checks, into: &lines)
    section(strings.sectionRisks, verdict.risks.map(line(for:)), into: &lines)
    section(
      strings.sectionLedger, verdict.ledger.filter { $0.status != .unknown }.map(line(for:)),
      into: &lines)
    section(strings.warningsLabel, verdict.warnings.map { "- \($0)" }, into: &lines)

    lines.append("")
    lines.append("\(strings.nextActionLabel): \(verdict.nextAction)")
    if !reports.isEmpty {
      let label = language == .chinese ? "报告" : "Report"
      lines.append("\(label): \(reports.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(_ title: String, _ body: [String], into lines: inout [String]) {
    guard !body.isEmpty else { return }
    lines.append("")
    lines.append("\(title):")
    lines += body.map { "  " + $0 }
  }

  private func line(for check: MetricCheck, isPrimary: Bool) -> String {
    let width = CheckStatus.allCases.map { columns(strings.checkStatusName($0)) }.max() ?? 0
    let name = strings.checkStatusName(check.status)
    let status = name + String(repeating: " ", count: width + 2 - columns(name))
    let role = isPrimary ? (language == .chinese ? "[主目标] " : "[primary] ") : ""
    return "\(status)\(role)\(check.metric): \(check.reason)"
  }

  private func line(for risk: RiskCheck) -> String {
    let state: String =
      switch risk.fired {
      case true?: strings.firedYes
      case false?: strings.firedNo
      case nil: strings.noEvidence
      }
    let label = language == .chinese ? "触发" : "fired"
    return "\(risk.name) (\(label): \(state)): \(risk.reason)"
  }

  private func line(for row: LedgerRow) -> String {
    var parts = ["\(strings.ledgerItemName(row.item)): \(strings.ledgerStatusName(row.status))"]
    if let hours = row.gpuHours {
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

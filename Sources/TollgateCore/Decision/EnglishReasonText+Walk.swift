/// The English sentences for a walk that stopped early, step 7 and the compliance item (see
/// `ReasonText`).
extension EnglishReasonText {
  func notEstimated(stoppedAt step: DecisionStep) -> String {
    "not estimated: the decision stopped at step \(step.rawValue) (\(stepName(step))), "
      + "before the pilot step"
  }

  func canaryNotRead() -> String {
    "not evaluated: canary metrics are not read by this version"
  }

  func complianceScan(_ scan: PIIScanSummary, maxRate: Double?) -> String {
    guard let rate = scan.rate else {
      return "PII scan (\(scan.source)) read no documents; review effort not priced yet"
    }
    var standing = ""
    if let maxRate {
      standing =
        rate > maxRate
        ? ", above max_pii_rate \(F.smallPercent(maxRate))"
        : ", at or under max_pii_rate \(F.smallPercent(maxRate)) on the point estimate"
    }
    return "PII scan (\(scan.source)): \(F.grouped(Double(scan.documentsWithHits))) of "
      + "\(F.grouped(Double(scan.documents))) documents hold personal data "
      + "(\(F.smallPercent(rate)))\(standing); review effort not priced yet"
  }

  /// The step's name as the report's decision path prints it.
  func stepName(_ step: DecisionStep) -> String {
    switch step {
    case .boundaries: "boundaries"
    case .gap: "gap"
    case .cheapPath: "cheap path"
    case .data: "data"
    case .baseline: "baseline"
    case .pilot: "pilot"
    case .fullRun: "full run"
    case .canary: "canary"
    case .stopLoss: "stop-loss"
    }
  }
}

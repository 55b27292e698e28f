/// The Chinese sentences for a walk that stopped early, step 7 and the compliance item (see
/// `ReasonText`).
extension ChineseReasonText {
  func notEstimated(stoppedAt step: DecisionStep) -> String {
    "未估算：决策在第 \(step.rawValue) 步（\(stepName(step))）停止，未到试训步骤"
  }

  func canaryNotRead() -> String { "未评估：此版本不读取灰度指标" }

  func complianceScan(_ scan: PIIScanSummary, maxRate: Double?) -> String {
    guard let rate = scan.rate else {
      return "个人信息扫描（\(scan.source)）没有读到任何文档；审核投入尚未计价"
    }
    var standing = ""
    if let maxRate {
      standing =
        rate > maxRate
        ? "，高于 max_pii_rate \(F.smallPercent(maxRate))"
        : "，按点估计未超过 max_pii_rate \(F.smallPercent(maxRate))"
    }
    return "个人信息扫描（\(scan.source)）：\(F.grouped(Double(scan.documents))) 篇文档中 "
      + "\(F.grouped(Double(scan.documentsWithHits))) 篇含个人信息（\(F.smallPercent(rate))）"
      + "\(standing)；审核投入尚未计价"
  }

  /// The step's name as the report's decision path prints it.
  func stepName(_ step: DecisionStep) -> String {
    switch step {
    case .boundaries: "边界"
    case .gap: "差距"
    case .cheapPath: "低成本路径"
    case .data: "数据"
    case .baseline: "基线"
    case .pilot: "试训"
    case .fullRun: "完整训练"
    case .canary: "灰度"
    case .stopLoss: "止损"
    }
  }
}

/// The evidence checks' sentences in Chinese (简体中文).
struct ChineseEvidenceCheckText: EvidenceCheckText {
  func missingTask(_ task: String, inBaseline: Bool) -> String {
    let (side, other) = inBaseline ? ("基线", "候选") : ("候选", "基线")
    return "任务 \(task) 只在\(side)结果中，\(other)结果中没有"
  }
  func differentVersion(_ task: String, baseline: String?, candidate: String?) -> String {
    let version = { (value: String?) in value.map { "版本 \($0)" } ?? "未记录版本" }
    return "任务 \(task)：基线为\(version(baseline))，候选为\(version(candidate))"
  }
  func differentShots(_ task: String, baseline: Int?, candidate: Int?) -> String {
    let shots = { (value: Int?) in value.map { " \($0)-shot" } ?? "未记录示例数" }
    return "任务 \(task)：基线为\(shots(baseline))，候选为\(shots(candidate))"
  }
  func limitedRun(_ task: String, inBaseline: Bool, effective: Int, original: Int) -> String {
    "任务 \(task)：\(inBaseline ? "基线" : "候选")只评测了 \(original) 个样本中的 \(effective) 个"
      + "（使用了 --limit）；只覆盖部分样本的分数不可比较"
  }
  func differentDataset(_ task: String, baseline: Int, candidate: Int) -> String {
    "任务 \(task)：基线的数据集有 \(baseline) 个样本，候选的有 \(candidate) 个"
  }
  func differentSubtasks(_ task: String, onlyBaseline: [String], onlyCandidate: [String])
    -> String
  {
    var parts: [String] = []
    if !onlyBaseline.isEmpty {
      parts.append("只有基线包含 \(onlyBaseline.joined(separator: "、"))")
    }
    if !onlyCandidate.isEmpty {
      parts.append("只有候选包含 \(onlyCandidate.joined(separator: "、"))")
    }
    return "任务组 \(task) 的子任务不同：\(parts.joined(separator: "；"))"
  }
  func differentTaskHash(_ task: String, baseline: String, candidate: String) -> String {
    "任务 \(task)：任务的数据或提示词不同：基线的哈希为 \(baseline)，候选的为 \(candidate)"
  }
  func differentPrompt(_ task: String, baseline: String, candidate: String) -> String {
    "任务 \(task)：提示词设置（doc_to_text、fewshot_config）不同：基线的摘要为 \(baseline)，"
      + "候选的为 \(candidate)"
  }
  func derivedMetricMissing(_ name: String, label: String, missing: [String]) -> String {
    "\(label)：无法计算派生指标 \(name)，缺少 \(missing.joined(separator: "、"))"
  }
  func derivedMetricCycle(_ name: String, cycle: [String]) -> String {
    "派生指标 \(name) 引用了自身：" + cycle.joined(separator: " → ")
  }
}

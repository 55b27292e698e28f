/// The evidence readers' sentences in Chinese (简体中文).
///
/// The English detail of a rejecting error is left out of the skip notes: errors stay English,
/// and a Chinese note carries no English sentence.
struct ChineseEvidenceMessages: EvidenceMessages {
  func nonFiniteLoss(count: Int, firstStep: Int) -> String {
    "有 \(count) 个记录步的损失为 NaN 或无穷大，最早在第 \(firstStep) 步：训练在此处发散"
  }
  func stepGoesBackwards(step: Int, previous: Int) -> String {
    "第 \(step) 步记录在第 \(previous) 步之后：日志的步数倒退了（是续训，还是一个文件里有两次训练？）"
  }
  func moreBackwardSteps(_ count: Int) -> String {
    "日志的步数另外还倒退了 \(count) 次"
  }
  func singleEntry(step: Int) -> String {
    "日志只有一条训练步记录（第 \(step) 步）：估计趋势或剔除预热至少需要两条"
  }

  func lastLineCutOff(line: Int) -> String {
    "第 \(line) 行被截断（不是完整的 JSON），已跳过最后一条记录"
  }
  func lineNotAnObject(line: Int) -> String { "第 \(line) 行不是 JSON 对象，已跳过" }
  func lineWithoutCurrentSteps(line: Int) -> String {
    "第 \(line) 行没有 `current_steps`，已跳过"
  }
  func incompleteIterationLine(line: Int, text: String) -> String {
    "第 \(line) 行是不完整的 `iter` 行，已跳过：\(text)"
  }
  func noTokensPerIterationHeader(_ header: String) -> String {
    "缺少 `\(header)` 行：请在决策卡或命令行中给出每步词元数"
  }
  func megatronLineCutOff(line: Int) -> String {
    "第 \(line) 行被截断，已跳过该行的损失"
  }
  func noFinalSummary(step: String, planned: String) -> String {
    "没有最终汇总记录（train_runtime）：这是检查点的状态或未完成的训练，"
      + "停在全局第 \(step) 步（共 \(planned) 步）"
  }
  func onlyFinalSummary(loggingSteps: String) -> String {
    "log_history 只有最终汇总（logging_steps \(loggingSteps) 超过了整个训练）：吞吐量只能由总量算出"
  }
  func summaryFromOtherEpoch(file: String, epoch: Double, stateEpoch: Double) -> String {
    "状态文件旁的 \(file) 来自第 \(epoch) 轮，而不是第 \(stateEpoch) 轮，已忽略"
  }

  func taskWithoutResult(file: String, task: String) -> String {
    "\(file)：任务 \(task) 没有结果对象，已跳过"
  }
  func notAScore(file: String, task: String, key: String, value: String?) -> String {
    guard let value else { return "\(file)：\(task) 的 \(key) 不是数值，不能作为分数，已跳过" }
    return "\(file)：\(task) 的 \(key) 为 \(value)，不是分数，已跳过"
  }
  func scoreOutOfRange(
    file: String, task: String, key: String, value: Double, low: String, high: String
  ) -> String {
    "\(file)：\(task) 的 \(key) 为 \(value)，超出了此类分数可能的范围（\(low) 到 \(high)）；"
      + "已按原值读取，请检查文件"
  }
  func negativeStandardError(file: String, task: String, key: String, value: Double) -> String {
    "\(file)：\(task) 的 \(key) 为 \(value)；标准误不可能为负，因此该分数按无标准误读取"
  }
  func limitedTask(file: String, task: String, effective: Int, original: Int) -> String {
    "\(file)：\(task) 只评测了 \(original) 个样本中的 \(effective) 个（使用了 --limit）"
  }
  func limitWithoutSampleCounts(file: String, limit: Int) -> String {
    "\(file)：这次评测使用了 --limit \(limit)；文件没有记录每个任务的样本数，"
      + "因此无法区分限量评测和完整评测"
  }
  func replacedMetrics(newer: String, older: String, count: Int) -> String {
    "\(newer) 比 \(older) 新；以它的 \(count) 个指标取代旧值"
  }

  func notAResultSkipped(path: String, reason: String) -> String {
    "\(path) 不是 lm-eval 结果，已跳过"
  }
  func pilotLogChosen(_ path: String, notRead: [String]) -> String {
    "已读取 \(path)；文件夹中另有未读取的 \(notRead.joined(separator: "、"))"
      + "（如需改读其中之一，请用 --pilot 指定）"
  }
  func notATrainingLogSkipped(path: String, reason: String) -> String {
    "\(path) 不是训练日志，已跳过"
  }
}

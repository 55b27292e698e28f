/// The Chinese sentences (see `ReasonText`).
///
/// Written as a reader in China would say them, not word for word from the English: the metric
/// named once by the wrapping sentence, full-width punctuation between clauses, and ASCII kept
/// only for metric names, thresholds as written, numbers, units and commands.
struct ChineseReasonText: ReasonText {
  typealias F = Formatting

  /// `95% 区间 [a, b]`: the confidence leads, as Chinese statistics texts write it.
  private func interval(_ interval: Interval) -> String {
    "\(F.confidence(interval.confidence)) 区间 "
      + "[\(F.number(interval.low)), \(F.number(interval.high))]"
  }

  // MARK: gate, one threshold

  func subject(_ metric: String, _ value: Double, baseline: Double?) -> String {
    guard let baseline else { return "候选 \(F.number(value))" }
    return "候选 \(F.number(value))，基线 \(F.number(baseline))（差 \(F.signed(value - baseline))）"
  }
  func namedSubject(_ metric: String, _ value: Double, baseline: Double?) -> String {
    "\(metric) " + subject(metric, value, baseline: baseline)
  }
  func sentence(_ subject: String, _ clause: String) -> String { "\(subject)，\(clause)" }
  func exactRate(events: Int, trials: Int) -> String { "（\(events)/\(trials)，精确单侧界）" }
  func fails(_ threshold: String, bound: Double) -> String {
    "未达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func meets(_ threshold: String, bound: Double) -> String {
    "达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func meetsOnPointEstimate(_ threshold: String, bound: Double) -> String {
    "点估计达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func intervalEvidence(_ interval: Interval?) -> String {
    interval.map { "；\(self.interval($0))" } ?? "；没有标准误"
  }
  func noIntervalEvidence() -> String { "；没有标准误，给不出区间" }
  func clearsEvidence(_ interval: Interval) -> String {
    "；\(self.interval(interval)) 整体越过界限"
  }
  func crossesEvidence(_ interval: Interval, line: Double, certificate: String) -> String {
    "，但 \(self.interval(interval)) 跨过了 \(F.number(line))\(certificate)"
  }
  func zeroHitCertificate(probes: Int) -> String {
    "；需要 \(F.grouped(Double(probes))) 次探测零命中才能证明"
  }
  func noCandidateValue(_ metric: String) -> String { "候选证据中没有 \(metric) 的值" }
  func baselineMissing(_ metric: String, threshold: String) -> String {
    "\"\(threshold)\" 以基线为参照，但基线证据中没有 \(metric) 的值"
  }

  // MARK: gate, guards

  func guardWithoutChecks(_ metric: String) -> String {
    "护栏 \(metric) 没有设置 block、warn 或 not_worse"
  }
  func notWorseNeedsBoth(_ metric: String, candidateMissing: Bool) -> String {
    "not_worse 需要候选和基线都有 \(metric) 的值，"
      + (candidateMissing ? "候选" : "基线") + "证据中没有"
  }
  func notWorse(_ text: String) -> String { "不比基线差（\(text)）" }
  func worse(_ text: String) -> String { "比基线差（\(text)）" }
  func worseBeyondNoise(_ interval: Interval) -> String {
    "；差值的 \(self.interval(interval)) 不含 0"
  }
  func worseWithinNoise(_ interval: Interval) -> String {
    "；差值的 \(self.interval(interval)) 含 0，仍在噪声范围内"
  }
  func briefUnproven(_ threshold: String, bound: Double) -> String {
    "仅点估计达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func briefWorseBeyondNoise() -> String { "比基线差，且超出噪声（not_worse）" }
  func briefWorseWithinNoise() -> String { "比基线差，但在噪声范围内（not_worse）" }
  func briefWorseOnPoint() -> String { "点估计比基线差（not_worse）" }
  func also(_ briefs: [String]) -> String { "；另外" + briefs.joined(separator: "；") }

  // MARK: gate, risks

  func riskWithoutTrigger(_ name: String) -> String { "风险 \(name) 没有带指标的触发条件" }
  func riskNoValue(_ name: String, metric: String) -> String {
    "风险 \(name)：候选证据中没有 \(metric) 的值"
  }
  func riskNeedsBaseline(_ name: String, trigger: String, metric: String) -> String {
    "风险 \(name)：\"\(trigger)\" 需要基线的 \(metric)，但基线中没有"
  }
  func riskChecked(
    _ name: String, subject: String, fired: Bool, trigger: String, bound: Double,
    interval: Interval?, action: Action?
  ) -> String {
    "风险 \(name)：\(subject)，" + (fired ? "触发" : "未触发")
      + " \"\(trigger)\"（界限 \(F.number(bound))）"
      + (interval.map { "；\(self.interval($0))" } ?? "")
      + (fired ? "；措施：\(action?.rawValue ?? "未指定")" : "")
  }

  // MARK: decision path, steps 0 to 4

  func cardChecksPass() -> String { "决策卡检查通过" }
  func cardErrors(_ count: Int) -> String { "决策卡有 \(count) 处错误" }
  func fixCard(_ card: String) -> String { "修正决策卡后运行 `tollgate card check \(card)`" }
  func noGap() -> String { "决策卡没有写明差距类型（goal.gap：evidence、process、stability 或 domain）" }
  func setGap(_ card: String) -> String {
    "在 \(card) 中填写 goal.gap，然后运行 `tollgate decide \(card)`"
  }
  func gapIsDomain() -> String { "差距在于领域能力" }
  func cheaperPath(for gap: GapKind) -> (reason: String, next: String) {
    switch gap {
    case .evidence:
      (
        "差距在于缺少依据：模型缺的是请求时就能提供给它的事实",
        "加上检索（请求时把文档交给模型），再对照主要目标衡量效果"
      )
    case .process:
      ("差距在于产品流程，而不是模型能力", "先修正产品流程和提示词，再重新衡量主要目标")
    case .stability:
      ("差距在于稳定性：每次运行的回答不一致", "先建立回归测试集，并固定解码设置（temperature、seed）")
    case .domain:
      (gapIsDomain(), "继续")
    }
  }
  func noPrimaryForCheapPath() -> String { "没有可与基线比较的主要目标" }
  func cardBaselineMeets(_ metric: String, _ value: Double, _ threshold: String, bound: Double)
    -> String
  {
    "决策卡记录的基线 \(metric) 为 \(F.number(value))，已经达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func evidenceBaselineMeets(
    _ metric: String, _ value: Double, _ threshold: String, bound: Double
  ) -> String {
    "基线证据中 \(metric) 为 \(F.number(value))，已经达到 \"\(threshold)\"（界限 \(F.number(bound))）"
  }
  func shipBaseline(approach: String?) -> String {
    "直接上线基线方案\(approach.map { "（\($0)）" } ?? "")：它已经达到目标"
  }
  func baselineMissesTarget(_ threshold: String) -> String { "基线未达到 \"\(threshold)\"" }
  func noDataSection() -> String { "决策卡没有 data 部分" }
  func licenceForbidsTraining(_ source: String) -> String { "数据源 \(source)：许可证禁止用于训练" }
  func licenceForbidsCommercialUse(_ source: String) -> String {
    "数据源 \(source)：许可证禁止商业使用"
  }
  func crossBorderWithoutRegion(_ source: String) -> String {
    "数据源 \(source)：跨境传输但未声明存储地域"
  }
  func licenceSilentOnTraining(_ source: String) -> String {
    "数据源 \(source)：许可证没有说明是否允许训练"
  }
  func replaceBlockedSources(_ card: String) -> String {
    "替换被阻断的数据源或重新取得授权，并更新 \(card) 中的 data.sources"
  }
  func declareStorageRegion(_ card: String) -> String {
    "在 \(card) 的 data.sources 中为每个跨境数据源写明存储地域（storage.region），或停止跨境传输"
      + "（cross_border: false）"
  }
  func recordsUnlikeSnapshot(declared: Int64, snapshot: String, records: Int64) -> String {
    "data.sources 声明共 \(F.grouped(Double(declared))) 条记录，数据快照 '\(snapshot)' 中有 "
      + "\(F.grouped(Double(records))) 条：决策卡描述的数据与快照不同；请更新 records（或为决策卡所指的数据"
      + "生成快照）"
  }
  func noSourcesDeclared() -> String { "data.sources 没有列出任何数据源：未检查许可证和存储地域" }
  func sourcesUsable(_ count: Int) -> String { "\(count) 个数据源在其许可证下可用" }
  func deidentification(_ method: String) -> String { "脱敏方法：\(method)" }
  func noDeidentification() -> String { "data.deidentification 中没有写明脱敏方法" }
  func noPIIScanYet() -> String { "个人信息扫描：尚无证据" }
  func noRepeatScores() -> String { "没有记录基线的重复评测分数" }
  func repeatsWithoutMaxSpread(_ count: Int, spread: Double) -> String {
    "\(count) 次重复评测的极差为 \(F.number(spread))；没有设置 max_spread"
  }
  func repeatsOverMaxSpread(_ count: Int, spread: Double, low: Double, high: Double, max: Double)
    -> String
  {
    "基线 \(count) 次重复评测的极差为 \(F.number(spread))（\(F.number(low)) 至 "
      + "\(F.number(high))），超过 max_spread \(F.number(max))"
  }
  func makeBaselineReproducible() -> String {
    "让基线可复现（固定随机种子、解码设置和评测集），重新跑重复评测并记入 baseline.reproducible"
  }
  func repeatsWithin(_ count: Int, spread: Double, max: Double) -> String {
    "\(count) 次重复评测的极差为 \(F.number(spread))，在 \(F.number(max)) 以内"
  }

  // MARK: decision path, step 5

  func noPilotLog() -> String { "还没有试训日志" }
  func noPilotCostNotEstimated() -> String { "没有试训日志：未估算训练成本" }
  func noPilotRunYet(withoutEvidence steps: [DecisionStep]) -> String {
    guard !steps.isEmpty else { return "决策卡和数据检查通过；尚未进行试训" }
    let named = steps.map { "第 \($0.rawValue) 步（\(stepName($0))）" }.joined(separator: "、")
    return "目前没有步骤阻止决策，但\(named)尚无证据；尚未进行试训"
  }
  func runPilot(_ card: String) -> String {
    "用你的训练命令在 1-5% 的数据上试训，然后运行 `tollgate decide \(card) --pilot PATH`"
      + "（trainer_state.json、trainer_log.jsonl 或 nanoGPT 输出）"
  }
  func pilotIssue(_ issue: String) -> String { "试训：\(issue)" }
  func stopPilot(action: Action, card: String) -> String {
    "停止试训（措施：\(action.rawValue)），在全量训练前修改数据、预算或方案"
  }
  func completePilotEvidence(_ card: String) -> String {
    "补齐试训证据后再次运行 `tollgate decide \(card)`"
  }
  func runFullTraining(_ card: String) -> String {
    "进行全量训练，评测检查点（lm-eval 和决策卡中的评测集），然后运行 "
      + "`tollgate decide \(card) --candidate PATH`"
  }
  func tooFewLosses() -> String { "试训日志中的 loss 少于 2 个：无法判断趋势" }
  private func lossFigures(_ trend: LossTrend) -> String {
    "前四分之一平均 loss \(F.number(trend.firstQuarterMean))，最后四分之一 "
      + "\(F.number(trend.lastQuarterMean))（\(trend.relativeChange > 0 ? "+" : "")"
      + "\(F.percent(trend.relativeChange))，共 \(trend.lossesUsed) 个 loss）"
  }
  func lossFalls(_ trend: LossTrend) -> String { "试训 loss 在下降：\(lossFigures(trend))" }
  func lossDoesNotFall(_ trend: LossTrend) -> String {
    "试训 loss 没有下降：\(lossFigures(trend))"
  }
  func noThroughput(_ why: String) -> String { "无法从试训得出吞吐量：\(why)" }
  func setTokensPerStep(_ card: String) -> String {
    "在 \(card) 中设置 pilot.tokens_per_step（批大小 x 梯度累积 x GPU 数 x 序列长度），"
      + "或提供带时间和 token 计数的试训日志"
  }
  func pilotThroughput(_ throughput: Estimate<TokensPerSecond>, intervals: Int, source: String)
    -> String
  {
    let origin =
      source == "logged" ? "取自日志" : source == "tokens_per_step" ? "按每步 token 数推算" : source
    return "试训吞吐量中位数 \(F.grouped(throughput.expected.value)) tokens/s"
      + "（p10 \(F.grouped(throughput.low.value))，p90 \(F.grouped(throughput.high.value))；"
      + "\(intervals) 个区段，token 数\(origin)）"
  }
  func noDatasetTokens() -> String { "没有数据集 token 数（data.tokens）：未估算训练成本" }
  func countDatasetTokens(_ card: String) -> String {
    "用基座模型的分词器统计数据集 token 数，填入 \(card) 的 data.tokens，"
      + "然后再次运行 `tollgate decide \(card)`"
  }
  func costNote(_ note: String) -> String { "成本：\(note)" }
  func trainingOverCap(_ note: String) -> String { "训练算力超出上限：\(note)" }
  func pilotOverCap(_ note: String) -> String { "试训超出了自身的上限：\(note)" }
  func fullRunEstimate(_ estimate: CostEstimate) -> String {
    var text =
      "全量训练：\(estimate.gpus) 块 GPU 上 \(F.amount(estimate.wallTime.expected.hours)) h，"
      + "\(F.amount(estimate.gpuHours.expected.value)) GPU 小时"
      + "（范围 \(F.amount(estimate.gpuHours.low.value))-\(F.amount(estimate.gpuHours.high.value))）"
    if let cost = estimate.cost {
      text +=
        "，成本 \(F.money(cost.expected))（范围 \(F.money(cost.low)) 至 \(F.money(cost.high))，"
        + "安全系数 \(F.number(estimate.safetyFactor))）"
    }
    return text
  }
  func flopsSkippedNoGPUs() -> String { "跳过 FLOPs 核对：没有试训的 GPU 数（pilot.gpus）" }
  func flopsFinding(_ reason: String) -> String { "FLOPs 核对：\(reason)" }
  func flopsSkipped(_ why: String) -> String { "跳过 FLOPs 核对：\(why)" }

  // MARK: decision path, steps 6 and 8

  func noCandidateYet() -> String { "还没有候选模型的证据" }
  func noCandidateToJudge() -> String { "没有可供闸门判定的候选证据" }
  func evaluateCheckpoint(_ card: String) -> String {
    "评测训练好的检查点，然后运行 `tollgate decide \(card) --candidate PATH`"
  }
  func notComparable() -> String { "基线和候选的评测结果不可比" }
  func rerunComparable(_ card: String) -> String {
    "按基线的任务、版本、shot 数和样本数重新评测候选，或在 \(card) 中设置 "
      + "evaluation.allow_incomparable: true"
  }
  func comparedAnyway(_ issue: String) -> String { "虽不可比但仍作比较（决策卡允许）：\(issue)" }
  func guardWarns(_ metric: String, _ reason: String) -> String { "护栏 \(metric) 警告：\(reason)" }
  func guardUnprovenAllowed(_ metric: String, _ reason: String) -> String {
    "护栏 \(metric) 未得到证明（决策卡允许通过）：\(reason)"
  }
  func guardBlocks(_ metric: String, _ reason: String) -> String {
    "护栏 \(metric) 阻断：\(reason)"
  }
  func noPrimaryTarget() -> String { "决策卡没有主要目标" }
  func primaryMissed(_ metric: String, _ reason: String) -> String {
    "主要目标 \(metric) 未达成：\(reason)"
  }
  func primaryUnproven(_ metric: String, _ reason: String) -> String {
    "主要目标 \(metric) 未得到证明：\(reason)"
  }
  func guardNoEvidence(_ metric: String, _ reason: String) -> String {
    "护栏 \(metric) 缺少证据：\(reason)"
  }
  func guardUnproven(_ metric: String, _ reason: String) -> String {
    "护栏 \(metric) 未得到证明：\(reason)"
  }
  func gatherMoreEvidence(_ card: String) -> String {
    "为未证明或缺失的指标补充证据（样本越多区间越窄），然后运行 "
      + "`tollgate decide \(card) --candidate PATH`"
  }
  func passed(_ metric: String, _ reason: String) -> String { "\(metric)：\(reason)" }
  func rollback(action: Action, model: String?, to target: String?, command: String?) -> String {
    var text = "\(action.rawValue)：不要上线这个候选模型"
    if let command {
      text += "；用 `\(command)` 回滚"
    } else if let model {
      text +=
        "；在你们的模型仓库中把 \(model) 回滚到 \(target ?? "上一个版本")"
        + "（在决策卡中填写 rollback.command，这里就会写出回滚命令）"
    }
    return text
  }
  func canary(traffic: Double?, minHours: Double?) -> String {
    let share = traffic.map { " \(F.percent($0)) 的" } ?? "一小部分"
    let hours = minHours.map { "，至少持续 \(F.amount($0)) h" } ?? ""
    return "以\(share)流量上线金丝雀\(hours)，同时盯住各项护栏；任何护栏或风险触发就回滚"
  }

  // MARK: cost

  func unpricedItem(_ item: String) -> String {
    let needs =
      switch item {
      case "storage_network": "检查点大小和传输量"
      case "data_processing": "数据快照的处理时间"
      case "evaluation": "每个检查点的评测次数及其成本"
      case "inference": "每次请求的 token 数、每日请求数和副本数，基线与候选对比"
      case "compliance": "数据卡的个人信息扫描和审核工作量"
      case "platform_lock_in": "训练和推理平台的迁出成本"
      default: "\(item) 的证据"
      }
    return "尚无证据：需要\(needs)"
  }
  func inferenceCap(_ increase: Double) -> String { "；上限：每次请求最多增加 \(F.percent(increase))" }
  func noEstimate(_ why: String?) -> String { "无法估算：" + (why ?? "还没有试训吞吐量") }
  func expectedGPUHoursOverCap(_ expected: GPUHours, cap: GPUHours) -> String {
    "预计 \(F.amount(expected.value)) GPU 小时 > 上限 \(F.amount(cap.value))"
  }
  func highEndGPUHours(_ high: GPUHours) -> String { "高端估计 \(F.amount(high.value)) GPU 小时" }
  func currencyMismatch(cost: String, cap: String) -> String {
    "成本以 \(cost) 计，无法与以 \(cap) 计的上限比较"
  }
  func expectedCostOverCap(_ expected: Money, cap: Money) -> String {
    "预计 \(F.money(expected)) > 上限 \(F.money(cap))"
  }
  func highEndCost(_ high: Money) -> String { "高端估计 \(F.money(high))" }
  func expectedDaysOverCap(_ days: Double, cap: Double) -> String {
    "预计 \(F.amount(days)) 天 > 日历上限 \(F.amount(cap)) 天"
  }
  func highEndOver(_ parts: [String]) -> String {
    "在上限以内，但\(parts.joined(separator: "和"))超出上限"
  }
  func noTrainingCap() -> String { "budget.training 中没有训练上限" }
  func noPilotYet() -> String { "还没有试训" }
  func pilotHoursUnknown() -> String { "试训 GPU 小时未知：需要 pilot.gpus 和运行时长" }
  func noPilotCap() -> String { "没有 budget.pilot 上限" }
  func pilotSpent(_ spent: GPUHours, cap: GPUHours) -> String {
    "已用 \(F.amount(spent.value)) / \(F.amount(cap.value)) GPU 小时"
  }
  func stopLossNotCostMetric(_ trigger: String, metric: String, known: [String]) -> String {
    "止损线 \"\(trigger)\"：\(metric.isEmpty ? "没有指标" : metric) 不是成本指标"
      + "（\(known.joined(separator: "、"))），此处不评估"
  }
  func stopLossNoFigure(_ trigger: String, metric: String) -> String {
    "止损线 \"\(trigger)\"：还没有 \(metric) 的数值"
  }
  func stopLossBaselineBound(_ trigger: String) -> String {
    "止损线 \"\(trigger)\"：成本不能以基线为参照"
  }
  private func unitName(_ unit: CostUnit) -> String {
    switch unit {
    case .currency(let code): code
    case .gpuHours: "GPU 小时"
    case .days: "天"
    }
  }
  func stopLossCurrencyMismatch(_ trigger: String, estimate: CostUnit, bound: String) -> String {
    "止损线 \"\(trigger)\"：估算以 \(unitName(estimate)) 计，界限以 \(bound) 计"
  }
  func stopLossChecked(
    _ metric: String, value: Double, unit: CostUnit, fired: Bool, trigger: String,
    action: Action
  ) -> String {
    let name = unitName(unit)
    let unitText = name.isEmpty ? "" : " " + name
    return "\(metric) \(F.amount(value))\(unitText)"
      + (fired ? "，越过止损线" : "，在止损线以内") + " \"\(trigger)\""
      + (fired ? "：\(action.rawValue)" : "")
  }
  func pilotGPUsAssumed(full: Int) -> String {
    "未给出 pilot.gpus：假定试训用的是全量训练的 \(full) 块 GPU"
  }
  func fullGPUsAssumed(pilot: Int) -> String {
    "未给出 budget.compute.gpus：假定与试训相同，\(pilot) 块 GPU"
  }
  func scaledLinearly(pilot: Int, full: Int) -> String {
    "吞吐量按试训的 \(pilot) 块 GPU 线性放大到 \(full) 块"
  }
  func noSafetyFactor() -> String { "没有 budget.safety_factor：高端估计等于预计值" }
  func noPrice() -> String { "没有 budget.compute.price_per_gpu_hour：未估算成本" }
  func estimateFailure(_ failure: CostEstimate.Failure) -> String {
    switch failure {
    case .noThroughput(let why): noThroughput(why)
    case .noGPUCount: "没有 GPU 数：请设置 budget.compute.gpus（全量训练）或 pilot.gpus"
    case .invalidInput(let text): text
    }
  }
  func invalidEstimateInput(tokens: Int64, epochs: Double) -> String {
    "数据集 token 数和轮数都必须大于零（实际为 \(tokens)、\(epochs)）"
  }
  func zeroSlowestThroughput() -> String { "试训最慢的区段吞吐量为零" }
  func notMeasured() -> String { "未测得" }

  // MARK: pilot throughput

  func noLossTrend() -> String { "日志中有限的 loss 少于 2 个：无法判断 loss 趋势" }
  func tokensPerStepDisagree(log: TokenCount, card: TokenCount) -> String {
    "日志写明每步 \(log.value) 个 token，决策卡写的是 \(card.value)：以日志为准"
  }
  func sequencesWithoutTokens(_ samples: Int) -> String {
    "日志给出每步 \(samples) 条序列，但没有 token 数：请把 pilot.tokens_per_step 设为 "
      + "\(samples) x 序列长度"
  }
  func intervalsIgnored(_ count: Int) -> String {
    "忽略了 \(count) 个区段：没有经过时间，或 token 计数回落"
  }
  func noPositiveInterval() -> String { "日志中没有经过时间为正的区段" }
  func warmupWouldDropAll() -> String { "预热会丢掉全部区段，因此一个也没丢" }
  func fromTotals() -> String { "吞吐量取自整次运行的总量：没有离散范围，也没有去掉预热" }
  func noPerGPU() -> String { "未给出 pilot.gpus：无法算出单卡吞吐量" }
  func tooFewEntries(_ count: Int) -> String { "日志只有 \(count) 条记录，且没有总量" }
  func noTimes() -> String { "日志没有记录经过时间、每步耗时或总运行时长" }
  func noTokenCounts() -> String { "日志没有 token 计数，也没有给出 pilot.tokens_per_step" }
  func timesAndTokensDisjoint() -> String { "日志中的时间和 token 计数没有任何重叠的区段" }

  // MARK: FLOPs

  func flopsFailure(_ failure: FLOPsCheck.Failure) -> String {
    switch failure {
    case .unknownGPU(let name, let suggestion):
      "FLOPs 表中没有 GPU 型号 \"\(name)\"" + (suggestion.map { "；是不是 \($0)？" } ?? "")
    case .precisionUnavailable(let gpu, let precision, let available):
      "表中没有 \(gpu) 的 \(precision) 峰值；只有 " + available.sorted().joined(separator: "、")
    case .invalidInput(let text): text
    }
  }
  func flopsInvalidInput(parameters: Double, tokensPerSecond: Double, gpus: Int) -> String {
    "FLOPs 核对需要参数量、吞吐量和 GPU 数都大于零"
      + "（实际为 \(parameters)、\(tokensPerSecond) tokens/s、\(gpus) 块 GPU）"
  }

  func mfu(_ mfu: Double, gpus: Int, gpu: String, precision: String, finding: FLOPsCheck.Finding)
    -> String
  {
    let head = "在 \(gpus) x \(gpu) \(precision) 上推算的 MFU 为 \(F.percent(mfu))"
    switch finding {
    case .suspect:
      return "\(head)，高于 \(F.percent(FLOPsCheck.suspectAbove))：请核对试训的 token 数和计时"
    case .wasteful:
      return "\(head)，低于 \(F.percent(FLOPsCheck.wastefulBelow))：这次训练只用上了所付硬件的一小部分"
    case .plausible:
      return "\(head)，属于合理范围"
    }
  }
}

// MARK: pilot, losses that are not finite and logs that do not advance

extension ChineseReasonText {
  func lossDiverged(_ divergence: LossDivergence) -> String {
    "loss 在第 \(divergence.firstStep) 步变为 NaN/inf；记录的 \(divergence.loggedLosses) 个 loss 中"
      + "有 \(divergence.nonFiniteCount) 个不是有限值：训练已发散"
  }
  func fixDivergedRun(_ card: String) -> String {
    "先修好训练再继续投入（降低学习率或加长预热、检查数据中损坏或极端的样本、排查 bf16/fp16 溢出），"
      + "重新试训，然后运行 `tollgate decide \(card) --pilot NEW_LOG`"
  }
  func lossNotFiniteOnce(_ divergence: LossDivergence) -> String {
    "loss 仅在第 \(divergence.firstStep) 步出现一次 NaN/inf（记录的 \(divergence.loggedLosses) "
      + "个 loss 中的 1 个），其后记录的 \(divergence.finiteLossesAfter) 步均为有限值："
      + "趋势按有限值计算；全量训练中需留意"
  }
  func lossNotFiniteRecurring(_ divergence: LossDivergence) -> String {
    "记录的 \(divergence.loggedLosses) 个 loss 中有 \(divergence.nonFiniteCount) 个为 NaN/inf"
      + "（第 \(divergence.firstStep) 步至第 \(divergence.lastStep) 步），之后又恢复为有限值："
      + "既不是干净的训练，也不能断定已发散"
  }
  func findNonFiniteLosses(_ card: String) -> String {
    "查明这些步的 loss 为何是 NaN/inf（学习率尖峰、损坏的样本、fp16 溢出），修正后重新试训，"
      + "再运行 `tollgate decide \(card)`"
  }
  func allEntriesSameStep(entries: Int, step: Int) -> String {
    "日志的 \(entries) 条记录都是第 \(step) 步：没有步与步之间的区段可测"
  }
  func giveAdvancingLog(_ card: String) -> String {
    "提供每条记录都写明其优化器步数（步数递增）的试训日志，再运行 `tollgate decide \(card)`"
  }
  func stopLossNoMetric(_ trigger: String, known: [String]) -> String {
    "止损线 \"\(trigger)\" 没有写明指标，因此永远无法评估：请写成「指标 运算符 界限」，"
      + "指标取成本指标（\(known.joined(separator: "、"))），例如 \"estimated_cost > 600 USD\""
  }
}

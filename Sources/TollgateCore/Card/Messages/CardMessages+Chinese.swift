/// The card's messages in Chinese (简体中文), for `--lang zh` and cards with `lang: zh`.
///
/// Key paths, quoted values and example snippets stay as written: they are what the user types.
struct ChineseCardMessages: CardMessages {
  func wrongType(path: String, expected: CardValueKind, found: Node) -> String {
    let foundText: String
    if let scalar = found.writtenScalar {
      foundText = "`\(scalar)`"
    } else {
      switch found.kind {
      case .mapping: foundText = "一个映射"
      case .sequence: foundText = "一个列表"
      case .null: foundText = "空值（null）"
      case .scalar: foundText = "一个标量"
      }
    }
    return "`\(path)` 应为\(name(of: expected))，实际是 \(foundText)"
  }

  private func name(of kind: CardValueKind) -> String {
    switch kind {
    case .mappingOfKeys: "键值映射"
    case .text: "文本"
    case .number: "数字"
    case .wholeNumber: "整数"
    case .boolean: " true 或 false"
    case .percentage: "百分比"
    case .money: "金额"
    case .moneyWithCurrency: "带币种的金额"
    case .gpuHours: " GPU 小时数"
    case .numberOfGPUHours: " GPU 小时数"
    case .tokens: " token 数"
    case .wholeTokens: "整数个 token"
    case .list: "列表"
    case .mappingOfMetricNames: "以指标名为键的映射"
    case .spread: "波动幅度"
    case .share: "比例"
    case .shareOfDocuments: "文档比例"
    case .thresholdExpression: "门槛表达式，例如 `>= 0.90`"
    }
  }

  func valueHint(_ kind: CardValueKind) -> String? {
    switch kind {
    case .number: "写数字，例如 0.90 或 6e-1"
    case .wholeNumber: "写不带小数的数字，例如 3"
    case .percentage: "写百分比，例如 `10%`（或小数 0.10）"
    case .money, .moneyWithCurrency: "写金额和 ISO 货币代码，例如 `20000 USD` 或 `150000 CNY`"
    case .gpuHours, .numberOfGPUHours: "写 GPU 小时数，例如 800"
    case .tokens, .wholeTokens: "写 token 数，例如 2.4e9"
    case .list: "写成 `[a, b]`，或每行一个 `- item`"
    case .spread: "写多次重复之间的最大波动，例如 `0.5pt`"
    case .share, .shareOfDocuments: "写要计数的文档比例，例如 0.01 或 1%"
    case .mappingOfKeys, .text, .boolean, .mappingOfMetricNames, .thresholdExpression: nil
    }
  }

  var topLevelName: String { "（顶层）" }

  func mappingHint(name: String) -> String {
    "在 `\(name):` 下缩进写 `key: value` 行，或写成 `{key: value}`"
  }

  func booleanHint(suggested: Bool?) -> String {
    switch suggested {
    case true?: "写 `true`；Tollgate 只把 true 和 false 当作布尔值"
    case false?: "写 `false`；Tollgate 只把 true 和 false 当作布尔值"
    case nil: "写 `true` 或 `false`"
    }
  }

  func unquoteHint(_ text: String, style: Node.ScalarStyle) -> String {
    switch style {
    case .taggedText: "去掉 `!!str` 标签：写 `\(text)`，而不是 `!!str \(text)`"
    case .block: "把 `\(text)` 写在键的同一行，不要写成 `|` 或 `>` 块"
    case .singleQuoted: "去掉引号：写 `\(text)`，而不是 `'\(text)'`"
    case .plain, .doubleQuoted: "去掉引号：写 `\(text)`，而不是 `\"\(text)\"`"
    }
  }

  func repeatedKey(_ key: String, earlierKey: String, line: Int) -> String {
    "`\(key)` 与第 \(line) 行的 `\(earlierKey)` 重复：它们是同一个键"
  }

  var repeatedKeyHint: String { "两种写法只保留一种" }

  func unknownKey(_ key: String) -> String { "未知的键 `\(key)`" }

  func moreUnknownKeys(_ count: Int, firstLine: Int, lastLine: Int) -> String {
    let lines = firstLine == lastLine ? "第 \(firstLine) 行" : "第 \(firstLine)-\(lastLine) 行"
    return "另有 \(count) 个未知的键未逐一列出（\(lines)）"
  }

  func moreUnknownKeysHint(listed: Int) -> String {
    "上面列出了前 \(listed) 个；改正或删除它们后再运行 `tollgate card check`，即可列出后面的 "
      + "\(listed) 个（未知的键这么多，可能是选错了文件）"
  }

  func suggesting(_ nearest: String?, _ rest: String) -> String {
    guard let nearest else { return rest }
    return rest.isEmpty ? "是不是想写 `\(nearest)`？" : "是不是想写 `\(nearest)`？" + rest
  }

  func keysHere(_ names: [String]) -> String {
    "这里可用的键：" + names.map { "`\($0)`" }.joined(separator: "、")
  }

  func unsupportedSchema(_ version: Int) -> String { "不支持的卡片格式版本 \(version)" }
  var unsupportedSchemaHint: String { "这个版本的 Tollgate 读取 `tollgate: 1`" }

  func notAllowed(path: String, text: String) -> String { "`\(path)` 不能是 `\(text)`" }
  func oneOf(_ names: [String]) -> String { "写以下之一：\(names.joined(separator: "、"))" }
  var unprovenHint: String { "写 `block` 或 `warn`" }

  func modelConfigIgnored(parametersAt place: String) -> String {
    "已设置 `parameters`（\(place)），因此忽略 `pilot.model_config`"
  }

  var modelConfigIgnoredHint: String {
    "删去 `parameters` 以便从配置中统计参数量，或删去 `model_config`"
  }

  var batchMembersHint: String {
    "四项都要给出：`batch: {per_device: 8, gradient_accumulation: 4, gpus: 1, "
      + "sequence_length: 1024}`"
  }

  func tooSmall(path: String, found: Int) -> String { "`\(path)` 至少应为 1，实际是 `\(found)`" }

  var atLeastOneHint: String { "写一个不小于 1 的整数" }

  func batchOverflow(path: String) -> String { "`\(path)` 相乘得到的每步 token 数大到无法计数" }

  var batchOverflowHint: String { "检查批次形状；真实训练的一步只有几百万个 token，不会更多" }

  func batchMismatch(statedAt: String, stated: Int64, batchAt: String, product: Int64) -> String {
    "`pilot.tokens_per_step`（\(statedAt)）是 \(stated)，而 `pilot.batch`（\(batchAt)）"
      + "相乘得 \(product)"
  }

  var batchMismatchHint: String { "两者只保留一个，或改正与实际训练不符的那一个" }

  func missingKey(path: String, key: String) -> String { "`\(path)` 缺少 `\(key)`" }

  var tokenizerHint: String {
    "写出基座模型的 tokenizer.json，例如 `tokenizer: base-model/tokenizer.json`"
  }

  var corpusPathsHint: String { "列出语料文件、文件夹或通配模式，例如 `paths: [corpus/*.jsonl.zst]`" }

  func emptyList(path: String) -> String { "`\(path)` 是空的" }

  var snapshotHint: String {
    "写出 `tollgate data snapshot` 生成的清单文件，例如 `snapshot: data/v1.manifest.json`"
  }

  var corpusPathsListHint: String { "列出语料文件、文件夹或通配模式，例如 `[corpus/*.jsonl.zst]`" }

  func shareOutOfRange(path: String, found: String) -> String {
    "`\(path)` 应大于 0 且不超过 1，实际是 `\(found)`"
  }

  func negative(path: String, found: Int) -> String { "`\(path)` 应不小于 0，实际是 `\(found)`" }

  var seedHint: String { "写一个不小于 0 的整数，例如 7" }

  func fieldNamesNoKey(path: String, found: String) -> String {
    "`\(path)` 不是有效的 JSON 字段：`\(found)` 含空的键（没有文档有这个字段，每一行都会被跳过）"
  }

  var fieldHint: String { "写出文本所在的键，只在嵌套对象的键之间用点号，例如 `text` 或 `meta.text`" }

  func corpusIgnored(tokensAt place: String) -> String {
    "已设置 `tokens`（\(place)），因此忽略 `data.corpus`"
  }

  var corpusIgnoredHint: String { "删去 `tokens` 以便统计语料，或删去 `corpus`" }

  func threshold(_ error: ThresholdSyntaxError) -> (message: String, hint: String) {
    switch error.kind {
    case .vague:
      return ("门槛没有数字：\"\(error.expression)\"", ThresholdPhrasesChinese.translate(error.hint))
    case .syntax:
      let found =
        error.found == "the end of the expression"
        ? "表达式已结束" : ThresholdPhrasesChinese.translate(error.found)
      let expected = ThresholdPhrasesChinese.translate(error.expected)
      // A space before Latin text or code, none before Chinese.
      let gap = expected.first?.isASCII == true ? " " : ""
      return (
        "读不懂门槛 \"\(error.expression)\"：此处应为\(gap)\(expected)，实际是 \(found)",
        ThresholdPhrasesChinese.translate(error.hint)
      )
    }
  }

  func unknownAction(_ text: String) -> String { "未知的动作 `\(text)`" }

  func actionsHint(_ names: [String], nearest: String?) -> String {
    suggesting(nearest, "可用的动作：" + names.joined(separator: "、"))
  }

  func confidenceOutside(_ text: String) -> String { "置信度 \(text) 不在 (0.5, 1) 之间" }

  func confidenceAsPercentHint(fraction: Double, written: String) -> String {
    "写成小数：\(fraction)，而不是 \(written)"
  }

  var confidenceHint: String { "写一个大于 0.5、小于 1 的值；通常用 0.95" }

  func secondCurrency(_ code: String, first: String, firstPath: String, line: Int) -> String {
    "金额用的是 \(code)，但卡片已经使用 \(first)（\(firstPath)，第 \(line) 行）"
  }

  func currencyHint(_ code: String) -> String { "所有金额都用 \(code)，按财务团队采用的汇率换算" }

  func derivedMetricEmpty(_ name: String) -> String { "派生指标 `\(name)` 没有可以平均的指标" }

  var derivedMetricHint: String {
    "列出要平均的指标，例如 `mean_of: [mmlu.acc, hellaswag.acc_norm]`"
  }

  func gateRiskContradiction(
    metric: String, gate: String, risk: String, riskLine: Int?, trigger: String
  ) -> String {
    let line = riskLine.map { "（第 \($0) 行）" } ?? ""
    return "门槛在 `\(gate)` 时放行 `\(metric)`，但风险 `\(risk)`\(line)在 `\(trigger)` 时触发"
  }

  var gateRiskContradictionHint: String { "让门槛至少和风险的触发条件一样严格，或放宽该风险" }

  func guardWithoutLines(metric: String?) -> String {
    "\(metric.map { "`\($0)` 的" } ?? "")护栏既没有 `block` 也没有 `warn`"
  }

  var guardWithoutLinesHint: String { "加上阻止发布的那条线，例如 `block: \"<= 0.1%\"`" }

  func guardLineOtherMetric(metric: String, key: String, named: String) -> String {
    "`\(metric)` 的护栏中，`\(key)` 这条线说的是 `\(named)`"
  }

  func guardLineOtherMetricHint(key: String, line: String, named: String) -> String {
    "省去指标名（`\(key): \"\(line)\"`），或为 `\(named)` 另建一个护栏"
  }

  private func sourceName(_ name: String?, _ index: Int) -> String {
    name.map { "数据源 `\($0)` " } ?? "第 \(index + 1) 个数据源"
  }

  func licenceForbidsTraining(source: String?, index: Int) -> String {
    "\(sourceName(source, index))的许可禁止用于训练"
  }

  var licenceForbidsTrainingHint: String { "删去该数据源，或取得允许训练的许可并记录下来" }

  func licenceUnstated(source: String?, index: Int) -> String {
    "\(sourceName(source, index))的许可没有说明是否允许训练"
  }

  var licenceUnstatedHint: String {
    "查清楚后写 `licence: {training: allowed}`（或 `forbidden`）"
  }

  var gateWithoutPrimary: String { "`gate` 没有主要门槛（`primary`）" }

  var gateWithoutPrimaryHint: String {
    "写上目标值，例如 `primary: \"clause_accuracy >= 0.90\"`"
  }

  func primaryOtherMetric(_ metric: String, goalMetric: String) -> String {
    "gate.primary 判断的是 `\(metric)`，但目标的指标是 `\(goalMetric)`"
  }

  func primaryOtherMetricHint(goalMetric: String, target: String) -> String {
    "写成 `\(goalMetric) >= \(target)`"
  }

  func primaryMismatch(bound: String, isBelow: Bool, target: String) -> String {
    "gate.primary 要求 \(bound)，\(isBelow ? "低于" : "高于") goal.primary.target 的 \(target)"
  }

  func primaryMismatchHint(goalMetric: String, target: String) -> String {
    "两者写成同一个数：`\(goalMetric) >= \(target)`"
  }

  private static let purpose: [String: String] = [
    "goal": "差距类型（`domain`）以及主要指标的基线和目标",
    "baseline": "训练必须胜过的更便宜的方案，以及它的可复现程度",
    "data": "训练数据源，连同许可和存储位置",
    "budget": " GPU 小时和费用上限，至少一条止损线",
    "risks": "每个风险都要有触发条件和动作，例如遗忘",
    "evaluation": "决定门槛的评测集",
    "gate": "主要门槛和各个护栏",
    "rollback": "模型以及回滚到的别名",
  ]

  func missingSection(_ name: String) -> String { "缺少 `\(name)` 部分" }

  func missingSectionHint(_ name: String, alias: String?) -> String {
    let spelled = alias.map { "`\(name):`（或 `\($0):`）" } ?? "`\(name):`"
    return "加上 \(spelled)，写明\(Self.purpose[name] ?? "")"
  }

  func emptySection(_ key: String) -> String { "`\(key)` 部分是空的" }
  func emptySectionHint(_ name: String) -> String { "请填写：\(Self.purpose[name] ?? "")" }

  private func riskName(_ name: String?, _ index: Int) -> String {
    name.map { "风险 `\($0)` " } ?? "第 \(index + 1) 个风险"
  }

  func riskWithoutTrigger(risk: String?, index: Int) -> String {
    "\(riskName(risk, index))没有触发条件"
  }

  var riskWithoutTriggerHint: String {
    "加上触发它的那条线，例如 `trigger: \"general_avg < baseline - 1pt\"`"
  }

  func riskWithoutAction(risk: String?, index: Int) -> String { "\(riskName(risk, index))没有动作" }

  var riskWithoutActionHint: String { "加上触发后要做的事，例如 `action: stop_training`" }

  var rollbackWithoutTarget: String { "回滚没有目标" }

  var rollbackWithoutTargetHint: String { "加上 `to: baseline`（或其他已知的别名或版本）" }

  func unknownRollbackTarget(_ text: String) -> String {
    "回滚目标 `\(text)` 既不是已知的别名，也不是版本"
  }

  func rollbackTargetHint(aliases: [String], nearest: String?) -> String {
    suggesting(
      nearest,
      "模型注册表尚未接入，所以目标只能是 \(aliases.joined(separator: "、")) 之一，"
        + "或者像 v3、model@3 这样的版本")
  }

  func safetyFactorOutside(_ text: String) -> String { "安全系数 \(text) 不在 1 到 3 之间" }

  var safetyFactorOutsideHint: String { "安全系数会乘到估算上；请用 1.2 到 2.0（常用 1.5）" }

  func safetyFactorUnusual(_ text: String) -> String {
    "安全系数 \(text) 不在常见的 1.2 到 2.0 之间"
  }

  var safetyFactorUnusualHint: String { "试跑通常会把完整训练低估 20% 到 100%；常用 1.5" }

  var budgetWithoutStopLoss: String { "预算没有止损线" }

  var budgetWithoutStopLossHint: String {
    "加上 `stop_loss:`，至少写一条，例如 "
      + "`- {trigger: \"spent_gpu_hours > 800\", action: stop_training}`"
  }

  func stopLossLineMissing(number: Int, key: String) -> String {
    "第 \(number) 条止损线缺少 `\(key)`"
  }

  var stopLossLineHint: String { "止损线要同时有 `trigger` 和 `action`" }
}

/// The threshold parser's phrases in Chinese.
///
/// The parser (`Threshold/`) writes its expected text and hints in English with the parts the
/// user typed in backticks. Each phrase is looked up with its code spans replaced by `{}`, and the
/// spans are put back into the Chinese phrase in the same order, so `one of <= >= < > after
/// \`mmlu.acc\`` finds its translation whatever the metric is called.
enum ThresholdPhrasesChinese {
  static let table: [String: String] = [
    "an expression like {}": "形如 {} 的表达式",
    "a metric name or one of <= >= < >": "指标名或 <= >= < > 之一",
    "one of <= >= < > after {}": "{} 之后的 <= >= < > 之一",
    "one of <= >= < >": "<= >= < > 之一",
    "the end of the expression": "表达式结束",
    "a number, optionally with a unit ({}, {})": "数字，可带单位（{}、{}）",
    "the end of the value": "值结束",
    "a number or {}": "数字或 {}",
    "{}, {} or the end after {}": "{}、{} 或在 {} 之后结束",
    "a number after {}": "{} 之后的数字",
    "a finite number": "有限的数字",
    "three digits after a thousands separator": "千位分隔符之后的三位数字",
    "an upper-case currency code": "大写的货币代码",
    "a unit": "单位",
    "a number": "数字",
    "write a number a run can be held to, e.g. {} or {}": "写一个可以检验的数字，例如 {} 或 {}",
    "write the comparison out, e.g. {}": "把比较写出来，例如 {}",
    "a measured metric never equals a number exactly: use >= or <=":
      "测得的指标不会恰好等于某个数：请用 >= 或 <=",
    "one threshold per expression: {}, e.g. {}": "一个表达式只写一条门槛：{}，例如 {}",
    "write one number with an optional unit, e.g. {} or {}": "只写一个数字，可带单位，例如 {} 或 {}",
    "a bound is a number with an optional unit ({}, {}, {}) or {}":
      "界限是一个数字（可带单位：{}、{}、{}）或 {}",
    "move the baseline by an amount: {}, {}": "在基线上加减一个量：{}、{}",
    "write the offset with its unit, e.g. {} or {}": "偏移量要带单位，例如 {} 或 {}",
    "write the number in plain digits, e.g. 0.90": "用普通数字书写，例如 0.90",
    "write 20000 or 20,000; a decimal comma is not read, so write 0.90 rather than 0,90":
      "写 20000 或 20,000；小数逗号不被识别，请写 0.90 而不是 0,90",
    "write currency codes in capitals, e.g. {}": "货币代码用大写，例如 {}",
    "units are {}, {}, {}, {}, {}, {} or a currency code (USD)":
      "单位有 {}、{}、{}、{}、{}、{} 或货币代码（USD）",
    "did you mean {}? units are {}, {}, {}, {}, {}, {} or a currency code (USD)":
      "是不是想写 {}？单位有 {}、{}、{}、{}、{}、{} 或货币代码（USD）",
    "write {}, e.g. {}": "写成 {}，例如 {}",
  ]

  /// The Chinese for one of the parser's phrases; the English itself when the table lacks it
  /// (a test checks that every phrase the fixtures reach is in the table).
  static func translate(_ english: String) -> String {
    let (template, spans) = split(english)
    guard let chinese = table[template] else { return english }
    var result = ""
    var remaining = spans[...]
    var rest = Substring(chinese)
    while let range = rest.range(of: "{}") {
      result += rest[..<range.lowerBound]
      result += remaining.popFirst() ?? "{}"
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  /// The phrase with each backticked span replaced by `{}`, and the spans (backticks kept).
  static func split(_ text: String) -> (template: String, spans: [String]) {
    var template = ""
    var spans: [String] = []
    var current: String?
    for character in text {
      if character == "`" {
        if let span = current {
          spans.append(span + "`")
          template += "{}"
          current = nil
        } else {
          current = "`"
        }
      } else if current != nil {
        current?.append(character)
      } else {
        template.append(character)
      }
    }
    if let open = current { template += open }
    return (template, spans)
  }
}

// MARK: Rules: value ranges

extension ChineseCardMessages {
  func valueOutOfRange(path: String, text: String, _ kind: ValueRangeKind) -> String {
    switch kind {
    case .positive: "`\(path)` 为 \(text)，必须大于 0"
    case .notNegative: "`\(path)` 为 \(text)，不能为负数"
    case .atLeastOne: "`\(path)` 为 \(text)，至少要跑一次"
    case .share: "`\(path)` 为 \(text)；灰度流量必须大于 0%，且不超过 100%"
    case .rateBelowAll: "`\(path)` 为 \(text)；允许含个人信息的文档比例必须大于 0%，且小于 100%"
    }
  }

  func valueOutOfRangeHint(_ kind: ValueRangeKind) -> String {
    switch kind {
    case .positive: "写上计划投入的数量，如 `gpu_hours: 800` 或 `epochs: 1`"
    case .notNegative: "写 0 或更大的条数、小时数"
    case .atLeastOne: "写基线实际跑了几次，如 `repeats: 3`"
    case .share: "写一个比例，如 `traffic: 5%`"
    case .rateBelowAll: "写扫描后仍可含个人信息的文档比例上限，如 `max_pii_rate: 0.1%`"
    }
  }

  func pilotAboveTraining(pilot: String, training: String) -> String {
    "试跑预算（\(pilot) GPU 小时）大于训练预算（\(training) GPU 小时）"
  }

  var pilotAboveTrainingHint: String { "试跑只测量训练的一小段；通常给训练预算的百分之几即可" }

  func scoresShort(repeats: Int, scores: Int) -> String {
    "声明重复 \(repeats) 次，只给了 \(scores) 个分数"
  }

  func scoresShortHint(repeats: Int) -> String {
    "每次重复列一个分数（共 \(repeats) 个），或把 `repeats` 改成实际跑的次数"
  }

  func targetNotBetter(target: String, baseline: String, lowerIsBetter: Bool) -> String {
    let side = lowerIsBetter ? "不低于" : "不高于"
    return "目标 \(target) \(side)基线 \(baseline)；为此训练没有意义"
  }

  var targetNotBetterHint: String {
    "把 `target` 设为训练必须达到、且优于 `baseline` 的分数（如 0.84 -> 0.90）"
  }
}

// MARK: Rules: guard consistency

extension ChineseCardMessages {
  func warnLooserThanBlock(metric: String, warn: String, block: String) -> String {
    "\(metric) 的护栏预警线 `\(warn)` 比拦截线 `\(block)` 更宽松，预警永远不会先触发"
  }

  var warnLooserThanBlockHint: String {
    "让 `warn` 比 `block` 更严，如 `block: \">= baseline - 1pt\"` 配 `warn: \">= baseline\"`"
  }

  func repeatedGuard(metric: String, firstLine: Int) -> String {
    "\(metric) 有第二个护栏；第一个在第 \(firstLine) 行"
  }

  var repeatedGuardHint: String { "每个指标只留一个护栏，把 `warn` 和 `block` 写在同一处" }

  func repeatedRisk(name: String, firstLine: Int) -> String {
    "风险名 \(name) 重复；第一个在第 \(firstLine) 行"
  }

  var repeatedRiskHint: String { "每个风险起一个不同的名字，报告才能区分它们" }

  func metricCycle(_ names: [String]) -> String {
    guard names.count > 1 else {
      return "派生指标 \(names.first ?? "") 对自身取平均，无法得到数值"
    }
    let list = names.joined(separator: "、")
    return "派生指标 \(list) 互相取平均，形成循环，都无法得到数值"
  }

  var metricCycleHint: String {
    "`mean_of` 下只列评测结果（如 `mmlu.acc`），不要列指标自身"
  }
}

// MARK: Rules: triggers that can be evaluated

extension ChineseCardMessages {
  func triggerProblem(_ problem: TriggerProblem, line: String) -> String {
    switch problem {
    case .missingMetric: "触发条件 `\(line)` 没有写指标，永远无法判断"
    case .unknownCostMetric(let metric, _): "止损指标 \(metric) 不是 Tollgate 能计算的指标，这一行永远不会被检查"
    case .baselineOnCost(let metric): "止损条件 `\(line)` 把 \(metric) 与基线比较，但成本没有基线"
    case .costWithoutCurrency: "止损条件 `\(line)` 没有写币种，卡片里也没有唯一的币种可用"
    case .unitMismatch(let metric, let unit): "`\(unit)` 不能度量 \(metric)，`\(line)` 永远无法判断"
    case .firesBelowCap: "`\(line)` 在估算低于上限时就会触发；是不是想写 `>`？"
    case .currencyOnMetric(let metric, let code): "`\(line)` 给 \(metric) 加了币种 \(code)，但它不是成本"
    case .bareOffsetOnFraction(let metric, let offset):
      "`\(line)` 在 0 到 1 的尺度上把 \(metric) 的基线移动了 \(Self.plain(offset))；"
        + "是不是想写 `\(Self.plain(offset))%` 或 `\(Self.plain(offset))pt`？"
    }
  }

  func triggerProblemHint(_ problem: TriggerProblem, line: String) -> String {
    switch problem {
    case .missingMetric: "先写指标，如 `spent_gpu_hours > 400`"
    case .unknownCostMetric(_, let nearest):
      suggesting(
        nearest, "可用：" + StopLossCheck.costMetrics.map { "`\($0)`" }.joined(separator: "、"))
    case .baselineOnCost: "写一个固定上限，如 `estimated_cost > 20000 USD`"
    case .costWithoutCurrency: "在金额后写币种，如 `> 20000 USD`"
    case .unitMismatch: "金额只用于 `estimated_cost`，GPU 小时用于 `*_gpu_hours`，`calendar_days` 写天数"
    case .firesBelowCap: "止损在超过上限时触发：请写 `>` 或 `>=`"
    case .currencyOnMetric: "去掉币种，按指标自身的尺度写数字"
    case .bareOffsetOnFraction: "写 `%` 表示基线的比例，写 `pt` 表示百分点，如 `baseline - 1pt`"
    }
  }

  /// `10` rather than `10.0`, for offsets quoted back.
  fileprivate static func plain(_ value: Double) -> String {
    let size = abs(value)
    return size == size.rounded() && size < 1e15 ? String(Int(size)) : String(size)
  }
}

import TollgateCore

extension ReportStrings {
  /// The Chinese (simplified) table.
  public static let chinese = ReportStrings(
    title: { "Tollgate 决策报告：\($0)" },
    sectionSummary: "1. 摘要与结论",
    sectionMethod: "2. 方法与范围",
    sectionKeyTasks: "3. 关键任务",
    sectionGuards: "4. 护栏指标",
    sectionRegressions: "5. 退化",
    sectionRisks: "6. 风险、灰度与回滚",
    sectionLedger: "7. 成本台账",
    footer: { version, date in "由 Tollgate \(version) 生成于 \(date)。" },
    colon: "：",
    listSeparator: "；",
    aside: { "（\($0)）" },
    showAllRows: { "展开全部 \($0) 行" },

    verdictLabel: "结论",
    stepLabel: "到达步骤",
    verdictCodeLabel: "结论代码",
    exitCodeLabel: "退出码",
    reasonsLabel: "理由",
    noReasons: "未记录理由。",
    nextActionLabel: "下一步",
    decisionPathLabel: "决策路径",
    stepColumn: "步骤",
    statusColumn: "状态",
    reasonsColumn: "理由",
    noStepsWalked: "决策路径尚未走过任何一步。",
    warningsLabel: "警告",
    verdictName: chineseVerdictName,
    verdictMeaning: chineseVerdictMeaning,
    stepName: { $0.name(in: .chinese) },
    stepStatusName: { status in
      switch status {
      case .passed: "通过"
      case .failed: "未通过"
      case .noEvidence: "尚无证据"
      case .skipped: "跳过"
      }
    },

    cardLabel: "决策卡",
    cardPathLabel: "决策卡文件",
    unnamedCard: "（未命名的决策卡）",
    codeRevisionLabel: "代码版本",
    uncommittedChanges: "含未提交的修改",
    noCodeRevision: "未记录",
    dataSnapshotLabel: "数据快照",
    noDataSnapshot: "尚未记录数据快照",
    toolLabel: "工具",
    generatedAtLabel: "生成时间",
    confidenceLabel: "置信度",
    baselineApproachLabel: "基线方案",
    notStated: "未写明",
    evidenceFilesLabel: "证据文件",
    baselineLabel: "基线",
    candidateLabel: "候选",
    noBaselineEvidence: "尚无基线证据。",
    noCandidateEvidence: "尚无候选证据。",
    evaluationSetsLabel: "评测集",
    setColumn: "评测集",
    kindColumn: "类型",
    fileColumn: "文件",
    bucketsColumn: "分桶",
    noEvaluationSets: "决策卡中没有列出评测集。",
    taskVersionsLabel: "任务版本",
    taskColumn: "任务",
    versionColumn: "版本",
    shotsColumn: "few-shot 示例数",
    samplesBaselineColumn: "样本数（基线）",
    samplesCandidateColumn: "样本数（候选）",
    noTaskVersions: "尚无任务版本记录（随 lm-eval 结果一同提供）。",

    metricColumn: "指标",
    baselineColumn: "基线",
    candidateColumn: "候选",
    differenceColumn: "差值",
    intervalColumn: { "\($0) 区间" },
    samplesColumn: "样本数",
    noKeyTaskEvidence: "关键任务尚无基线或候选证据。",
    intervalMethod: { confidence in
      """
      各数值附 \(confidence) 正态区间，由证据中的标准误算出；差值区间按基线与候选相互独立计算，\
      结果偏保守。
      """
    },
    noBucketEvidence: "尚无分桶结果：需要 Tollgate 自己的评测运行。",
    chartTitle: { "基线与候选对比（\($0) 区间）" },
    chartDescription: """
      每个指标一行，各用自己的刻度：圆点为基线，方块为候选，须线为区间，虚线为目标或界限。
      """,
    chartAxisLabel: "指标值",
    chartReferenceLabel: "目标或界限",
    noChartData: "暂无可绘制的数据：没有任何指标有数值。",

    primaryTargetLabel: "主要目标",
    noPrimaryCheck: "主要目标尚未判定：尚无候选证据。",
    guardsLabel: "护栏",
    noGuardsInCard: "决策卡中没有护栏。",
    noGuardEvidence: "护栏尚未判定：尚无候选证据。",
    primaryNotJudged: { step, name in
      "主要目标未判定：决策在第 \(step) 步（\(name)）停止，未到第 6 步的门槛。"
    },
    guardsNotJudged: { step, name in
      "护栏未判定：决策在第 \(step) 步（\(name)）停止，未到第 6 步的门槛。"
    },
    thresholdColumn: "门槛",
    boundColumn: "界限",
    actionColumn: "动作",
    reasonColumn: "说明",
    checkStatusName: { status in
      switch status {
      case .pass: "通过"
      case .warn: "警告"
      case .block: "阻断"
      case .unproven: "未证实"
      case .missing: "尚无证据"
      }
    },
    actionName: chineseActionName,

    regressionsIntro: "超出噪声、比基线更差的指标（差值区间整体落在变差的一侧）：",
    noRegressions: "没有指标在噪声之外变差。",
    unjudgedMetrics: { count in "\(count) 个指标没有标准误，无法判定。" },
    noRegressionEvidence: "尚无可对比的基线与候选证据。",
    noSampleRegressions: "逐样本退化：尚无记录（需要带逐样本结果的 Tollgate 评测运行）。",

    riskColumn: "风险",
    triggerColumn: "触发条件",
    valueColumn: "数值",
    firedColumn: "是否触发",
    firedYes: "是",
    firedNo: "否",
    noEvidence: "尚无证据",
    noRisksInCard: "决策卡中没有列出风险。",
    noRiskEvidence: { count in "决策卡列出的 \(count) 项风险尚未评估：尚无候选证据。" },
    risksNotEvaluated: { count, step, name in
      "决策卡列出的 \(count) 项风险未评估：决策在第 \(step) 步（\(name)）停止，未到第 6 步的门槛。"
    },
    canaryPlanLabel: "灰度计划",
    canaryPlan: { traffic, hours in
      let share = traffic ?? "未写明比例的"
      let time = hours.map { "\($0) 小时" } ?? "未写明的时长"
      return "\(share)流量，至少 \(time)。"
    },
    noCanaryPlan: "决策卡中没有灰度计划。",
    canaryEvidenceLabel: "灰度证据",
    noCanaryEvidence: "尚无灰度证据。",
    rollbackLabel: "回滚命令",
    noRollbackModel: "决策卡未写明要回滚的模型：请在决策卡中填写 rollback.model。",
    rollbackWithoutCommand: { model, target in
      "在你们的模型仓库中把 \(model) 回滚到 \(target ?? "上一个版本")。在决策卡中填写 "
        + "rollback.command，这里就会写出回滚命令。"
    },

    pilotLabel: "试训测量",
    noPilot: "尚未读取试训日志。",
    pilotLogLabel: "日志",
    pilotFormatLabel: "格式",
    pilotIntervalsLabel: "采用的日志区间数",
    pilotWarmupIntervalsLabel: "丢弃的预热区间数",
    pilotThroughputLabel: "吞吐量中位数",
    pilotSpreadLabel: "吞吐量范围",
    pilotLossLabel: "平均损失（首四分之一到末四分之一）",
    pilotGPUHoursLabel: "试训 GPU 用时",
    datasetTokensLabel: "数据集 token 数",
    impliedMFULabel: "推算 MFU",
    impliedMFUMeaning: """
      试训用到的 GPU 峰值算力比例，按 6 x 参数量 x tokens/秒 推算：低于约 20% 说明训练浪费算力，\
      高于约 60% 说明试训测量可疑
      """,
    pilotNotesLabel: "备注",
    itemColumn: "项目",
    gpuHoursColumn: "GPU 时",
    wallTimeColumn: "耗时",
    costColumn: "费用",
    capColumn: "上限",
    stopLossColumn: "止损线",
    noteColumn: "备注",
    noLedger: "尚无成本估算：需要试训日志和数据集的 token 数。",
    expected: "预期",
    tokensPerSecondUnit: "tokens/秒",
    tokensUnit: "tokens",
    gpuHoursUnit: "GPU 时",
    hoursUnit: "小时",
    ledgerStatusName: { status in
      switch status {
      case .withinCap: "未超上限"
      case .overCap: "超出上限"
      case .pastStopLoss: "已触发止损"
      case .unknown: "未知"
      }
    },
    ledgerItemName: { item in
      switch item {
      case "pilot_compute": "试训算力"
      case "training_compute": "训练算力"
      case "storage_network": "存储与网络"
      case "data_processing": "数据处理"
      case "evaluation": "评测维护"
      case "inference": "推理增量"
      case "compliance": "合规"
      case "platform_lock_in": "平台锁定"
      default: item
      }
    },

    terminalDataHeading: "数据",
    terminalChecksHeading: "目标与护栏",
    terminalRisksHeading: "风险",
    terminalLedgerHeading: "成本台账",
    terminalUnjudgedHeading: "未判定的步骤",
    terminalFired: "已触发",
    terminalNotFired: "未触发",
    terminalReportLabel: "报告"
  )

  private static let chineseVerdictName: @Sendable (VerdictKind) -> String = { kind in
    switch kind {
    case .dontTrain: "不训练"
    case .blocked: "受阻"
    case .pilot: "进行试训"
    case .continueTraining: "继续训练"
    case .shipToCanary: "进入灰度"
    case .stopLoss: "止损"
    case .undecided: "待定"
    }
  }

  private static let chineseVerdictMeaning: @Sendable (VerdictKind) -> String = { kind in
    switch kind {
    case .dontTrain: "训练不是弥补这个差距的办法，请走成本更低的路径。"
    case .blocked: "决策卡或数据在训练之前就阻止了这个决策。"
    case .pilot: "现有证据只支持进行一次试训。"
    case .continueTraining: "试训进展正常，可以进入完整训练。"
    case .shipToCanary: "候选模型通过门槛，可以发布到灰度。"
    case .stopLoss: "有护栏阻断、目标未达成或风险触发：停止并回滚。"
    case .undecided: "证据尚不足以做出决定。"
    }
  }

  private static let chineseActionName: @Sendable (Action) -> String = { action in
    switch action {
    case .stopTraining: "停止训练"
    case .rollback: "回滚"
    case .takeOffline: "下线"
    case .degrade: "降级"
    case .throttle: "限流"
    case .pauseCanary: "暂停灰度"
    case .block: "阻断"
    }
  }
}

// One decoding function per card section, following the card sketch in DESIGN.md.

extension CardDecoder {
  mutating func goal(_ entry: Node.Entry) -> Goal? {
    guard let fields = fields(entry.value, path: "goal", keys: CardKeys.goal) else { return nil }
    let gap = choice(fields["gap"]?.value, "goal.gap", of: GapKind.self)
    var primary: PrimaryTarget?
    if let node = fields["primary"]?.value,
      let target = self.fields(node, path: "goal.primary", keys: CardKeys.primaryTarget)
    {
      let metric = text(target["metric"]?.value, "goal.primary.metric")
      primary = PrimaryTarget(
        metric: metric ?? "", baseline: number(target["baseline"]?.value, "goal.primary.baseline"),
        target: number(target["target"]?.value, "goal.primary.target"), location: node.location)
    }
    return Goal(gap: gap, primary: primary, location: entry.keyLocation)
  }

  mutating func baseline(_ node: Node) -> BaselinePlan? {
    guard let fields = fields(node, path: "baseline", keys: CardKeys.baseline) else { return nil }
    var plan = BaselinePlan(
      approach: text(fields["approach"]?.value, "baseline.approach"), repeats: nil,
      maxSpread: nil, repeatScores: [])
    let path = "baseline.reproducible"
    if let reproducible = self.fields(
      fields["reproducible"]?.value, path: path, keys: CardKeys.reproducible)
    {
      plan.repeats = integer(reproducible["repeats"]?.value, "\(path).repeats")
      plan.maxSpread = measure(
        reproducible["max_spread"]?.value, "\(path).max_spread", expected: .spread)
      let scores = list(reproducible["scores"]?.value, "\(path).scores") ?? []
      plan.repeatScores = scores.enumerated().compactMap { index, item in
        number(item, "\(path).scores[\(index)]")
      }
    }
    return plan
  }

  mutating func data(_ entry: Node.Entry) -> DataPlan? {
    guard let fields = fields(entry.value, path: "data", keys: CardKeys.data) else { return nil }
    let sources = (list(fields["sources"]?.value, "data.sources") ?? []).enumerated()
      .compactMap { index, node in dataSource(node, "data.sources[\(index)]") }
    var method: String?
    var excluded: [String] = []
    var maxPIIRate: Double?
    let path = "data.deidentification"
    if let deid = self.fields(
      fields["deidentification"]?.value, path: path, keys: CardKeys.deidentification)
    {
      method = text(deid["method"]?.value, "\(path).method")
      excluded = textList(deid["excluded_fields"]?.value, "\(path).excluded_fields") ?? []
      maxPIIRate = fraction(deid["max_pii_rate"]?.value, "\(path).max_pii_rate")
    }
    // With a PII threshold the corpus is still scanned in step 3, so it is not ignored.
    if let tokens = fields["tokens"], let corpus = fields["corpus"], maxPIIRate == nil {
      warnCorpusIgnored(corpus, tokens: tokens)
    }
    var snapshot = text(fields["snapshot"]?.value, "data.snapshot")
    if let node = fields["snapshot"]?.value, snapshot?.allSatisfy(\.isWhitespace) == true {
      valueError(
        node, "data.snapshot", say.emptyList(path: "data.snapshot"), hint: say.snapshotHint)
      snapshot = nil
    }
    return DataPlan(
      sources: sources, deidentificationMethod: method, excludedFields: excluded,
      snapshot: snapshot,
      tokens: tokenCount(fields["tokens"]?.value, "data.tokens"),
      epochs: number(fields["epochs"]?.value, "data.epochs"),
      corpus: fields["corpus"].flatMap { corpus($0, countsTokens: fields["tokens"] == nil) },
      maxPIIRate: maxPIIRate,
      location: entry.keyLocation)
  }

  private mutating func dataSource(_ node: Node, _ path: String) -> DataSource? {
    guard let fields = fields(node, path: path, keys: CardKeys.dataSource) else { return nil }
    var source = DataSource(
      name: text(fields["name"]?.value, "\(path).name") ?? "",
      records: integer(fields["records"]?.value, "\(path).records"), training: .unknown,
      commercial: .unknown, region: nil, crossBorder: nil, location: node.location)
    if let licence = self.fields(
      fields["licence"]?.value, path: "\(path).licence", keys: CardKeys.licence)
    {
      source.training =
        choice(licence["training"]?.value, "\(path).licence.training", of: Permission.self)
        ?? .unknown
      source.commercial =
        choice(licence["commercial"]?.value, "\(path).licence.commercial", of: Permission.self)
        ?? .unknown
    }
    if let storage = self.fields(
      fields["storage"]?.value, path: "\(path).storage", keys: CardKeys.storage)
    {
      source.region = text(storage["region"]?.value, "\(path).storage.region")
      source.crossBorder = boolean(storage["cross_border"]?.value, "\(path).storage.cross_border")
    }
    return source
  }

  mutating func budget(_ entry: Node.Entry) -> Budget? {
    guard let fields = fields(entry.value, path: "budget", keys: CardKeys.budget) else {
      return nil
    }
    var budget = Budget(location: entry.keyLocation)
    if let pilot = self.fields(
      fields["pilot"]?.value, path: "budget.pilot", keys: CardKeys.budgetPilot)
    {
      budget.pilotGPUHours = gpuHours(pilot["gpu_hours"]?.value, "budget.pilot.gpu_hours")
    }
    if let training = self.fields(
      fields["training"]?.value, path: "budget.training", keys: CardKeys.budgetTraining)
    {
      budget.trainingGPUHours = gpuHours(
        training["gpu_hours"]?.value, "budget.training.gpu_hours")
      budget.calendarDays = number(
        training["calendar_days"]?.value, "budget.training.calendar_days")
      budget.trainingCost = money(training["cost"]?.value, "budget.training.cost")
    }
    if let inference = self.fields(
      fields["inference"]?.value, path: "budget.inference", keys: CardKeys.budgetInference)
    {
      budget.inferenceMaxIncrease = fraction(
        inference["max_increase"]?.value, "budget.inference.max_increase")
    }
    budget.safetyFactor = number(fields["safety_factor"]?.value, "budget.safety_factor")
    budget.compute = compute(fields["compute"]?.value)
    let lines = list(fields["stop_loss"]?.value, "budget.stop_loss") ?? []
    budget.stopLoss = lines.enumerated().compactMap { index, node in
      stopLossLine(node, "budget.stop_loss[\(index)]")
    }
    return budget
  }

  private mutating func compute(_ node: Node?) -> ComputeSpec? {
    let path = "budget.compute"
    guard let fields = fields(node, path: path, keys: CardKeys.compute) else { return nil }
    var price: PricePerGPUHour?
    if let money = money(fields["price_per_gpu_hour"]?.value, "\(path).price_per_gpu_hour") {
      price = PricePerGPUHour(money)
    }
    return ComputeSpec(
      gpuType: text(fields["gpu"]?.value, "\(path).gpu"),
      gpus: integer(fields["gpus"]?.value, "\(path).gpus"), pricePerGPUHour: price,
      dtype: text(fields["dtype"]?.value, "\(path).dtype"))
  }

  private mutating func stopLossLine(_ node: Node, _ path: String) -> StopLossLine? {
    guard let fields = fields(node, path: path, keys: CardKeys.stopLossLine) else { return nil }
    let trigger = threshold(fields["trigger"]?.value, "\(path).trigger")
    let action = action(fields["action"]?.value, "\(path).action")
    guard let trigger, let action else { return nil }
    return StopLossLine(trigger: trigger, action: action, location: node.location)
  }

  mutating func risks(_ node: Node?) -> [Risk] {
    let items = list(node, "risks") ?? []
    return items.enumerated().compactMap { index, item in
      let path = "risks[\(index)]"
      guard let fields = fields(item, path: path, keys: CardKeys.risk) else { return nil }
      return Risk(
        name: text(fields["name"]?.value, "\(path).name") ?? "",
        trigger: threshold(fields["trigger"]?.value, "\(path).trigger"),
        action: action(fields["action"]?.value, "\(path).action"), location: item.location)
    }
  }

  mutating func evaluation(_ node: Node?) -> EvaluationPlan? {
    guard let fields = fields(node, path: "evaluation", keys: CardKeys.evaluation) else {
      return nil
    }
    let items = list(fields["sets"]?.value, "evaluation.sets") ?? []
    let sets = items.enumerated().compactMap { index, item -> EvaluationSet? in
      let path = "evaluation.sets[\(index)]"
      guard let set = self.fields(item, path: path, keys: CardKeys.evaluationSet),
        let kind = choice(set["kind"]?.value, "\(path).kind", of: EvaluationSetKind.self)
      else { return nil }
      return EvaluationSet(
        name: text(set["name"]?.value, "\(path).name") ?? "", kind: kind,
        path: text(set["path"]?.value, "\(path).path"),
        buckets: text(set["buckets"]?.value, "\(path).buckets"))
    }
    let allow = boolean(fields["allow_incomparable"]?.value, "evaluation.allow_incomparable")
    return EvaluationPlan(sets: sets, allowIncomparable: allow ?? false)
  }

  mutating func evidence(_ node: Node?) -> EvidencePaths {
    guard let fields = fields(node, path: "evidence", keys: CardKeys.evidence) else {
      return EvidencePaths()
    }
    return EvidencePaths(
      baseline: text(fields["baseline"]?.value, "evidence.baseline"),
      candidate: text(fields["candidate"]?.value, "evidence.candidate"),
      pilot: text(fields["pilot"]?.value, "evidence.pilot"))
  }

  /// Derived metrics: any name may be a key here, so no unknown-key check on the names.
  mutating func metrics(_ node: Node?) -> [DerivedMetric] {
    guard let node, !Self.isNull(node) else { return [] }
    guard let entries = node.entries else {
      typeError(node, "metrics", expected: .mappingOfMetricNames)
      return []
    }
    return entries.compactMap { entry in
      let path = "metrics.\(entry.key)"
      guard let fields = fields(entry.value, path: path, keys: CardKeys.derivedMetric) else {
        return DerivedMetric(name: entry.key, meanOf: [], location: entry.keyLocation)
      }
      let parts = textList(fields["mean_of"]?.value, "\(path).mean_of") ?? []
      return DerivedMetric(name: entry.key, meanOf: parts, location: entry.keyLocation)
    }
  }

  mutating func gate(_ entry: Node.Entry) -> Gate? {
    guard let fields = fields(entry.value, path: "gate", keys: CardKeys.gate) else { return nil }
    let guards = (list(fields["guards"]?.value, "gate.guards") ?? []).enumerated()
      .compactMap { index, node in guardLine(node, "gate.guards[\(index)]") }
    var unprovenBlocks = true
    if let node = fields["unproven"]?.value, let text = text(node, "gate.unproven") {
      switch text {
      case "block": unprovenBlocks = true
      case "warn": unprovenBlocks = false
      default:
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.valueRule, say.notAllowed(path: "gate.unproven", text: text),
            at: node.location, keyPath: "gate.unproven", hint: say.unprovenHint))
      }
    }
    return Gate(
      primary: threshold(fields["primary"]?.value, "gate.primary"), guards: guards,
      confidence: number(fields["confidence"]?.value, "gate.confidence") ?? 0.95,
      unprovenBlocks: unprovenBlocks, location: entry.keyLocation)
  }

  private mutating func guardLine(_ node: Node, _ path: String) -> Guard? {
    guard let fields = fields(node, path: path, keys: CardKeys.guardKeys) else { return nil }
    return Guard(
      metric: text(fields["metric"]?.value, "\(path).metric") ?? "",
      block: threshold(fields["block"]?.value, "\(path).block"),
      warn: threshold(fields["warn"]?.value, "\(path).warn"),
      notWorse: boolean(fields["not_worse"]?.value, "\(path).not_worse") ?? false,
      action: action(fields["action"]?.value, "\(path).action"), location: node.location)
  }

  mutating func rollback(_ entry: Node.Entry) -> RollbackPlan? {
    guard let fields = fields(entry.value, path: "rollback", keys: CardKeys.rollback) else {
      return nil
    }
    var plan = RollbackPlan(
      model: text(fields["model"]?.value, "rollback.model"),
      to: text(fields["to"]?.value, "rollback.to"), canaryTraffic: nil, canaryMinHours: nil,
      command: text(fields["command"]?.value, "rollback.command"), location: entry.keyLocation)
    if let canary = self.fields(
      fields["canary"]?.value, path: "rollback.canary", keys: CardKeys.canary)
    {
      plan.canaryTraffic = fraction(canary["traffic"]?.value, "rollback.canary.traffic")
      plan.canaryMinHours = number(canary["min_hours"]?.value, "rollback.canary.min_hours")
    }
    return plan
  }
}

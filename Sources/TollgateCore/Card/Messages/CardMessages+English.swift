/// The card's messages in English, the canonical wording that tests and docs quote.
struct EnglishCardMessages: CardMessages {
  func wrongType(path: String, expected: CardValueKind, found: Node) -> String {
    let foundText = found.writtenScalar.map { "`\($0)`" } ?? found.kindName
    return "`\(path)` must be \(name(of: expected)), found \(foundText)"
  }

  private func name(of kind: CardValueKind) -> String {
    switch kind {
    case .mappingOfKeys: "a mapping of keys"
    case .text: "text"
    case .number: "a number"
    case .wholeNumber: "a whole number"
    case .boolean: "true or false"
    case .percentage: "a percentage"
    case .money: "an amount of money"
    case .moneyWithCurrency: "an amount of money with its currency"
    case .gpuHours: "GPU-hours"
    case .numberOfGPUHours: "a number of GPU-hours"
    case .tokens: "a number of tokens"
    case .wholeTokens: "a whole number of tokens"
    case .list: "a list"
    case .mappingOfMetricNames: "a mapping of metric names"
    case .spread: "a spread"
    case .share: "a share"
    case .shareOfDocuments: "a share of documents"
    case .thresholdExpression: "a threshold expression such as `>= 0.90`"
    }
  }

  func valueHint(_ kind: CardValueKind) -> String? {
    switch kind {
    case .number: "write digits, e.g. 0.90 or 6e-1"
    case .wholeNumber: "write digits without a fraction, e.g. 3"
    case .percentage: "write a percentage like `10%` (or the fraction 0.10)"
    case .money, .moneyWithCurrency:
      "write the amount and an ISO currency code, e.g. `20000 USD` or `150000 CNY`"
    case .gpuHours, .numberOfGPUHours: "write the number of GPU-hours, e.g. 800"
    case .tokens, .wholeTokens: "write the number of tokens, e.g. 2.4e9"
    case .list: "write `[a, b]` or one `- item` per line"
    case .spread: "write the largest spread across repeats, e.g. `0.5pt`"
    case .share, .shareOfDocuments: "write the share of documents to count, e.g. 0.01 or 1%"
    case .mappingOfKeys, .text, .boolean, .mappingOfMetricNames, .thresholdExpression: nil
    }
  }

  var topLevelName: String { "(top level)" }

  func mappingHint(name: String) -> String {
    "write `key: value` lines indented under `\(name):`, or `{key: value}`"
  }

  func booleanHint(suggested: Bool?) -> String {
    switch suggested {
    case true?: "write `true`; Tollgate reads only true and false as booleans"
    case false?: "write `false`; Tollgate reads only true and false as booleans"
    case nil: "write `true` or `false`"
    }
  }

  func unquoteHint(_ text: String, style: Node.ScalarStyle) -> String {
    switch style {
    case .taggedText: "remove the `!!str` tag: write `\(text)`, not `!!str \(text)`"
    case .block: "write `\(text)` on the key's line, not as a `|` or `>` block"
    case .singleQuoted: "remove the quotes: write `\(text)`, not `'\(text)'`"
    case .plain, .doubleQuoted: "remove the quotes: write `\(text)`, not `\"\(text)\"`"
    }
  }

  func repeatedKey(_ key: String, earlierKey: String, line: Int) -> String {
    "`\(key)` repeats `\(earlierKey)` (line \(line)): they are the same key"
  }

  var repeatedKeyHint: String { "keep one of the two spellings" }

  func unknownKey(_ key: String) -> String { "unknown key `\(key)`" }

  func moreUnknownKeys(_ count: Int, firstLine: Int, lastLine: Int) -> String {
    let keys = count == 1 ? "1 more unknown key" : "\(count) more unknown keys"
    let lines = firstLine == lastLine ? "line \(firstLine)" : "lines \(firstLine)-\(lastLine)"
    return "and \(keys), not listed one by one (\(lines))"
  }

  func moreUnknownKeysHint(listed: Int) -> String {
    "the first \(listed) are listed above; fix or remove them and run `tollgate card check` "
      + "again to list the next \(listed) (a card with this many unknown keys may be the wrong "
      + "file)"
  }

  func suggesting(_ nearest: String?, _ rest: String) -> String {
    guard let nearest else { return rest }
    return rest.isEmpty ? "did you mean `\(nearest)`?" : "did you mean `\(nearest)`? " + rest
  }

  func keysHere(_ names: [String]) -> String {
    "keys here: " + names.map { "`\($0)`" }.joined(separator: ", ")
  }

  func unsupportedSchema(_ version: Int) -> String { "unsupported card schema version \(version)" }
  var unsupportedSchemaHint: String { "this Tollgate reads `tollgate: 1`" }

  func notAllowed(path: String, text: String) -> String { "`\(path)` cannot be `\(text)`" }
  func oneOf(_ names: [String]) -> String { "write one of: \(names.joined(separator: ", "))" }
  var unprovenHint: String { "write `block` or `warn`" }

  func modelConfigIgnored(parametersAt place: String) -> String {
    "`pilot.model_config` is ignored because `parameters` is set (\(place))"
  }

  var modelConfigIgnoredHint: String {
    "remove `parameters` to count them from the config, or remove `model_config`"
  }

  var batchMembersHint: String {
    "give all four: `batch: {per_device: 8, gradient_accumulation: 4, gpus: 1, "
      + "sequence_length: 1024}`"
  }

  func tooSmall(path: String, found: Int) -> String {
    "`\(path)` must be at least 1, found `\(found)`"
  }

  var atLeastOneHint: String { "write a whole number of 1 or more" }

  func batchOverflow(path: String) -> String {
    "`\(path)` multiplies to more tokens per step than can be counted"
  }

  var batchOverflowHint: String {
    "check the batch shape; a step of a real run holds millions of tokens, not more"
  }

  func batchMismatch(statedAt: String, stated: Int64, batchAt: String, product: Int64) -> String {
    "`pilot.tokens_per_step` (\(statedAt)) is \(stated), but `pilot.batch` (\(batchAt)) "
      + "multiplies to \(product)"
  }

  var batchMismatchHint: String {
    "keep one of the two, or correct the one that does not match the run"
  }

  func missingKey(path: String, key: String) -> String { "`\(path)` has no `\(key)`" }

  var tokenizerHint: String {
    "name the base model's tokenizer.json, e.g. `tokenizer: base-model/tokenizer.json`"
  }

  var corpusPathsHint: String {
    "list the corpus files, folders or patterns, e.g. `paths: [corpus/*.jsonl.zst]`"
  }

  func emptyList(path: String) -> String { "`\(path)` is empty" }

  var snapshotHint: String {
    "name the manifest `tollgate data snapshot` writes, e.g. `snapshot: data/v1.manifest.json`"
  }

  var corpusPathsListHint: String {
    "list the corpus files, folders or patterns, e.g. `[corpus/*.jsonl.zst]`"
  }

  func shareOutOfRange(path: String, found: String) -> String {
    "`\(path)` must be more than 0 and at most 1, found `\(found)`"
  }

  func negative(path: String, found: Int) -> String {
    "`\(path)` must be 0 or more, found `\(found)`"
  }

  var seedHint: String { "write a whole number of 0 or more, e.g. 7" }

  func fieldNamesNoKey(path: String, found: String) -> String {
    "`\(path)` names no JSON field: `\(found)` has an empty key (no document has it, so every "
      + "line would be skipped)"
  }

  var fieldHint: String {
    "give the key of the text, dots only between keys of nested objects, e.g. `text` or "
      + "`meta.text`"
  }

  func corpusIgnored(tokensAt place: String) -> String {
    "`data.corpus` is ignored because `tokens` is set (\(place))"
  }

  var corpusIgnoredHint: String { "remove `tokens` to count the corpus, or remove `corpus`" }

  func threshold(_ error: ThresholdSyntaxError) -> (message: String, hint: String) {
    (error.message, error.hint)
  }

  func unknownAction(_ text: String) -> String { "unknown action `\(text)`" }

  func actionsHint(_ names: [String], nearest: String?) -> String {
    suggesting(nearest, "actions are " + names.joined(separator: ", "))
  }

  func confidenceOutside(_ text: String) -> String { "confidence \(text) is outside (0.5, 1)" }

  func confidenceAsPercentHint(fraction: Double, written: String) -> String {
    "write a fraction: \(fraction) rather than \(written)"
  }

  var confidenceHint: String { "write a value above 0.5 and below 1; 0.95 is usual" }

  func secondCurrency(_ code: String, first: String, firstPath: String, line: Int) -> String {
    "amount in \(code), but the card already uses \(first) (\(firstPath), line \(line))"
  }

  func currencyHint(_ code: String) -> String {
    "write every amount in \(code), converted at the rate your finance team uses"
  }

  func derivedMetricEmpty(_ name: String) -> String { "derived metric `\(name)` averages nothing" }

  var derivedMetricHint: String {
    "list the metrics to average, e.g. `mean_of: [mmlu.acc, hellaswag.acc_norm]`"
  }

  func gateRiskContradiction(
    metric: String, gate: String, risk: String, riskLine: Int?, trigger: String
  ) -> String {
    let line = riskLine.map { " (line \($0))" } ?? ""
    return "gate passes `\(metric)` at `\(gate)`, but risk `\(risk)`\(line) fires at `\(trigger)`"
  }

  var gateRiskContradictionHint: String {
    "make the gate at least as strict as the risk's trigger, or loosen the risk"
  }

  func guardWithoutLines(metric: String?) -> String {
    "guard\(metric.map { " on `\($0)`" } ?? "") has neither `block` nor `warn`"
  }

  var guardWithoutLinesHint: String {
    "add the line that stops the release, e.g. `block: \"<= 0.1%\"`"
  }

  func guardLineOtherMetric(metric: String, key: String, named: String) -> String {
    "guard on `\(metric)` has a `\(key)` line on `\(named)`"
  }

  func guardLineOtherMetricHint(key: String, line: String, named: String) -> String {
    "leave the metric out (`\(key): \"\(line)\"`) or make a separate guard for `\(named)`"
  }

  /// A list entry (a data source, a risk) by its name, or by its place when it has none.
  private func entryName(_ name: String?, _ index: Int) -> String {
    name.map { "`\($0)`" } ?? "#\(index + 1)"
  }

  func licenceForbidsTraining(source: String?, index: Int) -> String {
    "the licence of source \(entryName(source, index)) forbids training"
  }

  var licenceForbidsTrainingHint: String {
    "remove the source, or obtain a licence that allows training and record it"
  }

  func licenceUnstated(source: String?, index: Int) -> String {
    "the licence of source \(entryName(source, index)) does not say whether training is allowed"
  }

  var licenceUnstatedHint: String {
    "find out and write `licence: {training: allowed}` (or `forbidden`)"
  }

  var gateWithoutPrimary: String { "gate has no primary threshold" }

  var gateWithoutPrimaryHint: String {
    "add the goal's target, e.g. `primary: \"clause_accuracy >= 0.90\"`"
  }

  func primaryOtherMetric(_ metric: String, goalMetric: String) -> String {
    "gate.primary judges `\(metric)`, but the goal's metric is `\(goalMetric)`"
  }

  func primaryOtherMetricHint(goalMetric: String, target: String) -> String {
    "write `\(goalMetric) >= \(target)`"
  }

  func primaryMismatch(bound: String, isBelow: Bool, target: String) -> String {
    "gate.primary asks for \(bound), \(isBelow ? "below" : "above") goal.primary.target \(target)"
  }

  func primaryMismatchHint(goalMetric: String, target: String) -> String {
    "make them the same number: `\(goalMetric) >= \(target)`"
  }

  private static let purpose: [String: String] = [
    "goal": "the gap (`domain`) and the primary metric's baseline and target",
    "baseline": "the cheaper approach training must beat, and how reproducible it is",
    "data": "the training sources with their licence and storage",
    "budget": "GPU-hours and cost caps, with at least one stop-loss line",
    "risks": "each risk with a trigger and an action, e.g. forgetting",
    "evaluation": "the evaluation sets that decide the gate",
    "gate": "the primary threshold and the guards",
    "rollback": "the model and the alias to roll back to",
  ]

  func missingSection(_ name: String) -> String { "missing section `\(name)`" }

  func missingSectionHint(_ name: String, alias: String?) -> String {
    let spelled = alias.map { "`\(name):` (or `\($0):`)" } ?? name
    return "add \(spelled); \(Self.purpose[name] ?? "")"
  }

  func emptySection(_ key: String) -> String { "section `\(key)` is empty" }
  func emptySectionHint(_ name: String) -> String { "fill it in: \(Self.purpose[name] ?? "")" }

  func riskWithoutTrigger(risk: String?, index: Int) -> String {
    "risk \(entryName(risk, index)) has no trigger"
  }

  var riskWithoutTriggerHint: String {
    "add the line that fires it, e.g. `trigger: \"general_avg < baseline - 1pt\"`"
  }

  func riskWithoutAction(risk: String?, index: Int) -> String {
    "risk \(entryName(risk, index)) has no action"
  }

  var riskWithoutActionHint: String {
    "add what happens when it fires, e.g. `action: stop_training`"
  }

  var rollbackWithoutTarget: String { "rollback has no target" }

  var rollbackWithoutTargetHint: String {
    "add `to: baseline` (or another known alias or version)"
  }

  func unknownRollbackTarget(_ text: String) -> String {
    "rollback target `\(text)` is not a known alias or version"
  }

  func rollbackTargetHint(aliases: [String], nearest: String?) -> String {
    suggesting(
      nearest,
      "the registry is not wired in yet, so a target must be one of "
        + "\(aliases.joined(separator: ", ")) or a version such as v3 or model@3")
  }

  func safetyFactorOutside(_ text: String) -> String { "safety factor \(text) is outside 1-3" }

  var safetyFactorOutsideHint: String {
    "a factor multiplies the estimate; use 1.2-2.0 (1.5 is a common choice)"
  }

  func safetyFactorUnusual(_ text: String) -> String {
    "safety factor \(text) is outside the usual 1.2-2.0"
  }

  var safetyFactorUnusualHint: String {
    "pilots usually under-estimate full runs by 20-100 %; 1.5 is a common choice"
  }

  var budgetWithoutStopLoss: String { "budget has no stop-loss line" }

  var budgetWithoutStopLossHint: String {
    "add `stop_loss:` with at least one line, e.g. "
      + "`- {trigger: \"spent_gpu_hours > 800\", action: stop_training}`"
  }

  func stopLossLineMissing(number: Int, key: String) -> String {
    "stop-loss line \(number) has no \(key)"
  }

  var stopLossLineHint: String { "a stop-loss line needs both `trigger` and `action`" }
}

// MARK: Rules: value ranges

extension EnglishCardMessages {
  func valueOutOfRange(path: String, text: String, _ kind: ValueRangeKind) -> String {
    switch kind {
    case .positive: "`\(path)` is \(text); it must be more than 0"
    case .notNegative: "`\(path)` is \(text); it cannot be negative"
    case .atLeastOne: "`\(path)` is \(text); at least one run is needed"
    case .share: "`\(path)` is \(text); a canary must take more than 0% and at most 100% of traffic"
    case .rateBelowAll:
      "`\(path)` is \(text); the share of documents allowed to hold personal data must be "
        + "more than 0% and less than 100%"
    }
  }

  func valueOutOfRangeHint(_ kind: ValueRangeKind) -> String {
    switch kind {
    case .positive: "write the amount you plan for, e.g. `gpu_hours: 800` or `epochs: 1`"
    case .notNegative: "write a count or a number of hours of 0 or more"
    case .atLeastOne: "write how many times the baseline was run, e.g. `repeats: 3`"
    case .share: "write a share such as `traffic: 5%`"
    case .rateBelowAll:
      "write the share of documents a PII scan may still flag, e.g. `max_pii_rate: 0.1%`"
    }
  }

  func pilotAboveTraining(pilot: String, training: String) -> String {
    "the pilot budget (\(pilot) GPU-hours) is larger than the training budget "
      + "(\(training) GPU-hours)"
  }

  var pilotAboveTrainingHint: String {
    "a pilot measures a small slice of the run; give it a few per cent of the training budget"
  }

  func scoresShort(repeats: Int, scores: Int) -> String {
    "\(repeats) repeats declared, \(scores) score\(scores == 1 ? "" : "s") given"
  }

  func scoresShortHint(repeats: Int) -> String {
    "list one score per repeat (\(repeats) in all), or lower `repeats` to the runs you have"
  }

  func targetNotBetter(target: String, baseline: String, lowerIsBetter: Bool) -> String {
    let side = lowerIsBetter ? "not below" : "not above"
    return
      "the target \(target) is \(side) the baseline \(baseline); training for it makes no sense"
  }

  var targetNotBetterHint: String {
    "set `target` to the score training must reach, better than `baseline` (e.g. 0.84 -> 0.90)"
  }
}

// MARK: Rules: guard consistency

extension EnglishCardMessages {
  func warnLooserThanBlock(metric: String, warn: String, block: String) -> String {
    "the guard on \(metric) warns at `\(warn)`, looser than its block line `\(block)`, "
      + "so the warning can never fire first"
  }

  var warnLooserThanBlockHint: String {
    "make `warn` stricter than `block`, e.g. `block: \">= baseline - 1pt\"` with "
      + "`warn: \">= baseline\"`"
  }

  func repeatedGuard(metric: String, firstLine: Int) -> String {
    "a second guard on \(metric); the first is on line \(firstLine)"
  }

  var repeatedGuardHint: String {
    "keep one guard per metric, with both its `warn` and `block` lines"
  }

  func repeatedRisk(name: String, firstLine: Int) -> String {
    "a second risk named \(name); the first is on line \(firstLine)"
  }

  var repeatedRiskHint: String { "give each risk its own name so the report can tell them apart" }

  func metricCycle(_ names: [String]) -> String {
    guard names.count > 1 else {
      return "derived metric \(names.first ?? "") averages itself, so it has no value"
    }
    let list = names.joined(separator: ", ")
    return "derived metrics \(list) average one another in a cycle, so none has a value"
  }

  var metricCycleHint: String {
    "list evaluation results under `mean_of` (e.g. `mmlu.acc`), never the metric itself"
  }
}

// MARK: Rules: triggers that can be evaluated

extension EnglishCardMessages {
  func triggerProblem(_ problem: TriggerProblem, line: String) -> String {
    switch problem {
    case .missingMetric: "trigger `\(line)` names no metric, so it can never be evaluated"
    case .unknownCostMetric(let metric, _):
      "stop-loss metric \(metric) is not one Tollgate computes, so the line is never checked"
    case .baselineOnCost(let metric):
      "stop-loss `\(line)` compares \(metric) with a baseline, but a cost has none"
    case .costWithoutCurrency:
      "stop-loss `\(line)` gives no currency, and the card has no single currency to assume"
    case .unitMismatch(let metric, let unit):
      "`\(unit)` does not measure \(metric), so `\(line)` can never be evaluated"
    case .firesBelowCap:
      "`\(line)` fires whenever the estimate is below the cap; did you mean `>`?"
    case .currencyOnMetric(let metric, let code):
      "`\(line)` puts the currency \(code) on \(metric), which is not a cost"
    case .bareOffsetOnFraction(let metric, let offset):
      "`\(line)` moves the baseline of \(metric) by \(Self.plain(offset)) on a 0-1 scale; "
        + "did you mean `\(Self.plain(offset))%` or `\(Self.plain(offset))pt`?"
    }
  }

  func triggerProblemHint(_ problem: TriggerProblem, line: String) -> String {
    switch problem {
    case .missingMetric: "write the metric first, e.g. `spent_gpu_hours > 400`"
    case .unknownCostMetric(_, let nearest):
      suggesting(
        nearest,
        "use one of " + StopLossCheck.costMetrics.map { "`\($0)`" }.joined(separator: ", "))
    case .baselineOnCost: "write a fixed cap, e.g. `estimated_cost > 20000 USD`"
    case .costWithoutCurrency: "write the currency after the amount, e.g. `> 20000 USD`"
    case .unitMismatch:
      "write money only on `estimated_cost`, GPU-hours on `*_gpu_hours`, plain days on "
        + "`calendar_days`"
    case .firesBelowCap: "a stop-loss fires past its cap: write `>` or `>=`"
    case .currencyOnMetric: "drop the currency; write the number on the metric's own scale"
    case .bareOffsetOnFraction:
      "write `%` for a share of the baseline or `pt` for points, e.g. `baseline - 1pt`"
    }
  }

  /// `10` rather than `10.0`, for offsets quoted back.
  fileprivate static func plain(_ value: Double) -> String {
    let size = abs(value)
    return size == size.rounded() && size < 1e15 ? String(Int(size)) : String(size)
  }
}

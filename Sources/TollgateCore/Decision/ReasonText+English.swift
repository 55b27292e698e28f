/// The English sentences (see `ReasonText`).
struct EnglishReasonText: ReasonText {
  typealias F = Formatting

  // MARK: gate, one threshold

  func subject(_ metric: String, _ value: Double, baseline: Double?) -> String {
    guard let baseline else { return "\(metric) \(F.number(value))" }
    return "\(metric) \(F.number(value)) against baseline \(F.number(baseline)) "
      + "(\(F.signed(value - baseline)))"
  }
  func namedSubject(_ metric: String, _ value: Double, baseline: Double?) -> String {
    subject(metric, value, baseline: baseline)
  }
  func sentence(_ subject: String, _ clause: String) -> String { "\(subject) \(clause)" }
  func exactRate(events: Int, trials: Int) -> String {
    " (\(events)/\(trials), exact one-sided bound)"
  }
  func fails(_ threshold: String, bound: Double) -> String {
    "fails \"\(threshold)\" (bound \(F.number(bound)))"
  }
  func meets(_ threshold: String, bound: Double) -> String {
    "meets \"\(threshold)\" (bound \(F.number(bound)))"
  }
  func meetsOnPointEstimate(_ threshold: String, bound: Double) -> String {
    meets(threshold, bound: bound) + " on the point estimate"
  }
  func intervalEvidence(_ interval: Interval?) -> String {
    interval.map { "; interval \(F.interval($0))" } ?? "; no standard error"
  }
  func noIntervalEvidence() -> String { "; no standard error, so no interval" }
  func clearsEvidence(_ interval: Interval) -> String { "; \(F.interval(interval)) clears it" }
  func crossesEvidence(_ interval: Interval, line: Double, certificate: String) -> String {
    ", but \(F.interval(interval)) crosses \(F.number(line))\(certificate)"
  }
  func zeroHitCertificate(probes: Int) -> String {
    "; \(F.grouped(Double(probes))) probes with zero hits would certify it"
  }
  func noCandidateValue(_ metric: String) -> String {
    "\(metric): no value in the candidate evidence"
  }
  func baselineMissing(_ metric: String, threshold: String) -> String {
    "\(metric): \"\(threshold)\" is relative to the baseline, which has no value for it"
  }

  // MARK: gate, guards

  func guardWithoutChecks(_ metric: String) -> String {
    "\(metric): the guard has no block, warn or not_worse"
  }
  func notWorseNeedsBoth(_ metric: String, candidateMissing: Bool) -> String {
    "\(metric): not_worse needs a value in both candidate and baseline evidence; "
      + (candidateMissing ? "the candidate" : "the baseline") + " has none"
  }
  func notWorse(_ text: String) -> String { "is not worse (\(text))" }
  func worse(_ text: String) -> String { "is worse (\(text))" }
  func worseBeyondNoise(_ interval: Interval) -> String {
    "; difference interval \(F.interval(interval)) excludes zero"
  }
  func worseWithinNoise(_ interval: Interval) -> String {
    "; difference interval \(F.interval(interval)) includes zero, so within noise"
  }
  func briefUnproven(_ threshold: String, bound: Double) -> String {
    "meets \"\(threshold)\" (bound \(F.number(bound))) only on the point estimate"
  }
  func briefWorseBeyondNoise() -> String { "worse than the baseline beyond noise (not_worse)" }
  func briefWorseWithinNoise() -> String { "worse than the baseline within noise (not_worse)" }
  func briefWorseOnPoint() -> String {
    "worse than the baseline on the point estimate (not_worse)"
  }
  func also(_ briefs: [String]) -> String { "; also " + briefs.joined(separator: "; ") }

  // MARK: gate, risks

  func riskWithoutTrigger(_ name: String) -> String {
    "risk \(name) has no trigger with a metric"
  }
  func riskNoValue(_ name: String, metric: String) -> String {
    "risk \(name): no value for \(metric) in the candidate evidence"
  }
  func riskNeedsBaseline(_ name: String, trigger: String, metric: String) -> String {
    "risk \(name): \"\(trigger)\" needs the baseline's \(metric), which is missing"
  }
  func riskChecked(
    _ name: String, subject: String, fired: Bool, trigger: String, bound: Double,
    interval: Interval?, action: Action?
  ) -> String {
    "risk \(name): \(subject) " + (fired ? "fires" : "does not fire")
      + " \"\(trigger)\" (bound \(F.number(bound)))"
      + (interval.map { "; interval \(F.interval($0))" } ?? "")
      + (fired ? "; action: \(action?.rawValue ?? "none given")" : "")
  }

  // MARK: decision path, steps 0 to 4

  func cardChecksPass() -> String { "the card checks pass" }
  func cardErrors(_ count: Int) -> String { "the card has \(count) error(s)" }
  func fixCard(_ card: String) -> String {
    "fix the card, then run `tollgate card check \(card)`"
  }
  func noGap() -> String {
    "the card names no gap (goal.gap: evidence, process, stability or domain)"
  }
  func setGap(_ card: String) -> String {
    "set goal.gap in \(card), then run `tollgate decide \(card)`"
  }
  func gapIsDomain() -> String { "the gap is domain capability" }
  func cheaperPath(for gap: GapKind) -> (reason: String, next: String) {
    switch gap {
    case .evidence:
      (
        "the gap is missing evidence: the model lacks facts it can be given at request time",
        "add retrieval (give the model the documents at request time) and measure it against "
          + "the primary target"
      )
    case .process:
      (
        "the gap is the product flow, not the model's capability",
        "fix the product flow and the prompts first, then measure the primary target again"
      )
    case .stability:
      (
        "the gap is stability: answers vary from run to run",
        "add a regression suite and fix the decoding settings (temperature, seed) first"
      )
    case .domain:
      (gapIsDomain(), "continue")
    }
  }
  func noPrimaryForCheapPath() -> String { "no primary target to compare the baseline with" }
  func cardBaselineMeets(_ metric: String, _ value: Double, _ threshold: String, bound: Double)
    -> String
  {
    "the card's baseline \(metric) \(F.number(value)) already meets "
      + "\"\(threshold)\" (bound \(F.number(bound)))"
  }
  func evidenceBaselineMeets(
    _ metric: String, _ value: Double, _ threshold: String, bound: Double
  ) -> String {
    "the baseline evidence \(metric) \(F.number(value)) already meets "
      + "\"\(threshold)\" (bound \(F.number(bound)))"
  }
  func shipBaseline(approach: String?) -> String {
    "ship the baseline approach\(approach.map { " (\($0))" } ?? ""): it already meets the target"
  }
  func baselineMissesTarget(_ threshold: String) -> String {
    "the baseline does not meet \"\(threshold)\""
  }
  func noDataSection() -> String { "the card has no data section" }
  func licenceForbidsTraining(_ source: String) -> String {
    "source \(source): the licence forbids training"
  }
  func licenceForbidsCommercialUse(_ source: String) -> String {
    "source \(source): the licence forbids commercial use"
  }
  func crossBorderWithoutRegion(_ source: String) -> String {
    "source \(source): cross-border transfer without a declared region"
  }
  func licenceSilentOnTraining(_ source: String) -> String {
    "source \(source): the licence does not say whether training is allowed"
  }
  func replaceBlockedSources(_ card: String) -> String {
    "replace or re-license the blocked source(s) and update data.sources in \(card)"
  }
  func declareStorageRegion(_ card: String) -> String {
    "declare where each cross-border source is stored (storage.region under data.sources in "
      + "\(card)), or stop the transfer (cross_border: false)"
  }
  func recordsUnlikeSnapshot(declared: Int64, snapshot: String, records: Int64) -> String {
    "data.sources declare \(F.grouped(Double(declared))) records, snapshot '\(snapshot)' holds "
      + "\(F.grouped(Double(records))): the card describes other data than the snapshot; update "
      + "records (or take the snapshot of the data the card means)"
  }
  func noSourcesDeclared() -> String {
    "data.sources lists no source: no licence or storage region was checked"
  }
  func sourcesUsable(_ count: Int) -> String { "\(count) source(s) usable under their licences" }
  func deidentification(_ method: String) -> String { "de-identification: \(method)" }
  func noDeidentification() -> String { "no de-identification method in data.deidentification" }
  func noPIIScanYet() -> String { "PII scan: no evidence yet" }
  func noRepeatScores() -> String { "no repeat scores of the baseline recorded" }
  func repeatsWithoutMaxSpread(_ count: Int, spread: Double) -> String {
    "\(count) repeats spread \(F.number(spread)); no max_spread to hold"
  }
  func repeatsOverMaxSpread(_ count: Int, spread: Double, low: Double, high: Double, max: Double)
    -> String
  {
    "\(count) baseline repeats spread \(F.number(spread)) "
      + "(\(F.number(low)) to \(F.number(high))), over max_spread \(F.number(max))"
  }
  func makeBaselineReproducible() -> String {
    "make the baseline reproducible (fix seeds, decoding and the evaluation set), "
      + "re-run its repeats and record them in baseline.reproducible"
  }
  func repeatsWithin(_ count: Int, spread: Double, max: Double) -> String {
    "\(count) repeats spread \(F.number(spread)), within \(F.number(max))"
  }

  // MARK: decision path, step 5

  func noPilotLog() -> String { "no pilot log yet" }
  func noPilotCostNotEstimated() -> String { "no pilot log: training cost not estimated" }
  func noPilotRunYet(withoutEvidence steps: [DecisionStep]) -> String {
    guard !steps.isEmpty else { return "the card and data pass; no pilot has run yet" }
    let named = steps.map { "\($0.rawValue) (\(stepName($0)))" }
    let which =
      steps.count == 1
      ? "step \(named[0]) has"
      : "steps \(named.dropLast().joined(separator: ", ")) and \(named[named.count - 1]) have"
    return "no step so far blocks, but \(which) no evidence yet; no pilot has run yet"
  }
  func runPilot(_ card: String) -> String {
    "run a pilot on 1-5% of the data with your training command, then "
      + "`tollgate decide \(card) --pilot PATH` (trainer_state.json, "
      + "trainer_log.jsonl or nanoGPT output)"
  }
  func pilotIssue(_ issue: String) -> String { "pilot: \(issue)" }
  func stopPilot(action: Action, card: String) -> String {
    "stop the pilot (action: \(action.rawValue)) and "
      + "revise the data, the budget or the approach before a full run"
  }
  func completePilotEvidence(_ card: String) -> String {
    "complete the pilot evidence and run `tollgate decide \(card)` again"
  }
  func runFullTraining(_ card: String) -> String {
    "run the full training, evaluate the checkpoint (lm-eval and the card's sets), then "
      + "`tollgate decide \(card) --candidate PATH`"
  }
  func tooFewLosses() -> String { "the pilot log has fewer than 2 losses: no trend" }
  private func lossFigures(_ trend: LossTrend) -> String {
    "mean loss \(F.number(trend.firstQuarterMean)) in the first quarter, "
      + "\(F.number(trend.lastQuarterMean)) in the last "
      + "(\(trend.relativeChange > 0 ? "+" : "")\(F.percent(trend.relativeChange)), "
      + "\(trend.lossesUsed) losses)"
  }
  func lossFalls(_ trend: LossTrend) -> String { "pilot loss falls: \(lossFigures(trend))" }
  func lossDoesNotFall(_ trend: LossTrend) -> String {
    "pilot loss does not fall: \(lossFigures(trend))"
  }
  func noThroughput(_ why: String) -> String { "no throughput from the pilot: \(why)" }
  func setTokensPerStep(_ card: String) -> String {
    "set pilot.tokens_per_step (batch x accumulation x GPUs x sequence length) in "
      + "\(card), or give a pilot log with timings and token counts"
  }
  func pilotThroughput(_ throughput: Estimate<TokensPerSecond>, intervals: Int, source: String)
    -> String
  {
    let origin =
      source == "logged"
      ? "tokens as logged"
      : source == "tokens_per_step" ? "tokens from pilot.tokens_per_step" : "tokens: \(source)"
    return "pilot throughput \(F.grouped(throughput.expected.value)) tokens/s median "
      + "(p10 \(F.grouped(throughput.low.value)), p90 \(F.grouped(throughput.high.value)); "
      + "\(intervals) intervals, \(origin))"
  }
  func noDatasetTokens() -> String {
    "no dataset token count (data.tokens): training cost not estimated"
  }
  func countDatasetTokens(_ card: String) -> String {
    "count the dataset's tokens with the base model's tokenizer, set data.tokens in "
      + "\(card) and run `tollgate decide \(card)` again"
  }
  func costNote(_ note: String) -> String { "cost: \(note)" }
  func trainingOverCap(_ note: String) -> String { "training compute over its cap: \(note)" }
  func pilotOverCap(_ note: String) -> String { "the pilot went over its own cap: \(note)" }
  func fullRunEstimate(_ estimate: CostEstimate) -> String {
    var text =
      "full run: \(F.amount(estimate.wallTime.expected.hours)) h on "
      + "\(gpuCount(estimate.gpus)), \(F.amount(estimate.gpuHours.expected.value)) GPU-hours "
      + "(range \(F.amount(estimate.gpuHours.low.value))-"
      + "\(F.amount(estimate.gpuHours.high.value)))"
    if let cost = estimate.cost {
      text +=
        ", cost \(F.money(cost.expected)) (range \(F.money(cost.low)) to "
        + "\(F.money(cost.high)), safety factor \(F.number(estimate.safetyFactor)))"
    }
    return text
  }
  func flopsSkippedNoGPUs() -> String {
    "FLOPs check skipped: no GPU count for the pilot (pilot.gpus)"
  }
  func flopsFinding(_ reason: String) -> String { "FLOPs check: \(reason)" }
  func flopsSkipped(_ why: String) -> String { "FLOPs check skipped: \(why)" }

  // MARK: decision path, steps 6 and 8

  func noCandidateYet() -> String { "no candidate evidence yet" }
  func noCandidateToJudge() -> String { "no candidate evidence to judge against the gate" }
  func evaluateCheckpoint(_ card: String) -> String {
    "evaluate the trained checkpoint, then `tollgate decide \(card) --candidate PATH`"
  }
  func notComparable() -> String { "baseline and candidate results are not comparable" }
  func rerunComparable(_ card: String) -> String {
    "re-run the candidate's evaluation with the baseline's tasks, versions, shots and "
      + "sample counts, or set evaluation.allow_incomparable: true in \(card)"
  }
  func comparedAnyway(_ issue: String) -> String {
    "compared although not comparable (allowed by the card): \(issue)"
  }
  func guardWarns(_ metric: String, _ reason: String) -> String { "guard \(metric): \(reason)" }
  func guardUnprovenAllowed(_ metric: String, _ reason: String) -> String {
    "guard \(metric) unproven (card lets it pass): \(reason)"
  }
  func guardBlocks(_ metric: String, _ reason: String) -> String {
    "guard \(metric) blocks: \(reason)"
  }
  func noPrimaryTarget() -> String { "the card has no primary target" }
  func primaryMissed(_ metric: String, _ reason: String) -> String {
    "primary target missed: \(reason)"
  }
  func primaryUnproven(_ metric: String, _ reason: String) -> String {
    "primary target not proven: \(reason)"
  }
  func guardNoEvidence(_ metric: String, _ reason: String) -> String {
    "guard \(metric) has no evidence: \(reason)"
  }
  func guardUnproven(_ metric: String, _ reason: String) -> String {
    "guard \(metric) unproven: \(reason)"
  }
  func gatherMoreEvidence(_ card: String) -> String {
    "gather more evidence for the unproven or missing metrics (more samples narrow "
      + "the interval), then `tollgate decide \(card) --candidate PATH`"
  }
  func passed(_ metric: String, _ reason: String) -> String { reason }
  func rollback(action: Action, model: String?, to target: String?, command: String?) -> String {
    var text = "\(action.rawValue): do not ship this candidate"
    if let command {
      text += "; roll back with `\(command)`"
    } else if let model {
      text +=
        "; roll back \(model) to \(target ?? "its previous version") in your model "
        + "registry (set rollback.command in the card to have the command named here)"
    }
    return text
  }
  func canary(traffic: Double?, minHours: Double?) -> String {
    let share = traffic.map { F.percent($0) } ?? "a small share of"
    let hours = minHours.map { " for at least \(F.amount($0)) h" } ?? ""
    return "ship to the canary at \(share) traffic\(hours), watching the guards; "
      + "roll back if a guard or risk trips"
  }

  // MARK: cost

  func unpricedItem(_ item: String) -> String {
    let needs =
      switch item {
      case "storage_network": "checkpoint sizes and transfer volumes"
      case "data_processing": "the data snapshot's processing time"
      case "evaluation": "evaluation runs per checkpoint and their cost"
      case "inference":
        "tokens per request, requests per day and replicas, baseline against candidate"
      case "compliance": "the data card's PII scan and review effort"
      case "platform_lock_in": "the training and serving platforms' exit costs"
      default: "evidence for \(item)"
      }
    return "no evidence yet: needs \(needs)"
  }
  func inferenceCap(_ increase: Double) -> String {
    "; cap: at most \(F.percent(increase)) more per request"
  }
  func noEstimate(_ why: String?) -> String { "no estimate: " + (why ?? "no pilot throughput yet") }
  func expectedGPUHoursOverCap(_ expected: GPUHours, cap: GPUHours) -> String {
    "expected \(F.amount(expected.value)) GPU-hours > cap \(F.amount(cap.value))"
  }
  func highEndGPUHours(_ high: GPUHours) -> String {
    "high end \(F.amount(high.value)) GPU-hours"
  }
  func currencyMismatch(cost: String, cap: String) -> String {
    "cost in \(cost) cannot be compared with a cap in \(cap)"
  }
  func expectedCostOverCap(_ expected: Money, cap: Money) -> String {
    "expected \(F.money(expected)) > cap \(F.money(cap))"
  }
  func highEndCost(_ high: Money) -> String { "high end \(F.money(high))" }
  func expectedDaysOverCap(_ days: Double, cap: Double) -> String {
    "expected \(F.amount(days)) days > \(F.amount(cap)) calendar days"
  }
  func highEndOver(_ parts: [String]) -> String {
    "within cap, but the \(parts.joined(separator: " and ")) is over it"
  }
  func noTrainingCap() -> String { "no training cap in budget.training" }
  func noPilotYet() -> String { "no pilot yet" }
  func pilotHoursUnknown() -> String { "pilot GPU hours unknown: needs pilot.gpus and a runtime" }
  func noPilotCap() -> String { "no budget.pilot cap" }
  func pilotSpent(_ spent: GPUHours, cap: GPUHours) -> String {
    "spent \(F.amount(spent.value)) of \(F.amount(cap.value)) GPU-hours"
  }
  func stopLossNotCostMetric(_ trigger: String, metric: String, known: [String]) -> String {
    "stop-loss \"\(trigger)\": \(metric.isEmpty ? "no metric" : metric) is not a "
      + "cost metric (\(known.joined(separator: ", "))); not evaluated here"
  }
  func stopLossNoFigure(_ trigger: String, metric: String) -> String {
    "stop-loss \"\(trigger)\": no figure for \(metric) yet"
  }
  func stopLossBaselineBound(_ trigger: String) -> String {
    "stop-loss \"\(trigger)\": a baseline bound makes no sense for cost"
  }
  private func unitName(_ unit: CostUnit) -> String {
    switch unit {
    case .currency(let code): code
    case .gpuHours: "GPU-hours"
    case .days: "days"
    }
  }
  func stopLossCurrencyMismatch(_ trigger: String, estimate: CostUnit, bound: String) -> String {
    "stop-loss \"\(trigger)\": estimate is in \(unitName(estimate)), bound in \(bound)"
  }
  func stopLossChecked(
    _ metric: String, value: Double, unit: CostUnit, fired: Bool, trigger: String,
    action: Action
  ) -> String {
    let name = unitName(unit)
    let unitText = name.isEmpty ? "" : " " + name
    return "\(metric) \(F.amount(value))\(unitText) "
      + (fired ? "crosses" : "is within") + " stop-loss \"\(trigger)\""
      + (fired ? ": \(action.rawValue)" : "")
  }
  private func gpuCount(_ count: Int) -> String { count == 1 ? "1 GPU" : "\(count) GPUs" }
  func pilotGPUsAssumed(full: Int) -> String {
    "pilot.gpus not given: assumed the pilot ran on the full run's \(gpuCount(full))"
  }
  func fullGPUsAssumed(pilot: Int) -> String {
    "budget.compute.gpus not given: assumed the pilot's \(gpuCount(pilot))"
  }
  func scaledLinearly(pilot: Int, full: Int) -> String {
    "throughput scaled linearly from the pilot's \(gpuCount(pilot)) to \(gpuCount(full))"
  }
  func noSafetyFactor() -> String {
    "no budget.safety_factor: the high end is the expected figure"
  }
  func noPrice() -> String { "no budget.compute.price_per_gpu_hour: cost not estimated" }
  func estimateFailure(_ failure: CostEstimate.Failure) -> String {
    switch failure {
    case .noThroughput(let why): noThroughput(why)
    case .noGPUCount: "no GPU count: set budget.compute.gpus (full run) or pilot.gpus"
    case .invalidInput(let text): text
    }
  }
  func invalidEstimateInput(tokens: Int64, epochs: Double) -> String {
    "dataset tokens and epochs must be above zero (got \(tokens), \(epochs))"
  }
  func zeroSlowestThroughput() -> String {
    "the pilot's slowest intervals show zero tokens per second"
  }
  func notMeasured() -> String { "not measured" }

  // MARK: pilot throughput

  func noLossTrend() -> String { "fewer than 2 finite losses in the log: no loss trend" }
  func tokensPerStepDisagree(log: TokenCount, card: TokenCount) -> String {
    "the log states \(log.value) tokens per step, the card \(card.value): using the log's"
  }
  func sequencesWithoutTokens(_ samples: Int) -> String {
    "the log gives \(samples) sequences per step but no tokens: set pilot.tokens_per_step "
      + "to \(samples) x the sequence length"
  }
  func intervalsIgnored(_ count: Int) -> String {
    "\(count) interval(s) ignored: no elapsed time, or the token count fell"
  }
  func noPositiveInterval() -> String { "no interval of the log has a positive elapsed time" }
  func warmupWouldDropAll() -> String { "warm-up would drop every interval; none dropped" }
  func fromTotals() -> String { "throughput from the run's totals: no spread, warm-up not dropped" }
  func noPerGPU() -> String { "pilot.gpus not given: no per-GPU throughput" }
  func tooFewEntries(_ count: Int) -> String {
    "the log has \(count) entr\(count == 1 ? "y" : "ies") and no totals"
  }
  func noTimes() -> String { "the log records no elapsed time, step durations or total runtime" }
  func noTokenCounts() -> String {
    "the log records no token counts and no pilot.tokens_per_step was given"
  }
  func timesAndTokensDisjoint() -> String {
    "the log's times and token counts do not overlap on any interval"
  }

  // MARK: FLOPs

  func flopsFailure(_ failure: FLOPsCheck.Failure) -> String { failure.englishMessage }
  func flopsInvalidInput(parameters: Double, tokensPerSecond: Double, gpus: Int) -> String {
    "FLOPs check needs parameters, throughput and GPUs above zero "
      + "(got \(parameters), \(tokensPerSecond) tokens/s, \(gpus) GPUs)"
  }

  func mfu(_ mfu: Double, gpus: Int, gpu: String, precision: String, finding: FLOPsCheck.Finding)
    -> String
  {
    let head = "implied MFU \(F.percent(mfu)) on \(gpus) x \(gpu) \(precision)"
    switch finding {
    case .suspect:
      return "\(head) is above \(F.percent(FLOPsCheck.suspectAbove)): check the pilot's token "
        + "count and times"
    case .wasteful:
      return "\(head) is below \(F.percent(FLOPsCheck.wastefulBelow)): the run uses little of "
        + "the hardware it pays for"
    case .plausible:
      return "\(head) is plausible"
    }
  }
}

// MARK: pilot, losses that are not finite and logs that do not advance

extension EnglishReasonText {
  func lossDiverged(_ divergence: LossDivergence) -> String {
    "loss became NaN/inf at step \(divergence.firstStep); \(divergence.nonFiniteCount) of "
      + "\(divergence.loggedLosses) logged losses are not finite: the run diverged"
  }
  func fixDivergedRun(_ card: String) -> String {
    "fix the run before spending more on it (lower the learning rate or lengthen warm-up, check "
      + "the data for broken or extreme samples, look for bf16/fp16 overflow), rerun the pilot, "
      + "then run `tollgate decide \(card) --pilot NEW_LOG`"
  }
  func lossNotFiniteOnce(_ divergence: LossDivergence) -> String {
    "loss was NaN/inf once, at step \(divergence.firstStep) (1 of \(divergence.loggedLosses) "
      + "logged losses), and finite at the \(divergence.finiteLossesAfter) logged steps after "
      + "it: the trend uses the finite losses; watch for it in the full run"
  }
  func lossNotFiniteRecurring(_ divergence: LossDivergence) -> String {
    "loss was NaN/inf at \(divergence.nonFiniteCount) of \(divergence.loggedLosses) logged "
      + "losses, from step \(divergence.firstStep) to step \(divergence.lastStep), and finite "
      + "again after them: neither a clean run nor a clear divergence"
  }
  func findNonFiniteLosses(_ card: String) -> String {
    "find why the loss is NaN/inf at those steps (learning-rate spikes, broken samples, fp16 "
      + "overflow), fix it, rerun the pilot and run `tollgate decide \(card)` again"
  }
  func allEntriesSameStep(entries: Int, step: Int) -> String {
    "all \(entries) entries of the log have step \(step): no interval between steps to measure"
  }
  func giveAdvancingLog(_ card: String) -> String {
    "give a pilot log whose entries carry the optimizer step they were logged at (rising step "
      + "numbers), then run `tollgate decide \(card)` again"
  }
  func stopLossNoMetric(_ trigger: String, known: [String]) -> String {
    "stop-loss \"\(trigger)\" names no metric, so it can never be checked: write it as METRIC "
      + "OP BOUND with a cost metric (\(known.joined(separator: ", "))), "
      + "e.g. \"estimated_cost > 600 USD\""
  }
}

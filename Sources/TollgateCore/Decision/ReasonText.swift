/// The sentences of verdicts, gate checks, the cost ledger and the FLOPs check, one table per
/// language.
///
/// Every sentence a reader sees is built here from typed figures, so a language is one conforming
/// type (`EnglishReasonText`, `ChineseReasonText`) rather than branches spread over the decision
/// code. Numbers go through `Formatting` in both languages, so they read the same; metric names,
/// thresholds as written, actions and commands are quoted unchanged.
protocol ReasonText: Sendable {
  /// The step's short name (`full run`, `完整训练`).
  func stepName(_ step: DecisionStep) -> String

  // MARK: gate, one threshold

  /// What was measured: the value, and against a baseline the difference.
  func subject(_ metric: String, _ value: Double, baseline: Double?) -> String
  /// The subject with the metric always named (a guard's wrapping sentence may name it instead).
  func namedSubject(_ metric: String, _ value: Double, baseline: Double?) -> String
  /// Subject and clause joined into one sentence.
  func sentence(_ subject: String, _ clause: String) -> String
  /// Marks a value judged with the exact one-sided bound of k events in n trials.
  func exactRate(events: Int, trials: Int) -> String
  func fails(_ threshold: String, bound: Double) -> String
  func meets(_ threshold: String, bound: Double) -> String
  func meetsOnPointEstimate(_ threshold: String, bound: Double) -> String
  func intervalEvidence(_ interval: Interval?) -> String
  func noIntervalEvidence() -> String
  func clearsEvidence(_ interval: Interval) -> String
  func crossesEvidence(_ interval: Interval, line: Double, certificate: String) -> String
  func zeroHitCertificate(probes: Int) -> String
  func noCandidateValue(_ metric: String) -> String
  func baselineMissing(_ metric: String, threshold: String) -> String

  // MARK: gate, guards

  func guardWithoutChecks(_ metric: String) -> String
  func notWorseNeedsBoth(_ metric: String, candidateMissing: Bool) -> String
  func notWorse(_ text: String) -> String
  func worse(_ text: String) -> String
  func worseBeyondNoise(_ interval: Interval) -> String
  func worseWithinNoise(_ interval: Interval) -> String
  /// Short forms of another sub-check's finding, appended to the deciding one.
  func briefUnproven(_ threshold: String, bound: Double) -> String
  func briefWorseBeyondNoise() -> String
  func briefWorseWithinNoise() -> String
  func briefWorseOnPoint() -> String
  func also(_ briefs: [String]) -> String

  // MARK: gate, risks

  func riskWithoutTrigger(_ name: String) -> String
  func riskNoValue(_ name: String, metric: String) -> String
  func riskNeedsBaseline(_ name: String, trigger: String, metric: String) -> String
  func riskChecked(
    _ name: String, subject: String, fired: Bool, trigger: String, bound: Double,
    interval: Interval?, action: Action?
  ) -> String

  // MARK: decision path, steps 0 to 4

  func cardChecksPass() -> String
  func cardErrors(_ count: Int) -> String
  func fixCard(_ card: String) -> String
  func noGap() -> String
  func setGap(_ card: String) -> String
  func gapIsDomain() -> String
  func cheaperPath(for gap: GapKind) -> (reason: String, next: String)
  func noPrimaryForCheapPath() -> String
  func cardBaselineMeets(_ metric: String, _ value: Double, _ threshold: String, bound: Double)
    -> String
  func evidenceBaselineMeets(
    _ metric: String, _ value: Double, _ threshold: String, bound: Double
  ) -> String
  func shipBaseline(approach: String?) -> String
  func baselineMissesTarget(_ threshold: String) -> String
  func noDataSection() -> String
  func licenceForbidsTraining(_ source: String) -> String
  func licenceForbidsCommercialUse(_ source: String) -> String
  func crossBorderWithoutRegion(_ source: String) -> String
  func licenceSilentOnTraining(_ source: String) -> String
  /// Sources that cross borders without a region: declare where the data is stored.
  func declareStorageRegion(_ card: String) -> String
  /// The sources' declared records are not the records of the card's snapshot.
  func recordsUnlikeSnapshot(declared: Int64, snapshot: String, records: Int64) -> String
  /// The card's data section lists no source, so no licence or storage was checked.
  func noSourcesDeclared() -> String
  func replaceBlockedSources(_ card: String) -> String
  func sourcesUsable(_ count: Int) -> String
  func deidentification(_ method: String) -> String
  func noDeidentification() -> String
  func noPIIScanYet() -> String
  /// A `max_pii_rate` is set but no scan was given and no corpus named.
  func noPIIScan(forMax maxRate: Double, card: String, snapshot: String?) -> String
  /// The scan read no document, so it has no rate.
  func piiScanReadNothing(_ source: String) -> String
  /// A scan's figures when the card sets no `max_pii_rate`.
  func piiScanWithoutMax(_ scan: PIIScanSummary, rate: Double) -> String
  /// The share of documents with personal data is above `max_pii_rate`: the blocker.
  func piiAboveMax(_ figures: PIIFigures) -> String
  /// What to do about personal data left in the corpus, when the scan was a file the user gave.
  func maskAndScanAgain(_ card: String, corpus: [String], how: Remedy) -> String
  /// The same when the card names a snapshot: mask, snapshot again, scan the new snapshot.
  func maskSnapshotAndScanAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String
  /// What to do about personal data left in the corpus, when `decide` scanned `data.corpus`
  /// itself: running it again scans again.
  func maskAndDecideAgain(_ card: String, how: Remedy) -> String
  /// The same when `decide` scanned the card's snapshot: mask, snapshot again, decide again.
  func maskSnapshotAndDecideAgain(_ card: String, retake: SnapshotRetake, how: Remedy) -> String
  /// Fields the card excludes are still in the data, and the PII scan did not read them.
  func excludedFieldsPresent(_ fields: [(name: String, records: Int64)], documents: Int64)
    -> String
  /// The scan skipped lines it could not read; their personal data is not counted.
  func piiScanSkippedLines(_ scan: PIIScanSummary) -> String
  /// The scan skipped so many lines that, if they held personal data, the rate would be above
  /// `max_pii_rate`: it shows nothing.
  func piiScanSkippedTooMuch(_ scan: PIIScanSummary, worstRate: Double, maxRate: Double) -> String
  /// What to do when the scan is one shard: merge the shards, then decide again.
  func mergeShardsAndDecideAgain(_ card: String) -> String
  /// What to do when the scan could not read enough of the corpus: fix that, then again.
  func fixScanAndDecideAgain(_ card: String, scanFile: String?) -> String
  /// The scan given covers one shard of the corpus, not all of it.
  func piiScanIsOneShard(_ source: String, shard: String) -> String
  /// Within `max_pii_rate` on the point estimate, but the upper bound is not: too few documents.
  func piiUnproven(_ figures: PIIFigures, documentsNeeded: Int?) -> String
  /// The rate and its upper bound are both within `max_pii_rate`.
  func piiWithinMax(_ figures: PIIFigures) -> String
  func noRepeatScores() -> String
  func repeatsWithoutMaxSpread(_ count: Int, spread: Double) -> String
  func repeatsOverMaxSpread(_ count: Int, spread: Double, low: Double, high: Double, max: Double)
    -> String
  func makeBaselineReproducible() -> String
  func repeatsWithin(_ count: Int, spread: Double, max: Double) -> String

  // MARK: decision path, step 5

  func noPilotLog() -> String
  func noPilotCostNotEstimated() -> String
  /// No pilot log and no candidate; `steps` are the earlier steps recorded without evidence,
  /// which the sentence names so it does not claim they passed.
  func noPilotRunYet(withoutEvidence steps: [DecisionStep]) -> String
  func runPilot(_ card: String) -> String
  func pilotIssue(_ issue: String) -> String
  func stopPilot(action: Action, card: String) -> String
  func completePilotEvidence(_ card: String) -> String
  func runFullTraining(_ card: String) -> String
  func tooFewLosses() -> String
  func lossFalls(_ trend: LossTrend) -> String
  func lossDoesNotFall(_ trend: LossTrend) -> String
  func noThroughput(_ why: String) -> String
  func setTokensPerStep(_ card: String) -> String
  func pilotThroughput(_ throughput: Estimate<TokensPerSecond>, intervals: Int, source: String)
    -> String
  func noDatasetTokens() -> String
  func countDatasetTokens(_ card: String) -> String
  func costNote(_ note: String) -> String
  func trainingOverCap(_ note: String) -> String
  func pilotOverCap(_ note: String) -> String
  func fullRunEstimate(_ estimate: CostEstimate) -> String
  func flopsSkippedNoGPUs() -> String
  func flopsFinding(_ reason: String) -> String
  func flopsSkipped(_ why: String) -> String

  // MARK: decision path, steps 6 and 8

  func noCandidateYet() -> String
  func noCandidateToJudge() -> String
  func evaluateCheckpoint(_ card: String) -> String
  func notComparable() -> String
  func rerunComparable(_ card: String) -> String
  func comparedAnyway(_ issue: String) -> String
  func guardWarns(_ metric: String, _ reason: String) -> String
  func guardUnprovenAllowed(_ metric: String, _ reason: String) -> String
  func guardBlocks(_ metric: String, _ reason: String) -> String
  func noPrimaryTarget() -> String
  func primaryMissed(_ metric: String, _ reason: String) -> String
  func primaryUnproven(_ metric: String, _ reason: String) -> String
  func guardNoEvidence(_ metric: String, _ reason: String) -> String
  func guardUnproven(_ metric: String, _ reason: String) -> String
  func gatherMoreEvidence(_ card: String) -> String
  /// A passing check listed among the reasons for shipping.
  func passed(_ metric: String, _ reason: String) -> String
  /// What to do when a check says roll back: the card's own `rollback.command` when it has
  /// one; otherwise what to roll back and to where, and how to have the command named.
  func rollback(action: Action, model: String?, to target: String?, command: String?) -> String
  func canary(traffic: Double?, minHours: Double?) -> String

  // MARK: cost

  func unpricedItem(_ item: String) -> String
  func inferenceCap(_ increase: Double) -> String
  func noEstimate(_ why: String?) -> String
  func expectedGPUHoursOverCap(_ expected: GPUHours, cap: GPUHours) -> String
  func highEndGPUHours(_ high: GPUHours) -> String
  func currencyMismatch(cost: String, cap: String) -> String
  func expectedCostOverCap(_ expected: Money, cap: Money) -> String
  func highEndCost(_ high: Money) -> String
  func expectedDaysOverCap(_ days: Double, cap: Double) -> String
  func highEndOver(_ parts: [String]) -> String
  func noTrainingCap() -> String
  func noPilotYet() -> String
  func pilotHoursUnknown() -> String
  func noPilotCap() -> String
  func pilotSpent(_ spent: GPUHours, cap: GPUHours) -> String
  func stopLossNotCostMetric(_ trigger: String, metric: String, known: [String]) -> String
  func stopLossNoFigure(_ trigger: String, metric: String) -> String
  func stopLossBaselineBound(_ trigger: String) -> String
  func stopLossCurrencyMismatch(_ trigger: String, estimate: CostUnit, bound: String) -> String
  func stopLossChecked(
    _ metric: String, value: Double, unit: CostUnit, fired: Bool, trigger: String,
    action: Action
  ) -> String
  func pilotGPUsAssumed(full: Int) -> String
  func fullGPUsAssumed(pilot: Int) -> String
  func scaledLinearly(pilot: Int, full: Int) -> String
  func noSafetyFactor() -> String
  func noPrice() -> String
  func estimateFailure(_ failure: CostEstimate.Failure) -> String
  func invalidEstimateInput(tokens: Int64, epochs: Double) -> String
  func zeroSlowestThroughput() -> String
  func notMeasured() -> String

  // MARK: pilot throughput

  func noLossTrend() -> String
  func tokensPerStepDisagree(log: TokenCount, card: TokenCount) -> String
  func sequencesWithoutTokens(_ samples: Int) -> String
  func intervalsIgnored(_ count: Int) -> String
  func noPositiveInterval() -> String
  func warmupWouldDropAll() -> String
  func fromTotals() -> String
  func noPerGPU() -> String
  func tooFewEntries(_ count: Int) -> String
  func noTimes() -> String
  func noTokenCounts() -> String
  func timesAndTokensDisjoint() -> String

  // MARK: FLOPs

  func flopsFailure(_ failure: FLOPsCheck.Failure) -> String
  func flopsInvalidInput(parameters: Double, tokensPerSecond: Double, gpus: Int) -> String

  func mfu(_ mfu: Double, gpus: Int, gpu: String, precision: String, finding: FLOPsCheck.Finding)
    -> String

  // MARK: pilot, losses that are not finite and logs that do not advance

  /// The run diverged: its loss turned NaN or infinite and stayed so.
  func lossDiverged(_ divergence: LossDivergence) -> String
  /// What to do about a diverged pilot.
  func fixDivergedRun(_ card: String) -> String
  /// A single NaN or infinite loss among many, finite after it.
  func lossNotFiniteOnce(_ divergence: LossDivergence) -> String
  /// Several NaN or infinite losses, finite again after them.
  func lossNotFiniteRecurring(_ divergence: LossDivergence) -> String
  /// What to do about recurring NaN or infinite losses.
  func findNonFiniteLosses(_ card: String) -> String
  /// Every entry of the log has the same step: no interval to measure throughput over.
  func allEntriesSameStep(entries: Int, step: Int) -> String
  /// What to do about a log whose steps do not advance.
  func giveAdvancingLog(_ card: String) -> String
  /// A stop-loss trigger that names no metric and so can never be checked.
  func stopLossNoMetric(_ trigger: String, known: [String]) -> String

  // MARK: a walk that stopped early, step 7, and the compliance item

  /// A ledger figure the walk never worked out: it stopped at `step`, before the pilot step.
  func notEstimated(stoppedAt step: DecisionStep) -> String
  /// Step 7 in the decision path: this version reads no canary metrics, so it never judges it.
  func canaryNotRead() -> String
  /// The compliance item's note when a PII scan was given: its figure and how it stands
  /// against `data.deidentification.max_pii_rate`; the review effort stays unpriced.
  func complianceScan(_ scan: PIIScanSummary, maxRate: Double?) -> String
}

/// The unit of a cost figure in a stop-loss sentence.
enum CostUnit: Sendable, Hashable {
  case currency(String)
  case gpuHours
  case days
}

extension Language {
  /// The sentence table of this language.
  var reasonText: any ReasonText {
    switch self {
    case .english: EnglishReasonText()
    case .chinese: ChineseReasonText()
    }
  }
}

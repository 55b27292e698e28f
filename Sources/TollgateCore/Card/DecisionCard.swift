/// One decision, typed: the card a team writes before it trains.
///
/// Built from a `Node` tree by `CardDecoder`, which also reports what is missing or malformed;
/// checked by the rules in `Card/Rules/`. Fields a card may leave out are optional here so that
/// `tollgate card check` can say which ones are missing instead of failing on the first.
public struct DecisionCard: Sendable, Hashable {
  /// Where the card was read from, so relative evidence paths resolve beside it.
  public var path: String
  public var schemaVersion: Int?
  public var name: String?
  public var language: Language
  public var goal: Goal?
  public var baseline: BaselinePlan?
  public var data: DataPlan?
  public var budget: Budget?
  public var risks: [Risk]
  public var evaluation: EvaluationPlan?
  public var evidence: EvidencePaths
  public var metrics: [DerivedMetric]
  public var pilot: PilotSpec?
  public var gate: Gate?
  public var rollback: RollbackPlan?

  public init(path: String) {
    self.path = path
    self.language = .english
    self.risks = []
    self.evidence = EvidencePaths()
    self.metrics = []
  }
}

/// The language of reports and messages.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  case english = "en"
  case chinese = "zh"
}

/// What kind of gap the team wants training to close; only `domain` is a case for training.
public enum GapKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The model lacks facts it could be given at request time: retrieval is the cheaper path.
  case evidence
  /// The product flow is wrong: fix the flow and the prompts first.
  case process
  /// Answers vary run to run: a regression suite and decoding settings first.
  case stability
  /// The model lacks the domain's language and skills: continued pretraining may help.
  case domain
}

public struct Goal: Sendable, Hashable {
  public var gap: GapKind?
  public var primary: PrimaryTarget?
  public var location: SourceLocation?

  public init(gap: GapKind?, primary: PrimaryTarget?, location: SourceLocation?) {
    self.gap = gap
    self.primary = primary
    self.location = location
  }
}

/// The one metric the training is for, with where it stands and where it must get to.
public struct PrimaryTarget: Sendable, Hashable {
  public var metric: String
  public var baseline: Double?
  public var target: Double?
  public var location: SourceLocation?

  public init(metric: String, baseline: Double?, target: Double?, location: SourceLocation?) {
    self.metric = metric
    self.baseline = baseline
    self.target = target
    self.location = location
  }
}

/// The cheaper approach training must beat, and how reproducible its score is.
public struct BaselinePlan: Sendable, Hashable {
  public var approach: String?
  public var repeats: Int?
  /// The largest spread of the primary metric across repeats (`0.5pt`).
  public var maxSpread: Measure?
  /// Scores of the repeated baseline runs, when the card records them.
  public var repeatScores: [Double]

  public init(approach: String?, repeats: Int?, maxSpread: Measure?, repeatScores: [Double]) {
    self.approach = approach
    self.repeats = repeats
    self.maxSpread = maxSpread
    self.repeatScores = repeatScores
  }
}

public struct DataPlan: Sendable, Hashable {
  public var sources: [DataSource]
  public var deidentificationMethod: String?
  public var excludedFields: [String]
  public var snapshot: String?
  /// Tokens in the training set, counted with the base model's tokenizer.
  public var tokens: TokenCount?
  public var epochs: Double?
  /// The corpus to count tokens in when `tokens` is absent; `tokens` wins when both are given.
  public var corpus: CorpusSpec?
  /// The largest share of documents, in (0, 1), that may still hold personal data after
  /// de-identification (`data.deidentification.max_pii_rate`); step 3 blocks above it.
  public var maxPIIRate: Double?
  public var location: SourceLocation?

  public init(
    sources: [DataSource], deidentificationMethod: String?, excludedFields: [String],
    snapshot: String?, tokens: TokenCount?, epochs: Double?, corpus: CorpusSpec? = nil,
    maxPIIRate: Double? = nil, location: SourceLocation?
  ) {
    self.sources = sources
    self.deidentificationMethod = deidentificationMethod
    self.excludedFields = excludedFields
    self.snapshot = snapshot
    self.tokens = tokens
    self.epochs = epochs
    self.corpus = corpus
    self.maxPIIRate = maxPIIRate
    self.location = location
  }
}

/// What a licence says about a use: allowed, forbidden, or not stated.
public enum Permission: String, Sendable, Hashable, Codable, CaseIterable {
  case allowed
  case forbidden
  case unknown
}

public struct DataSource: Sendable, Hashable {
  public var name: String
  public var records: Int?
  public var training: Permission
  public var commercial: Permission
  public var region: String?
  public var crossBorder: Bool?
  public var location: SourceLocation?

  public init(
    name: String, records: Int?, training: Permission, commercial: Permission, region: String?,
    crossBorder: Bool?, location: SourceLocation?
  ) {
    self.name = name
    self.records = records
    self.training = training
    self.commercial = commercial
    self.region = region
    self.crossBorder = crossBorder
    self.location = location
  }
}

/// Caps and stop-loss lines. Money in one currency per card.
public struct Budget: Sendable, Hashable {
  public var pilotGPUHours: GPUHours?
  public var trainingGPUHours: GPUHours?
  public var calendarDays: Double?
  public var trainingCost: Money?
  /// Allowed rise of inference cost per request (`10%` = 0.10).
  public var inferenceMaxIncrease: Double?
  /// Multiplier on the cost estimate (1.2-2.0): pilots under-estimate full runs.
  public var safetyFactor: Double?
  public var stopLoss: [StopLossLine]
  public var compute: ComputeSpec?
  public var location: SourceLocation?

  public init(location: SourceLocation?) {
    self.stopLoss = []
    self.location = location
  }
}

/// The GPUs the full run will use and what they cost.
public struct ComputeSpec: Sendable, Hashable {
  /// A name from the GPU table (`H100`, `A100-80GB`, ...); nil skips the FLOPs check.
  public var gpuType: String?
  public var gpus: Int?
  public var pricePerGPUHour: PricePerGPUHour?
  /// Precision the peak FLOP/s is looked up for (`bf16`, `fp16`, `fp32`, `fp8`).
  public var dtype: String?

  public init(gpuType: String?, gpus: Int?, pricePerGPUHour: PricePerGPUHour?, dtype: String?) {
    self.gpuType = gpuType
    self.gpus = gpus
    self.pricePerGPUHour = pricePerGPUHour
    self.dtype = dtype
  }
}

/// A stop-loss line: when the trigger holds, the action is taken.
public struct StopLossLine: Sendable, Hashable {
  public var trigger: Threshold
  public var action: Action
  public var location: SourceLocation?

  public init(trigger: Threshold, action: Action, location: SourceLocation?) {
    self.trigger = trigger
    self.action = action
    self.location = location
  }
}

/// What to do when a guard blocks, a risk fires or a stop-loss line is crossed.
public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
  case stopTraining = "stop_training"
  case rollback
  case takeOffline = "take_offline"
  case degrade
  case `throttle`
  case pauseCanary = "pause_canary"
  case block
}

/// A named risk with the metric that reveals it, the line it must not cross, and the response.
public struct Risk: Sendable, Hashable {
  public var name: String
  public var trigger: Threshold?
  public var action: Action?
  public var location: SourceLocation?

  public init(name: String, trigger: Threshold?, action: Action?, location: SourceLocation?) {
    self.name = name
    self.trigger = trigger
    self.action = action
    self.location = location
  }
}

public struct EvaluationPlan: Sendable, Hashable {
  public var sets: [EvaluationSet]
  /// Compare lm-eval results even when tasks, versions, shots or sample counts differ; the
  /// mismatch then becomes a warning in the report instead of stopping the comparison.
  public var allowIncomparable: Bool

  public init(sets: [EvaluationSet], allowIncomparable: Bool) {
    self.sets = sets
    self.allowIncomparable = allowIncomparable
  }
}

/// What a set measures, which decides its scorer.
public enum EvaluationSetKind: String, Sendable, Hashable, Codable, CaseIterable {
  case task
  case injection
  case privilege
  case piiProbe = "pii_probe"
  case latencyCost = "latency_cost"
  case lmEval = "lm_eval"
}

public struct EvaluationSet: Sendable, Hashable {
  public var name: String
  public var kind: EvaluationSetKind
  public var path: String?
  public var buckets: String?

  public init(name: String, kind: EvaluationSetKind, path: String?, buckets: String?) {
    self.name = name
    self.kind = kind
    self.path = path
    self.buckets = buckets
  }
}

/// Where the evidence lives, relative to the card; the command line overrides each.
public struct EvidencePaths: Sendable, Hashable {
  public var baseline: String?
  public var candidate: String?
  public var pilot: String?

  public init(baseline: String? = nil, candidate: String? = nil, pilot: String? = nil) {
    self.baseline = baseline
    self.candidate = candidate
    self.pilot = pilot
  }
}

/// A metric computed from others: `general_avg: {mean_of: [mmlu.acc, hellaswag.acc_norm]}`.
public struct DerivedMetric: Sendable, Hashable {
  public var name: String
  public var meanOf: [String]
  public var location: SourceLocation?

  public init(name: String, meanOf: [String], location: SourceLocation?) {
    self.name = name
    self.meanOf = meanOf
    self.location = location
  }
}

/// How to read the pilot: what a step is worth in tokens and what the model is.
public struct PilotSpec: Sendable, Hashable {
  /// Per-device batch x gradient accumulation x GPUs x sequence length, when the log has no
  /// token counts of its own: written as `tokens_per_step`, or the product of `batch`.
  public var tokensPerStep: TokenCount?
  /// Steps at the start of the log to drop (compilation, data loader warm-up).
  public var warmupSteps: Int?
  /// Model parameters, for the FLOPs check (`7e9`).
  public var parameters: Double?
  /// GPUs the pilot ran on (may differ from the full run's).
  public var gpus: Int?
  /// A Hugging Face `config.json` to count the parameters from, as written in the card (relative
  /// to the card); ignored when `parameters` is set, because a stated count is the team's word.
  public var modelConfig: String?

  public init(
    tokensPerStep: TokenCount?, warmupSteps: Int?, parameters: Double?, gpus: Int?,
    modelConfig: String? = nil
  ) {
    self.tokensPerStep = tokensPerStep
    self.warmupSteps = warmupSteps
    self.parameters = parameters
    self.gpus = gpus
    self.modelConfig = modelConfig
  }
}

/// The success gate: the primary target and the guards that must hold.
public struct Gate: Sendable, Hashable {
  public var primary: Threshold?
  public var guards: [Guard]
  /// Confidence for intervals (0.95 unless the card says otherwise).
  public var confidence: Double
  /// Whether an `unproven` guard blocks (default) or only warns.
  public var unprovenBlocks: Bool
  public var location: SourceLocation?

  public init(
    primary: Threshold?, guards: [Guard], confidence: Double, unprovenBlocks: Bool,
    location: SourceLocation?
  ) {
    self.primary = primary
    self.guards = guards
    self.confidence = confidence
    self.unprovenBlocks = unprovenBlocks
    self.location = location
  }
}

/// A metric that must not get worse than its line while the primary target improves.
public struct Guard: Sendable, Hashable {
  public var metric: String
  /// Crossing this blocks the checkpoint.
  public var block: Threshold?
  /// Crossing this is reported but does not block.
  public var warn: Threshold?
  /// The candidate must also not be worse than the baseline (beyond noise).
  public var notWorse: Bool
  public var action: Action?
  public var location: SourceLocation?

  public init(
    metric: String, block: Threshold?, warn: Threshold?, notWorse: Bool, action: Action?,
    location: SourceLocation?
  ) {
    self.metric = metric
    self.block = block
    self.warn = warn
    self.notWorse = notWorse
    self.action = action
    self.location = location
  }
}

/// How to undo a release: which model, back to which alias, after which canary.
public struct RollbackPlan: Sendable, Hashable {
  public var model: String?
  public var to: String?
  /// Share of traffic on the canary (`5%` = 0.05).
  public var canaryTraffic: Double?
  public var canaryMinHours: Double?
  /// The team's own command that rolls the model back (`rollback.command`), named in verdicts
  /// as written. Tollgate's registry is not built yet, so without it a verdict says what to roll
  /// back and to where, but names no command.
  public var command: String?
  public var location: SourceLocation?

  public init(
    model: String?, to: String?, canaryTraffic: Double?, canaryMinHours: Double?,
    command: String? = nil, location: SourceLocation?
  ) {
    self.model = model
    self.to = to
    self.canaryTraffic = canaryTraffic
    self.canaryMinHours = canaryMinHours
    self.command = command
    self.location = location
  }
}

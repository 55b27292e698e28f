/// One measured value of one metric on one model, with what is known of its uncertainty.
public struct MetricValue: Sendable, Hashable, Codable {
  public var value: Double
  /// Standard error of `value`; nil when the source gives none (lm-eval's "N/A").
  public var standardError: Double?
  /// Number of samples behind the value, when known (needed for exact rate bounds).
  public var sampleCount: Int?
  /// Where the value came from (`results_2024-08-21.json: gsm8k exact_match,strict-match`).
  public var source: String?

  public init(
    value: Double, standardError: Double? = nil, sampleCount: Int? = nil, source: String? = nil
  ) {
    self.value = value
    self.standardError = standardError
    self.sampleCount = sampleCount
    self.source = source
  }
}

/// What must match between two lm-eval runs before their scores may be compared.
public struct TaskConfiguration: Sendable, Hashable, Codable {
  public var task: String
  public var version: String?
  public var nShot: Int?
  /// Samples actually evaluated (after `--limit`).
  public var effectiveSamples: Int?
  /// Samples in the task.
  public var originalSamples: Int?
  /// The direct subtasks of a group (`mmlu` -> `mmlu_stem`, ...); empty for a plain task. The
  /// comparability check walks them, because a group's score hides its subtasks' settings.
  public var subtasks: [String]
  /// lm-eval's `task_hashes` entry: a hash of the task's rendered samples, so it changes when
  /// the data or the prompt does; nil where the file records none.
  public var taskHash: String?
  /// A digest of the task's prompt settings (`doc_to_text`, `fewshot_config`); nil where the
  /// file records none. Two runs with different prompts measure different things.
  public var promptDigest: String?

  public init(
    task: String, version: String? = nil, nShot: Int? = nil, effectiveSamples: Int? = nil,
    originalSamples: Int? = nil, subtasks: [String] = [], taskHash: String? = nil,
    promptDigest: String? = nil
  ) {
    self.task = task
    self.version = version
    self.nShot = nShot
    self.effectiveSamples = effectiveSamples
    self.originalSamples = originalSamples
    self.subtasks = subtasks
    self.taskHash = taskHash
    self.promptDigest = promptDigest
  }
}

/// All the metrics of one model (the baseline or a candidate), keyed by metric name.
///
/// Names follow the card: lm-eval metrics are `TASK.METRIC` (`mmlu.acc`), with `@FILTER` for a
/// filter other than `none` (`gsm8k.exact_match@strict-match`); other metrics keep their names.
public struct EvidenceSet: Sendable, Hashable, Codable {
  /// A short name for reports (`baseline`, `candidate`, the model's name).
  public var label: String
  public var metrics: [String: MetricValue]
  /// Per task, for the comparability check; empty for evidence that is not lm-eval.
  public var tasks: [String: TaskConfiguration]
  /// Files the set was read from.
  public var sources: [String]

  public init(
    label: String, metrics: [String: MetricValue] = [:],
    tasks: [String: TaskConfiguration] = [:], sources: [String] = []
  ) {
    self.label = label
    self.metrics = metrics
    self.tasks = tasks
    self.sources = sources
  }
}

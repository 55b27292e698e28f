import Foundation
import TollgateCore

/// Everything a report renders: the card, the verdict, the evidence behind it, and the facts
/// that place the decision in time and code.
///
/// The renderers take one value and never read files or clocks themselves, so the command line
/// decides where facts come from and golden tests get the same bytes on every run.
public struct ReportInput: Sendable, Hashable {
  /// The card the decision was made for; its path and name head the report.
  public var card: DecisionCard
  /// The result of walking the decision path.
  public var verdict: Verdict
  /// Metrics of the model the team ships today, when they were read.
  public var baseline: EvidenceSet?
  /// Metrics of the trained checkpoint, when they were read.
  public var candidate: EvidenceSet?
  /// Metrics shown under "key tasks" and charted, after the primary target; empty charts the
  /// primary target and the guards.
  public var chartMetrics: [String]
  /// What the pilot log showed, when a pilot was read.
  public var pilot: PilotSummary?
  /// The data snapshot the verdict was reached on, when the card names one.
  public var dataSnapshot: DataSnapshotReference?
  /// When the report was made; passed in so golden files stay byte-stable.
  public var generatedAt: Date
  /// The Tollgate version that made the report (`0.1.0`).
  public var toolVersion: String
  /// The commit of the training code, when the caller knows it.
  public var codeRevision: CodeRevision?
  /// The language of every fixed text in the report; numbers look the same in both.
  public var language: Language

  /// Creates the input for one report; optional evidence left out renders as "no evidence yet".
  public init(
    card: DecisionCard, verdict: Verdict, baseline: EvidenceSet? = nil,
    candidate: EvidenceSet? = nil, chartMetrics: [String] = [], pilot: PilotSummary? = nil,
    dataSnapshot: DataSnapshotReference? = nil, generatedAt: Date, toolVersion: String,
    codeRevision: CodeRevision? = nil, language: Language
  ) {
    self.card = card
    self.verdict = verdict
    self.baseline = baseline
    self.candidate = candidate
    self.chartMetrics = chartMetrics
    self.pilot = pilot
    self.dataSnapshot = dataSnapshot
    self.generatedAt = generatedAt
    self.toolVersion = toolVersion
    self.codeRevision = codeRevision
    self.language = language
  }
}

/// The data snapshot a card names: the manifest's path as the card writes it, and its name and
/// id once it is taken, so a report names the data by id and not only by a path that may later
/// hold other data.
public struct DataSnapshotReference: Sendable, Hashable, Codable {
  /// `data.snapshot` as the card writes it.
  public var path: String
  /// The manifest's `--name`; nil while the manifest is not taken.
  public var name: String?
  /// The manifest's id (SHA-256 of its file list); nil while it is not taken.
  public var id: String?

  public init(path: String, name: String? = nil, id: String? = nil) {
    self.path = path
    self.name = name
    self.id = id
  }

  /// Encodes every key, a snapshot not taken yet with `null` name and id.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(name, forKey: .name)
    try container.encode(id, forKey: .id)
  }
}

/// A git commit and whether the working tree had uncommitted changes.
///
/// A dirty tree means the commit alone does not reproduce the run, which a reviewer must see.
public struct CodeRevision: Sendable, Hashable, Codable {
  /// The full or abbreviated commit hash.
  public var commit: String
  /// Whether tracked files differed from the commit when the run started.
  public var isDirty: Bool

  /// Creates a revision from a commit hash and the dirty flag.
  public init(commit: String, isDirty: Bool) {
    self.commit = commit
    self.isDirty = isDirty
  }
}

/// The pilot measurement as plain facts, already reduced by the cost code.
///
/// Every field is optional: a log that records no token counts still has a step count, and the
/// report says which facts are missing rather than guessing them.
public struct PilotSummary: Sendable, Hashable {
  /// The log file that was read.
  public var source: String?
  /// Which reader produced it (`hf-trainer-state`, `llama-factory-jsonl`, `nanogpt-stdout`).
  public var format: String?
  /// Intervals between logged entries the throughput rests on, after the warm-up was dropped.
  public var intervalsUsed: Int?
  /// Intervals at the start of the log left out as warm-up.
  public var warmupIntervalsDropped: Int?
  /// Median throughput of the whole pilot job.
  public var medianThroughput: TokensPerSecond?
  /// The low end of the throughput of the intervals used (p10 where the cost code measured it).
  public var throughputLow: TokensPerSecond?
  /// The high end of the throughput of the intervals used (p90 where the cost code measured it).
  public var throughputHigh: TokensPerSecond?
  /// Mean loss of the first and last quarter of the log: a pilot that does not learn is
  /// visible before any cost is extrapolated from it.
  public var lossTrend: LossTrend?
  /// GPU time the pilot itself used.
  public var gpuHours: GPUHours?
  /// Training-set tokens the extrapolation used.
  public var datasetTokens: TokenCount?
  /// Implied model FLOPs utilisation as a fraction (0.42 = 42 %), from 6 x parameters x tokens/s.
  public var impliedMFU: Double?
  /// Oddities of the log and flags of the checks, one sentence each (NaN losses, suspect MFU).
  public var notes: [String]

  /// Creates a summary; pass only what the pilot log showed.
  public init(
    source: String? = nil, format: String? = nil, intervalsUsed: Int? = nil,
    warmupIntervalsDropped: Int? = nil, medianThroughput: TokensPerSecond? = nil,
    throughputLow: TokensPerSecond? = nil, throughputHigh: TokensPerSecond? = nil,
    lossTrend: LossTrend? = nil, gpuHours: GPUHours? = nil, datasetTokens: TokenCount? = nil,
    impliedMFU: Double? = nil, notes: [String] = []
  ) {
    self.source = source
    self.format = format
    self.intervalsUsed = intervalsUsed
    self.warmupIntervalsDropped = warmupIntervalsDropped
    self.medianThroughput = medianThroughput
    self.throughputLow = throughputLow
    self.throughputHigh = throughputHigh
    self.lossTrend = lossTrend
    self.gpuHours = gpuHours
    self.datasetTokens = datasetTokens
    self.impliedMFU = impliedMFU
    self.notes = notes
  }
}

/// The steps of the decision path (DESIGN.md, "The decision path").
public enum DecisionStep: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case boundaries = 0
  case gap = 1
  case cheapPath = 2
  case data = 3
  case baseline = 4
  case pilot = 5
  case fullRun = 6
  case canary = 7
  case stopLoss = 8

  public static func < (lhs: DecisionStep, rhs: DecisionStep) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// A stable identifier for JSON and JUnit (`full_run`).
  public var identifier: String {
    switch self {
    case .boundaries: "boundaries"
    case .gap: "gap"
    case .cheapPath: "cheap_path"
    case .data: "data"
    case .baseline: "baseline"
    case .pilot: "pilot"
    case .fullRun: "full_run"
    case .canary: "canary"
    case .stopLoss: "stop_loss"
    }
  }
}

/// What the team should do now.
public enum VerdictKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Training is not the answer: the gap is not domain capability, or the baseline already
  /// meets the target.
  case dontTrain = "dont_train"
  /// The card or the data stops the decision before any training (a missing stop-loss, a licence).
  case blocked
  /// Evidence so far supports a pilot run and nothing more.
  case pilot
  /// The pilot is on track: continue to the full run.
  case continueTraining = "continue"
  /// The candidate passes the gate: ship it to the canary.
  case shipToCanary = "ship_to_canary"
  /// A guard blocks, a target is missed or a risk fired: stop and roll back.
  case stopLoss = "stop_loss"
  /// Not enough evidence to say (an unproven gain, a missing file the step needs).
  case undecided

  /// The process exit code: 0 go, 1 no-go, 3 undecided (2 and 64 come from errors).
  public var exitCode: Int32 {
    switch self {
    case .pilot, .continueTraining, .shipToCanary: 0
    case .dontTrain, .blocked, .stopLoss: 1
    case .undecided: 3
    }
  }
}

/// Outcome of checking one metric against its thresholds.
public enum CheckStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case pass
  case warn
  case block
  /// The point estimate passes but the interval crosses the threshold.
  case unproven
  /// The evidence has no value for the metric.
  case missing
}

/// A confidence interval.
public struct Interval: Sendable, Hashable, Codable {
  public var low: Double
  public var high: Double
  public var confidence: Double

  public init(low: Double, high: Double, confidence: Double) {
    self.low = low
    self.high = high
    self.confidence = confidence
  }
}

/// The primary target or one guard, judged.
public struct MetricCheck: Sendable, Hashable, Codable {
  public var metric: String
  public var status: CheckStatus
  /// Candidate value.
  public var value: Double?
  public var baseline: Double?
  /// Interval on the candidate value where the check is absolute, on candidate minus baseline
  /// where it is baseline-relative or `not_worse`.
  public var interval: Interval?
  /// The threshold that decided the status, as written.
  public var threshold: String?
  /// The threshold's bound resolved to a number on the metric's scale.
  public var bound: Double?
  public var action: Action?
  /// One sentence with the numbers.
  public var reason: String

  public init(
    metric: String, status: CheckStatus, value: Double?, baseline: Double?, interval: Interval?,
    threshold: String?, bound: Double?, action: Action?, reason: String
  ) {
    self.metric = metric
    self.status = status
    self.value = value
    self.baseline = baseline
    self.interval = interval
    self.threshold = threshold
    self.bound = bound
    self.action = action
    self.reason = reason
  }
}

/// A risk trigger, evaluated.
public struct RiskCheck: Sendable, Hashable, Codable {
  public var name: String
  /// Nil when the evidence has no value for the trigger's metric.
  public var fired: Bool?
  public var value: Double?
  public var trigger: String
  public var action: Action?
  public var reason: String

  public init(
    name: String, fired: Bool?, value: Double?, trigger: String, action: Action?, reason: String
  ) {
    self.name = name
    self.fired = fired
    self.value = value
    self.trigger = trigger
    self.action = action
    self.reason = reason
  }
}

/// Where a ledger item stands against its cap.
public enum LedgerStatus: String, Sendable, Hashable, Codable {
  case withinCap = "within_cap"
  case overCap = "over_cap"
  /// A stop-loss trigger holds for this item.
  case pastStopLoss = "past_stop_loss"
  /// No estimate or no cap.
  case unknown
}

/// One line of the cost ledger.
public struct LedgerRow: Sendable, Hashable, Codable {
  /// `training_compute`, `storage_network`, `data_processing`, `evaluation`, `inference`, ...
  public var item: String
  public var gpuHours: Estimate<GPUHours>?
  public var wallTime: Estimate<WallTime>?
  public var cost: Estimate<Money>?
  public var cap: Money?
  public var gpuHoursCap: GPUHours?
  public var stopLoss: String?
  public var status: LedgerStatus
  public var note: String?

  public init(
    item: String, gpuHours: Estimate<GPUHours>? = nil, wallTime: Estimate<WallTime>? = nil,
    cost: Estimate<Money>? = nil, cap: Money? = nil, gpuHoursCap: GPUHours? = nil,
    stopLoss: String? = nil, status: LedgerStatus, note: String? = nil
  ) {
    self.item = item
    self.gpuHours = gpuHours
    self.wallTime = wallTime
    self.cost = cost
    self.cap = cap
    self.gpuHoursCap = gpuHoursCap
    self.stopLoss = stopLoss
    self.status = status
    self.note = note
  }
}

/// One step of the path as walked: whether it passed, and why.
public struct StepOutcome: Sendable, Hashable, Codable {
  public enum Status: String, Sendable, Hashable, Codable {
    case passed
    case failed
    /// The evidence the step needs is not there yet.
    case noEvidence = "no_evidence"
    case skipped
  }

  public var step: DecisionStep
  public var status: Status
  public var reasons: [String]

  public init(step: DecisionStep, status: Status, reasons: [String]) {
    self.step = step
    self.status = status
    self.reasons = reasons
  }
}

/// Step 3's PII scan held against `data.deidentification.max_pii_rate`, as one line: the
/// terminal shows it whatever the verdict, since the step's notes are otherwise only in the
/// report.
public struct PIIScanCheck: Sendable, Hashable, Codable {
  /// `pass` within the threshold (bound included), `unproven` within it on the point estimate
  /// only, `block` above it, `missing` when there is no scan or no document to hold against
  /// it, `warn` for a scan the card sets no threshold for.
  public var status: CheckStatus
  /// The step's sentence, with the figures.
  public var reason: String
  /// The scan's figures, for scripts; nil when there was no scan.
  public var scan: PIIScanFigures?

  public init(status: CheckStatus, reason: String, scan: PIIScanFigures? = nil) {
    self.status = status
    self.reason = reason
    self.scan = scan
  }

  /// Encodes every key, no scan as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(status, forKey: .status)
    try container.encode(reason, forKey: .reason)
    try container.encode(scan, forKey: .scan)
  }
}

/// The figures of the PII scan step 3 judged, as numbers rather than a sentence.
public struct PIIScanFigures: Sendable, Hashable, Codable {
  /// The `--pii-scan` file, or what `decide` scanned itself.
  public var source: String
  public var documents: Int64
  public var documentsWithHits: Int64
  /// Lines the scan could not read as documents.
  public var skippedLines: Int64
  /// Hits per category.
  public var hits: [String: Int64]
  /// Documents with hits over documents, a fraction; nil when the scan read no document.
  public var rate: Double?
  /// The exact one-sided upper bound of `rate` at `confidence`, when it was judged.
  public var upperBound: Double?
  public var confidence: Double?
  /// The card's `data.deidentification.max_pii_rate`, a fraction; nil when it sets none.
  public var maxRate: Double?
  /// `I/N` when the scan covered one shard only.
  public var shard: String?
  /// The snapshot the scan read, checked byte for byte; nil for a scan of paths.
  public var snapshotID: String?

  public init(_ scan: PIIScanSummary, maxRate: Double?) {
    source = scan.source
    documents = scan.documents
    documentsWithHits = scan.documentsWithHits
    skippedLines = scan.skippedLines
    hits = scan.hits
    rate = scan.rate
    self.maxRate = maxRate
    shard = scan.shard
    snapshotID = scan.snapshotID
  }

  /// Encodes every key, absent figures as `null`, so a script can read them without checking.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(documents, forKey: .documents)
    try container.encode(documentsWithHits, forKey: .documentsWithHits)
    try container.encode(skippedLines, forKey: .skippedLines)
    try container.encode(hits, forKey: .hits)
    try container.encode(rate.flatMap { $0.isFinite ? $0 : nil }, forKey: .rate)
    try container.encode(upperBound.flatMap { $0.isFinite ? $0 : nil }, forKey: .upperBound)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(maxRate, forKey: .maxRate)
    try container.encode(shard, forKey: .shard)
    try container.encode(snapshotID, forKey: .snapshotID)
  }
}

/// The result of walking the decision path: what to do, why, and what it rests on.
public struct Verdict: Sendable, Hashable, Codable {
  public var kind: VerdictKind
  /// The furthest step the evidence reached.
  public var step: DecisionStep
  /// Why, each with its numbers.
  public var reasons: [String]
  /// What to do next, a command where there is one.
  public var nextAction: String
  public var steps: [StepOutcome]
  public var primary: MetricCheck?
  public var guards: [MetricCheck]
  public var risks: [RiskCheck]
  public var ledger: [LedgerRow]
  /// Evidence problems that did not stop the decision (allowed incomparability, pilot log issues).
  public var warnings: [String]
  /// Step 3's PII scan result; nil when the walk stopped before step 3, or when the card sets
  /// no threshold and no scan was given.
  public var piiScan: PIIScanCheck?

  public init(
    kind: VerdictKind, step: DecisionStep, reasons: [String], nextAction: String,
    steps: [StepOutcome] = [], primary: MetricCheck? = nil, guards: [MetricCheck] = [],
    risks: [RiskCheck] = [], ledger: [LedgerRow] = [], warnings: [String] = [],
    piiScan: PIIScanCheck? = nil
  ) {
    self.kind = kind
    self.step = step
    self.reasons = reasons
    self.nextAction = nextAction
    self.steps = steps
    self.primary = primary
    self.guards = guards
    self.risks = risks
    self.ledger = ledger
    self.warnings = warnings
    self.piiScan = piiScan
  }
}

extension DecisionStep {
  /// The step's short name in `language` (`full run`, `完整训练`), as verdicts, the terminal and
  /// the reports print it beside its number.
  public func name(in language: Language) -> String {
    language.reasonText.stepName(self)
  }
}

import Foundation
import TollgateCore

/// The machine-readable verdict: what `tollgate decide --json` prints and `report.json` holds.
///
/// Its shape is a contract with CI scripts, so it is versioned (`schemaVersion`), written with
/// sorted keys, and spells every optional field out as `null` rather than leaving it away; the
/// schema is described in `docs/report-schema.md`. Values that are not finite numbers become
/// `null`, because JSON has no NaN.
public struct VerdictDocument: Sendable, Hashable, Codable {
  /// The schema version this code writes; raise it when a field changes meaning or goes away.
  public static let currentSchemaVersion = 1

  /// The version of this document's shape.
  public var schemaVersion: Int
  /// What the team should do now.
  public var verdict: VerdictKind
  /// The exit code `tollgate decide` ends with for this verdict.
  public var exitCode: Int32
  /// The furthest step of the decision path the evidence reached.
  public var step: StepReference
  /// Why, each with its numbers.
  public var reasons: [String]
  /// What to do next, a command where there is one.
  public var nextAction: String
  /// The primary target, judged; null before any candidate evidence.
  public var primary: Check?
  /// Each guard of the card, judged.
  public var guards: [Check]
  /// Each risk trigger, evaluated.
  public var risks: [RiskEntry]
  /// The cost ledger.
  public var ledger: [LedgerEntry]
  /// Every step of the path as walked.
  public var steps: [StepEntry]
  /// Evidence problems that did not stop the decision.
  public var warnings: [String]
  /// Which card the decision was made for.
  public var card: CardReference
  /// When the document was made, ISO 8601 in UTC (`2026-12-04T16:00:00Z`).
  public var generatedAt: String
  /// The Tollgate version that made it.
  public var toolVersion: String
  /// The language of the free text (reasons, next action), `en` or `zh`.
  public var language: Language
  /// Step 3's data facts: the snapshot the verdict was reached on and the PII scan it judged.
  public var data: DataFacts

  /// Builds the document from a report's input.
  public init(_ input: ReportInput) {
    self.init(
      verdict: input.verdict, card: input.card, generatedAt: input.generatedAt,
      toolVersion: input.toolVersion, language: input.language)
    if let snapshot = input.dataSnapshot { data.snapshot = snapshot }
  }

  /// Builds the document from a verdict alone, for `decide --json` when no report is written;
  /// the language defaults to the card's.
  public init(
    verdict: Verdict, card: DecisionCard, generatedAt: Date, toolVersion: String,
    language: Language? = nil
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.verdict = verdict.kind
    self.exitCode = verdict.kind.exitCode
    self.step = StepReference(verdict.step)
    self.reasons = verdict.reasons
    self.nextAction = verdict.nextAction
    self.primary = verdict.primary.map(Check.init)
    self.guards = verdict.guards.map(Check.init)
    self.risks = verdict.risks.map(RiskEntry.init)
    self.ledger = verdict.ledger.map(LedgerEntry.init)
    self.steps = verdict.steps.map(StepEntry.init)
    self.warnings = verdict.warnings
    self.card = CardReference(name: card.name, path: card.path)
    self.generatedAt = ReportDate.iso8601(generatedAt)
    self.toolVersion = toolVersion
    self.language = language ?? card.language
    self.data = DataFacts(
      snapshot: card.data?.snapshot.map { DataSnapshotReference(path: $0) },
      piiScan: verdict.piiScan)
  }

  /// The document as pretty-printed JSON with sorted keys, ending in a newline.
  public func jsonText() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(self)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, verdict, exitCode, step, reasons, nextAction, primary, guards, risks
    case ledger, steps, warnings, card, generatedAt, toolVersion, language, data
  }

  /// Encodes every key, a missing primary target as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(exitCode, forKey: .exitCode)
    try container.encode(step, forKey: .step)
    try container.encode(reasons, forKey: .reasons)
    try container.encode(nextAction, forKey: .nextAction)
    try container.encode(primary, forKey: .primary)
    try container.encode(guards, forKey: .guards)
    try container.encode(risks, forKey: .risks)
    try container.encode(ledger, forKey: .ledger)
    try container.encode(steps, forKey: .steps)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(card, forKey: .card)
    try container.encode(generatedAt, forKey: .generatedAt)
    try container.encode(toolVersion, forKey: .toolVersion)
    try container.encode(language, forKey: .language)
    try container.encode(data, forKey: .data)
  }
}

extension VerdictDocument {
  /// A step of the decision path by number and stable identifier (`6`, `full_run`).
  public struct StepReference: Sendable, Hashable, Codable {
    /// The step number, 0-8.
    public var number: Int
    /// The stable identifier (`full_run`).
    public var identifier: String

    /// Names a step of the path.
    public init(_ step: DecisionStep) {
      self.number = step.rawValue
      self.identifier = step.identifier
    }
  }

  /// One step as walked: whether it passed, and why.
  public struct StepEntry: Sendable, Hashable, Codable {
    /// The step number, 0-8.
    public var number: Int
    /// The stable identifier (`full_run`).
    public var identifier: String
    /// `passed`, `failed`, `no_evidence` or `skipped`.
    public var status: StepOutcome.Status
    /// Why, each with its numbers.
    public var reasons: [String]

    /// Copies a step outcome of the verdict.
    public init(_ outcome: StepOutcome) {
      self.number = outcome.step.rawValue
      self.identifier = outcome.step.identifier
      self.status = outcome.status
      self.reasons = outcome.reasons
    }
  }

  /// The data a verdict was reached on, as numbers and ids a CI job can check: the snapshot
  /// (null when the card names none) and step 3's PII scan (null when there was nothing to
  /// judge), with its status and figures.
  public struct DataFacts: Sendable, Hashable, Codable {
    public var snapshot: DataSnapshotReference?
    public var piiScan: PIIScanCheck?

    public init(snapshot: DataSnapshotReference?, piiScan: PIIScanCheck?) {
      self.snapshot = snapshot
      self.piiScan = piiScan
    }

    /// Encodes both keys, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(snapshot, forKey: .snapshot)
      try container.encode(piiScan, forKey: .piiScan)
    }
  }

  /// The card by name and path; the name is null when the card has none.
  public struct CardReference: Sendable, Hashable, Codable {
    /// The card's name; nil when it has none.
    public var name: String?
    /// The card file as the user gave it.
    public var path: String

    /// Names a card.
    public init(name: String?, path: String) {
      self.name = name
      self.path = path
    }

    /// Encodes both keys, a missing name as `null`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encode(path, forKey: .path)
    }
  }
}

/// Drops values JSON cannot carry (NaN, infinity).
func finite(_ value: Double?) -> Double? {
  guard let value, value.isFinite else { return nil }
  return value
}

/// Everything the decision path reads: the card, what checking it found, and the evidence so far.
///
/// The command line gathers these (reading files is not Core's business) and hands them over in
/// one value, so the walk itself is a pure function that tests can drive with hand-built inputs.
public struct DecisionInputs: Sendable, Hashable {
  /// The card as decoded (possibly with command-line overrides applied).
  public var card: DecisionCard
  /// Findings of `tollgate card check`; any error stops the walk at step 0.
  public var cardDiagnostics: [Diagnostic]
  /// Metrics of the baseline approach, when read.
  public var baseline: EvidenceSet?
  /// Metrics of the trained candidate, when read; its presence moves the walk to the gate.
  public var candidate: EvidenceSet?
  /// Why baseline and candidate lm-eval results are not comparable (empty when they are).
  public var comparabilityIssues: [String]
  /// Whether the card allows comparing them anyway (`evaluation.allow_incomparable`).
  public var allowsIncomparable: Bool
  /// The measured pilot; when nil and `pilotLog` is given, the walk measures the log itself.
  public var pilot: PilotThroughput?
  /// The pilot's log as read, measured with the card's `pilot:` section when `pilot` is nil.
  public var pilotLog: PilotLog?
  /// Tokens in the training set; the card's `data.tokens` when nil.
  public var datasetTokens: TokenCount?
  /// What a PII scan of the training corpus found; step 3 holds it against
  /// `data.deidentification.max_pii_rate`.
  public var piiScan: PIIScanSummary?
  /// The card's snapshot as taken, so a next action that asks for it again can name its paths
  /// and name instead of placeholders; nil while it is not taken.
  public var takenSnapshot: TakenSnapshot?
  /// The language of every sentence in the verdict: reasons, next action, step reasons, check
  /// reasons, ledger notes and warnings. Figures, metric names, thresholds and commands read the
  /// same in every language.
  public var language: Language

  /// Inputs with the card's own defaults: `allowsIncomparable` from `evaluation`, dataset tokens
  /// from `data.tokens`, sentences in English unless `language` says otherwise.
  public init(
    card: DecisionCard, cardDiagnostics: [Diagnostic] = [], baseline: EvidenceSet? = nil,
    candidate: EvidenceSet? = nil, comparabilityIssues: [String] = [],
    allowsIncomparable: Bool? = nil, pilot: PilotThroughput? = nil, pilotLog: PilotLog? = nil,
    datasetTokens: TokenCount? = nil, piiScan: PIIScanSummary? = nil,
    language: Language = .english
  ) {
    self.card = card
    self.cardDiagnostics = cardDiagnostics
    self.baseline = baseline
    self.candidate = candidate
    self.comparabilityIssues = comparabilityIssues
    self.allowsIncomparable = allowsIncomparable ?? card.evaluation?.allowIncomparable ?? false
    self.pilot = pilot
    self.pilotLog = pilotLog
    self.datasetTokens = datasetTokens ?? card.data?.tokens
    self.piiScan = piiScan
    self.language = language
  }
}

/// A snapshot as `tollgate data snapshot` took it: the paths it was taken of, as seen from
/// where `decide` runs, and its name.
public struct TakenSnapshot: Sendable, Hashable {
  public var roots: [String]
  public var name: String
  /// The records (non-blank JSON Lines lines) the snapshot counted.
  public var records: Int64

  public init(roots: [String], name: String, records: Int64 = 0) {
    self.roots = roots
    self.name = name
    self.records = records
  }
}

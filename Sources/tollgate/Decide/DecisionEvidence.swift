import Foundation
import TollgateCore
import TollgateFormats
import TollgateReport

/// The evidence `tollgate decide` found for a card: read, derived metrics added, and checked for
/// comparability, with notes for the report.
struct DecisionEvidence {
  var cardFolder: URL
  var baseline: EvidenceSet?
  var candidate: EvidenceSet?
  var comparabilityIssues: [String] = []
  var pilotLog: PilotLog?
  var pilot: PilotThroughput?
  /// Metrics the gate and the risks look at, in card order, for the report's chart.
  var chartMetrics: [String] = []
  /// What was skipped or assumed while reading, one sentence each.
  var notes: [String] = []

  /// Reads the evidence the card names, or the paths given on the command line.
  ///
  /// A path the user typed must exist and hold evidence (exit 2 otherwise). A folder the card
  /// names that is missing or empty means "no evidence yet" (the template's empty folders),
  /// which the decision path turns into the next step to take rather than an error.
  static func gather(
    for card: DecisionCard, cardPath: String, overrides parsed: ParsedCommand,
    context: CommandContext, language: Language
  ) throws -> DecisionEvidence {
    let cardFolder = context.resolve(cardPath).deletingLastPathComponent()
    var gathered = DecisionEvidence(cardFolder: cardFolder)

    let baselinePath = path(parsed.value("--baseline"), card.evidence.baseline, cardFolder, context)
    let candidatePath = path(
      parsed.value("--candidate"), card.evidence.candidate, cardFolder, context)
    let pilotPath = path(parsed.value("--pilot"), card.evidence.pilot, cardFolder, context)

    let readResults = { (path: String, label: String) in
      try EvidenceLocator.lmEvalResults(at: path, label: label, language: language)
    }
    if let located = try read(
      baselinePath, what: .baseline, language, into: &gathered.notes,
      {
        try readResults($0, "baseline")
      })
    {
      gathered.baseline = located.evidence
      gathered.notes += located.notes
    }
    if let located = try read(
      candidatePath, what: .candidate, language, into: &gathered.notes,
      {
        try readResults($0, "candidate")
      })
    {
      gathered.candidate = located.evidence
      gathered.notes += located.notes
    }
    if let located = try read(
      pilotPath, what: .pilot, language, into: &gathered.notes,
      {
        try EvidenceLocator.pilotLog(at: $0, language: language)
      })
    {
      gathered.pilotLog = located.log
      gathered.pilot = PilotThroughput.measure(located.log, spec: card.pilot, language: language)
      gathered.notes += located.notes
    }

    gathered.showPathsRelative(to: cardFolder)
    gathered.addDerivedMetrics(card.metrics, language: language)
    gathered.chartMetrics = judgedMetrics(of: card)
    gathered.checkComparability(card, language: language)
    return gathered
  }

  /// Where a piece of evidence is: the command line's path as typed, else the card's, relative
  /// to the card's folder.
  private static func path(
    _ typed: String?, _ fromCard: String?, _ cardFolder: URL, _ context: CommandContext
  ) -> EvidencePath? {
    if let typed { return EvidencePath(path: context.resolve(typed).path, isFromCard: false) }
    guard let fromCard else { return nil }
    let url =
      fromCard.hasPrefix("/")
      ? URL(fileURLWithPath: fromCard) : cardFolder.appendingPathComponent(fromCard)
    return EvidencePath(path: url.standardizedFileURL.path, isFromCard: true)
  }

  /// Which piece of evidence, for the note that says it is not there yet.
  private enum EvidenceKind {
    case baseline, candidate, pilot

    func noEvidenceNote(_ path: String, _ language: Language) -> String {
      switch (self, language) {
      case (.baseline, .english): "no baseline evidence yet: \(path) is missing or empty"
      case (.candidate, .english): "no candidate evidence yet: \(path) is missing or empty"
      case (.pilot, .english): "no pilot evidence yet: \(path) is missing or empty"
      case (.baseline, .chinese): "尚无基线证据：\(path) 不存在或为空"
      case (.candidate, .chinese): "尚无候选模型证据：\(path) 不存在或为空"
      case (.pilot, .chinese): "尚无试训证据：\(path) 不存在或为空"
      }
    }
  }

  private static func read<T>(
    _ location: EvidencePath?, what: EvidenceKind, _ language: Language,
    into notes: inout [String], _ reader: (String) throws -> T
  ) throws -> T? {
    guard let location else { return nil }
    if location.isFromCard && isMissingOrEmpty(location.path) {
      notes.append(what.noEvidenceNote(location.path, language))
      return nil
    }
    return try reader(location.path)
  }

  /// A path as reports show it: relative to the card's folder when inside it, so a report reads
  /// the same on every machine that has the project.
  private static func display(_ path: String, _ cardFolder: URL) -> String {
    let folder = cardFolder.standardizedFileURL.path + "/"
    return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
  }

  /// True for a path that does not exist, or a folder with no visible files in it.
  private static func isMissingOrEmpty(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return true }
    guard isFolder.boolValue else { return false }
    let enumerator = FileManager.default.enumerator(atPath: path)
    while let entry = enumerator?.nextObject() as? String {
      let name = (entry as NSString).lastPathComponent
      if name.hasPrefix(".") { continue }
      var entryIsFolder: ObjCBool = false
      let full = (path as NSString).appendingPathComponent(entry)
      if FileManager.default.fileExists(atPath: full, isDirectory: &entryIsFolder),
        !entryIsFolder.boolValue
      {
        return false
      }
    }
    return true
  }

  private mutating func showPathsRelative(to cardFolder: URL) {
    if let sources = baseline?.sources {
      baseline?.sources = sources.map { Self.display($0, cardFolder) }
    }
    if let sources = candidate?.sources {
      candidate?.sources = sources.map { Self.display($0, cardFolder) }
    }
    if let source = pilotLog?.source {
      pilotLog?.source = Self.display(source, cardFolder)
    }
  }

  private mutating func addDerivedMetrics(_ definitions: [DerivedMetric], language: Language) {
    guard !definitions.isEmpty else { return }
    if let set = baseline {
      let (augmented, problems) = DerivedMetrics.augment(set, with: definitions, language: language)
      baseline = augmented
      notes += problems
    }
    if let set = candidate {
      let (augmented, problems) = DerivedMetrics.augment(set, with: definitions, language: language)
      candidate = augmented
      notes += problems
    }
  }

  /// The gate's primary metric, its guards and the risks' metrics, each once, in card order.
  private static func judgedMetrics(of card: DecisionCard) -> [String] {
    var names: [String] = []
    if let metric = card.gate?.primary?.metric ?? card.goal?.primary?.metric {
      names.append(metric)
    }
    names += card.gate?.guards.map(\.metric) ?? []
    names += card.risks.compactMap { $0.trigger?.metric }
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }

  /// Compares the lm-eval tasks behind every judged metric, derived metrics expanded to their
  /// components.
  private mutating func checkComparability(_ card: DecisionCard, language: Language) {
    guard let baseline, let candidate else { return }
    let definitions = Dictionary(
      card.metrics.map { ($0.name, $0.meanOf) }, uniquingKeysWith: { first, _ in first })
    var metrics: [String] = []
    var pending = chartMetrics
    var seen: Set<String> = []
    while let metric = pending.popLast() {
      guard seen.insert(metric).inserted else { continue }
      if let components = definitions[metric] {
        pending += components
      } else {
        metrics.append(metric)
      }
    }
    comparabilityIssues = Comparability.check(
      baseline, candidate, metrics: metrics.sorted(), language: language
    )
    .map(\.description)
  }

  /// The pilot's measurement as plain facts for the report.
  func pilotSummary(card: DecisionCard, language: Language) -> PilotSummary? {
    guard let pilotLog, let pilot else { return nil }
    var summary = PilotSummary(
      source: pilotLog.source, format: pilotLog.format, intervalsUsed: pilot.intervalsUsed,
      warmupIntervalsDropped: pilot.warmupIntervalsDropped,
      medianThroughput: pilot.tokensPerSecond?.expected,
      throughputLow: pilot.tokensPerSecond?.low, throughputHigh: pilot.tokensPerSecond?.high,
      lossTrend: pilot.lossTrend, gpuHours: pilot.gpuHours, datasetTokens: card.data?.tokens,
      notes: pilot.issues)
    if let reason = pilot.unmeasurableReason { summary.notes.append(reason) }
    if let parameters = card.pilot?.parameters, let median = pilot.tokensPerSecond?.expected,
      let gpuType = card.budget?.compute?.gpuType,
      case .success(let check) = FLOPsCheck.check(
        parameters: parameters, throughput: median, gpus: pilot.gpus ?? 1, gpuType: gpuType,
        dtype: card.budget?.compute?.dtype, language: language)
    {
      summary.impliedMFU = check.mfu
      if check.finding != .plausible { summary.notes.append(check.reason) }
    }
    return summary
  }
}

/// A path to evidence and whether the card (not the user) named it.
private struct EvidencePath {
  var path: String
  var isFromCard: Bool
}

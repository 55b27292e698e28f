/// What step 3 makes of the PII scan: a blocker, a note (with a warning when the scan is too
/// small to certify the rate), or missing evidence.
enum PIIJudgement: Sendable, Hashable {
  /// The share of documents with personal data is above `max_pii_rate`.
  case blocks(reason: String, next: String)
  /// A note for the step, and a warning when the rate is within the threshold only on its
  /// point estimate.
  case note(String, warning: String? = nil)
  /// A threshold is set but there is nothing to hold it against.
  case noEvidence(String)
  /// A threshold is set and a scan was given, but it cannot be held against it (one shard, or
  /// too many lines it could not read): the decision waits for a scan that can.
  case unusable(reason: String, next: String)
}

extension Walker {
  // MARK: step 3, PII left in the corpus

  /// Holds the scan's share of documents with hits against `data.deidentification.max_pii_rate`.
  ///
  /// The point estimate k/n above the threshold blocks. At or under it, the exact one-sided
  /// Clopper-Pearson upper bound (Clopper & Pearson 1934) at the gate's confidence must be under
  /// it too; when it is not, the scan is too small to certify the rate, which is a warning and
  /// not a blocker (the data is not shown to be bad, only not yet shown to be good).
  ///
  /// Returns the judgement with the line the terminal shows for it (nil when the card sets no
  /// threshold and no scan was given: there is nothing to show).
  func judgePIIScan(_ data: DataPlan) -> (PIIJudgement, PIIScanCheck?) {
    let maxRate = data.maxPIIRate
    guard let scan = inputs.piiScan else {
      guard let maxRate else { return (.note(text.noPIIScanYet()), nil) }
      let reason = text.noPIIScan(
        forMax: maxRate, card: cardArgument, snapshot: data.snapshot.map(besideCard))
      return (.noEvidence(reason), PIIScanCheck(status: .missing, reason: reason))
    }
    // A scan that cannot be held against the threshold: the decision waits for one that can.
    func unusable(_ reason: String, next: String) -> (PIIJudgement, PIIScanCheck?) {
      (
        .unusable(reason: reason, next: next),
        PIIScanCheck(status: .missing, reason: reason, scan: PIIScanFigures(scan, maxRate: maxRate))
      )
    }
    let fixAndDecide = text.fixScanAndDecideAgain(
      cardArgument, scanFile: scan.origin == .file ? scan.source : nil)
    guard let rate = scan.rate else {
      let reason = text.piiScanReadNothing(scan.source)
      guard maxRate != nil else {
        return (
          .note(reason),
          PIIScanCheck(status: .missing, reason: reason, scan: PIIScanFigures(scan, maxRate: nil))
        )
      }
      return unusable(reason, next: fixAndDecide)
    }
    guard let maxRate else {
      let reason = text.piiScanWithoutMax(scan, rate: rate)
      return (
        .note(reason),
        PIIScanCheck(status: .warn, reason: reason, scan: PIIScanFigures(scan, maxRate: nil))
      )
    }
    // A scan of other data than the card's certifies nothing about the card's data.
    if let gap = scan.coverageGap { return unusable(gap.reason, next: gap.fix) }
    // One shard's rate stands for its share of the documents only: it certifies nothing.
    if let shard = scan.shard {
      return unusable(
        text.piiScanIsOneShard(scan.source, shard: shard),
        next: text.mergeShardsAndDecideAgain(cardArgument))
    }
    // Lines the scan could not read may hold anything; if the worst case could cross the
    // threshold, the scan does not show the corpus is under it.
    if scan.skippedLines > 0, let worst = scan.worstCaseRate, worst > maxRate {
      return unusable(
        text.piiScanSkippedTooMuch(scan, worstRate: worst, maxRate: maxRate), next: fixAndDecide)
    }

    let confidence = card.gate?.confidence ?? 0.95
    let standing = PIIRateStanding(
      documentsWithHits: scan.documentsWithHits, documents: scan.documents, maxRate: maxRate,
      confidence: confidence)
    let upper = standing.upper
    let figures = PIIFigures(
      scan: scan, rate: rate, upper: upper, confidence: confidence, maxRate: maxRate)
    var shown = PIIScanFigures(scan, maxRate: maxRate)
    (shown.upperBound, shown.confidence) = (upper, confidence)
    if standing.kind == .above {
      // After its own scan of data.corpus, `decide` scans again when run again; a file the
      // user gave has to be written again first; a snapshot has to be taken again first.
      let corpus = (data.corpus?.paths ?? []).map(besideCard)
      let how = Remedy(method: data.deidentificationMethod, excludedFields: data.excludedFields)
      let next: String
      switch (scan.origin, data.snapshot.map(besideCard)) {
      case (.cardCorpus, _):
        next = text.maskAndDecideAgain(cardArgument, how: how)
      case (.cardSnapshot, let snapshot?):
        next = text.maskSnapshotAndDecideAgain(
          cardArgument, retake: retake(snapshot, corpus), how: how)
      case (_, let snapshot?):
        next = text.maskSnapshotAndScanAgain(
          cardArgument, retake: retake(snapshot, corpus), how: how)
      case (_, nil):
        next = text.maskAndScanAgain(cardArgument, corpus: corpus, how: how)
      }
      let reason = text.piiAboveMax(figures)
      return (
        .blocks(reason: reason, next: next),
        PIIScanCheck(status: .block, reason: reason, scan: shown)
      )
    }
    if standing.kind == .unproven {
      let needed = RareEventBounds.trialsNeeded(
        atRate: rate, belowRate: maxRate, confidence: confidence)
      let sentence = text.piiUnproven(figures, documentsNeeded: needed)
      return (
        .note(sentence, warning: sentence),
        PIIScanCheck(status: .unproven, reason: sentence, scan: shown)
      )
    }
    let sentence = text.piiWithinMax(figures)
    return (.note(sentence), PIIScanCheck(status: .pass, reason: sentence, scan: shown))
  }
}

extension Walker {
  /// The `data snapshot` command that takes the card's snapshot again: over the paths it was
  /// taken of and under its name when it is taken, else over the card's corpus.
  func retake(_ snapshot: String, _ corpus: [String]) -> SnapshotRetake {
    SnapshotRetake(
      roots: inputs.takenSnapshot?.roots ?? corpus, name: inputs.takenSnapshot?.name,
      out: snapshot)
  }

  /// A path the card writes relative to its own folder, as seen from where `decide` was run
  /// (the card's path as given) and normalized: the next action's `data scan` and `decide`
  /// commands then run from the same folder. Absolute paths stay absolute.
  func besideCard(_ path: String) -> String {
    card.pathFromWorkingDirectory(path)
  }
}

/// The parts of a `tollgate data snapshot` command the sentences print; empty roots and a nil
/// name print as placeholders.
struct SnapshotRetake: Sendable, Hashable {
  var roots: [String]
  var name: String?
  var out: String
}

/// How the card says personal data is removed, for the sentences that ask the user to do it.
struct Remedy: Sendable, Hashable {
  var method: String?
  var excludedFields: [String]
}

/// The figures of a PII scan held against the card's threshold, as the sentences print them.
struct PIIFigures: Sendable, Hashable {
  var scan: PIIScanSummary
  /// Documents with hits over documents scanned.
  var rate: Double
  /// The exact one-sided upper bound of `rate` at `confidence`.
  var upper: Double
  var confidence: Double
  /// `data.deidentification.max_pii_rate`.
  var maxRate: Double
}

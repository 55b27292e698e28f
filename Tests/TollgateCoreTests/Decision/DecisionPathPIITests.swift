import Testing

@testable import TollgateCore

// Step 3 holding a PII scan against `data.deidentification.max_pii_rate`. Reference bounds are
// one-sided Clopper-Pearson upper bounds from scipy.stats.beta.ppf(c, k + 1, n - k) (SciPy
// 1.17.1): 37/12,000 at 95 % is 0.0040543, at 99 % 0.0044795; 2/1,000 at 95 % is 0.0062823;
// 3/50,000 at 95 % is 0.00015507.

/// The example card with a `max_pii_rate` (nil leaves the card without one).
private func card(maxPIIRate: Double?) -> DecisionCard {
  var card = ExampleCard.card
  card.data?.maxPIIRate = maxPIIRate
  return card
}

private func scan(_ withHits: Int64, of documents: Int64) -> PIIScanSummary {
  PIIScanSummary(
    documents: documents, documentsWithHits: withHits,
    hits: ["resident_id": withHits, "mobile_phone": withHits / 2], source: "pii-scan.json")
}

private func walk(
  _ card: DecisionCard, scan: PIIScanSummary?, language: Language = .english
) -> Verdict {
  DecisionPath.walk(
    DecisionInputs(
      card: card, baseline: ExampleCard.baselineEvidence, piiScan: scan, language: language))
}

@Test func piiRateAboveTheCardsMaximumBlocksAtDataWithTheFigures() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: scan(37, of: 12_000))

  #expect(verdict.kind == .blocked)
  #expect(verdict.step == .data)
  #expect(
    verdict.reasons == [
      "PII left in the corpus (pii-scan.json): 37 of 12,000 documents (0.31%, upper bound "
        + "0.41% at 95%) above the card's max_pii_rate 0.1%; hits: resident_id 37, "
        + "mobile_phone 18"
    ])
}

/// The card's corpus paths are relative to the card; the next action runs from where `decide`
/// ran, so they are written beside the card's path, as the `decide` command is.
@Test func nextActionWritesTheCorpusPathsBesideTheCardsPath() {
  var card = card(maxPIIRate: 0.001)
  card.path = "projects/contracts/card.yaml"
  card.data?.corpus = CorpusSpec(
    paths: ["corpus/*.jsonl", "/data/extra.jsonl"], tokenizer: "tokenizer.json")

  let verdict = walk(card, scan: scan(37, of: 12_000))

  #expect(
    verdict.nextAction.contains(
      "`tollgate data scan projects/contracts/corpus/*.jsonl /data/extra.jsonl --json"))
  #expect(verdict.nextAction.contains("`tollgate decide projects/contracts/card.yaml --pii-scan"))
}

/// One shard's rate stands for its share of the documents only, so with a threshold the decision
/// waits for the merged scan (undecided, exit 3); without one it is reported with a warning.
@Test func scanOfOneShardCertifiesNothing() {
  var partial = scan(0, of: 5_000)
  partial.shard = "0/2"
  let sentence =
    "PII scan (pii-scan.json) covers shard 0/2 of the corpus only; merge every shard's result "
    + "with `tollgate data merge` and pass that to --pii-scan"

  let judged = walk(card(maxPIIRate: 0.001), scan: partial)
  let reported = walk(card(maxPIIRate: nil), scan: partial)

  let step = judged.steps.first { $0.step == .data }
  #expect(step?.status == .noEvidence)
  #expect(step?.reasons.contains(sentence) == true)
  #expect(judged.kind == .undecided)
  #expect(judged.step == .data)
  #expect(judged.nextAction.contains("`tollgate data merge SCAN-0.json SCAN-1.json ..."))
  #expect(!judged.warnings.contains(sentence))
  #expect(reported.warnings.contains(sentence))
}

/// A line the scan could not read may hold personal data: when even the worst case stays under
/// the threshold the figures stand, with a warning; when it could cross it, they show nothing.
@Test func skippedLinesAreHeldAgainstTheThresholdAtWorst() {
  var few = scan(0, of: 100_000)
  few.skippedLines = 12
  var many = scan(0, of: 5_000)
  many.skippedLines = 50_000

  let warned = walk(card(maxPIIRate: 0.001), scan: few)
  let unproven = walk(card(maxPIIRate: 0.001), scan: many)
  let chinese = walk(card(maxPIIRate: 0.001), scan: many, language: .chinese)

  #expect(warned.steps.first { $0.step == .data }?.status == .passed)
  #expect(
    warned.warnings.contains(
      "the PII scan (pii-scan.json) skipped 12 of 100,012 lines it could not read (not JSON, no "
        + "such field...): personal data in them is not counted"))
  let step = unproven.steps.first { $0.step == .data }
  #expect(step?.status == .noEvidence)
  #expect(unproven.kind == .undecided)
  #expect(unproven.nextAction.hasPrefix("fix what the scan could not read"))
  #expect(
    unproven.nextAction.hasSuffix(
      "scan again with `tollgate data scan ... --json > pii-scan.json`, then run "
        + "`tollgate decide card.yaml --pii-scan pii-scan.json`"))
  #expect(warned.kind != .undecided || warned.step != .data)
  #expect(
    step?.reasons.contains(
      "the PII scan (pii-scan.json) could not read 50,000 of 55,000 lines (not JSON, no such "
        + "field...): if they hold personal data the rate could be 90.9%, above max_pii_rate "
        + "0.1%; fix those lines (or the field scanned) and scan again") == true)
  #expect(
    chinese.steps.first { $0.step == .data }?.reasons.contains {
      $0.contains("共 55,000 行中有 50,000 行无法读取")
    } == true)
}

@Test func blockedPIIRateNamesTheScanCommandAsTheNextAction() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: scan(37, of: 12_000))

  #expect(verdict.nextAction.contains("tollgate data scan CORPUS --json > pii-scan.json"))
  #expect(verdict.nextAction.contains("tollgate decide card.yaml --pii-scan pii-scan.json"))
  #expect(verdict.nextAction.contains("excluded fields: id_number"))
}

@Test func theBoundUsesTheGatesConfidence() {
  var strict = card(maxPIIRate: 0.001)
  strict.gate?.confidence = 0.99

  let verdict = walk(strict, scan: scan(37, of: 12_000))

  #expect(verdict.reasons.first?.contains("upper bound 0.45% at 99%") == true)
}

@Test func rateWithinTheMaximumWhoseBoundIsNotWarnsThatTheScanIsTooSmall() {
  let verdict = walk(card(maxPIIRate: 0.005), scan: scan(2, of: 1_000))

  #expect(verdict.kind == .pilot)
  #expect(verdict.steps.first { $0.step == .data }?.status == .passed)
  let warning = verdict.warnings.first { $0.contains("too small to certify") }
  #expect(warning?.contains("2 of 1,000 documents (0.2%)") == true)
  #expect(warning?.contains("upper bound 0.63% at 95% is not") == true)
  // scipy: the smallest n with beta.ppf(0.95, round(0.002 n) + 1, n - round(0.002 n)) <= 0.005.
  #expect(warning?.contains("about 1,829 documents at this rate would certify it") == true)
}

@Test func rateAndBoundWithinTheMaximumAreNotedWithTheirFigures() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: scan(3, of: 50_000))

  let data = verdict.steps.first { $0.step == .data }
  #expect(data?.status == .passed)
  #expect(
    data?.reasons.contains(
      "PII scan (pii-scan.json): 3 of 50,000 documents (0.006%, upper bound 0.016% at 95%) "
        + "within the card's max_pii_rate 0.1%") == true)
  #expect(!verdict.warnings.contains { $0.contains("PII") })
}

@Test func maximumWithoutAScanIsNoEvidenceAndSaysHowToSupplyOne() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: nil)

  let data = verdict.steps.first { $0.step == .data }
  #expect(data?.status == .noEvidence)
  #expect(data?.reasons.last?.contains("--pii-scan FILE") == true)
  #expect(data?.reasons.last?.contains("data.corpus") == true)
  #expect(verdict.kind == .pilot)
}

@Test func scanThatReadNoDocumentsIsNoEvidenceForTheMaximum() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: scan(0, of: 0))

  let data = verdict.steps.first { $0.step == .data }
  #expect(data?.status == .noEvidence)
  #expect(data?.reasons.last == "PII scan (pii-scan.json) read no documents, so it gives no rate")
}

@Test func scanWithoutAMaximumIsOnlyNoted() {
  let verdict = walk(card(maxPIIRate: nil), scan: scan(37, of: 12_000))

  let data = verdict.steps.first { $0.step == .data }
  #expect(data?.status == .passed)
  #expect(data?.reasons.last?.hasPrefix("PII scan (pii-scan.json): 37 of 12,000 documents") == true)
  #expect(data?.reasons.last?.contains("no data.deidentification.max_pii_rate") == true)
  #expect(verdict.kind == .pilot)
}

@Test func licenceAndPIIBlockersAreReportedTogether() {
  var both = card(maxPIIRate: 0.001)
  both.data?.sources[0].training = .forbidden

  let verdict = walk(both, scan: scan(37, of: 12_000))

  #expect(verdict.reasons.count == 2)
  #expect(verdict.reasons[0].contains("forbids training"))
  #expect(verdict.reasons[1].hasPrefix("PII left in the corpus"))
  #expect(!verdict.nextAction.contains("tollgate data scan"))
}

@Test func blockedPIIRateReadsInChinese() {
  let verdict = walk(card(maxPIIRate: 0.001), scan: scan(37, of: 12_000), language: .chinese)

  #expect(
    verdict.reasons == [
      "语料中仍有个人信息（pii-scan.json）：12,000 篇文档中 37 篇（0.31%，95% 置信上界 0.41%），"
        + "高于决策卡的 max_pii_rate 0.1%；命中：resident_id 37、mobile_phone 18"
    ])
  #expect(verdict.nextAction.contains("重新扫描"))
}

@Test func tooSmallScanWarnsInChinese() {
  let verdict = walk(card(maxPIIRate: 0.005), scan: scan(2, of: 1_000), language: .chinese)

  #expect(
    verdict.warnings.contains {
      $0.contains("扫描的文档太少，无法证明比例达标；按当前比例约需扫描 1,829 篇文档")
    })
}

/// A corpus path that leaves the card's folder is written the short way: `corpus/`, not
/// `my-decision/../corpus/`.
@Test func nextActionWritesTheCorpusPathsNormalized() {
  var card = card(maxPIIRate: 0.001)
  card.path = "my-decision/card.yaml"
  card.data?.corpus = CorpusSpec(
    paths: ["../corpus/", "./extra/./b.jsonl", "/data/../srv/c.jsonl"],
    tokenizer: "tokenizer.json")

  let verdict = walk(card, scan: scan(37, of: 12_000))

  #expect(
    verdict.nextAction.contains(
      "`tollgate data scan corpus/ my-decision/extra/b.jsonl /srv/c.jsonl --json"))
}

@Test func normalizedPathsStayRelativeAndKeepLeadingParents() {
  #expect(CardPaths.normalized("my-decision/../corpus/") == "corpus/")
  #expect(CardPaths.normalized("./a/./b/../c.jsonl") == "a/c.jsonl")
  #expect(CardPaths.normalized("../x/../../y") == "../../y")
  #expect(CardPaths.normalized("a/..") == ".")
  #expect(CardPaths.normalized("/../a//b/") == "/a/b/")
  #expect(CardPaths.normalized("/") == "/")
  #expect(CardPaths.normalized("corpus/*.jsonl") == "corpus/*.jsonl")
}

/// After `decide` scanned the card's corpus itself, running it again scans again: the next
/// action does not send the user to `data scan` and `--pii-scan`.
@Test func nextActionAfterItsOwnScanIsToDecideAgain() {
  var ownScan = scan(37, of: 12_000)
  ownScan.origin = .cardCorpus

  let english = walk(card(maxPIIRate: 0.001), scan: ownScan)
  let chinese = walk(card(maxPIIRate: 0.001), scan: ownScan, language: .chinese)

  #expect(
    english.nextAction
      == "mask the personal data left in the corpus (de-identification: masking; excluded "
      + "fields: id_number), then run `tollgate decide card.yaml` again: it scans data.corpus "
      + "again itself")
  #expect(
    chinese.nextAction
      == "对语料中残留的个人信息脱敏（脱敏方法 masking；排除字段 id_number），再运行 "
      + "`tollgate decide card.yaml`，它会重新扫描 data.corpus")
}

/// The verdict carries step 3's PII line whatever it found, for the terminal to show.
@Test func verdictCarriesTheStepThreeScanLineWhateverItFound() {
  let within = walk(card(maxPIIRate: 0.001), scan: scan(3, of: 50_000))
  let unproven = walk(card(maxPIIRate: 0.005), scan: scan(2, of: 1_000))
  let above = walk(card(maxPIIRate: 0.001), scan: scan(37, of: 12_000))
  let none = walk(card(maxPIIRate: 0.001), scan: nil)
  let noMaximum = walk(card(maxPIIRate: nil), scan: scan(37, of: 12_000))
  let nothingAsked = walk(card(maxPIIRate: nil), scan: nil)

  #expect(within.piiScan?.status == .pass)
  #expect(within.piiScan?.reason.hasPrefix("PII scan (pii-scan.json): 3 of 50,000") == true)
  #expect(unproven.piiScan?.status == .unproven)
  #expect(above.piiScan?.status == .block)
  #expect(above.piiScan?.reason == above.reasons[0])
  #expect(above.piiScan?.scan?.documentsWithHits == 37)
  #expect(above.piiScan?.scan?.maxRate == 0.001)
  #expect(abs((above.piiScan?.scan?.upperBound ?? 0) - 0.0040543) < 1e-6)
  #expect(none.piiScan?.scan == nil)
  #expect(none.piiScan?.status == .missing)
  #expect(noMaximum.piiScan?.status == .warn)
  #expect(nothingAsked.piiScan == nil)
}

/// A licence blocker stops step 3 before its notes are recorded; the scan's line still reaches
/// the verdict.
@Test func scanLineSurvivesALicenceBlocker() {
  var blocked = card(maxPIIRate: 0.001)
  blocked.data?.sources[0].training = .forbidden

  let verdict = walk(blocked, scan: scan(3, of: 50_000))

  #expect(verdict.kind == .blocked)
  #expect(verdict.piiScan?.status == .pass)
}

/// With a snapshot named, the missing scan's sentence asks for the snapshot, which `decide`
/// scans itself, or a scan tied to it, not a scan of paths.
@Test func missingScanAsksForTheCardsSnapshotWhenItNamesOne() {
  var withSnapshot = card(maxPIIRate: 0.001)
  withSnapshot.data?.snapshot = "data/v1.manifest.json"

  let verdict = walk(withSnapshot, scan: nil)

  #expect(
    verdict.piiScan?.reason.contains(
      "take the snapshot data/v1.manifest.json (`tollgate decide` then scans it itself), or pass "
        + "`--pii-scan FILE` (the output of `tollgate data scan --snapshot data/v1.manifest.json "
        + "--json`)") == true)
}

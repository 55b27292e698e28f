import Foundation
import Testing
import TollgateTestSupport

/// `tollgate decide` at step 3 with `data.deidentification.max_pii_rate`: a scan it runs over
/// the card's corpus, a scan given with `--pii-scan`, and no scan at all. The corpus fixture has
/// 10 contract lines; 2 hold personal data (public test resident IDs with valid check digits,
/// GB 11643's worked example 11010519491231002X and python-stdnum's 360426199101010071, beside a
/// name and a phone number). The bound of 2 in 10 is scipy.stats.beta.ppf(0.95, 3, 8) = 0.5069.
@Suite struct DecidePIITests {
  /// The bundled example's card with `max_pii_rate: 0.1%`, written to a fresh folder beside a
  /// copy of the corpus fixture; with `corpus` the card names that corpus instead of `tokens`.
  private func project(corpus: Bool) throws -> URL {
    let folder = try Fixtures.temporaryDirectory("decide-pii")
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("DecidePIIFixtures/corpus.jsonl")
    try FileManager.default.copyItem(
      at: fixture, to: folder.appendingPathComponent("corpus.jsonl"))
    let example = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/card.yaml")
    var card = try String(contentsOf: example, encoding: .utf8)
    card = card.replacingOccurrences(
      of:
        "  deidentification: {method: masking, excluded_fields: [id_number, bank_account, phone]}",
      with: """
          deidentification:
            method: masking
            excluded_fields: [id_number, bank_account, phone]
            max_pii_rate: 0.1%
        """)
    if corpus {
      let tokenizer = Fixtures.realData("tokenizers/minimind-zh/tokenizer.json").path
      card = card.replacingOccurrences(
        of: "  tokens: 4.0e8           # counted with the base model's tokenizer.json",
        with: "  corpus: {paths: [corpus.jsonl], tokenizer: \(tokenizer)}")
    }
    try card.write(
      to: folder.appendingPathComponent("card.yaml"), atomically: true, encoding: .utf8)
    return folder
  }

  /// A corpus field that no line has counts no token: the decision stops at the card's key
  /// instead of pricing the training at nothing.
  @Test func corpusFieldThatNoLineHasStopsTheDecision() throws {
    let folder = try project(corpus: true)
    let cardURL = folder.appendingPathComponent("card.yaml")
    try String(contentsOf: cardURL, encoding: .utf8)
      .replacingOccurrences(
        of: "paths: [corpus.jsonl],", with: "paths: [corpus.jsonl], field: txt,"
      )
      .write(to: cardURL, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains("data.corpus: read no document in 1 file(s): all 10 line(s) were skipped")
    )
    #expect(run.stderr.contains("check data.corpus.field (now \"txt\")"))
  }

  @Test func personalDataInTheCardsCorpusBlocksWithTheFigure() throws {
    let folder = try project(corpus: true)

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 1)
    #expect(run.stdout.hasPrefix("contract-clause-extraction: Blocked (exit 1) · Step reached 3"))
    #expect(
      run.stdout.contains(
        "PII left in the corpus (data.corpus, 1 file(s)): 2 of 10 documents (20%, upper bound "
          + "50.7% at 95%) above the card's max_pii_rate 0.1%"))
    #expect(!run.stdout.contains("11010519491231002X"))
  }

  /// After its own scan of `data.corpus`, running `decide` again scans again: the next action
  /// does not ask for `data scan` and `--pii-scan`, in either language.
  @Test func nextActionAfterItsOwnScanIsToDecideAgain() throws {
    let folder = try project(corpus: true)

    let english = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)
    let chinese = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--lang", "zh"], in: folder)

    #expect(english.exitCode == 1)
    #expect(
      english.stdout.contains(
        "Next action: mask the personal data left in the corpus (de-identification: masking; "
          + "excluded fields: id_number, bank_account, phone), then run "
          + "`tollgate decide card.yaml` again: it scans data.corpus again itself"))
    #expect(!english.stdout.contains("--pii-scan"))
    #expect(chinese.stdout.contains("再运行 `tollgate decide card.yaml`，它会重新扫描 data.corpus"))
    #expect(!chinese.stdout.contains("--pii-scan"))
  }

  /// A scan given with `--pii-scan` is a file to write again: the next action says how, with
  /// the card's corpus paths as seen from where `decide` ran, written the short way.
  @Test func nextActionAfterAGivenScanWritesItAgainWithNormalizedPaths() throws {
    let folder = try project(corpus: true)
    let scan = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)
    let card = folder.appendingPathComponent("card.yaml")
    try String(contentsOf: card, encoding: .utf8)
      .replacingOccurrences(of: "paths: [corpus.jsonl]", with: "paths: [./sub/../corpus.jsonl]")
      .write(to: card, atomically: true, encoding: .utf8)
    let name = folder.lastPathComponent

    let run = try TollgateBinary.run(
      ["decide", "\(name)/card.yaml", "--no-report", "--pii-scan", "\(name)/scan.json"],
      in: folder.deletingLastPathComponent())

    #expect(run.exitCode == 1)
    #expect(
      run.stdout.contains(
        "scan it again with `tollgate data scan \(name)/corpus.jsonl --json > pii-scan.json`, "
          + "then run `tollgate decide \(name)/card.yaml --pii-scan pii-scan.json`"))
  }

  /// A passing step 3 shows its PII line on the terminal, so a run without a report still says
  /// the scan was used and what it found.
  @Test func passingScanIsShownOnTheTerminal() throws {
    let folder = try project(corpus: true)
    let clean = String(repeating: "{\"text\": \"本合同自签字之日起生效。\"}\n", count: 5_000)
    try clean.write(
      to: folder.appendingPathComponent("corpus.jsonl"), atomically: true, encoding: .utf8)

    let english = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)
    let chinese = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--lang", "zh"], in: folder)

    #expect(english.exitCode == 0)
    #expect(english.stdout.contains("\nData:\n  pass "))
    #expect(
      english.stdout.contains(
        "pass         PII scan (data.corpus, 1 file(s)): 0 of 5,000 documents (0%, upper bound "
          + "0.06% at 95%) within the card's max_pii_rate 0.1%\n"))
    #expect(chinese.stdout.contains("\n数据:\n  通过"))
    #expect(chinese.stdout.contains("个人信息扫描（data.corpus 的 1 个文件）：5,000 篇文档中 0 篇"))
  }

  /// A blocking scan is the verdict's reason already: it is not printed twice.
  @Test func blockingScanIsPrintedOnceAsTheReason() throws {
    let folder = try project(corpus: true)

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)

    #expect(run.stdout.components(separatedBy: "PII left in the corpus").count == 2)
    #expect(!run.stdout.contains("\nData:"))
  }

  /// The card's corpus folder is walked as `data scan` walks one: a FIFO in it is skipped with
  /// a warning instead of blocking the decision.
  @Test func aFIFOInTheCardsCorpusFolderIsSkippedWithAWarning() throws {
    let folder = try project(corpus: true)
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("corpus.jsonl"),
      to: data.appendingPathComponent("corpus.jsonl"))
    #expect(mkfifo(data.appendingPathComponent("pipe.jsonl").path, 0o644) == 0)
    let cardURL = folder.appendingPathComponent("card.yaml")
    let card = try String(contentsOf: cardURL, encoding: .utf8)
      .replacingOccurrences(of: "paths: [corpus.jsonl]", with: "paths: [data]")
    try card.write(to: cardURL, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report"], in: folder, timeout: 30)

    #expect(run.exitCode == 1)
    #expect(
      run.stderr.contains(
        "data.corpus: data/pipe.jsonl: warning: not a regular file (a FIFO); skipped"))
    #expect(run.stdout.contains("2 of 10 documents"))
  }

  @Test func scanWrittenByDataScanIsHeldAgainstTheCard() throws {
    let folder = try project(corpus: false)
    let scan = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", "scan.json"], in: folder)

    #expect(scan.exitCode == 0)
    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("PII left in the corpus (scan.json): 2 of 10 documents (20%,"))
    #expect(run.stdout.contains("resident_id 2"))
  }

  @Test func dataCardWithAScanIsAcceptedAsThePIIScan() throws {
    let folder = try project(corpus: false)
    let scan = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)
    let snapshot = try TollgateBinary.run(
      ["data", "snapshot", "corpus.jsonl", "--name", "v1", "--out", "v1.json"], in: folder)
    let dataCard = try TollgateBinary.run(
      ["data", "card", "v1.json", "--scan", "scan.json", "--json"], in: folder)
    try dataCard.saveStdout(as: "data-card.json", in: folder)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", "data-card.json"], in: folder)

    #expect(snapshot.exitCode == 0)
    #expect(dataCard.exitCode == 0)
    #expect(dataCard.stdout.contains(#""documentsWithHitsRate" : 0.2"#))
    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("PII left in the corpus (data-card.json): 2 of 10 documents"))
  }

  @Test func aPIIScanThatIsNotThereIsNamedAsMissing() throws {
    let folder = try project(corpus: false)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", "nope.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("nope.json: error: no such file"))
    #expect(run.stderr.contains("tollgate data scan CORPUS --json"))
  }

  @Test func maximumWithoutScanOrCorpusIsNoEvidenceNotABlock() throws {
    let folder = try project(corpus: false)

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report", "--json"], in: folder)

    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(document["verdict"] as? String != "blocked")
    let steps = try #require(document["steps"] as? [[String: Any]])
    let data = try #require(steps.first { $0["identifier"] as? String == "data" })
    #expect(data["status"] as? String == "no_evidence")
    let reasons = try #require(data["reasons"] as? [String])
    #expect(reasons.contains { $0.contains("--pii-scan FILE") })
  }

  /// A blocked run over the example's evidence, its report written to `report/`.
  private func blockedRunWithReport(language: String) throws -> (run: BinaryRun, markdown: String) {
    let folder = try project(corpus: false)
    let scan = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--json"], in: folder)
    try scan.saveStdout(as: "scan.json", in: folder)
    let evidence = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/evidence")
    let run = try TollgateBinary.run(
      [
        "decide", "card.yaml", "--pii-scan", "scan.json", "--out", "report", "--lang", language,
        "--baseline", evidence.appendingPathComponent("baseline").path,
        "--candidate", evidence.appendingPathComponent("candidate").path,
        "--pilot", evidence.appendingPathComponent("pilot/trainer_log.jsonl").path,
      ], in: folder)
    let markdown = try String(
      contentsOf: folder.appendingPathComponent("report/report.md"), encoding: .utf8)
    return (run, markdown)
  }

  @Test func reportOfABlockedRunSaysTheGateWasNotReached() throws {
    let (run, markdown) = try blockedRunWithReport(language: "en")

    #expect(run.exitCode == 1)
    #expect(
      markdown.contains(
        "The card's 3 risks were not evaluated: the decision stopped at step 3 (data), before "
          + "the gate at step 6."))
    #expect(markdown.contains("No guard was judged: the decision stopped at step 3 (data)"))
    #expect(!markdown.contains("The card names no risks."))
    #expect(!markdown.contains("no candidate evidence"))
  }

  @Test func ledgerOfABlockedRunSaysWhereItStoppedAndStatesTheScan() throws {
    let (_, markdown) = try blockedRunWithReport(language: "en")

    #expect(markdown.contains("- Median throughput: 765.6 tokens/s"))
    #expect(
      markdown.contains(
        "| not estimated: the decision stopped at step 3 (data), before the pilot step |"))
    #expect(!markdown.contains("no pilot yet"))
    #expect(!markdown.contains("no pilot throughput yet"))
    #expect(
      markdown.contains(
        "| PII scan (scan.json): 2 of 10 documents hold personal data (20%), above max_pii_rate "
          + "0.1%; review effort not priced yet |"))
  }

  @Test func reportOfABlockedRunSaysTheGateWasNotReachedInChinese() throws {
    let (_, markdown) = try blockedRunWithReport(language: "zh")

    #expect(markdown.contains("决策卡列出的 3 项风险未评估：决策在第 3 步（数据）停止，未到第 6 步的门槛。"))
    #expect(markdown.contains("未估算：决策在第 3 步（数据）停止，未到试训步骤"))
    #expect(markdown.contains("个人信息扫描（scan.json）：10 篇文档中 2 篇含个人信息（20%），高于 max_pii_rate 0.1%"))
  }

  @Test func piiScanThatIsNotAScanExitsTwoNamingTheFile() throws {
    let folder = try project(corpus: false)
    try "{\"rows\": []}\n".write(
      to: folder.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", "other.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(
      run.stderr.contains(
        "other.json: error: neither a result of `tollgate data scan --json` nor a data card"))
    #expect(run.stderr.contains("hint:"))
  }
  /// A scan edited by hand to impossible counts is refused, not judged (a negative count of
  /// documents with hits used to pass step 3 at a rate below zero).
  @Test(arguments: [
    ("\"documentsWithHits\" : 2", "\"documentsWithHits\" : -1"),
    ("\"documentsWithHits\" : 2", "\"documentsWithHits\" : 20"),
    ("\"resident_id\" : 2", "\"resident_id\" : -2"),
  ])
  func scanWithImpossibleCountsExitsTwoNamingTheFile(original: String, edited: String) throws {
    let folder = try project(corpus: false)
    let scan = try TollgateBinary.run(["data", "scan", "corpus.jsonl", "--json"], in: folder)
    #expect(scan.stdout.contains(original))
    try scan.stdout.replacingOccurrences(of: original, with: edited).write(
      to: folder.appendingPathComponent("scan.json"), atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      ["decide", "card.yaml", "--no-report", "--pii-scan", "scan.json"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("scan.json: error: impossible PII scan counts"))
  }
  /// A corpus path that names nothing is an error at `data.corpus` in the card, where it is
  /// fixed, not only at the missing file.
  @Test func missingCorpusIsReportedAtTheCardsCorpusKey() throws {
    let folder = try project(corpus: true)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus.jsonl"))

    let run = try TollgateBinary.run(["decide", "card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("card.yaml:33:3: error: data.corpus: corpus.jsonl: no such file"))
    #expect(run.stderr.contains("corpus.jsonl"))
  }
}

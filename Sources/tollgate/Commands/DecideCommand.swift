import Foundation
import TollgateCore
import TollgateFormats
import TollgateReport

/// `tollgate decide CARD`: reads the card and its evidence, walks the decision path, prints the
/// verdict and writes the report.
enum DecideCommand {
  static let spec = CommandSpec(
    name: "decide",
    abstract: "Walk the decision path over the evidence and print the verdict.",
    discussion: """
      Checks the card, reads the evidence it names (lm-eval results of the baseline and the
      candidate, the pilot's trainer log, a PII scan), walks the decision path as far as the
      evidence reaches, and prints the step reached, the verdict, the reasons with their numbers
      and the next action. Writes report.md, report.html and report.json to --out (default: reports/
      beside the card). Evidence paths in the card are relative to the card; the options below
      override them and are relative to the current folder. When the card sets
      data.deidentification.max_pii_rate, step 3 holds it against --pii-scan, or else against a
      scan of data.corpus that decide runs itself.

      Examples:
        tollgate decide card.yaml
        tollgate decide card.yaml --candidate evals/ckpt-2000 --json
        tollgate decide card.yaml --pilot runs/pilot/trainer_state.json --tokens-per-step 8x4x4x4096
        tollgate decide card.yaml --model-config base-model/config.json
        tollgate data scan corpus/*.jsonl --json > pii-scan.json
        tollgate decide card.yaml --pii-scan pii-scan.json
      """,
    arguments: [ArgumentSpec(name: "card", help: "The decision card (YAML).")],
    options: [
      .value("--baseline", "PATH", help: "lm-eval results of the baseline: a file or a folder."),
      .value("--candidate", "PATH", help: "lm-eval results of the candidate: a file or a folder."),
      .value("--pilot", "PATH", help: "The pilot's trainer log: a file or a folder to search."),
      .value(
        "--tokens-per-step", "N",
        help: "Tokens per optimizer step (524288 or 8x4x4x4096), for logs without token counts."),
      .value(
        "--model-config", "PATH",
        help: "The model's config.json, for the FLOPs check when the card gives no parameters."),
      .value(
        "--pii-scan", "FILE",
        help: "A `data scan --json` result (or `data card --json`) for max_pii_rate at step 3."),
      .value("--out", "DIR", help: "Folder for the report (default: reports/ beside the card)."),
      .flag("--no-report", help: "Print the verdict without writing report files."),
      .cardLanguage("the verdict and report"),
      .json,
    ],
    exitCodes: [
      (0, "go: run the pilot, continue training, or ship to the canary"),
      (1, "no-go: don't train, blocked, or stop-loss and roll back"),
      (2, "could not finish: the card or the evidence could not be read"),
      (3, "undecided: not enough evidence for the next step"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    let cardPath = parsed.arguments[0]
    let root = try YAMLReader.read(contentsOf: cardPath)
    let checked = CardChecker.check(root, file: cardPath)
    let cardFolder = context.resolve(cardPath).deletingLastPathComponent()
    var card = try applyPilotOverrides(to: checked.card, parsed, context, cardFolder: cardFolder)
    let reportLanguage = context.language(parsed, card: card.language)

    // A corpus in the card stands in for `data.tokens` only when the number is absent.
    var corpusNote: String?
    if card.data?.tokens == nil, let corpus = card.data?.corpus {
      let counted = try CorpusTokens.count(
        corpus, cardFolder: cardFolder, language: reportLanguage, warn: context.writeError)
      card.data?.tokens = counted.tokens
      corpusNote = counted.note
    }

    let cardManifest = try CardSnapshot.manifest(of: card, cardFolder: cardFolder)
    let pii = try CorpusPII.gather(
      typed: parsed.value("--pii-scan"), card: card, snapshot: cardManifest,
      cardFolder: cardFolder, context: context, language: reportLanguage,
      showsProgress: !parsed.flag("--json"))
    let gathered = try DecisionEvidence.gather(
      for: card, cardPath: cardPath, overrides: parsed, context: context,
      language: reportLanguage)
    var inputs = DecisionInputs(
      card: card, cardDiagnostics: checked.diagnostics, baseline: gathered.baseline,
      candidate: gathered.candidate, comparabilityIssues: gathered.comparabilityIssues,
      pilot: gathered.pilot, pilotLog: gathered.pilotLog, piiScan: pii,
      language: reportLanguage)
    if let cardManifest, let path = card.data?.snapshot {
      inputs.takenSnapshot = CardSnapshot.taken(
        cardManifest, at: URL(fileURLWithPath: CorpusPaths.resolve(path, cardFolder)))
    }
    var verdict = DecisionPath.walk(inputs)
    let snapshot = CardSnapshot.describe(card, manifest: cardManifest, language: reportLanguage)
    verdict.warnings =
      [corpusNote, snapshot.warning].compactMap { $0 } + gathered.notes
      + verdict.warnings

    let reportInput = ReportInput(
      card: card, verdict: verdict, baseline: gathered.baseline, candidate: gathered.candidate,
      chartMetrics: gathered.chartMetrics,
      pilot: gathered.pilotSummary(card: card, language: reportLanguage),
      dataSnapshot: snapshot.reference, generatedAt: Date(), toolVersion: Tollgate.version,
      codeRevision: CodeRevision.current(in: gathered.cardFolder), language: reportLanguage)

    // As text, the verdict is printed even when the report cannot be written, then the write
    // error. With --json the run could not finish (exit 2), so stdout gets the error document
    // alone: a verdict document there would claim its own exit code.
    var written: [URL] = []
    var writeError: (any Error)?
    if !parsed.flag("--no-report") {
      let folder =
        parsed.value("--out").map(context.resolve)
        ?? gathered.cardFolder.appendingPathComponent("reports")
      do {
        written = try Interrupts.deferred { try ReportWriter.write(reportInput, to: folder) }
      } catch {
        writeError = error
      }
    }

    if parsed.flag("--json") {
      if let writeError { throw writeError }
      context.write(try VerdictDocument(reportInput).jsonText())
    } else {
      let strings = reportLanguage == .chinese ? ReportStrings.chinese : ReportStrings.english
      context.write(
        VerdictPrinter(strings: strings, language: reportLanguage)
          .render(verdict, card: card, reports: written.map { relativePath($0, context) }))
    }
    if let writeError { throw writeError }
    return verdict.kind.exitCode
  }

  /// The card's pilot section with the command line's tokens per step and the parameter count
  /// from a model config (`--model-config`, else the card's `pilot.model_config`) filled in.
  private static func applyPilotOverrides(
    to card: DecisionCard, _ parsed: ParsedCommand, _ context: CommandContext, cardFolder: URL
  ) throws -> DecisionCard {
    var card = card
    var pilot =
      card.pilot ?? PilotSpec(tokensPerStep: nil, warmupSteps: nil, parameters: nil, gpus: nil)
    if let tokensPerStep = try tokensPerStepOverride(parsed) {
      pilot.tokensPerStep = tokensPerStep
    }
    let configPath =
      parsed.value("--model-config").map { context.resolve($0).path }
      ?? pilot.modelConfig.map { path in
        path.hasPrefix("/")
          ? path : cardFolder.appendingPathComponent(path).standardizedFileURL.path
      }
    if pilot.parameters == nil, let configPath {
      pilot.parameters = try ModelConfigReader.parameters(configAt: configPath)
    }
    if card.pilot != nil || pilot.tokensPerStep != nil || pilot.parameters != nil {
      card.pilot = pilot
    }
    return card
  }

  /// `--tokens-per-step`: a number (`32768`) or the batch shape as a product (`8x4x1x1024`:
  /// per-device batch x gradient accumulation x GPUs x sequence length).
  private static func tokensPerStepOverride(_ parsed: ParsedCommand) throws -> TokenCount? {
    guard let text = parsed.value("--tokens-per-step") else { return nil }
    let factors = text.split(whereSeparator: { "xX*×".contains($0) }).map {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    let product = factors.reduce(1.0) { total, factor in total * (factor ?? .nan) }
    guard !factors.isEmpty, product >= 1, product < 1e12, product == product.rounded() else {
      throw TollgateError(
        .usage, "--tokens-per-step must be a whole number of tokens, got '\(text)'",
        hint: "give a count (524288) or the batch shape per-device batch x gradient accumulation"
          + " x GPUs x sequence length (8x4x4x4096)")
    }
    return TokenCount(Int64(product))
  }

  private static func relativePath(_ url: URL, _ context: CommandContext) -> String {
    let base = URL(fileURLWithPath: context.currentDirectory).standardizedFileURL.path + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}

extension CodeRevision {
  /// The git commit of the folder holding the card, and whether tracked files have changes;
  /// nil outside a git work tree or without git.
  static func current(in folder: URL) -> CodeRevision? {
    guard let commit = git(["rev-parse", "HEAD"], in: folder), !commit.isEmpty else { return nil }
    let status = git(["status", "--porcelain", "--untracked-files=no"], in: folder) ?? ""
    return CodeRevision(commit: commit, isDirty: !status.isEmpty)
  }

  private static func git(_ arguments: [String], in folder: URL) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder.path] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

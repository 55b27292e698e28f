import TollgateCore

/// The report as GitHub-flavoured Markdown, short enough for a pull-request comment or a CI
/// step summary.
///
/// Seven parts in DESIGN.md's order; each says plainly what has no evidence yet rather than
/// leaving a part out, so a reader can tell "nothing wrong" from "nothing measured".
public enum MarkdownReport {
  /// Renders the whole report; the text ends in a newline.
  public static func render(_ input: ReportInput) -> String {
    let model = ReportModel(input)
    let footer = model.text.footer(input.toolVersion, ReportDate.iso8601(input.generatedAt))
    let parts = [
      "# " + MarkdownText.inline(model.text.title(model.cardName)),
      summary(model), method(model), keyTasks(model), guards(model), regressions(model),
      risks(model), ledger(model), "---\n\n" + MarkdownText.inline(footer),
    ]
    return parts.joined(separator: "\n\n") + "\n"
  }

  // MARK: - Parts

  private static func summary(_ model: ReportModel) -> String {
    let text = model.text
    let verdict = model.input.verdict
    var blocks = [
      heading(text.sectionSummary),
      "**\(MarkdownText.inline(model.verdictHeadline))**",
      MarkdownText.inline(text.verdictMeaning(verdict.kind)),
      facts(model.verdictFacts, model.text),
      label(text.reasonsLabel),
      verdict.reasons.isEmpty ? MarkdownText.inline(text.noReasons) : list(verdict.reasons),
      label(text.decisionPathLabel),
      verdict.steps.isEmpty
        ? MarkdownText.inline(text.noStepsWalked) : table(model.stepTable, model.text),
    ]
    if !verdict.warnings.isEmpty {
      blocks += [label(text.warningsLabel), list(verdict.warnings)]
    }
    return blocks.joined(separator: "\n\n")
  }

  private static func method(_ model: ReportModel) -> String {
    let text = model.text
    let evidence = [
      evidenceLine(
        text.baselineLabel, model.input.baseline, missing: text.noBaselineEvidence, text),
      evidenceLine(
        text.candidateLabel, model.input.candidate, missing: text.noCandidateEvidence, text),
    ]
    return [
      heading(text.sectionMethod), facts(model.methodFacts, text),
      label(text.evidenceFilesLabel), evidence.joined(separator: "\n"),
      label(text.evaluationSetsLabel),
      model.evaluationSetTable.map { table($0, model.text) }
        ?? MarkdownText.inline(text.noEvaluationSets),
      label(text.taskVersionsLabel),
      model.taskTable.map { table($0, model.text) } ?? MarkdownText.inline(text.noTaskVersions),
    ].joined(separator: "\n\n")
  }

  private static func keyTasks(_ model: ReportModel) -> String {
    let text = model.text
    var blocks = [heading(text.sectionKeyTasks)]
    // Rows without a value stay in the table (as dashes) once any row has one, so a key task
    // with no evidence is visible rather than missing.
    let rows = model.keyTasks
    if !rows.contains(where: \.hasValue) {
      blocks.append(MarkdownText.inline(text.noKeyTaskEvidence))
    } else {
      blocks.append(table(model.metricTable(rows), model.text))
      blocks.append(MarkdownText.inline(text.intervalMethod(model.confidenceText)))
    }
    blocks.append(MarkdownText.inline(text.noBucketEvidence))
    return blocks.joined(separator: "\n\n")
  }

  private static func guards(_ model: ReportModel) -> String {
    let text = model.text
    let verdict = model.input.verdict
    let primary =
      verdict.primary.map { table(model.checkTable([$0]), model.text) }
      ?? MarkdownText.inline(model.primaryAbsence)
    let guards =
      verdict.guards.isEmpty
      ? MarkdownText.inline(model.guardsAbsence)
      : table(model.checkTable(verdict.guards), model.text)
    return [
      heading(text.sectionGuards), label(text.primaryTargetLabel), primary,
      label(text.guardsLabel), guards,
    ].joined(separator: "\n\n")
  }

  private static func regressions(_ model: ReportModel) -> String {
    let text = model.text
    var blocks = [heading(text.sectionRegressions)]
    if !model.hasEvidencePair {
      blocks.append(MarkdownText.inline(text.noRegressionEvidence))
    } else if model.regressions.isEmpty {
      blocks.append(MarkdownText.inline(text.noRegressions))
    } else {
      blocks.append(MarkdownText.inline(text.regressionsIntro))
      blocks.append(table(model.metricTable(model.regressions), model.text))
    }
    if model.unjudgedCount > 0 {
      blocks.append(MarkdownText.inline(text.unjudgedMetrics(model.unjudgedCount)))
    }
    blocks.append(MarkdownText.inline(text.noSampleRegressions))
    return blocks.joined(separator: "\n\n")
  }

  private static func risks(_ model: ReportModel) -> String {
    let text = model.text
    let canary =
      model.canaryOutcome.map { list([text.stepStatusName($0.status)] + $0.reasons) }
      ?? MarkdownText.inline(text.noCanaryEvidence)
    return [
      heading(text.sectionRisks),
      model.input.verdict.risks.isEmpty
        ? MarkdownText.inline(model.risksAbsence) : table(model.riskTable, model.text),
      label(text.canaryPlanLabel),
      MarkdownText.inline(model.canaryPlanText ?? text.noCanaryPlan),
      label(text.canaryEvidenceLabel), canary,
      label(text.rollbackLabel),
      model.rollbackCommand.map(fenced) ?? MarkdownText.inline(model.rollbackAbsence),
    ].joined(separator: "\n\n")
  }

  private static func ledger(_ model: ReportModel) -> String {
    let text = model.text
    var blocks = [heading(text.sectionLedger), label(text.pilotLabel)]
    if let pilotFacts = model.pilotFacts {
      blocks.append(facts(pilotFacts, text))
      if let notes = model.input.pilot?.notes, !notes.isEmpty {
        blocks += [label(text.pilotNotesLabel), list(notes)]
      }
    } else {
      blocks.append(MarkdownText.inline(text.noPilot))
    }
    blocks.append(
      model.input.verdict.ledger.isEmpty
        ? MarkdownText.inline(text.noLedger) : table(model.ledgerTable, model.text))
    return blocks.joined(separator: "\n\n")
  }

  // MARK: - Pieces

  private static func table(_ table: ReportTable, _ text: ReportStrings) -> String {
    MarkdownText.table(table, text: text)
  }

  private static func heading(_ title: String) -> String { "## " + MarkdownText.inline(title) }

  private static func label(_ title: String) -> String { "**\(MarkdownText.inline(title))**" }

  private static func list(_ items: [String]) -> String {
    items.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
  }

  private static func facts(_ facts: [ReportFact], _ text: ReportStrings) -> String {
    facts.map { fact in
      let value = fact.isCode ? MarkdownText.code(fact.value) : MarkdownText.inline(fact.value)
      let note = fact.note.map { MarkdownText.inline(text.aside($0)) } ?? ""
      return "- " + MarkdownText.inline(fact.label + text.colon) + value + note
    }.joined(separator: "\n")
  }

  private static func evidenceLine(
    _ title: String, _ set: EvidenceSet?, missing: String, _ text: ReportStrings
  ) -> String {
    guard let set else { return "- " + MarkdownText.inline(title + text.colon + missing) }
    let files =
      set.sources.isEmpty
      ? ReportModel.dash : set.sources.map { MarkdownText.code($0) }.joined(separator: ", ")
    return "- " + MarkdownText.inline(title + text.aside(set.label) + text.colon) + files
  }

  /// A fenced code block whose fence is longer than any backtick run inside.
  private static func fenced(_ command: String) -> String {
    var fence = "```"
    while command.contains(fence) { fence += "`" }
    return "\(fence)sh\n\(command)\n\(fence)"
  }
}

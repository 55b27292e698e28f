import TollgateCore

/// The report as one self-contained HTML file: inline CSS, an inline SVG chart, no scripts and
/// no external assets.
///
/// A single file survives being attached to a ticket, mailed, or opened from a CI artifact on a
/// machine without network; every text from the card or the evidence is escaped.
public enum HTMLReport {
  /// Renders the whole page; the text ends in a newline.
  public static func render(_ input: ReportInput) -> String {
    let model = ReportModel(input)
    let title = model.text.title(model.cardName)
    let language = input.language == .chinese ? "zh-CN" : "en"
    let footer = model.text.footer(input.toolVersion, ReportDate.iso8601(input.generatedAt))
    let body = [
      HTMLText.element("h1", title),
      summary(model), method(model), keyTasks(model), guards(model), regressions(model),
      risks(model), ledger(model),
      "<footer>\(HTMLText.escape(footer))</footer>",
    ]
    return """
      <!DOCTYPE html>
      <html lang="\(language)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.escape(title))</title>
      <style>
      \(HTMLStyle.css)
      </style>
      </head>
      <body>
      <main>
      \(body.joined(separator: "\n"))
      </main>
      </body>
      </html>

      """
  }

  // MARK: - Parts

  private static func summary(_ model: ReportModel) -> String {
    let text = model.text
    let verdict = model.input.verdict
    var parts = [HTMLText.element("h2", text.sectionSummary)]
    parts.append(
      "<p class=\"verdict verdict-\(verdict.kind.rawValue)\"><strong>"
        + HTMLText.escape(model.verdictHeadline) + "</strong><br>"
        + HTMLText.escape(text.verdictMeaning(verdict.kind)) + "</p>")
    parts.append(facts(model.verdictFacts, text))
    parts.append(HTMLText.element("h3", text.reasonsLabel))
    parts.append(verdict.reasons.isEmpty ? paragraph(text.noReasons) : list(verdict.reasons))
    parts.append(HTMLText.element("h3", text.decisionPathLabel))
    parts.append(
      verdict.steps.isEmpty ? paragraph(text.noStepsWalked) : table(model.stepTable, model.text))
    if !verdict.warnings.isEmpty {
      parts.append(HTMLText.element("h3", text.warningsLabel))
      parts.append(list(verdict.warnings))
    }
    return section("summary", parts)
  }

  private static func method(_ model: ReportModel) -> String {
    let text = model.text
    var parts = [HTMLText.element("h2", text.sectionMethod), facts(model.methodFacts, text)]
    parts.append(HTMLText.element("h3", text.evidenceFilesLabel))
    parts.append(
      "<ul>\n"
        + evidenceItem(
          text.baselineLabel, model.input.baseline, missing: text.noBaselineEvidence, text)
        + "\n"
        + evidenceItem(
          text.candidateLabel, model.input.candidate, missing: text.noCandidateEvidence, text)
        + "\n</ul>")
    parts.append(HTMLText.element("h3", text.evaluationSetsLabel))
    parts.append(
      model.evaluationSetTable.map { table($0, model.text) } ?? paragraph(text.noEvaluationSets))
    parts.append(HTMLText.element("h3", text.taskVersionsLabel))
    parts.append(model.taskTable.map { table($0, model.text) } ?? paragraph(text.noTaskVersions))
    return section("method", parts)
  }

  private static func keyTasks(_ model: ReportModel) -> String {
    let text = model.text
    var parts = [HTMLText.element("h2", text.sectionKeyTasks)]
    // Rows without a value stay in the table (as dashes) once any row has one, so a key task
    // with no evidence is visible rather than missing.
    let rows = model.keyTasks
    if !rows.contains(where: \.hasValue) {
      parts.append(paragraph(text.noKeyTaskEvidence))
    } else {
      parts.append(table(model.metricTable(rows), model.text))
      parts.append(paragraph(text.intervalMethod(model.confidenceText)))
    }
    parts.append(
      "<figure>\n" + (MetricChart.svg(model) ?? paragraph(text.noChartData)) + "\n</figure>")
    parts.append(paragraph(text.noBucketEvidence))
    return section("key-tasks", parts)
  }

  private static func guards(_ model: ReportModel) -> String {
    let text = model.text
    let verdict = model.input.verdict
    var parts = [
      HTMLText.element("h2", text.sectionGuards), HTMLText.element("h3", text.primaryTargetLabel),
    ]
    if let primary = verdict.primary {
      parts.append(table(model.checkTable([primary]), model.text))
    } else {
      parts.append(paragraph(model.primaryAbsence))
    }
    parts.append(HTMLText.element("h3", text.guardsLabel))
    if !verdict.guards.isEmpty {
      parts.append(table(model.checkTable(verdict.guards), model.text))
    } else {
      parts.append(paragraph(model.guardsAbsence))
    }
    return section("guards", parts)
  }

  private static func regressions(_ model: ReportModel) -> String {
    let text = model.text
    var parts = [HTMLText.element("h2", text.sectionRegressions)]
    if !model.hasEvidencePair {
      parts.append(paragraph(text.noRegressionEvidence))
    } else if model.regressions.isEmpty {
      parts.append(paragraph(text.noRegressions))
    } else {
      parts.append(paragraph(text.regressionsIntro))
      parts.append(table(model.metricTable(model.regressions), model.text))
    }
    if model.unjudgedCount > 0 {
      parts.append(paragraph(text.unjudgedMetrics(model.unjudgedCount)))
    }
    parts.append(paragraph(text.noSampleRegressions))
    return section("regressions", parts)
  }

  private static func risks(_ model: ReportModel) -> String {
    let text = model.text
    var parts = [HTMLText.element("h2", text.sectionRisks)]
    parts.append(
      model.input.verdict.risks.isEmpty
        ? paragraph(model.risksAbsence) : table(model.riskTable, model.text))
    parts.append(HTMLText.element("h3", text.canaryPlanLabel))
    parts.append(paragraph(model.canaryPlanText ?? text.noCanaryPlan))
    parts.append(HTMLText.element("h3", text.canaryEvidenceLabel))
    if let canary = model.canaryOutcome {
      parts.append(list([text.stepStatusName(canary.status)] + canary.reasons))
    } else {
      parts.append(paragraph(text.noCanaryEvidence))
    }
    parts.append(HTMLText.element("h3", text.rollbackLabel))
    if let command = model.rollbackCommand {
      parts.append("<pre><code>\(HTMLText.escape(command))</code></pre>")
    } else {
      parts.append(paragraph(model.rollbackAbsence))
    }
    return section("risks", parts)
  }

  private static func ledger(_ model: ReportModel) -> String {
    let text = model.text
    var parts = [
      HTMLText.element("h2", text.sectionLedger), HTMLText.element("h3", text.pilotLabel),
    ]
    if let pilotFacts = model.pilotFacts {
      parts.append(facts(pilotFacts, text))
      if let notes = model.input.pilot?.notes, !notes.isEmpty {
        parts.append(HTMLText.element("h4", text.pilotNotesLabel))
        parts.append(list(notes))
      }
    } else {
      parts.append(paragraph(text.noPilot))
    }
    parts.append(
      model.input.verdict.ledger.isEmpty
        ? paragraph(text.noLedger) : table(model.ledgerTable, model.text))
    return section("ledger", parts)
  }

  // MARK: - Pieces

  private static func section(_ id: String, _ parts: [String]) -> String {
    "<section id=\"\(id)\">\n\(parts.joined(separator: "\n"))\n</section>"
  }

  private static func paragraph(_ text: String) -> String { HTMLText.proseElement("p", text) }

  private static func list(_ items: [String]) -> String {
    "<ul>\n" + items.map { HTMLText.proseElement("li", $0) }.joined(separator: "\n") + "\n</ul>"
  }

  private static func facts(_ facts: [ReportFact], _ text: ReportStrings) -> String {
    let items = facts.map { fact in
      let value =
        fact.isCode ? HTMLText.element("code", fact.value) : HTMLText.prose(fact.value)
      let note = fact.note.map { HTMLText.escape(text.aside($0)) } ?? ""
      return "<dt>\(HTMLText.escape(fact.label))</dt><dd>\(value)\(note)</dd>"
    }
    return "<dl>\n" + items.joined(separator: "\n") + "\n</dl>"
  }

  private static func evidenceItem(
    _ title: String, _ set: EvidenceSet?, missing: String, _ text: ReportStrings
  ) -> String {
    guard let set else { return HTMLText.element("li", title + text.colon + missing) }
    let files =
      set.sources.isEmpty
      ? HTMLText.escape(ReportModel.dash)
      : set.sources.map { HTMLText.element("code", $0) }.joined(separator: ", ")
    return "<li>" + HTMLText.escape(title + text.aside(set.label) + text.colon) + files + "</li>"
  }

  /// A table; a long one folded into a `<details>` block that opens without a script.
  private static func table(_ table: ReportTable, _ text: ReportStrings) -> String {
    var lines = ["<div class=\"table\">", "<table>", "<thead><tr>"]
    lines.append(table.columns.map { HTMLText.element("th", $0) }.joined())
    lines.append("</tr></thead>")
    lines.append("<tbody>")
    for (index, row) in table.rows.enumerated() {
      let rowClass = index < table.rowClasses.count ? table.rowClasses[index] : ""
      let attribute = rowClass.isEmpty ? "" : " class=\"\(HTMLText.escape(rowClass))\""
      let cells = row.enumerated().map { column, cell in
        let isCode = table.codeColumns.contains(column) && cell != ReportModel.dash
        let content = isCode ? HTMLText.element("code", cell) : HTMLText.prose(cell)
        return "<td>\(content)</td>"
      }
      lines.append("<tr\(attribute)>" + cells.joined() + "</tr>")
    }
    lines += ["</tbody>", "</table>", "</div>"]
    let body = lines.joined(separator: "\n")
    guard table.isLong else { return body }
    let summary = HTMLText.element("summary", text.showAllRows(table.rows.count))
    return "<details>\n\(summary)\n\(body)\n</details>"
  }
}

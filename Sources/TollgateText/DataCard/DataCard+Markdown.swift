import Foundation
import TollgateCore

extension DataCard {
  /// The card as Markdown: a heading per section, tables where there are rows. Personal data
  /// appears only in masked form.
  public func markdown() -> String {
    var lines = ["# Data card: \(snapshot.name)", ""]
    lines += [
      "- Snapshot: `\(snapshot.id)` (\(snapshot.createdAt))",
      "- Files: \(Thousands.grouped(snapshot.files)), bytes: \(Thousands.grouped(snapshot.bytes)), "
        + "records: \(Thousands.grouped(snapshot.records))",
    ]
    if snapshot.problems > 0 {
      lines.append("- Files the snapshot could not read: \(Thousands.grouped(snapshot.problems))")
    }
    if let tokens { lines.append("- Tokens: \(Thousands.grouped(tokens.value))") }
    lines += ["", "## Sources", ""]
    if sources.isEmpty {
      lines.append("No sources declared (pass `--card` with a `data.sources` section).")
    } else {
      lines += [
        "| source | records | training | commercial | storage region | cross-border |",
        "|---|---|---|---|---|---|",
      ]
      for source in sources {
        let crossBorder = source.crossBorder.map { $0 ? "yes" : "no" } ?? "not declared"
        let cells = [
          source.name, source.records.map { Thousands.grouped($0) } ?? "-",
          source.training.rawValue,
          source.commercial.rawValue, source.region ?? "not declared", crossBorder,
        ]
        lines.append("| " + cells.joined(separator: " | ") + " |")
      }
    }
    lines += ["", "## De-identification", ""]
    lines.append("- Method: \(deidentificationMethod ?? "not declared")")
    let excluded = excludedFields.isEmpty ? "none" : excludedFields.joined(separator: ", ")
    lines.append("- Excluded fields: \(excluded)")
    if let coverage {
      lines += ["", "## Coverage by `\(coverage.field)`", "", "| value | records |", "|---|---|"]
      for (value, count) in coverage.counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
      {
        lines.append("| \(value) | \(Thousands.grouped(count)) |")
      }
      if coverage.missing > 0 {
        lines.append("| (missing) | \(Thousands.grouped(coverage.missing)) |")
      }
    }
    lines += ["", "## PII scan", ""]
    if let pii {
      // A percent, as `max_pii_rate` is written, and per 1,000, which reads better when small.
      let share = pii.documents == 0 ? 0 : Double(pii.documentsWithHits) / Double(pii.documents)
      let percent = String(format: "%.2f%%", share * 100)
      let rate = String(format: "%.2f", pii.documentsWithHitsPer1000)
      lines.append(
        "- Documents: \(Thousands.grouped(pii.documents)), "
          + "with hits: \(Thousands.grouped(pii.documentsWithHits)) (\(percent), \(rate) per 1,000)"
      )
      for (category, count) in pii.hits.sorted(by: { $0.key < $1.key }) {
        lines.append("- \(category): \(Thousands.grouped(count))")
      }
      for example in pii.examples {
        lines.append(
          "- e.g. `\(example.masked)` (\(example.category), \(example.file):\(example.line))")
      }
    } else {
      lines.append("No scan given (run `tollgate data scan --json` and pass it with `--scan`).")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

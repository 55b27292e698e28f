import Foundation
import TollgateCore

extension DataCard {
  /// The card as Markdown: a heading per section, tables where there are rows. Personal data
  /// appears only in masked form.
  public func markdown() -> String {
    var lines = ["# Data card: \(snapshot.name)", ""]
    lines += [
      "- Snapshot: `\(snapshot.id)` (\(snapshot.createdAt))",
      "- Files: \(snapshot.files), bytes: \(snapshot.bytes), records: \(snapshot.records)",
    ]
    if snapshot.problems > 0 {
      lines.append("- Files the snapshot could not read: \(snapshot.problems)")
    }
    if let tokens { lines.append("- Tokens: \(tokens.value)") }
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
        lines.append(
          "| \(source.name) | \(source.records.map(String.init) ?? "-") | \(source.training.rawValue) | \(source.commercial.rawValue) | \(source.region ?? "not declared") | \(crossBorder) |"
        )
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
        lines.append("| \(value) | \(count) |")
      }
      if coverage.missing > 0 { lines.append("| (missing) | \(coverage.missing) |") }
    }
    lines += ["", "## PII scan", ""]
    if let pii {
      let rate = String(format: "%.2f", pii.documentsWithHitsPer1000)
      lines.append(
        "- Documents: \(pii.documents), with hits: \(pii.documentsWithHits) (\(rate) per 1,000)")
      for (category, count) in pii.hits.sorted(by: { $0.key < $1.key }) {
        lines.append("- \(category): \(count)")
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

/// Escaping for GitHub-flavoured Markdown, so text from a card or a log cannot become markup.
///
/// Metric names, reasons and notes come from files the user (or a model) wrote; a `<script>` or
/// a `|` in them must show as text and must not break a table or a PR comment.
enum MarkdownText {
  /// Text for a paragraph, list item or table cell: markup characters escaped, HTML turned into
  /// entities, `|` escaped so a table keeps its columns, line breaks folded into spaces; text
  /// between a pair of backticks becomes a code span.
  static func inline(_ text: String, inTable: Bool = false) -> String {
    CodeSpans.split(text).map { segment in
      segment.isCode ? code(segment.text, inTable: inTable) : plain(segment.text)
    }.joined()
  }

  private static func plain(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\\", "`", "*", "[", "|", "#", "~": result += "\\\(character)"
      case "\n", "\r", "\r\n", "\t": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// A code span whose fence grows past the longest run of backticks in the text; in a table
  /// `|` is escaped too (GFM reads `\|` inside a code span in a table cell as a bar, while
  /// outside a table it would show the backslash).
  static func code(_ text: String, inTable: Bool = false) -> String {
    let oneLine = text.map { $0.isNewline ? " " : String($0) }.joined()
    let flat = inTable ? oneLine.replacingOccurrences(of: "|", with: "\\|") : oneLine
    var longestRun = 0
    var run = 0
    for character in flat {
      run = character == "`" ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let fence = String(repeating: "`", count: longestRun + 1)
    let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
    return fence + padding + flat + padding + fence
  }

  /// A table: a header row, the delimiter row, then one row per entry, every cell escaped and
  /// the code columns as code spans.
  ///
  /// A long table is folded into a `<details>` block, which GitHub renders as a closed section.
  static func table(_ table: ReportTable, text: ReportStrings) -> String {
    let body = self.table(table)
    guard table.isLong else { return body }
    let summary = HTMLText.escape(text.showAllRows(table.rows.count))
    return "<details><summary>\(summary)</summary>\n\n\(body)\n\n</details>"
  }

  private static func table(_ table: ReportTable) -> String {
    var lines = [
      "| " + table.columns.map { inline($0, inTable: true) }.joined(separator: " | ") + " |"
    ]
    lines.append("|" + String(repeating: "---|", count: table.columns.count))
    for row in table.rows {
      let cells = row.enumerated().map { index, cell in
        table.codeColumns.contains(index) && cell != ReportModel.dash
          ? code(cell, inTable: true) : inline(cell, inTable: true)
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }
}

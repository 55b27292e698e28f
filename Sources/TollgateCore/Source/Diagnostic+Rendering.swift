/// Compiler-style text for a diagnostic, the shape editors and CI annotations understand:
///
///     card.yaml:12:5: error: threshold has no number: "显著提升" [gate.quantitative]
///       at: gate.primary
///       hint: write a number a run can be held to, e.g. `clause_accuracy >= 0.90`
extension Diagnostic {
  /// The diagnostic as lines of text; `colour` adds ANSI colours (only on a terminal, never
  /// with `NO_COLOR`; the caller decides).
  public func rendered(colour: Bool) -> String {
    let paint = { (code: String, text: String) in colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    var head = ""
    if let location {
      head = location.line > 0 ? "\(location): " : "\(location.file): "
    }
    let label: String
    switch severity {
    case .error: label = paint("1;31", "error:")
    case .warning: label = paint("1;33", "warning:")
    case .note: label = paint("1;36", "note:")
    }
    var lines = [
      (head.isEmpty ? "" : paint("1", head)) + "\(label) \(message) " + paint("2", "[\(ruleID)]")
    ]
    if let keyPath { lines.append("  at: \(keyPath)") }
    if let hint { lines.append("  hint: \(hint)") }
    return lines.joined(separator: "\n")
  }
}

/// Compiler-style text for a diagnostic, the shape editors and CI annotations understand:
///
///     card.yaml:12:5: error: threshold has no number: "显著提升" [gate.quantitative]
///       at: gate.primary
///       hint: write a number a run can be held to, e.g. `clause_accuracy >= 0.90`
///
/// In Chinese the words around the message are Chinese too (`错误：`, `位置：`, `提示：`); the
/// place, the rule id and the key path stay as they are, so tools that parse the output still can.
extension Diagnostic {
  /// The diagnostic as lines of English text; `colour` adds ANSI colours (only on a terminal,
  /// never with `NO_COLOR`; the caller decides).
  public func rendered(colour: Bool) -> String {
    rendered(colour: colour, language: .english)
  }

  /// The diagnostic as lines of text with its labels in `language`; the message and hint are
  /// printed as the diagnostic holds them (the checker writes them in the language asked for).
  public func rendered(colour: Bool, language: Language) -> String {
    let paint = { (code: String, text: String) in colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    let words = RenderingWords(language)
    var head = ""
    if let location {
      head = location.line > 0 ? "\(location): " : "\(location.file): "
    }
    let label: String
    switch severity {
    case .error: label = paint("1;31", words.error)
    case .warning: label = paint("1;33", words.warning)
    case .note: label = paint("1;36", words.note)
    }
    var lines = [
      (head.isEmpty ? "" : paint("1", head)) + "\(label)\(words.gap)\(message) "
        + paint("2", "[\(ruleID)]")
    ]
    if let keyPath { lines.append("  \(words.at)\(keyPath)") }
    if let hint { lines.append("  \(words.hint)\(hint)") }
    return lines.joined(separator: "\n")
  }
}

/// The few words a rendered diagnostic adds around its message, in one language.
private struct RenderingWords {
  var error, warning, note, at, hint: String
  /// What separates the severity label from the message: a space after an English colon, none
  /// after a full-width Chinese one (it carries its own space).
  var gap: String

  init(_ language: Language) {
    switch language {
    case .english:
      (error, warning, note, at, hint, gap) = ("error:", "warning:", "note:", "at: ", "hint: ", " ")
    case .chinese:
      (error, warning, note, at, hint, gap) = ("错误：", "警告：", "注意：", "位置：", "提示：", "")
    }
  }
}

/// Escaping for HTML and inline SVG: every text from a card, a log or a model is data, never
/// markup.
enum HTMLText {
  /// The text with `& < > " '` replaced by entities, safe in element content and in quoted
  /// attribute values alike.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Escaped text in which each pair of backticks becomes a `<code>` element, for prose.
  static func prose(_ text: String) -> String {
    CodeSpans.split(text).map { segment in
      segment.isCode ? "<code>\(escape(segment.text))</code>" : escape(segment.text)
    }.joined()
  }

  /// An element with prose content: `proseElement("p", "run `tollgate init`")`.
  static func proseElement(_ name: String, _ content: String) -> String {
    "<\(name)>\(prose(content))</\(name)>"
  }

  /// An element with escaped text content: `element("td", "a < b")`.
  static func element(_ name: String, _ content: String, className: String? = nil) -> String {
    let attribute = className.map { " class=\"\(escape($0))\"" } ?? ""
    return "<\(name)\(attribute)>\(escape(content))</\(name)>"
  }
}

import TollgateCore

/// The `--field` path of JSON Lines documents: keys joined by dots (`meta.text`).
public enum CorpusField {
  /// Refuses a path with an empty key (`""`, `"."`, `"text."`, `"..text"`): no document has
  /// such a field, so every line would be skipped and the run would count or scan nothing.
  ///
  /// - Parameter option: the option as the user typed it, for the message (`--field`).
  /// - Throws: `TollgateError.usage` naming the path and the empty key.
  public static func check(_ field: String, option: String = "--field") throws {
    guard field != JSONFieldExtractor.everyString else { return }
    let keys = field.split(separator: ".", omittingEmptySubsequences: false)
    guard keys.contains(where: \.isEmpty) else { return }
    let problem: String
    if field.isEmpty {
      problem = "it is empty"
    } else if keys.allSatisfy(\.isEmpty) {
      problem = "it has only dots"
    } else if keys.first?.isEmpty == true {
      problem = "it starts with a dot"
    } else if keys.last?.isEmpty == true {
      problem = "it ends with a dot"
    } else {
      problem = "it has two dots in a row"
    }
    throw TollgateError(
      .usage, "\(option) \"\(field)\" names no JSON field: \(problem)",
      hint: "give the key of the text, dots only between keys of nested objects: "
        + "\(option) text, \(option) meta.text, or \(option) '*' for every string value")
  }
}

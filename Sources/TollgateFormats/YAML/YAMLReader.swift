import CYaml
import Foundation
import TollgateCore

/// Reads a YAML file (a decision card) into Core's `Node` tree, keeping the line and column of
/// every value and every key.
///
/// libyaml does the parsing (its event API); this type turns events into nodes and adds the
/// checks a card needs that YAML itself does not make: duplicate keys are an error, aliases are
/// refused, the top level must be a mapping. Every failure is a `TollgateError` that names the
/// file, the place and a fix; no input makes it crash.
public enum YAMLReader {
  /// Cards are a few kilobytes; anything past this is not a card and is refused before parsing.
  static let maximumBytes = 8 << 20

  /// Reads and parses the file at `path`.
  /// - Throws: `TollgateError` with code `.unreadable` (missing, too large, not UTF-8, empty) or
  ///   `.malformed` (YAML syntax, duplicate keys, aliases, a top level that is not a mapping).
  public static func read(contentsOf path: String) throws -> Node {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw TollgateError.file(
        .unreadable, path, "no such file",
        hint: "check the path; `tollgate init` writes a template card.yaml")
    }
    if isDirectory.boolValue {
      throw TollgateError.file(
        .unreadable, path, "a folder, not a YAML file",
        hint: "pass the card file itself, e.g. \(path)/card.yaml")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw TollgateError(
        .unreadable, "cannot read the file", at: SourceLocation(file: path, line: 0, column: 0),
        hint: "check that the file exists and is readable", underlying: "\(error)")
    }
    return try read(bytes: [UInt8](data), file: path)
  }

  /// Parses YAML text; `file` is the name used in locations and messages.
  /// - Throws: `TollgateError` as `read(contentsOf:)` does.
  public static func read(text: String, file: String) throws -> Node {
    try read(bytes: Array(text.utf8), file: file)
  }

  /// Parses raw bytes, checking first that they are UTF-8 and not empty.
  static func read(bytes input: [UInt8], file: String) throws -> Node {
    if input.count > maximumBytes {
      throw TollgateError.file(
        .unreadable, file,
        "the file is \(input.count) bytes; a card is at most \(maximumBytes) bytes",
        hint: "check that this is the card and not a data file")
    }
    var bytes = input
    // A UTF-8 byte order mark is allowed and dropped so that columns on line 1 stay right.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    try UTF8Check.validate(bytes, file: file)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      throw TollgateError.file(
        .unreadable, file, "the file is empty",
        hint: "write a card, or run `tollgate init` for a commented template")
    }
    let root = try parse(bytes, file: file)
    guard case .mapping = root.kind else {
      throw TollgateError(
        .malformed,
        "the top level must be a mapping of keys (`goal:`, `budget:`, ...), "
          + "found \(root.kindName)",
        at: root.location, hint: "start the file with `key: value` lines, e.g. `tollgate: 1`")
    }
    return root
  }

  private static func parse(_ bytes: [UInt8], file: String) throws -> Node {
    let builder = try buildTree(bytes, file: file)
    guard let root = builder.root else {
      throw TollgateError.file(
        .unreadable, file, "the file holds only comments, no YAML content",
        hint: "write a card, or run `tollgate init` for a commented template")
    }
    return root
  }

  /// Runs libyaml over `bytes` and returns the builder that consumed its events (internal so that
  /// tests can read how much work building the tree took).
  static func buildTree(_ bytes: [UInt8], file: String) throws -> YAMLTreeBuilder {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      throw TollgateError.file(.unreadable, file, "cannot start the YAML parser (out of memory)")
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

    return try bytes.withUnsafeBufferPointer { buffer throws -> YAMLTreeBuilder in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var builder = YAMLTreeBuilder(file: file)
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
          throw syntaxError(parser, file: file)
        }
        defer { yaml_event_delete(&event) }
        if try builder.consume(event) { break }
      }
      return builder
    }
  }

  /// libyaml's problem, context and mark turned into a plain message at the problem's place.
  private static func syntaxError(_ parser: yaml_parser_t, file: String) -> TollgateError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let mark = parser.problem_mark
    var message = "malformed YAML: \(problem)"
    if let context = parser.context.map({ String(cString: $0) }) {
      let place = parser.context_mark
      message += " (\(context) at line \(place.line + 1), column \(place.column + 1))"
    }
    let location = SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    return TollgateError(
      .malformed, message, at: location,
      hint: """
        check the indentation and quoting near this line; quote a value that contains `: `, \
        `#`, `{` or `[` (e.g. trigger: "general_avg < baseline - 1pt")
        """)
  }
}

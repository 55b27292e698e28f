import CYaml
import TollgateCore

/// Turns libyaml's event stream into a `Node` tree without recursion.
///
/// Open mappings and sequences wait on a stack until their end event; a finished node is attached
/// to the collection below it. Nesting is capped so that hostile input cannot build a tree whose
/// recursive comparison or release would exhaust the stack.
struct YAMLTreeBuilder {
  /// Deeper than any card needs (a card nests about five levels).
  static let maximumDepth = 64

  /// An open mapping or sequence. One struct for both (rather than an enum with payloads) so
  /// that `stack[top].entries.append` grows the collection in place: taking an enum payload out,
  /// appending and putting it back copied the whole collection on every key, which made a card of
  /// n keys cost n² (issue #2).
  private struct Frame {
    var isMapping: Bool
    var location: SourceLocation
    /// A mapping's entries so far.
    var entries: [Node.Entry] = []
    /// A sequence's items so far.
    var items: [Node] = []
    /// The key waiting for its value.
    var pendingKey: (text: String, location: SourceLocation)?
    /// Where each key was first seen, to report a duplicate with both places.
    var firstSeen: [String: SourceLocation] = [:]
  }

  let file: String
  private var stack: [Frame] = []
  private(set) var root: Node?
  private var documentCount = 0
  /// Elements copied because an open collection's storage moved while growing, for tests: an
  /// in-place append moves each element O(1) times on average, so this stays linear in the size
  /// of the card; a copy per append would make it quadratic.
  private(set) var elementsMoved = 0

  init(file: String) { self.file = file }

  /// Handles one event; returns true at the end of the stream.
  mutating func consume(_ event: yaml_event_t) throws -> Bool {
    let location = SourceLocation(
      file: file, line: event.start_mark.line + 1, column: event.start_mark.column + 1)
    switch event.type {
    case YAML_STREAM_END_EVENT:
      return true
    case YAML_DOCUMENT_START_EVENT:
      documentCount += 1
      if documentCount > 1 {
        throw TollgateError(
          .malformed, "more than one YAML document (a second `---`)",
          at: location, hint: "keep one card per file; remove the second `---` and what follows")
      }
    case YAML_ALIAS_EVENT:
      let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
      throw TollgateError(
        .malformed, "YAML aliases are not supported in a card: `*\(name)`", at: location,
        hint: "write the value out in full where it is used; a card should read top to bottom")
    case YAML_SCALAR_EVENT:
      try attach(Self.scalarNode(event.data.scalar, at: location), at: location)
    case YAML_SEQUENCE_START_EVENT:
      try push(Frame(isMapping: false, location: location), at: location)
    case YAML_MAPPING_START_EVENT:
      try push(Frame(isMapping: true, location: location), at: location)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      try pop()
    default:
      break
    }
    return false
  }

  private mutating func push(_ frame: Frame, at location: SourceLocation) throws {
    guard stack.count < Self.maximumDepth else {
      throw TollgateError(
        .malformed, "YAML nested more than \(Self.maximumDepth) levels deep", at: location,
        hint: "a card nests a few levels; check for runaway brackets")
    }
    stack.append(frame)
  }

  private mutating func pop() throws {
    guard let frame = stack.popLast() else { return }
    let kind: Node.Kind = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
    try attach(Node(kind, at: frame.location), at: frame.location)
  }

  /// Adds a finished node to the open collection, or makes it the root.
  private mutating func attach(_ node: Node, at location: SourceLocation) throws {
    let top = stack.count - 1
    guard top >= 0 else {
      root = node
      return
    }
    if !stack[top].isMapping {
      let before = Self.storage(of: stack[top].items)
      stack[top].items.append(node)
      noteMove(from: before, to: Self.storage(of: stack[top].items), count: stack[top].items.count)
    } else if let key = stack[top].pendingKey {
      let before = Self.storage(of: stack[top].entries)
      stack[top].entries.append(Node.Entry(key: key.text, keyLocation: key.location, value: node))
      stack[top].pendingKey = nil
      noteMove(
        from: before, to: Self.storage(of: stack[top].entries), count: stack[top].entries.count)
    } else {
      let key = try keyText(node)
      if let first = stack[top].firstSeen[key] {
        throw TollgateError(
          .malformed, "duplicate key `\(key)` (first at line \(first.line))", at: location,
          hint:
            "keep one `\(key):`; YAML would silently keep only one and Tollgate does not guess "
            + "which"
        )
      }
      stack[top].firstSeen[key] = location
      stack[top].pendingKey = (key, location)
    }
  }

  /// Where an array's elements live, to notice when growing it moved them.
  private static func storage<Element>(of array: [Element]) -> UnsafeRawPointer? {
    array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  /// Counts the elements that moved when an append changed where the collection is stored.
  private mutating func noteMove(
    from before: UnsafeRawPointer?, to after: UnsafeRawPointer?, count: Int
  ) {
    if before != nil && before != after { elementsMoved += count - 1 }
  }

  private func keyText(_ node: Node) throws -> String {
    switch node.kind {
    case .scalar(let text, _): return text
    case .null: return ""
    case .mapping, .sequence:
      throw TollgateError(
        .malformed, "a key must be plain text, found \(node.kindName)", at: node.location,
        hint: "write keys as words followed by a colon, e.g. `budget:`")
    }
  }

  /// A scalar event as a node: plain `~`, `null` or nothing is an explicit null; anything quoted,
  /// block-styled or tagged `!!str` is text by intent.
  private static func scalarNode(
    _ scalar: yaml_event_s.__Unnamed_union_data.__Unnamed_struct_scalar, at location: SourceLocation
  ) -> Node {
    let text: String
    if let value = scalar.value {
      text = String(
        decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
    } else {
      text = ""
    }
    let tag = scalar.tag.map { String(cString: $0) }
    let style = Self.style(of: scalar.style, isTaggedText: tag == "tag:yaml.org,2002:str")
    if style == .plain && ["", "~", "null", "Null", "NULL"].contains(text) {
      return Node(.null, at: location)
    }
    return Node(.scalar(text, isQuoted: style != .plain), at: location, style: style)
  }

  /// libyaml's scalar style in the tree's words, so that a message can quote a value as written.
  private static func style(
    of style: yaml_scalar_style_t, isTaggedText: Bool
  ) -> Node.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
    default: isTaggedText ? .taggedText : .plain
    }
  }
}

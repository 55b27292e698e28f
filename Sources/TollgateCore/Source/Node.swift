/// A parsed document (a card, a config) as a tree that remembers where every value came from.
///
/// The YAML reader in TollgateFormats builds it; the card decoder and the card rules read it.
/// Keeping
/// the tree in Core lets every rule report `file:line:column` without Core knowing about YAML.
public struct Node: Sendable, Hashable {
  /// One key of a mapping with its location (the key's, which is where a user looks for it).
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: Node

    public init(key: String, keyLocation: SourceLocation, value: Node) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  public enum Kind: Sendable, Hashable {
    /// A scalar as written; `isQuoted` tells `"NO"` (a string by intent) from `NO`.
    case scalar(String, isQuoted: Bool)
    /// Entries in document order; duplicate keys are rejected by the reader.
    case mapping([Entry])
    case sequence([Node])
    /// An explicit null (`~`, `null`, or a key with no value).
    case null
  }

  /// How a scalar was written, so that a message can quote it back as the user typed it.
  public enum ScalarStyle: Sendable, Hashable {
    /// `1.5`: no quotes, no tag; the only style in which a scalar may be a number or a boolean.
    case plain
    /// `'1.5'`
    case singleQuoted
    /// `"1.5"`
    case doubleQuoted
    /// A `|` or `>` block.
    case block
    /// Plain but tagged `!!str 1.5`.
    case taggedText
  }

  public var kind: Kind
  public var location: SourceLocation
  /// How the scalar was written; `.plain` for mappings, sequences, nulls and trees not from YAML.
  public var scalarStyle: ScalarStyle = .plain

  public init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// A scalar node that remembers how it was written (`style` other than `.plain` means quoted).
  public init(_ kind: Kind, at location: SourceLocation, style: ScalarStyle) {
    self.kind = kind
    self.location = location
    self.scalarStyle = style
  }

  /// The scalar text, or nil for mappings, sequences and nulls.
  public var scalar: String? {
    if case .scalar(let text, _) = kind { return text }
    return nil
  }

  /// Whether the scalar was written as text by intent: quoted, a block, or tagged `!!str`.
  public var isQuotedScalar: Bool {
    if case .scalar(_, let isQuoted) = kind { return isQuoted }
    return false
  }

  /// The scalar as the card wrote it, quotes and tag included (`"1.5"`, `'1.5'`, `!!str 1.5`);
  /// nil for mappings, sequences and nulls. A block scalar is given as its text, without the
  /// final line break.
  public var writtenScalar: String? {
    guard let text = scalar else { return nil }
    switch scalarStyle {
    case .plain: return isQuotedScalar ? "\"\(text)\"" : text
    case .block: return String(text.reversed().drop { $0.isNewline }.reversed())
    case .singleQuoted: return "'\(text)'"
    case .doubleQuoted: return "\"\(text)\""
    case .taggedText: return "!!str \(text)"
    }
  }

  /// The entries of a mapping, or nil.
  public var entries: [Entry]? {
    if case .mapping(let entries) = kind { return entries }
    return nil
  }

  /// The items of a sequence, or nil.
  public var items: [Node]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  /// The value under `key` in a mapping.
  public subscript(key: String) -> Node? {
    entries?.first { $0.key == key }?.value
  }

  /// What the node is, in words for messages ("a mapping", "a list", "text").
  public var kindName: String {
    switch kind {
    case .scalar: "a scalar"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .null: "nothing (null)"
    }
  }
}

/// A place in an input file, 1-based, as compilers print it (`card.yaml:12:5`).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The path as the user gave it, so messages point where they looked.
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the prefix editors and CI annotations understand.
  public var description: String { "\(file):\(line):\(column)" }

  /// The same place moved `count` characters to the right, for pointing inside a scalar.
  public func advanced(byColumns count: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column + count)
  }
}

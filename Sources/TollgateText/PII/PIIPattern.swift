/// A pattern a data card adds to the built-in detectors (an employee number, a contract id).
///
/// Matched with Hyperscan in UTF-8 mode with leftmost start; every match is a hit, masked to its
/// first and last character.
public struct PIIPattern: Sendable, Hashable, Codable {
  /// The name hits are reported under, as `custom:NAME`.
  public var name: String
  /// A PCRE-style regular expression (Hyperscan's subset: no back-references, no look-behind).
  public var regex: String

  public init(name: String, regex: String) {
    self.name = name
    self.regex = regex
  }
}

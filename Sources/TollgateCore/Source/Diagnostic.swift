/// One finding about an input file, printed like a compiler message.
///
/// `card.yaml:12:5: error: threshold has no number: "显著提升" [gate.quantitative]`, then the key
/// path and a hint on the lines below.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs.rank < rhs.rank
    }

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
  }

  public var severity: Severity
  /// A stable id (`budget.stop-loss`), one per rule, so CI logs can be grepped and rules silenced.
  public var ruleID: String
  public var message: String
  public var location: SourceLocation?
  /// Dotted path of the offending key (`gate.guards[1].block`).
  public var keyPath: String?
  /// What to write instead.
  public var hint: String?

  public init(
    _ severity: Severity, rule ruleID: String, _ message: String, at location: SourceLocation?,
    keyPath: String? = nil, hint: String? = nil
  ) {
    self.severity = severity
    self.ruleID = ruleID
    self.message = message
    self.location = location
    self.keyPath = keyPath
    self.hint = hint
  }
}

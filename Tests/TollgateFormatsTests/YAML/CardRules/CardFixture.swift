import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Reads and checks a card fixture from `CardRules/Fixtures/`.
enum CardFixture {
  static func check(_ name: String) throws -> CardCheckResult {
    let path = Fixtures.beside(name).path
    return CardChecker.check(try YAMLReader.read(contentsOf: path), file: path)
  }

  /// The diagnostics of one rule only, so a test is not disturbed by another rule's findings.
  static func diagnostics(_ name: String, rule: String) throws -> [Diagnostic] {
    try check(name).diagnostics.filter { $0.ruleID == rule }
  }
}

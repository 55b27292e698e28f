import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Reads and checks a card fixture from `CardRules/Fixtures/`.
enum CardFixture {
  static func check(_ name: String) throws -> CardCheckResult {
    let path = Fixtures.beside(name).path
    return CardChecker.check(try YAMLReader.read(contentsOf: path), file: path)
  }

  /// Checks that a one-defect fixture yields exactly one diagnostic, from `rule`, at `line` and
  /// `column`, about `keyPath`; returns it for further checks.
  @discardableResult
  static func expectOnly(
    _ name: String, rule: String, line: Int, column: Int, keyPath: String,
    severity: Diagnostic.Severity = .error,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Diagnostic? {
    let diagnostics = try check(name).diagnostics
    #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
    guard let diagnostic = diagnostics.first else { return nil }
    #expect(diagnostic.ruleID == rule, sourceLocation: sourceLocation)
    #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.line == line, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.column == column, sourceLocation: sourceLocation)
    #expect(diagnostic.keyPath == keyPath, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.file.hasSuffix(name) == true, sourceLocation: sourceLocation)
    return diagnostic
  }
}

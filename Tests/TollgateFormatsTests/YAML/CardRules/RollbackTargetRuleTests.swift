import Testing

@testable import TollgateCore

@Suite struct RollbackTargetRuleTests {
  @Test func rejectsUnknownRollbackTargetAndSuggestsNearest() throws {
    try CardFixture.expectOnly(
      "unknown-rollback-target.yaml", rule: RollbackTargetRule.id, line: 57, column: 7,
      keyPath: "rollback.to")
  }

  @Test func hintSuggestsTheNearestAlias() throws {
    let diagnostic = try CardFixture.check("unknown-rollback-target.yaml").diagnostics.first

    #expect(diagnostic?.hint?.hasPrefix("did you mean `production`?") == true)
  }

  @Test(arguments: ["v3", "3", "contract-extractor@3", "contract-extractor@v12"])
  func acceptsVersionReferences(target: String) {
    #expect(RollbackTargetRule.isVersion(target))
  }

  @Test(arguments: ["prod", "@3", "v", "contract extractor@3", "latest"])
  func rejectsWhatIsNoVersion(target: String) {
    #expect(!RollbackTargetRule.isVersion(target))
  }

  @Test func rejectsRollbackWithoutTarget() throws {
    try CardFixture.expectOnly(
      "rollback-without-target.yaml", rule: RollbackTargetRule.id, line: 55, column: 1,
      keyPath: "rollback.to")
  }
}

import Testing

@testable import TollgateCore

@Suite struct LicenceRuleTests {
  @Test func rejectsLicenceThatForbidsTraining() throws {
    try CardFixture.expectOnly(
      "licence-forbids-training.yaml", rule: LicenceRule.id, line: 15, column: 27,
      keyPath: "data.sources[0].licence.training")
  }

  @Test func warnsWhenLicenceDoesNotSayWhetherTrainingIsAllowed() throws {
    try CardFixture.expectOnly(
      "licence-unstated.yaml", rule: LicenceRule.id, line: 15, column: 27,
      keyPath: "data.sources[0].licence.training", severity: .warning)
  }
}

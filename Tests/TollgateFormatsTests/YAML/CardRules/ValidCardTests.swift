import Testing
import TollgateCore

@Suite struct ValidCardTests {
  @Test func validCardHasNoDiagnostics() throws {
    let result = try CardFixture.check("valid-card.yaml")

    #expect(result.diagnostics.map { $0.rendered(colour: false) } == [])
  }
}

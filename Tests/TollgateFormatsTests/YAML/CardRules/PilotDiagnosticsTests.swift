import Testing
import TollgateCore

/// The pilot's paired keys: `tokens_per_step` or `batch`, `parameters` or `model_config`.
@Suite struct PilotDiagnosticsTests {
  @Test func rejectsBatchWhoseProductDiffersFromTokensPerStep() throws {
    let diagnostic = try CardFixture.expectOnly(
      "batch-mismatch.yaml", rule: "pilot.batch-mismatch", line: 47, column: 3,
      keyPath: "pilot.batch")

    #expect(
      diagnostic?.message
        == "`pilot.tokens_per_step` (46:3) is 524288, but `pilot.batch` (47:3) multiplies to 32768"
    )
  }

  @Test func leavesTokensPerStepUnsetWhenBatchDisagrees() throws {
    let result = try CardFixture.check("batch-mismatch.yaml")

    #expect(result.card.pilot?.tokensPerStep == nil)
  }

  @Test func rejectsBatchWithoutSequenceLength() throws {
    let diagnostic = try CardFixture.expectOnly(
      "batch-missing-member.yaml", rule: "card.missing-key", line: 46, column: 10,
      keyPath: "pilot.batch.sequence_length")

    #expect(diagnostic?.message == "`pilot.batch` has no `sequence_length`")
  }

  @Test func warnsThatModelConfigIsIgnoredBesideParameters() throws {
    let diagnostic = try CardFixture.expectOnly(
      "model-config-with-parameters.yaml", rule: "pilot.model-config-ignored", line: 49,
      column: 3, keyPath: "pilot.model_config", severity: .warning)

    #expect(
      diagnostic?.message == "`pilot.model_config` is ignored because `parameters` is set (48:3)")
  }

  @Test func keepsParametersWhenModelConfigIsIgnored() throws {
    let pilot = try CardFixture.check("model-config-with-parameters.yaml").card.pilot

    #expect(pilot?.parameters == 7e9)
    #expect(pilot?.modelConfig == "base-model/config.json")
  }
}

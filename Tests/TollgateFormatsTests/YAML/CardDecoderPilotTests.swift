import Testing
import TollgateCore
import TollgateFormats

/// Decoding of `pilot.batch` and `pilot.model_config`.
@Suite struct CardDecoderPilotTests {
  private func decode(_ yaml: String) throws -> CardDecoding {
    CardDecoder.decode(try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml")
  }

  @Test func multipliesBatchIntoTokensPerStep() throws {
    let decoding = try decode(
      "pilot:\n  batch: {per_device: 8, gradient_accumulation: 4, gpus: 2, sequence_length: 1024}\n"
    )

    #expect(decoding.card.pilot?.tokensPerStep == TokenCount(8 * 4 * 2 * 1024))
    #expect(decoding.diagnostics.isEmpty)
  }

  @Test func acceptsTokensPerStepEqualToBatchProduct() throws {
    let decoding = try decode(
      """
      pilot:
        tokens_per_step: 524288
        batch: {per_device: 16, gradient_accumulation: 32, gpus: 1, sequence_length: 1024}
      """)

    #expect(decoding.card.pilot?.tokensPerStep == TokenCount(524_288))
    #expect(decoding.diagnostics.isEmpty)
  }

  @Test func readsTrainerNamesOfBatchMembers() throws {
    let decoding = try decode(
      """
      pilot:
        batch:
          per_device_train_batch_size: 4
          gradient_accumulation_steps: 8
          gpus: 1
          max_seq_length: 2048
      """)

    #expect(decoding.card.pilot?.tokensPerStep == TokenCount(4 * 8 * 2048))
    #expect(decoding.diagnostics.isEmpty)
  }

  @Test(arguments: ["0", "-2"])
  func rejectsBatchMemberBelowOne(value: String) throws {
    let decoding = try decode(
      "pilot:\n  batch: {per_device: 8, gradient_accumulation: 4, gpus: \(value), "
        + "sequence_length: 1024}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.value"])
    #expect(decoding.diagnostics.first?.keyPath == "pilot.batch.gpus")
    #expect(decoding.card.pilot?.tokensPerStep == nil)
  }

  @Test func rejectsFractionalBatchMember() throws {
    let decoding = try decode(
      "pilot:\n  batch: {per_device: 8, gradient_accumulation: 4, gpus: 1, "
        + "sequence_length: 1e3.5}\n"
    )

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.type"])
    #expect(decoding.diagnostics.first?.keyPath == "pilot.batch.sequence_length")
  }

  @Test func namesEveryMissingBatchMember() throws {
    let decoding = try decode("pilot:\n  batch: {per_device: 8}\n")

    #expect(
      decoding.diagnostics.map(\.keyPath) == [
        "pilot.batch.gradient_accumulation", "pilot.batch.gpus", "pilot.batch.sequence_length",
      ])
  }

  @Test func rejectsBatchWhoseProductOverflows() throws {
    let decoding = try decode(
      "pilot:\n  batch: {per_device: 1e6, gradient_accumulation: 1e6, gpus: 1e6, "
        + "sequence_length: 1e6}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.value"])
    #expect(decoding.diagnostics.first?.keyPath == "pilot.batch")
  }

  @Test func rejectsNumberWhereBatchMappingBelongs() throws {
    let decoding = try decode("pilot:\n  batch: 32768\n")

    #expect(
      decoding.diagnostics.first?.message
        == "`pilot.batch` must be a mapping of keys, found `32768`"
    )
  }

  @Test func suggestsNearestBatchKey() throws {
    let decoding = try decode(
      "pilot:\n  batch: {per_device: 8, gradient_accumulation: 4, gpus: 1, sequence_lenght: 1024}\n"
    )

    let unknown = decoding.diagnostics.first { $0.ruleID == "card.unknown-key" }
    #expect(unknown?.hint == "did you mean `sequence_length`?")
  }

  @Test func readsModelConfigPathAsWritten() throws {
    let decoding = try decode("pilot:\n  model_config: ../base-model/config.json\n")

    #expect(decoding.card.pilot?.modelConfig == "../base-model/config.json")
    #expect(decoding.diagnostics.isEmpty)
  }

  @Test func rejectsListWhereModelConfigPathBelongs() throws {
    let decoding = try decode("pilot:\n  model_config: [a.json, b.json]\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.type"])
    #expect(decoding.diagnostics.first?.keyPath == "pilot.model_config")
  }
}

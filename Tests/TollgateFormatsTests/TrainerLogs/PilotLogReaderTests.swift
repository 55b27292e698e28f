import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Figures read by hand from the real logs (Tests/Fixtures/realdata/trainer_logs).
@Suite struct PilotLogReaderTests {
  static func log(_ relative: String) throws -> PilotLog {
    try PilotLogReader.read(file: Fixtures.realData("trainer_logs/\(relative)").path)
  }

  @Test func readsTokensAndRuntimeOfTheQwen3TrainerState() throws {
    let log = try Self.log("hf_qwen3_14b_lora_sft_tokens_seen/trainer_state.json")

    #expect(log.format == "hf-trainer-state")
    #expect(log.totalTokens == TokenCount(24_689_312))
    #expect(log.totalRuntime == WallTime(seconds: 5980.6912))
    #expect(log.totalSteps == 768)
  }

  @Test func reportsATrainerStateHoldingOnlyTheSummary() throws {
    let log = try Self.log("hf_qwen3_14b_lora_sft_tokens_seen/trainer_state.json")

    #expect(log.steps.isEmpty)
    #expect(log.issues.contains { $0.contains("only the final summary") })
  }

  @Test func readsEveryLossEntryOfATrainerState() throws {
    let log = try Self.log("hf_luojiu_7b_base_cpt/trainer_state.json")

    #expect(log.steps.count == 1742)
    #expect(log.steps.first == PilotStep(step: 5, loss: 1.7484))
    #expect(log.steps.last?.step == 8710)
    #expect(log.totalRuntime == WallTime(seconds: 371_992.1593))
    #expect(log.totalSteps == 8712)
    #expect(log.totalTokens == nil)
  }

  @Test func skipsEvaluationEntriesOfATrainerState() throws {
    let log = try Self.log("hf_cpt_large_seq2seq/trainer_state.json")

    #expect(log.steps.map(\.step) == Array(stride(from: 500, through: 5000, by: 500)))
    #expect(log.totalRuntime == WallTime(seconds: 64358.151))
  }

  @Test func reportsACheckpointStateWithoutSummary() throws {
    let log = try Self.log("hf_mistral7b_translator_lora_sft/checkpoint-500_trainer_state.json")

    #expect(log.steps.count == 50)
    #expect(log.totalRuntime == nil)
    #expect(log.issues.contains { $0.contains("global step 500 of 8660") })
  }

  @Test func parsesDaysInLlamaFactoryElapsedTime() throws {
    let log = try Self.log("hf_luojiu_7b_base_cpt/trainer_log.jsonl")

    // "4 days, 7:18:24" at step 8710; the closing line "4 days, 7:19:52" at step 8712.
    #expect(log.format == "llama-factory-jsonl")
    #expect(log.steps.count == 1743)
    #expect(
      log.steps[1741] == PilotStep(step: 8710, loss: 1.3703, elapsed: WallTime(seconds: 371_904)))
    #expect(log.totalRuntime == WallTime(seconds: 371_992))
    #expect(log.totalSteps == 8712)
  }

  @Test func ignoresZeroTokenCountsOfLlamaFactory() throws {
    let log = try Self.log("hf_mistral7b_translator_lora_sft/trainer_log.jsonl")

    #expect(log.steps.count == 866)
    #expect(log.steps.allSatisfy { $0.tokensSeen == nil })
    #expect(log.totalTokens == nil)
    #expect(log.totalRuntime == WallTime(seconds: 5 * 3600 + 39 * 60 + 46))
    #expect(log.issues.isEmpty)
  }

  @Test func readsTheSingleLlamaFactoryLineWithTokens() throws {
    let log = try Self.log("hf_qwen3_14b_lora_sft_tokens_seen/trainer_log.jsonl")

    #expect(
      log.steps == [
        PilotStep(step: 768, elapsed: WallTime(seconds: 5979), tokensSeen: TokenCount(24_689_312))
      ])
    #expect(log.totalTokens == TokenCount(24_689_312))
    #expect(log.issues.contains { $0.contains("single step entry") })
  }

  @Test func readsNanoGPTIterationTimesAndHeader() throws {
    let log = try Self.log("nanogpt/ChenZihua-cn_nanoGPT_train.log")

    #expect(log.format == "nanogpt-stdout")
    #expect(log.tokensPerStep == TokenCount(512))
    #expect(log.steps.count == 91)
    #expect(log.steps[1] == PilotStep(step: 5, loss: 4.2082, duration: WallTime(seconds: 1.43127)))
  }

  @Test func recordsNanoGPTNaNLossesAsIssues() throws {
    let log = try Self.log("nanogpt/ChenZihua-cn_nanoGPT_train.log")

    let diverged = log.steps.filter { $0.step >= 425 }

    #expect(diverged.count == 6)
    #expect(diverged.allSatisfy { $0.loss == nil && $0.duration != nil })
    #expect(log.issues.contains { $0.contains("6 logged step(s), first at step 425") })
  }

  @Test func readsMegatronIterationTimeAndBatch() throws {
    let log = try Self.log("megatron_jubench/jubench_readme_log_excerpt.log")

    #expect(log.format == "megatron-stdout")
    #expect(log.samplesPerStep == 1024)
    #expect(
      log.steps.first == PilotStep(step: 10, loss: 13.32803, duration: WallTime(seconds: 35.8651)))
    #expect(log.steps.count == 5)
  }

  @Test func keepsTheTimeButNotTheLossOfACutOffMegatronLine() throws {
    let log = try Self.log("megatron_jubench/jubench_readme_log_excerpt.log")

    #expect(log.steps.last == PilotStep(step: 50, duration: WallTime(seconds: 35.3357)))
    #expect(log.issues.contains { $0.contains("line 5 is cut off") })
  }

  @Test func fillsTrainerStateTokensFromTrainResultsBeside() throws {
    let folder = try Fixtures.temporaryDirectory("evidence")
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = Fixtures.realData("trainer_logs/hf_qwen3_14b_lora_sft_tokens_seen")
    let state = try String(
      contentsOf: source.appendingPathComponent("trainer_state.json"), encoding: .utf8)
    // The same state without its token count; train_results.json beside it still has one.
    try state.replacingOccurrences(
      of: "\"num_input_tokens_seen\": 24689312", with: "\"num_input_tokens_seen\": 0"
    )
    .write(
      to: folder.appendingPathComponent("trainer_state.json"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("train_results.json"),
      to: folder.appendingPathComponent("train_results.json"))

    let log = try PilotLogReader.read(
      file: folder.appendingPathComponent("trainer_state.json").path)

    #expect(log.totalTokens == TokenCount(24_689_312))
  }
}

import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Every file under realdata/trainer_logs: the logs read in the expected format, the rest
/// (summaries, configs, model cards, licences, CSV) refused with an error naming the file.
@Suite struct PilotLogRealDataTests {
  static let root = Fixtures.realData("trainer_logs")

  /// The format each log reads as; files not listed are not training logs.
  static let expectedFormats = [
    "hf_cpt_large_seq2seq/trainer_state.json": "hf-trainer-state",
    "hf_luojiu_7b_base_cpt/trainer_log.jsonl": "llama-factory-jsonl",
    "hf_luojiu_7b_base_cpt/trainer_state.json": "hf-trainer-state",
    "hf_mistral7b_translator_lora_sft/checkpoint-500_trainer_state.json": "hf-trainer-state",
    "hf_mistral7b_translator_lora_sft/trainer_log.jsonl": "llama-factory-jsonl",
    "hf_mistral7b_translator_lora_sft/trainer_state.json": "hf-trainer-state",
    "hf_qwen3_14b_lora_sft_tokens_seen/trainer_log.jsonl": "llama-factory-jsonl",
    "hf_qwen3_14b_lora_sft_tokens_seen/trainer_state.json": "hf-trainer-state",
    "megatron_jubench/jubench_readme_log_excerpt.log": "megatron-stdout",
    "nanogpt/ChenZihua-cn_nanoGPT_train.log": "nanogpt-stdout",
  ]

  static let files = Fixtures.files(under: root).map {
    String($0.path.dropFirst(root.path.count + 1))
  }

  @Test func findsEveryCopiedFile() {
    #expect(Self.files.count == 22)
  }

  @Test(arguments: files)
  func readsEachLogInItsFormatAndRefusesTheRest(relative: String) throws {
    let path = Self.root.appendingPathComponent(relative).path
    guard let format = Self.expectedFormats[relative] else {
      let error = #expect(throws: TollgateError.self) { try PilotLogReader.read(file: path) }
      #expect(error?.location?.file == path)
      #expect(error?.hint != nil)
      return
    }

    let log = try PilotLogReader.read(file: path)

    #expect(log.format == format)
    #expect(!log.steps.isEmpty || log.totalRuntime != nil)
    #expect(log.steps.allSatisfy { ($0.loss ?? 0).isFinite && $0.step >= 0 })
  }
}

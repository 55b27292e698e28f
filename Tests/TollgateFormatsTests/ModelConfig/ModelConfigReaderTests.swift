import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateFormats

/// Parameter counts from config.json, checked against the counts the model publishers state.
@Suite struct ModelConfigReaderTests {
  func write(_ json: String) throws -> String {
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("config.json")
    try Data(json.utf8).write(to: file)
    return file.path
  }

  @Test func llama2SevenBillionMatchesItsPublishedCount() throws {
    let path = try write(
      """
      {"architectures": ["LlamaForCausalLM"], "hidden_size": 4096, "intermediate_size": 11008,
       "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 32,
       "vocab_size": 32000, "tie_word_embeddings": false}
      """)

    #expect(try ModelConfigReader.parameters(configAt: path) == 6_738_415_616)
  }

  @Test func groupedQueryAttentionCountsNarrowKeyValueProjections() throws {
    let path = try write(
      """
      {"hidden_size": 4096, "intermediate_size": 14336, "num_attention_heads": 32,
       "num_hidden_layers": 32, "num_key_value_heads": 8, "vocab_size": 32000}
      """)

    // Mistral-7B-v0.1: 7,241,732,096 parameters.
    #expect(try ModelConfigReader.parameters(configAt: path) == 7_241_732_096)
  }

  @Test func gpt2CountsPositionsAndTiesTheHead() throws {
    let path = try write(
      #"{"n_embd": 768, "n_layer": 12, "n_head": 12, "n_positions": 1024, "vocab_size": 50257}"#)

    let count = try ModelConfigReader.parameters(configAt: path)

    // 124,439,808 with biases; without them the count is within 0.1 % of that.
    #expect(abs(count - 124_439_808) / 124_439_808 < 0.001)
  }

  @Test func configWithoutSizesIsAnErrorNamingTheKey() throws {
    let path = try write(#"{"model_type": "llama"}"#)

    #expect {
      try ModelConfigReader.parameters(configAt: path)
    } throws: { error in
      (error as? TollgateError)?.message.contains("vocab_size") == true
    }
  }

  @Test func notJSONIsMalformed() throws {
    let path = try write("hidden_size = 4096")

    #expect {
      try ModelConfigReader.parameters(configAt: path)
    } throws: { error in
      (error as? TollgateError)?.code == .malformed
    }
  }
}

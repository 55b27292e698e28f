import Foundation
import TollgateCore

/// Counts a model's parameters from its Hugging Face `config.json`, for the FLOPs cross-check.
///
/// The count is that of a decoder-only transformer in the Llama / Mistral / Qwen2 / Gemma family:
/// token embeddings, per layer the attention projections (query and output at full width, key and
/// value at `num_key_value_heads x head_dim`, which covers grouped-query attention) and a gated
/// MLP (three matrices of `hidden x intermediate`), two norms per layer and a final norm, plus an
/// output head unless `tie_word_embeddings` is true. Biases are left out; they are under 0.1 % of
/// any model this size. GPT-2 style configs (`n_embd`, `n_layer`) use a 4x MLP of two matrices
/// and learned position embeddings. Llama-2-7B comes to 6,738,415,616, its published count.
public enum ModelConfigReader {
  /// The parameter count of the model described by the config at `path`.
  ///
  /// - Throws: `TollgateError` when the file is missing, not JSON, or lacks the sizes needed.
  public static func parameters(configAt path: String) throws -> Double {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TollgateError.file(
        .unreadable, path, "cannot read the model config",
        hint: "pass the config.json that sits beside the model's weights")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data),
      let config = object as? [String: Any]
    else {
      throw TollgateError.file(
        .malformed, path, "the model config is not a JSON object",
        hint: "pass the model's config.json (the one `transformers` reads)")
    }
    return try parameters(config, path: path)
  }

  static func parameters(_ config: [String: Any], path: String) throws -> Double {
    func number(_ keys: String...) -> Double? {
      for key in keys {
        if let value = config[key] as? NSNumber { return value.doubleValue }
      }
      return nil
    }
    func required(_ keys: String...) throws -> Double {
      for key in keys {
        if let value = config[key] as? NSNumber, value.doubleValue > 0 { return value.doubleValue }
      }
      throw TollgateError.file(
        .invalidContent, path, "the model config has no `\(keys[0])`",
        hint: "use a decoder-only transformer config (Llama, Mistral, Qwen2, Gemma or GPT-2), "
          + "or give the count directly with `pilot.parameters`")
    }

    let vocabulary = try required("vocab_size")
    let hidden = try required("hidden_size", "n_embd", "d_model")
    let layers = try required("num_hidden_layers", "n_layer", "num_layers")
    let isGPT2Style = config["n_embd"] != nil && config["hidden_size"] == nil
    let tied = (config["tie_word_embeddings"] as? Bool) ?? isGPT2Style

    let attention: Double
    let mlp: Double
    var positions = 0.0
    if isGPT2Style {
      // GPT-2 learns its position embeddings; rotary models have none.
      positions = (number("n_positions") ?? 0) * hidden
      attention = 4 * hidden * hidden
      mlp = 2 * hidden * (number("n_inner") ?? 4 * hidden)
    } else {
      let heads = try required("num_attention_heads")
      let headDimension = number("head_dim") ?? hidden / heads
      let keyValueHeads = number("num_key_value_heads") ?? heads
      let queryWidth = heads * headDimension
      let keyValueWidth = keyValueHeads * headDimension
      attention = hidden * queryWidth * 2 + hidden * keyValueWidth * 2
      mlp = 3 * hidden * (try required("intermediate_size"))
    }
    let perLayer = attention + mlp + 2 * hidden
    let embeddings = vocabulary * hidden
    return embeddings + positions + layers * perLayer + hidden + (tied ? 0 : embeddings)
  }
}

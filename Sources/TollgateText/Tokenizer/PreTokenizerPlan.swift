import TollgateCore

/// The pre-tokenizer steps reduced to the combinations we implement exactly.
///
/// HF allows any sequence of pre-tokenizers; real byte-level and SentencePiece tokenizers use a
/// few shapes (ByteLevel alone, Split then ByteLevel, Metaspace alone, none). Other shapes are
/// refused rather than approximated.
struct PreTokenizerPlan: Sendable {
  /// Whether words are bytes mapped through the byte-level alphabet.
  var isByteLevel = false
  /// ByteLevel's `add_prefix_space`: a space before a piece that does not start with one.
  var addsPrefixSpace = false
  var pattern: SplitPattern?
  var metaspace: Metaspace?

  struct Metaspace: Sendable {
    var replacement: [UInt8]
    var prependScheme: PreTokenizerStep.PrependScheme
    var splits: Bool
  }

  init(_ steps: [PreTokenizerStep], path: String) throws {
    switch steps.count {
    case 0:
      return
    case 1:
      switch steps[0] {
      case .byteLevel(let addPrefixSpace, let useRegex):
        isByteLevel = true
        addsPrefixSpace = addPrefixSpace
        pattern = useRegex ? .gpt2 : nil
      case .split(let splitPattern):
        pattern = splitPattern
      case .metaspace(let replacement, let prependScheme, let split):
        metaspace = Metaspace(
          replacement: replacement, prependScheme: prependScheme, splits: split)
      }
    case 2:
      guard case .split(let splitPattern) = steps[0],
        case .byteLevel(addPrefixSpace: false, useRegex: false) = steps[1]
      else { throw Self.unsupported(steps, path: path) }
      isByteLevel = true
      pattern = splitPattern
    default:
      throw Self.unsupported(steps, path: path)
    }
  }

  private static func unsupported(_ steps: [PreTokenizerStep], path: String) -> TollgateError {
    TollgateError.file(
      .invalidContent, path,
      "unsupported tokenizer component: a pre-tokenizer Sequence of \(steps.count) steps "
        + "at pre_tokenizer.pretokenizers",
      hint: """
        Tollgate implements ByteLevel, Split (GPT-2/Llama-3/Qwen2 pattern) then \
        ByteLevel(use_regex: false), and Metaspace; count this corpus with HF tokenizers instead
        """)
  }
}

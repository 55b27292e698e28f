import Foundation
import TollgateCore

/// The parts of a Hugging Face `tokenizer.json` that decide the ids, read and checked.
///
/// Anything we do not implement exactly is refused with the component's JSON path, because a
/// silently different tokenizer gives a count that looks right and is not.
struct TokenizerConfiguration: Sendable {
  var normalizer: [NormalizerStep]
  var preTokenizer: [PreTokenizerStep]
  var model: BPEConfiguration
  var addedTokens: [AddedToken]
  /// Ids the post-processor puts around a single sequence (`--special`).
  var specialIDs: (before: [Int32], after: [Int32])
  var decoder: DecoderKind
}

enum NormalizerStep: Sendable, Equatable {
  case prepend([UInt8])
  case replace(pattern: [UInt8], content: [UInt8])
  case nfc, nfkc, nfd, nfkd
  case lowercase
  case strip(left: Bool, right: Bool)
}

enum PreTokenizerStep: Sendable, Equatable {
  /// Map bytes to the byte-level alphabet (always applied to the model input once present).
  case byteLevel(addPrefixSpace: Bool, useRegex: Bool)
  /// Split with a known pattern, keeping every piece (`behavior: Isolated`).
  case split(SplitPattern)
  case metaspace(replacement: [UInt8], prependScheme: PrependScheme, split: Bool)

  enum PrependScheme: String, Sendable { case always, first, never }
}

struct AddedToken: Sendable {
  var id: Int32
  var content: [UInt8]
  var isSpecial: Bool
  var isNormalized: Bool
  var lstrip: Bool
  var rstrip: Bool
  var singleWord: Bool
}

struct BPEConfiguration: Sendable {
  /// Token bytes to id; bytes, not `String`, so canonically equivalent tokens stay apart.
  var vocabulary: [[UInt8]: Int32]
  /// Merges in rank order, as pairs of token bytes.
  var merges: [([UInt8], [UInt8])]
  var unknownToken: [UInt8]?
  var fuseUnknown: Bool
  var byteFallback: Bool
  var ignoreMerges: Bool
}

enum DecoderKind: Sendable {
  case byteLevel
  /// `▁` back to a space, `<0x..>` back to bytes, the first space dropped (Llama, Mistral).
  case sentencePiece
  case unsupported
}

/// Reading a tokenizer.json into a `TokenizerConfiguration`.
struct TokenizerConfigurationReader {
  let path: String

  func read(_ data: Data) throws -> TokenizerConfiguration {
    let root: TokenizerJSON
    do {
      root = try TokenizerJSON.parse([UInt8](data))
    } catch {
      throw TollgateError.file(
        .malformed, path,
        "the tokenizer file is not valid JSON: expected \(error.expected) at byte \(error.offset)",
        hint: "pass the tokenizer.json a Hugging Face model repository ships")
    }
    guard root.members != nil else {
      throw malformed("the file is JSON but not an object", at: "$")
    }
    guard let model = root["model"], model.members != nil else {
      throw malformed("the tokenizer has no \"model\" object", at: "model")
    }
    return TokenizerConfiguration(
      normalizer: try readNormalizer(root["normalizer"], at: "normalizer"),
      preTokenizer: try readPreTokenizer(root["pre_tokenizer"], at: "pre_tokenizer"),
      model: try readModel(model),
      addedTokens: try readAddedTokens(root["added_tokens"]),
      specialIDs: try readPostProcessor(root["post_processor"], at: "post_processor"),
      decoder: readDecoder(root["decoder"]))
  }

  // MARK: - Model

  private func readModel(_ model: TokenizerJSON) throws -> BPEConfiguration {
    let type = model["type"]?.string ?? (model["merges"] != nil ? "BPE" : "unknown")
    guard type == "BPE" else {
      throw unsupported("model type \"\(type)\"", at: "model.type")
    }
    if let dropout = model["dropout"]?.double, dropout > 0 {
      throw unsupported("BPE dropout \(dropout) (it makes ids random)", at: "model.dropout")
    }
    for key in ["continuing_subword_prefix", "end_of_word_suffix"] {
      if let affix = model[key]?.string, !affix.isEmpty {
        throw unsupported("\(key) \"\(affix)\"", at: "model.\(key)")
      }
    }
    guard let vocab = model["vocab"]?.members else {
      throw malformed("the BPE model has no \"vocab\" object", at: "model.vocab")
    }
    var vocabulary: [[UInt8]: Int32] = [:]
    vocabulary.reserveCapacity(vocab.count)
    for (token, value) in vocab {
      guard let id = value.int32 else {
        let name = String(decoding: token, as: UTF8.self)
        throw malformed("vocabulary entry \"\(name)\" has no valid id", at: "model.vocab")
      }
      vocabulary[token] = id
    }
    return BPEConfiguration(
      vocabulary: vocabulary,
      merges: try readMerges(model["merges"]),
      unknownToken: model["unk_token"]?.bytes,
      fuseUnknown: model["fuse_unk"]?.bool ?? false,
      byteFallback: model["byte_fallback"]?.bool ?? false,
      ignoreMerges: model["ignore_merges"]?.bool ?? false)
  }

  private func readMerges(_ value: TokenizerJSON?) throws -> [([UInt8], [UInt8])] {
    guard let list = value?.elements else {
      throw malformed("the BPE model has no \"merges\" list", at: "model.merges")
    }
    var merges: [([UInt8], [UInt8])] = []
    merges.reserveCapacity(list.count)
    for (index, entry) in list.enumerated() {
      if let text = entry.bytes {
        let parts = text.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
          throw malformed(
            "merge \"\(String(decoding: text, as: UTF8.self))\" is not two tokens separated by "
              + "one space", at: "model.merges[\(index)]")
        }
        merges.append((Array(parts[0]), Array(parts[1])))
      } else if let pair = entry.elements, pair.count == 2, let left = pair[0].bytes,
        let right = pair[1].bytes
      {
        merges.append((left, right))
      } else {
        throw malformed(
          "merge \(index) is neither \"a b\" nor [\"a\", \"b\"]", at: "model.merges[\(index)]")
      }
    }
    return merges
  }

  private func readAddedTokens(_ value: TokenizerJSON?) throws -> [AddedToken] {
    guard let list = value?.elements else { return [] }
    return try list.enumerated().map { index, entry in
      guard let id = entry["id"]?.int32, let content = entry["content"]?.bytes, !content.isEmpty
      else {
        throw malformed("added token \(index) lacks an id or content", at: "added_tokens[\(index)]")
      }
      return AddedToken(
        id: id, content: content, isSpecial: entry["special"]?.bool ?? false,
        isNormalized: entry["normalized"]?.bool ?? true,
        lstrip: entry["lstrip"]?.bool ?? false, rstrip: entry["rstrip"]?.bool ?? false,
        singleWord: entry["single_word"]?.bool ?? false)
    }
  }

  // MARK: - Normalizer

  private func readNormalizer(_ value: TokenizerJSON?, at path: String) throws -> [NormalizerStep] {
    guard let object = value, object.members != nil else { return [] }
    let type = object["type"]?.string ?? ""
    switch type {
    case "Sequence":
      let items = object["normalizers"]?.elements ?? []
      return try items.enumerated().flatMap { index, item in
        try readNormalizer(item, at: "\(path).normalizers[\(index)]")
      }
    case "Prepend":
      return [.prepend(object["prepend"]?.bytes ?? [])]
    case "Replace":
      guard let pattern = object["pattern"]?["String"]?.bytes else {
        throw unsupported("a Replace normalizer with a regex pattern", at: "\(path).pattern")
      }
      return [.replace(pattern: pattern, content: object["content"]?.bytes ?? [])]
    case "NFC": return [.nfc]
    case "NFKC": return [.nfkc]
    case "NFD": return [.nfd]
    case "NFKD": return [.nfkd]
    case "Lowercase": return [.lowercase]
    case "Strip":
      let left = object["strip_left"]?.bool ?? true
      return [.strip(left: left, right: object["strip_right"]?.bool ?? true)]
    default:
      throw unsupported("normalizer \"\(type)\"", at: "\(path).type")
    }
  }

  // MARK: - Pre-tokenizer

  private func readPreTokenizer(_ value: TokenizerJSON?, at path: String) throws
    -> [PreTokenizerStep]
  {
    guard let object = value, object.members != nil else { return [] }
    let type = object["type"]?.string ?? ""
    switch type {
    case "Sequence":
      let items = object["pretokenizers"]?.elements ?? []
      return try items.enumerated().flatMap { index, item in
        try readPreTokenizer(item, at: "\(path).pretokenizers[\(index)]")
      }
    case "ByteLevel":
      return [
        .byteLevel(
          addPrefixSpace: object["add_prefix_space"]?.bool ?? false,
          useRegex: object["use_regex"]?.bool ?? true)
      ]
    case "Split":
      return [try readSplit(object, at: path)]
    case "Metaspace":
      let replacement = object["replacement"]?.bytes ?? Array("\u{2581}".utf8)
      let schemeName =
        object["prepend_scheme"]?.string
        ?? ((object["add_prefix_space"]?.bool ?? true) ? "always" : "never")
      guard let scheme = PreTokenizerStep.PrependScheme(rawValue: schemeName) else {
        throw unsupported(
          "Metaspace prepend_scheme \"\(schemeName)\"", at: "\(path).prepend_scheme")
      }
      return [
        .metaspace(
          replacement: replacement, prependScheme: scheme, split: object["split"]?.bool ?? true)
      ]
    default:
      throw unsupported("pre-tokenizer \"\(type)\"", at: "\(path).type")
    }
  }

  private func readSplit(_ object: TokenizerJSON, at path: String) throws -> PreTokenizerStep {
    guard let regex = object["pattern"]?["Regex"]?.string, let pattern = SplitPattern(regex: regex)
    else {
      throw unsupported(
        "a Split pre-tokenizer with this pattern (only the GPT-2, Llama-3 and Qwen2 patterns "
          + "are implemented)", at: "\(path).pattern")
    }
    let behavior = object["behavior"]?.string ?? "Isolated"
    guard behavior == "Isolated", object["invert"]?.bool != true else {
      throw unsupported("Split behavior \"\(behavior)\"", at: "\(path).behavior")
    }
    return .split(pattern)
  }

  // MARK: - Post-processor and decoder

  private func readPostProcessor(_ value: TokenizerJSON?, at path: String) throws -> (
    before: [Int32], after: [Int32]
  ) {
    guard let object = value, object.members != nil else { return ([], []) }
    let type = object["type"]?.string ?? ""
    switch type {
    case "ByteLevel": return ([], [])
    case "TemplateProcessing":
      return try readTemplate(object, at: path)
    case "RobertaProcessing", "BertProcessing":
      guard let cls = object["cls"]?.elements?.last?.int32,
        let sep = object["sep"]?.elements?.last?.int32
      else {
        throw malformed("\(type) lacks cls or sep", at: path)
      }
      return ([cls], [sep])
    case "Sequence":
      var before: [Int32] = []
      var after: [Int32] = []
      for (index, item) in (object["processors"]?.elements ?? []).enumerated() {
        let part = try readPostProcessor(item, at: "\(path).processors[\(index)]")
        before += part.before
        after = part.after + after
      }
      return (before, after)
    default:
      throw unsupported("post-processor \"\(type)\"", at: "\(path).type")
    }
  }

  private func readTemplate(_ object: TokenizerJSON, at path: String) throws -> (
    before: [Int32], after: [Int32]
  ) {
    var before: [Int32] = []
    var after: [Int32] = []
    var isAfterSequence = false
    for (index, piece) in (object["single"]?.elements ?? []).enumerated() {
      if piece["Sequence"] != nil {
        isAfterSequence = true
        continue
      }
      guard let name = piece["SpecialToken"]?["id"]?.string,
        let ids = object["special_tokens"]?[name]?["ids"]?.elements
      else {
        throw malformed(
          "template piece \(index) names no known special token", at: "\(path).single[\(index)]")
      }
      let values = ids.compactMap(\.int32)
      if isAfterSequence {
        after += values
      } else {
        before += values
      }
    }
    return (before, after)
  }

  private func readDecoder(_ value: TokenizerJSON?) -> DecoderKind {
    switch value?["type"]?.string {
    case "ByteLevel": return .byteLevel
    case "Sequence", "Metaspace": return .sentencePiece
    default: return .unsupported
    }
  }

  // MARK: - Errors

  private func malformed(_ message: String, at jsonPath: String) -> TollgateError {
    TollgateError.file(
      .malformed, path, "\(message) (at \(jsonPath))",
      hint: "check that the file is a complete tokenizer.json as `tokenizers` saves it")
  }

  private func unsupported(_ component: String, at jsonPath: String) -> TollgateError {
    TollgateError.file(
      .invalidContent, path, "unsupported tokenizer component: \(component) at \(jsonPath)",
      hint: """
        Tollgate counts exactly only byte-level BPE (GPT-2, Llama-3, Qwen2 style) and \
        SentencePiece-style BPE (Llama-2, Mistral); count this corpus with HF tokenizers instead
        """)
  }
}

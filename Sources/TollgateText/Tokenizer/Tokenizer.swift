import CCrypto
import Foundation
import TollgateCore

/// A Hugging Face `tokenizer.json` loaded for exact, fast encoding of corpora.
///
/// Supports byte-level BPE (GPT-2, Llama-3, Qwen2, MiniMind) and SentencePiece-style BPE
/// (Llama-2, Mistral) with their normalizers, added tokens and post-processor templates; the ids
/// equal HF `tokenizers`' `encode(text, add_special_tokens=False)`. Anything else is refused when
/// loading. The tokenizer is immutable and shared between threads; each thread encodes through
/// its own `TokenEncoder`, which holds the word cache.
public final class Tokenizer: Sendable {
  /// The file it was loaded from, as the user named it.
  public let path: String
  /// SHA-256 of the file's bytes (hex), so results counted with different files are not merged.
  public let sha256: String
  /// Ids the post-processor puts before and after each document (`--special`).
  public let specialIDsBefore: [Int]
  public let specialIDsAfter: [Int]

  let normalizer: Normalizer
  /// Added tokens matched in the raw text (`normalized: false`).
  let rawMatcher: AddedTokenMatcher
  /// Added tokens matched in the normalized text, by their normalized content.
  let normalizedMatcher: AddedTokenMatcher
  let plan: PreTokenizerPlan
  let model: BPEModel
  let decoder: DecoderKind
  /// Token strings by id, added tokens included.
  let tokenStrings: [String]
  let addedIDs: Set<Int32>

  /// Loads a tokenizer.json from disk.
  ///
  /// - Throws: `TollgateError` (`.unreadable`, `.malformed`, or `.invalidContent` for a component
  ///   we do not implement, naming its JSON path).
  public convenience init(contentsOf path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      let inside = (path as NSString).appendingPathComponent("tokenizer.json")
      throw TollgateError(
        .unreadable, "this is a folder, not a tokenizer file",
        at: SourceLocation(file: path, line: 0, column: 0),
        hint: FileManager.default.fileExists(atPath: inside)
          ? "pass the file in it: --tokenizer \(inside)"
          : "pass the path of the model's tokenizer.json (the folder holds none)")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw TollgateError(
        .unreadable, "cannot read the tokenizer file",
        at: SourceLocation(file: path, line: 0, column: 0),
        hint: "pass the path of the model's tokenizer.json with --tokenizer",
        underlying: "\(error)")
    }
    try self.init(data: data, path: path)
  }

  /// Loads a tokenizer from the bytes of a tokenizer.json; `path` names it in errors.
  public init(data: Data, path: String) throws {
    self.path = path
    sha256 = Self.sha256Hex(data)
    let configuration = try TokenizerConfigurationReader(path: path).read(data)
    normalizer = Normalizer(steps: configuration.normalizer)
    plan = try PreTokenizerPlan(configuration.preTokenizer, path: path)
    model = try BPEModel(configuration.model, isByteLevel: plan.isByteLevel, path: path)
    decoder = configuration.decoder
    specialIDsBefore = configuration.specialIDs.before.map(Int.init)
    specialIDsAfter = configuration.specialIDs.after.map(Int.init)

    let added = configuration.addedTokens
    rawMatcher = AddedTokenMatcher(added.filter { !$0.isNormalized }) { $0.content }
    let normalizer = self.normalizer
    normalizedMatcher = AddedTokenMatcher(added.filter(\.isNormalized)) { token in
      var content: [UInt8] = []
      token.content.withUnsafeBufferPointer { normalizer.normalize($0, into: &content) }
      return content
    }
    var strings = model.tokens
    for token in added where Int(token.id) >= strings.count {
      strings += [String](repeating: "", count: Int(token.id) - strings.count + 1)
      strings[Int(token.id)] = String(decoding: token.content, as: UTF8.self)
    }
    tokenStrings = strings
    addedIDs = Set(added.map(\.id))
  }

  private static func sha256Hex(_ data: Data) -> String {
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    data.withUnsafeBytes {
      _ = SHA256($0.baseAddress?.assumingMemoryBound(to: UInt8.self), $0.count, &digest)
    }
    return digest.map { String(format: "%02x", $0) }.joined()
  }

  /// Vocabulary size including added tokens.
  public var vocabularySize: Int { tokenStrings.count }

  /// A fresh encoder for one thread.
  public func makeEncoder() -> TokenEncoder { TokenEncoder(tokenizer: self) }

  /// The ids of `text` without special tokens (a convenience; corpora go through an encoder).
  public func encode(_ text: String) -> [Int] {
    var encoder = makeEncoder()
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer {
      encoder.encode(UnsafeBufferPointer($0)).map(Int.init)
    }
  }
}

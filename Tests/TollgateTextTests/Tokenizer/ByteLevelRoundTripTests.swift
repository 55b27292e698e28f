import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

@Suite struct ByteLevelRoundTripTests {
  /// Pieces random text is built from: emoji (ZWJ, flags, skin tones), CJK, space runs, digits.
  static let pieces = [
    "the", " contract", "合同", "违约责任", "😀", "👨‍👩‍👧", "🇨🇳", "👍🏽", "  ", "    ", "\t", "\n",
    "\r\n", "0", "12345", "3.14", "１２３", "'s", "'ll", "\u{00A0}", "\u{3000}", "é", "e\u{0301}",
    "<|endoftext|>", "<|im_start|>", "\u{200B}", "Ω", "ﬁ", "!", "?", "——", "。", "\u{FEFF}",
  ]

  @Test(arguments: ["gpt2", "minimind-zh"])
  func decodingTheIDsGivesBackTheInput(name: String) throws {
    let tokenizer = try #require(ReferenceCase.loaded[name])
    var generator = SeededGenerator(seed: 42)

    for _ in 0..<300 {
      let count = Int.random(in: 1...24, using: &generator)
      let text = (0..<count).map { _ in
        Self.pieces.randomElement(using: &generator) ?? ""
      }.joined()

      let ids = tokenizer.encode(text)

      #expect(tokenizer.decode(ids) == text, "text \(text.debugDescription)")
    }
  }
}

/// SplitMix64 (Steele et al. 2014), so a failing property test reproduces.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

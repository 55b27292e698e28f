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
    var generator = SplitMix64(seed: 42)

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

import Testing
import TollgateCore

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("stop_loss", "stop_loss", 0), ("stop_los", "stop_loss", 1), ("stop_lsos", "stop_loss", 1),
    ("", "abc", 3), ("kitten", "sitting", 3), ("预算", "预算", 0), ("预鞥", "预算", 1),
  ])
  func countsEdits(a: String, b: String, expected: Int) {
    #expect(EditDistance.between(a, b) == expected)
  }

  @Test func suggestsNearestKey() {
    #expect(
      EditDistance.nearest(to: "gaurds", in: ["primary", "guards", "confidence"]) == "guards")
  }

  @Test func suggestsNothingWhenNothingIsClose() {
    #expect(EditDistance.nearest(to: "colour", in: ["primary", "guards", "confidence"]) == nil)
  }
}

/// The banded, cut-off search behind `nearest` must agree with the full table of `between`.
@Suite struct EditDistanceCutOffTests {
  /// Words one to four edits (swaps included) from real card keys, in a fixed order.
  static let pairs: [(String, String)] = {
    let keys = ["safety_factor", "stop_loss", "gpu_hours", "max_pii_rate", "预算", "成功门槛", "gate"]
    var pairs: [(String, String)] = []
    for key in keys {
      let scalars = Array(key.unicodeScalars)
      for step in 1...4 {
        var word = scalars
        for edit in 0..<step {
          let at = (edit * 5 + step) % word.count
          switch (edit + step) % 4 {
          case 0: word[at] = "x"
          case 1: word.insert("q", at: at)
          case 2 where word.count > 1: word.remove(at: at)
          default: if at + 1 < word.count { word.swapAt(at, at + 1) }
          }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: word)
        pairs.append((text, key))
        pairs.append((text.uppercased(), key))
      }
    }
    return pairs
  }()

  @Test(arguments: pairs)
  func suggestsExactlyWhenTheFullDistanceIsWithinTheLimit(word: String, key: String) {
    let limit = max(1, max(word.unicodeScalars.count, key.unicodeScalars.count) / 3)
    let full = EditDistance.between(word.lowercased(), key.lowercased())

    #expect(EditDistance.nearest(to: word, in: [key]) == (full <= limit ? key : nil))
  }

  @Test func tieGoesToTheEarlierCandidate() {
    #expect(EditDistance.nearest(to: "gata", in: ["gate", "data"]) == "gate")
    #expect(EditDistance.nearest(to: "gata", in: ["data", "gate"]) == "data")
  }

  @Test func laterCandidateWinsWhenStrictlyCloser() {
    #expect(EditDistance.nearest(to: "stop_lsos", in: ["stop_lots", "stop_loss"]) == "stop_loss")
  }
}

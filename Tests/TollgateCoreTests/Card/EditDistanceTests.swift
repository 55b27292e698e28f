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

import Testing

@testable import TollgateReport

@Suite struct CodeSpansTests {
  @Test func turnsAPairOfBackticksIntoCode() {
    let segments = CodeSpans.split("roll back with `tollgate registry rollback m` (to baseline)")

    #expect(
      segments == [
        .init(text: "roll back with ", isCode: false),
        .init(text: "tollgate registry rollback m", isCode: true),
        .init(text: " (to baseline)", isCode: false),
      ])
  }

  @Test func keepsAnUnpairedBacktickAsText() {
    let segments = CodeSpans.split("a `b` c ` d")

    #expect(
      segments == [
        .init(text: "a ", isCode: false), .init(text: "b", isCode: true),
        .init(text: " c ` d", isCode: false),
      ])
  }

  @Test func leavesTextWithoutBackticksWhole() {
    #expect(CodeSpans.split("no code here") == [.init(text: "no code here", isCode: false)])
  }
}

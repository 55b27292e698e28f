import Testing
import TollgateCore

@testable import TollgateFormats

/// Building the tree of a card must cost time in proportion to the card (issue #2: a card of
/// 40,000 keys took minutes because every key copied the mapping read so far).
///
/// Counted, not timed: the builder counts the elements it moves while open collections grow. In
/// place, growth moves each element a constant number of times on average, so doubling the card
/// about doubles the count; a copy per key would quadruple it.
@Suite struct YAMLTreeBuilderScalingTests {
  /// A card of `count` top-level keys, one a line, as the tester's `keys*.yaml` files.
  private func manyKeys(_ count: Int) -> [UInt8] {
    var text = "tollgate: 1\n"
    for index in 0..<count { text += "k\(index): v\n" }
    return Array(text.utf8)
  }

  /// A card whose `risks:` list has `count` items.
  private func manyRisks(_ count: Int) -> [UInt8] {
    var text = "tollgate: 1\nrisks:\n"
    for index in 0..<count {
      text += "  - {name: r\(index), trigger: \"loss > 2\", action: stop_training}\n"
    }
    return Array(text.utf8)
  }

  @Test func buildingAMappingGrowsLinearlyWithItsKeys() throws {
    let small = try YAMLReader.buildTree(manyKeys(10_000), file: "keys.yaml")
    let large = try YAMLReader.buildTree(manyKeys(20_000), file: "keys.yaml")

    #expect(large.root?.entries?.count == 20_001)
    let ratio = Double(large.elementsMoved) / Double(max(1, small.elementsMoved))
    #expect(ratio < 2.5, "moved \(small.elementsMoved) then \(large.elementsMoved) elements")
  }

  @Test func buildingAListGrowsLinearlyWithItsItems() throws {
    let small = try YAMLReader.buildTree(manyRisks(10_000), file: "risks.yaml")
    let large = try YAMLReader.buildTree(manyRisks(20_000), file: "risks.yaml")

    #expect(large.root?["risks"]?.items?.count == 20_000)
    let ratio = Double(large.elementsMoved) / Double(max(1, small.elementsMoved))
    #expect(ratio < 2.5, "moved \(small.elementsMoved) then \(large.elementsMoved) elements")
  }

  @Test func buildingMovesEachKeyAFewTimesAtMost() throws {
    let count = 20_000
    let builder = try YAMLReader.buildTree(manyKeys(count), file: "keys.yaml")

    // Geometric growth moves fewer elements than the collection ends up holding, times two.
    #expect(builder.elementsMoved < 2 * (count + 1))
  }
}

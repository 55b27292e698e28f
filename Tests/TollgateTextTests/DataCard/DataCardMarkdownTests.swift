import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

/// The data card in Markdown writes every count with thousands separators, in English or
/// Chinese, and keeps the tables whole whatever the names in them.
@Suite struct DataCardMarkdownTests {
  /// A card of the snapshot test data (the Presidio demo text and three records) with a token
  /// count and a coverage table large enough to need separators.
  private func card(tokens: Int64, coverage: Int64) throws -> DataCard {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let counts = DataCard.Coverage(field: "industry", counts: ["金融": coverage], missing: 0)
    return DataCard(
      manifest: manifest, plan: nil, scan: nil, coverage: counts, tokens: TokenCount(tokens))
  }

  @Test func groupsTheTokenCountInThousands() throws {
    let markdown = try card(tokens: 2433, coverage: 1).markdown()

    #expect(markdown.contains("- Tokens: 2,433\n"))
  }

  @Test func groupsCoverageCountsInThousands() throws {
    let markdown = try card(tokens: 1, coverage: 120_000).markdown()

    #expect(markdown.contains("| 金融 | 120,000 |"))
  }

  @Test func groupsTheSnapshotsByteCount() throws {
    let card = try card(tokens: 1, coverage: 1)
    let bytes = card.snapshot.bytes

    let markdown = card.markdown()

    #expect(bytes >= 1000)
    #expect(markdown.contains("bytes: \(bytes / 1000),\(String(format: "%03d", bytes % 1000))"))
  }

  @Test func writesTheCardInChinese() throws {
    let markdown = try card(tokens: 2433, coverage: 120_000).markdown(language: .chinese)

    #expect(markdown.hasPrefix("# 数据卡：a\n"))
    #expect(markdown.contains("- 词元数：2,433\n"))
    #expect(markdown.contains("## 按 `industry` 的覆盖"))
    #expect(markdown.contains("| 金融 | 120,000 |"))
    #expect(markdown.contains("未提供扫描结果"))
    #expect(!markdown.contains("Data card"))
  }

  /// A `|` in a source's name or a coverage value would split its table row into more cells.
  @Test func escapesTableCellsThatHoldAPipe() throws {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let source = DataSource(
      name: "合同|2024", records: 3, training: .allowed, commercial: .forbidden,
      region: "cn|east", crossBorder: false, location: nil)
    let plan = DataPlan(
      sources: [source], deidentificationMethod: nil, excludedFields: [], snapshot: nil,
      tokens: nil, epochs: nil, location: nil)
    let coverage = DataCard.Coverage(field: "industry", counts: ["a|b": 2], missing: 0)
    let card = DataCard(manifest: manifest, plan: plan, scan: nil, coverage: coverage, tokens: nil)

    let markdown = card.markdown()

    #expect(markdown.contains("| 合同\\|2024 | 3 | allowed | forbidden | cn\\|east | no |"))
    #expect(markdown.contains("| a\\|b | 2 |"))
  }

  @Test func writesTheRowsOfValuesItDoesNotShowOneByOne() throws {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    var coverage = DataCard.Coverage(field: "industry", counts: ["金融": 5], missing: 2)
    coverage.otherValues = 1200
    coverage.otherRecords = 3400
    coverage.notText = 1
    let card = DataCard(manifest: manifest, plan: nil, scan: nil, coverage: coverage, tokens: nil)

    let english = card.markdown()
    let chinese = card.markdown(language: .chinese)

    #expect(english.contains("| 金融 | 5 |\n| (1,200 other values) | 3,400 |\n| (missing) | 2 |"))
    #expect(english.contains("| (not text) | 1 |"))
    #expect(!english.contains("(unreadable lines)"))
    #expect(chinese.contains("| （其余 1,200 个取值） | 3,400 |"))
  }
}

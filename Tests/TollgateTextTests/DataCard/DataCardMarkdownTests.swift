import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

/// The data card in Markdown writes every count with thousands separators.
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
}

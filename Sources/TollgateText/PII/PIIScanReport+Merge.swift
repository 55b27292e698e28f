import TollgateCore

extension PIIScanReport {
  /// Adds the results of the shards of one scan: counts are sums, examples the first ones in
  /// file and line order, which is what a single scan would have kept.
  ///
  /// - Throws: `.invalidContent` when the results scanned different fields or patterns, or
  ///   when a shard is missing or repeated, or when they scanned different snapshots.
  public static func merged(_ reports: [PIIScanReport], names: [String]) throws -> PIIScanReport {
    guard let first = reports.first else {
      throw TollgateError(.usage, "no scan results to merge", hint: "name the shards' JSON results")
    }
    for (report, name) in zip(reports, names)
    where report.field != first.field || report.extraPatterns != first.extraPatterns {
      throw TollgateError.file(
        .invalidContent, name,
        "this result scanned field \"\(report.field)\" with patterns \(report.extraPatterns), "
          + "unlike \(names[0])",
        hint: "merge only the shards of one `tollgate data scan` command")
    }
    // The id says which data was read; two names for one snapshot are the same data.
    for (report, name) in zip(reports, names) where report.snapshot?.id != first.snapshot?.id {
      throw TollgateError.file(
        .invalidContent, name,
        "this result scanned \(report.snapshot.map { "snapshot \($0)" } ?? "paths"), unlike "
          + "\(names[0]) (\(first.snapshot.map { "snapshot \($0)" } ?? "paths"))",
        hint: "merge only the shards of one `tollgate data scan` command")
    }
    let shards = reports.compactMap(\.shard)
    if let whole = zip(reports, names).first(where: { $0.0.shard == nil }) {
      throw TollgateError.file(
        .invalidContent, whole.1, "this result is a whole scan, not one shard of one",
        hint: "merge the results of `tollgate data scan ... --shard I/N --json`, every I once; "
          + "a whole scan needs no merge")
    }
    let counts = Set(shards.compactMap { $0.split(separator: "/").last.flatMap { Int($0) } })
    guard shards.count == reports.count, counts.count == 1, let count = counts.first,
      Set(shards).count == count, shards.count == count
    else {
      throw TollgateError(
        .invalidContent,
        "the results are not one complete set of shards (got \(shards.sorted()))",
        hint: "pass every shard I/N of the scan exactly once")
    }
    var byFile: [String: FileResult] = [:]
    var order: [String] = []
    for report in reports {
      for file in report.files {
        if byFile[file.file] == nil { order.append(file.file) }
        byFile[file.file, default: FileResult(file: file.file)].add(file)
      }
    }
    var merged = first
    merged.shard = nil
    merged.shardCount = count
    merged.files = order.compactMap { byFile[$0] }
    return merged
  }
}

extension PIIScanReport.FileResult {
  mutating func add(_ other: PIIScanReport.FileResult) {
    documents += other.documents
    documentsWithHits += other.documentsWithHits
    textBytes += other.textBytes
    hits.merge(other.hits, uniquingKeysWith: +)
    skippedLines.merge(other.skippedLines, uniquingKeysWith: +)
    issues = Array((issues + other.issues).sorted { $0.line < $1.line }.prefix(10))
    examples = Self.firstExamples(examples + other.examples)
  }

  static func firstExamples(_ examples: [PIIScanReport.Example]) -> [PIIScanReport.Example] {
    var kept: [PIICategory: Int] = [:]
    return examples.sorted { $0.line < $1.line }.filter { example in
      kept[example.category, default: 0] += 1
      return kept[example.category, default: 0] <= PIIScanReport.examplesPerCategory
    }
  }
}

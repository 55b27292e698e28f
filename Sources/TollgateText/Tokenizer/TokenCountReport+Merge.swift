import TollgateCore
import TollgateFormats

extension TokenCountReport {
  /// Adds the results of the shards of one count into the count of the whole corpus.
  ///
  /// Exact because shards partition every file's lines (see `CorpusShard`): documents, bytes,
  /// tokens and skipped lines add; a file's line total is the same in every shard.
  ///
  /// - Parameter names: where each report came from, for messages.
  /// - Throws: `TollgateError` when the reports come from different counts (tokenizer, field,
  ///   files, sample) or a shard is missing or given twice.
  public static func merged(_ reports: [TokenCountReport], names: [String]) throws
    -> TokenCountReport
  {
    guard let first = reports.first else {
      throw TollgateError(
        .usage, "no results to merge", hint: "pass the --json outputs of the shards")
    }
    for (report, name) in zip(reports, names) {
      try checkCompatible(report, with: first, name: name, firstName: names[0])
    }
    var seen = [String?](repeating: nil, count: first.shard.count)
    for (report, name) in zip(reports, names) {
      if let earlier = seen[report.shard.index] {
        throw TollgateError.file(
          .invalidContent, name, "shard \(report.shard) is also in \(earlier)",
          hint: "pass each shard's result once")
      }
      seen[report.shard.index] = name
    }
    let missing = seen.indices.filter { seen[$0] == nil }
    guard missing.isEmpty else {
      let list = missing.map { "\($0)/\(first.shard.count)" }.joined(separator: ", ")
      throw TollgateError(
        .invalidContent, "shards \(list) are missing; the total would be short",
        hint: "count the missing shards with --shard and merge all \(first.shard.count) results")
    }

    var merged = first
    merged.shard = .whole
    for index in merged.files.indices {
      var file = FileTokenCount(file: first.files[index].file)
      file.lines = first.files[index].lines
      for report in reports { file.add(report.files[index]) }
      merged.files[index] = file
    }
    return merged
  }

  private static func checkCompatible(
    _ report: TokenCountReport, with first: TokenCountReport, name: String, firstName: String
  ) throws {
    func refuse(_ what: String, _ mine: String, _ theirs: String) -> TollgateError {
      TollgateError.file(
        .invalidContent, name,
        "cannot merge: \(what) is \(mine) here but \(theirs) in \(firstName)",
        hint: "merge only the shards of one `tollgate tokens count` run")
    }
    guard report.schemaVersion == currentSchemaVersion else {
      throw refuse("schemaVersion", "\(report.schemaVersion)", "\(currentSchemaVersion)")
    }
    if report.tokenizerSHA256 != first.tokenizerSHA256 {
      throw refuse("the tokenizer", report.tokenizer, first.tokenizer)
    }
    if report.field != first.field { throw refuse("--field", report.field, first.field) }
    if report.special != first.special {
      throw refuse("--special", "\(report.special)", "\(first.special)")
    }
    if report.sample != first.sample {
      throw refuse(
        "--sample", "\(String(describing: report.sample))", "\(String(describing: first.sample))")
    }
    if report.shard.count != first.shard.count {
      throw refuse("the shard count", "\(report.shard.count)", "\(first.shard.count)")
    }
    let files = report.files.map(\.file)
    let firstFiles = first.files.map(\.file)
    if files != firstFiles {
      throw refuse("the file list", files.joined(separator: " "), firstFiles.joined(separator: " "))
    }
  }
}

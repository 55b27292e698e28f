import TollgateCore

/// lm-eval evidence found at a path, with the files it came from and notes for the report.
public struct LocatedEvidence: Sendable, Hashable {
  /// The merged metrics and task settings of every results file found.
  public var evidence: EvidenceSet
  /// The results files read, in the order they were merged.
  public var files: [String]
  /// Skipped files, `--limit` runs, values replaced by newer files.
  public var notes: [String]
}

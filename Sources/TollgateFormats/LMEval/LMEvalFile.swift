import Foundation
import TollgateCore

/// One lm-evaluation-harness results file, read.
public struct LMEvalFile: Sendable, Hashable {
  /// Which generation of the harness wrote the file.
  public enum Layout: String, Sendable, Hashable, Codable {
    /// v0.4 and later: `acc,none` keys, `groups`, `n-shot`, `n-samples`, `configs`.
    case current
    /// v0.3: `results` with `acc` / `acc_stderr`, `versions`, one `config.num_fewshot`.
    case legacy
  }

  /// The path as given.
  public var path: String
  /// The harness generation that wrote the file, detected from its keys.
  public var layout: Layout
  /// When the results were written: the timestamp in a `results_<timestamp>.json` name, else the
  /// file's `date` field; nil when neither exists. Decides which file wins when a folder holds
  /// two results for the same metric.
  public var recordedAt: Date?
  /// The model as the harness names it (`model_name`, else `pretrained=` of `model_args`).
  public var model: String?
  /// The file's metrics and task settings, addressed as the card names them.
  public var evidence: EvidenceSet
  /// Odd but harmless findings, for the report (a `--limit` run, values that are not numbers).
  public var notes: [String]
}

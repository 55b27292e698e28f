/// One key of an lm-eval task's result object, split into metric, filter and role.
///
/// The current harness writes `METRIC,FILTER` (`acc,none`, `exact_match,strict-match`) and
/// `METRIC_stderr,FILTER`; the old (v0.3) harness writes `acc` and `acc_stderr` with no filter.
struct LMEvalMetricKey: Hashable {
  var metric: String
  /// `none` when the key names no filter.
  var filter: String
  /// True for `..._stderr` keys, which hold the standard error of `metric`.
  var isStandardError: Bool

  private static let stderrSuffix = "_stderr"

  /// Splits `key`; nil for keys that are not metrics (`alias`, and in the current layout any key
  /// without a filter, such as `samples`).
  init?(_ key: String, requiresFilter: Bool) {
    guard key != "alias" else { return nil }
    let parts = key.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
    if parts.count == 2 {
      metric = String(parts[0])
      filter = parts[1].isEmpty ? "none" : String(parts[1])
    } else if requiresFilter {
      return nil
    } else {
      metric = key
      filter = "none"
    }
    isStandardError = metric.hasSuffix(Self.stderrSuffix) && metric.count > Self.stderrSuffix.count
    if isStandardError { metric.removeLast(Self.stderrSuffix.count) }
    guard !metric.isEmpty else { return nil }
  }

  /// The card's name for the metric of `task`: `TASK.METRIC`, or `TASK.METRIC@FILTER` for a filter
  /// other than `none`.
  func address(task: String) -> String {
    filter == "none" ? "\(task).\(metric)" : "\(task).\(metric)@\(filter)"
  }

  /// The range a metric can take, for the metrics whose name fixes it; nil for any other.
  ///
  /// Only ranges that hold in every lm-eval task are listed: `acc`, `acc_norm` and
  /// `exact_match` are proportions in [0, 1]; `mcc` is a correlation in [-1, 1]; `f1` is in
  /// [0, 1] for GLUE but in [0, 100] for SQuAD v2, so only [0, 100] is certain. BLEU, ROUGE and
  /// perplexities are left out: their scale differs between tasks.
  static func range(of metric: String) -> ScoreRange? {
    switch metric {
    case "acc", "acc_norm", "exact_match": ScoreRange(lower: 0, upper: 1)
    case "mcc": ScoreRange(lower: -1, upper: 1)
    case "f1": ScoreRange(lower: 0, upper: 100)
    default: nil
    }
  }
}

/// The closed range a score of one metric can take.
struct ScoreRange {
  var lower: Double
  var upper: Double

  func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

  /// The ends as written in a note, whole numbers without a decimal point (`0`, `100`).
  var low: String { Self.text(lower) }
  var high: String { Self.text(upper) }

  private static func text(_ end: Double) -> String { String(Int(end)) }
}

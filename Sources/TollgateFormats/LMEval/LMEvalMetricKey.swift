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
}

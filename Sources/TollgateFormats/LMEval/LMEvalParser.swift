import Foundation
import TollgateCore

/// The walk over one parsed results document; `LMEvalReader` is its public face.
struct LMEvalParser {
  let path: String
  let root: [String: JSONValue]
  let results: [String: JSONValue]
  let layout: LMEvalFile.Layout
  /// The sentences of the notes.
  let messages: any EvidenceMessages

  init(
    path: String, root: [String: JSONValue], results: [String: JSONValue],
    messages: any EvidenceMessages
  ) {
    self.path = path
    self.root = root
    self.results = results
    self.messages = messages
    self.layout = Self.detectLayout(root: root, results: results)
  }

  /// Current files carry `n-shot`/`configs`, or at least `METRIC,FILTER` keys; v0.3 files have
  /// neither.
  private static func detectLayout(
    root: [String: JSONValue], results: [String: JSONValue]
  ) -> LMEvalFile.Layout {
    if root["n-shot"] != nil || root["configs"] != nil || root["n-samples"] != nil {
      return .current
    }
    let keys = results.values.compactMap(\.object).flatMap(\.keys)
    return keys.contains { $0.contains(",") } ? .current : .legacy
  }

  // MARK: Metrics

  /// Every metric of every task and group, with its standard error and sample count.
  func metrics(tasks: [String: TaskConfiguration]) -> ([String: MetricValue], [String]) {
    var metrics: [String: MetricValue] = [:]
    var notes: [String] = []
    // Current files repeat group rows under `groups`; `results` wins where both have one.
    var rows = root["groups"]?.object ?? [:]
    rows.merge(results) { _, result in result }
    let fileName = URL(fileURLWithPath: path).lastPathComponent
    for (task, row) in rows.sorted(by: { $0.key < $1.key }) {
      guard let fields = row.object else {
        notes.append(messages.taskWithoutResult(file: fileName, task: task))
        continue
      }
      let (values, errors, skipped) = scores(in: fields)
      notes += skipped.map {
        messages.notAScore(file: fileName, task: task, key: $0.key, value: $0.value)
      }
      for (key, (value, rawKey)) in values.sorted(by: { $0.value.1 < $1.value.1 }) {
        if let range = LMEvalMetricKey.range(of: key.metric), !range.contains(value) {
          notes.append(
            messages.scoreOutOfRange(
              file: fileName, task: task, key: rawKey, value: value, low: range.low,
              high: range.high))
        }
        let error = errors[key]
        if let number = error?.value.number, number.isFinite, number < 0 {
          notes.append(
            messages.negativeStandardError(
              file: fileName, task: task, key: error?.rawKey ?? rawKey, value: number))
        }
        metrics[key.address(task: task)] = MetricValue(
          value: value, standardError: standardError(error?.value),
          sampleCount: tasks[task]?.effectiveSamples, source: "\(fileName): \(task) \(rawKey)")
      }
    }
    return (metrics, notes)
  }

  /// The scores of one task's row (with their raw keys), the standard errors keyed by the metric
  /// they belong to, and each value that is not a finite number (its key and description).
  private func scores(
    in fields: [String: JSONValue]
  ) -> (
    [LMEvalMetricKey: (Double, String)], [LMEvalMetricKey: (value: JSONValue, rawKey: String)],
    [(key: String, value: String?)]
  ) {
    var values: [LMEvalMetricKey: (Double, String)] = [:]
    var errors: [LMEvalMetricKey: (value: JSONValue, rawKey: String)] = [:]
    var skipped: [(key: String, value: String?)] = []
    for (key, value) in fields {
      guard var parsed = LMEvalMetricKey(key, requiresFilter: layout == .current) else {
        continue
      }
      if parsed.isStandardError {
        parsed.isStandardError = false
        errors[parsed] = (value, key)
      } else if let number = value.number, number.isFinite {
        values[parsed] = (number, key)
      } else {
        skipped.append((key, describe(value)))
      }
    }
    return (values, errors, skipped.sorted { $0.key < $1.key })
  }

  /// A standard error; lm-eval writes the string "N/A" where it has none, which is read silently
  /// as none: the gate then says the metric had no standard error and so no interval.
  private func standardError(_ value: JSONValue?) -> Double? {
    guard let number = value?.number, number.isFinite, number >= 0 else { return nil }
    return number
  }

  /// The value as written, nil for one that is neither a string, a number nor null.
  private func describe(_ value: JSONValue) -> String? {
    if let text = value.string { return "\"\(text)\"" }
    if let number = value.number { return "\(number)" }
    return value.isNull ? "null" : nil
  }

  // MARK: Model and time

  /// `model_name`, else the `pretrained=` value of `config.model_args`.
  func modelName() -> String? {
    if let name = root["model_name"]?.string, !name.isEmpty { return name }
    guard let arguments = root["config"]?["model_args"]?.string else { return nil }
    for part in arguments.split(separator: ",") where part.hasPrefix("pretrained=") {
      return String(part.dropFirst("pretrained=".count))
    }
    return nil
  }

  /// The `results_2025-03-03T02-29-42.286969.json` timestamp (read as UTC), else `date`.
  func recordedAt() -> Date? {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    if name.hasPrefix("results_"), let date = Self.timestamp(String(name.dropFirst(8))) {
      return date
    }
    return root["date"]?.number.map { Date(timeIntervalSince1970: $0) }
  }

  private static func timestamp(_ text: String) -> Date? {
    // 2025-03-03T02-29-42.286969: date, then time with dashes, then optional fraction.
    let halves = text.split(separator: "T")
    guard halves.count == 2 else { return nil }
    let day = halves[0].split(separator: "-").compactMap { Int($0) }
    let clockAndFraction = halves[1].split(separator: ".", maxSplits: 1)
    let clock = clockAndFraction[0].split(separator: "-").compactMap { Int($0) }
    guard day.count == 3, clock.count == 3 else { return nil }
    let fraction = clockAndFraction.count == 2 ? Double("0.\(clockAndFraction[1])") ?? 0 : 0
    var components = DateComponents()
    components.year = day[0]
    components.month = day[1]
    components.day = day[2]
    components.hour = clock[0]
    components.minute = clock[1]
    components.second = clock[2]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.date(from: components).map { $0.addingTimeInterval(fraction) }
  }
}

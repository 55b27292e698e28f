/// Computes the card's derived metrics (`general_avg: {mean_of: [...]}`) from an evidence set.
///
/// A derived metric is the plain mean of its components. Its standard error assumes the
/// components are independent: se = √(Σ se_i²) / k. Benchmarks run on the same model are in truth
/// positively correlated, so this understates the error somewhat; it is still far better than
/// comparing two bare averages. When any component lacks a standard error, so does the mean.
public enum DerivedMetrics {
  /// The outcome of resolving one derived metric.
  public enum Resolution: Sendable, Hashable {
    case value(MetricValue)
    /// Components (or components of components) the evidence does not have.
    case missing([String])
    /// The definitions refer to each other in a loop; the names in order, ending where it began.
    case cycle([String])
  }

  /// Resolves the metric called `name`: the evidence's own value if it has one, else the mean of
  /// the derived metric's components, resolved recursively.
  public static func resolve(
    _ name: String, in evidence: EvidenceSet, definitions: [DerivedMetric]
  ) -> Resolution {
    let byName = Dictionary(
      definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    return resolve(name, evidence: evidence, definitions: byName, path: [])
  }

  /// The evidence set with every derived metric added that can be computed, and a problem line
  /// for each that cannot (missing components, a cycle), in `language`. Values the evidence
  /// already has win.
  public static func augment(
    _ evidence: EvidenceSet, with definitions: [DerivedMetric], language: Language = .english
  ) -> (evidence: EvidenceSet, problems: [String]) {
    let text = language.evidenceCheckText
    var result = evidence
    var problems: [String] = []
    for definition in definitions where evidence.metrics[definition.name] == nil {
      switch resolve(definition.name, in: evidence, definitions: definitions) {
      case .value(let value):
        result.metrics[definition.name] = value
      case .missing(let names):
        problems.append(
          text.derivedMetricMissing(definition.name, label: evidence.label, missing: names))
      case .cycle(let names):
        problems.append(text.derivedMetricCycle(definition.name, cycle: names))
      }
    }
    return (result, problems)
  }

  private static func resolve(
    _ name: String, evidence: EvidenceSet, definitions: [String: DerivedMetric], path: [String]
  ) -> Resolution {
    if let measured = evidence.metrics[name] { return .value(measured) }
    guard let definition = definitions[name] else { return .missing([name]) }
    if path.contains(name) {
      let start = path.firstIndex(of: name) ?? 0
      return .cycle(Array(path[start...]) + [name])
    }
    guard !definition.meanOf.isEmpty else { return .missing([name]) }

    var components: [MetricValue] = []
    var missing: [String] = []
    for component in definition.meanOf {
      switch resolve(component, evidence: evidence, definitions: definitions, path: path + [name])
      {
      case .value(let value): components.append(value)
      case .missing(let names): missing += names.filter { !missing.contains($0) }
      case .cycle(let names): return .cycle(names)
      }
    }
    guard missing.isEmpty else { return .missing(missing) }
    return .value(mean(of: components, named: name, from: definition.meanOf))
  }

  private static func mean(
    of components: [MetricValue], named name: String, from names: [String]
  ) -> MetricValue {
    let k = Double(components.count)
    let value = components.reduce(0) { $0 + $1.value } / k
    let errors = components.compactMap(\.standardError)
    // se(mean) = √(Σ se_i²) / k under independence; unknown if any component's is unknown.
    let standardError =
      errors.count == components.count
      ? errors.reduce(0) { $0 + $1 * $1 }.squareRoot() / k : nil
    return MetricValue(
      value: value, standardError: standardError, sampleCount: nil,
      source: "\(name) = mean of \(names.joined(separator: ", "))")
  }
}

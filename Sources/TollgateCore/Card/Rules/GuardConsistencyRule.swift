/// The gate's parts must agree with one another: a guard's `warn` line is at least as strict as
/// its `block` line, each metric has one guard, each risk one name, and derived metrics do not
/// refer to themselves.
///
/// A `warn` line is the early alarm: it must fire before `block` does, so a `warn` looser than
/// `block` never fires (a warning: the gate still decides, it just lost its alarm). Two guards on
/// one metric, two risks with one name and a derived metric that averages itself, directly or
/// through others, leave the verdict ambiguous or without a value: errors.
public struct GuardConsistencyRule: CardRule {
  public static let id = "gate.guard-consistency"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    looseWarnings(decoding) + repeatedGuards(decoding) + repeatedRisks(decoding)
      + metricCycles(decoding)
  }

  /// A `warn` line whose bound lets through values its `block` line stops.
  private func looseWarnings(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let guards = decoding.card.gate?.guards else { return [] }
    let say = decoding.messages
    var found: [Diagnostic] = []
    for (index, item) in guards.enumerated() {
      guard let block = item.block, let warn = item.warn,
        let blockSide = Self.side(block.comparison), Self.side(warn.comparison) == blockSide,
        let difference = BoundComparison.difference(warn, block, baseline: nil),
        blockSide == .higherPasses ? difference < 0 : difference > 0
      else { continue }
      let path = "gate.guards[\(index)].warn"
      let site = decoding.thresholds.first { $0.keyPath == path }
      found.append(
        Diagnostic(
          .warning, rule: Self.id,
          say.warnLooserThanBlock(metric: item.metric, warn: warn.text, block: block.text),
          at: site?.node.location ?? item.location, keyPath: path,
          hint: say.warnLooserThanBlockHint))
    }
    return found
  }

  /// A second guard on a metric that already has one.
  private func repeatedGuards(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let items = decoding.node(at: ["gate", "guards"])?.items else { return [] }
    let say = decoding.messages
    var firstLine: [String: Int] = [:]
    var found: [Diagnostic] = []
    for (index, item) in items.enumerated() {
      guard let node = item.value(forKey: "metric"), let metric = node.scalar else { continue }
      guard let line = firstLine[metric] else {
        firstLine[metric] = node.location.line
        continue
      }
      found.append(
        Diagnostic(
          .error, rule: Self.id, say.repeatedGuard(metric: metric, firstLine: line),
          at: node.location, keyPath: "gate.guards[\(index)].metric",
          hint: say.repeatedGuardHint))
    }
    return found
  }

  /// A second risk with a name already taken.
  private func repeatedRisks(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let items = decoding.sections["risks"]?.value.items else { return [] }
    let say = decoding.messages
    var firstLine: [String: Int] = [:]
    var found: [Diagnostic] = []
    for (index, item) in items.enumerated() {
      guard let node = item.value(forKey: "name"), let name = node.scalar else { continue }
      guard let line = firstLine[name] else {
        firstLine[name] = node.location.line
        continue
      }
      found.append(
        Diagnostic(
          .error, rule: Self.id, say.repeatedRisk(name: name, firstLine: line),
          at: node.location, keyPath: "risks[\(index)].name", hint: say.repeatedRiskHint))
    }
    return found
  }

  /// One diagnostic per cycle of derived metrics, at the first member (in card order) that
  /// closes it.
  private func metricCycles(_ decoding: CardDecoding) -> [Diagnostic] {
    let metrics = decoding.card.metrics
    let members = Dictionary(
      metrics.map { ($0.name, $0.meanOf) }, uniquingKeysWith: { first, _ in first })
    /// Every derived metric `name` reaches through `mean_of`, itself included only via a cycle.
    func reachable(from name: String) -> Set<String> {
      var seen: Set<String> = []
      var queue = members[name] ?? []
      while let next = queue.popLast() {
        guard members[next] != nil, seen.insert(next).inserted else { continue }
        queue += members[next] ?? []
      }
      return seen
    }
    let reach = Dictionary(
      metrics.map { ($0.name, reachable(from: $0.name)) }, uniquingKeysWith: { first, _ in first })
    let say = decoding.messages
    var reported: Set<String> = []
    var found: [Diagnostic] = []
    for metric in metrics where !reported.contains(metric.name) {
      guard reach[metric.name]?.contains(metric.name) == true else { continue }
      let cycle = metrics.map(\.name).filter {
        $0 == metric.name
          || (reach[metric.name]?.contains($0) == true && reach[$0]?.contains(metric.name) == true)
      }
      reported.formUnion(cycle)
      let items = decoding.node(at: ["metrics", metric.name, "mean_of"])?.items ?? []
      let index = items.firstIndex { $0.scalar.map(cycle.contains) == true }
      let at = index.map { items[$0].location } ?? metric.location
      found.append(
        Diagnostic(
          .error, rule: Self.id, say.metricCycle(cycle),
          at: at, keyPath: "metrics.\(metric.name).mean_of" + (index.map { "[\($0)]" } ?? ""),
          hint: say.metricCycleHint))
    }
    return found
  }

  private enum Side { case higherPasses, lowerPasses }

  private static func side(_ comparison: ComparisonOperator) -> Side? {
    switch comparison {
    case .greater, .greaterOrEqual: .higherPasses
    case .less, .lessOrEqual: .lowerPasses
    }
  }
}

import TollgateCore

/// An inline SVG chart: baseline against candidate for each metric, with interval whiskers.
///
/// Metrics differ in scale (an accuracy near 0.9, a latency near 400 ms), so each metric gets its
/// own row and its own axis instead of one shared axis that would flatten the small ones. The
/// chart needs no script and no external font: it reads the same in a mail client, a CI
/// artifact viewer and a browser.
enum MetricChart {
  // Layout in SVG user units; the SVG scales to the page width through its viewBox.
  private static let width = 720.0
  private static let labelWidth = 230.0
  private static let plotLeft = 250.0
  private static let plotRight = 690.0
  private static let top = 44.0
  private static let rowHeight = 64.0
  private static let bottom = 36.0
  private static let longestLabel = 30

  /// The chart for the rows that have a value, or nil when none has.
  static func svg(_ model: ReportModel, id: String = "metric-chart") -> String? {
    let rows = model.keyTasks.filter(\.hasValue)
    guard !rows.isEmpty else { return nil }
    let height = top + rowHeight * Double(rows.count) + bottom
    let text = model.text
    var parts: [String] = []
    parts.append(
      """
      <svg class="chart" role="img" \
      viewBox="0 0 \(number(width)) \(number(height))" \
      aria-labelledby="\(id)-title \(id)-desc">
      """)
    let title = HTMLText.escape(text.chartTitle(model.confidenceText))
    parts.append("<title id=\"\(id)-title\">\(title)</title>")
    parts.append("<desc id=\"\(id)-desc\">\(HTMLText.escape(text.chartDescription))</desc>")
    parts.append(legend(text))
    for (index, row) in rows.enumerated() {
      parts.append(self.row(row, model: model, y: top + rowHeight * Double(index)))
    }
    let axisY = height - 12
    parts.append(
      "<text class=\"axis-label\" x=\"\(number((plotLeft + plotRight) / 2))\" "
        + "y=\"\(number(axisY))\" text-anchor=\"middle\">"
        + HTMLText.escape(text.chartAxisLabel) + "</text>")
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  private static func legend(_ text: ReportStrings) -> String {
    let y = 20.0
    return [
      "<g class=\"legend\">",
      "<circle class=\"baseline\" cx=\"\(number(plotLeft))\" cy=\"\(number(y))\" r=\"5\"/>",
      label(text.baselineLabel, x: plotLeft + 10, y: y + 4),
      "<rect class=\"candidate\" x=\"\(number(plotLeft + 125))\" y=\"\(number(y - 5))\" "
        + "width=\"10\" height=\"10\"/>",
      label(text.candidateLabel, x: plotLeft + 140, y: y + 4),
      "<line class=\"reference\" x1=\"\(number(plotLeft + 255))\" y1=\"\(number(y - 7))\" "
        + "x2=\"\(number(plotLeft + 255))\" y2=\"\(number(y + 7))\"/>",
      label(text.chartReferenceLabel, x: plotLeft + 265, y: y + 4),
      "</g>",
    ].joined(separator: "\n")
  }

  private static func row(_ row: MetricRow, model: ReportModel, y: Double) -> String {
    let domain = self.domain(row)
    let scale = { (value: Double) -> Double in
      plotLeft + (value - domain.low) / (domain.high - domain.low) * (plotRight - plotLeft)
    }
    var parts = ["<g class=\"metric\">"]
    parts.append(metricLabel(row.metric, y: y + 32))
    if let reference = row.reference, reference.isFinite {
      let x = number(scale(reference))
      parts.append(
        "<line class=\"reference\" x1=\"\(x)\" y1=\"\(number(y + 8))\" x2=\"\(x)\" "
          + "y2=\"\(number(y + 48))\"><title>\(HTMLText.escape(model.text.chartReferenceLabel)) "
          + "\(ReportNumber.value(reference))</title></line>")
    }
    let sides = [
      (row.baseline, row.baselineInterval, y + 20, Shape.circle, model.text.baselineLabel),
      (row.candidate, row.candidateInterval, y + 38, Shape.square, model.text.candidateLabel),
    ]
    for (value, interval, pointY, shape, name) in sides {
      guard let value, value.value.isFinite else { continue }
      let title = "\(name) \(model.valueWithMargin(value, interval))"
      parts.append(
        point(value.value, interval: interval, y: pointY, scale: scale, shape: shape, title: title))
    }
    let axisY = number(y + 54)
    parts.append(
      "<line class=\"axis\" x1=\"\(number(plotLeft))\" y1=\"\(axisY)\" "
        + "x2=\"\(number(plotRight))\" y2=\"\(axisY)\"/>")
    parts.append(tick(domain.low, x: plotLeft, y: y + 54, anchor: "start"))
    parts.append(tick(domain.high, x: plotRight, y: y + 54, anchor: "end"))
    parts.append("</g>")
    return parts.joined(separator: "\n")
  }

  private enum Shape { case circle, square }

  private static func point(
    _ value: Double, interval: Interval?, y: Double, scale: (Double) -> Double, shape: Shape,
    title: String
  ) -> String {
    var parts: [String] = []
    let className = shape == .circle ? "baseline" : "candidate"
    if let interval, interval.low.isFinite, interval.high.isFinite {
      let low = number(scale(interval.low))
      let high = number(scale(interval.high))
      parts.append(
        "<line class=\"whisker \(className)\" x1=\"\(low)\" y1=\"\(number(y))\" x2=\"\(high)\" "
          + "y2=\"\(number(y))\"/>")
      for end in [low, high] {
        parts.append(
          "<line class=\"whisker \(className)\" x1=\"\(end)\" y1=\"\(number(y - 4))\" "
            + "x2=\"\(end)\" y2=\"\(number(y + 4))\"/>")
      }
    }
    let x = scale(value)
    let escapedTitle = "<title>\(HTMLText.escape(title))</title>"
    switch shape {
    case .circle:
      parts.append(
        "<circle class=\"baseline\" cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"5\">"
          + escapedTitle + "</circle>")
    case .square:
      parts.append(
        "<rect class=\"candidate\" x=\"\(number(x - 5))\" y=\"\(number(y - 5))\" width=\"10\" "
          + "height=\"10\">" + escapedTitle + "</rect>")
    }
    return parts.joined(separator: "\n")
  }

  private static func metricLabel(_ metric: String, y: Double) -> String {
    let shown =
      metric.count > longestLabel ? String(metric.prefix(longestLabel - 1)) + "…" : metric
    return "<text class=\"metric-label\" x=\"\(number(labelWidth))\" y=\"\(number(y))\" "
      + "text-anchor=\"end\"><title>\(HTMLText.escape(metric))</title>"
      + "\(HTMLText.escape(shown))</text>"
  }

  private static func tick(_ value: Double, x: Double, y: Double, anchor: String) -> String {
    "<text class=\"tick\" x=\"\(number(x))\" y=\"\(number(y + 13))\" text-anchor=\"\(anchor)\">"
      + "\(HTMLText.escape(ReportNumber.value(value)))</text>"
  }

  /// The span of every point, interval end and reference line of a row, padded by 8 % each
  /// side; a single point gets a span around it so the scale never divides by zero.
  private static func domain(_ row: MetricRow) -> (low: Double, high: Double) {
    var values: [Double] = []
    for value in [row.baseline?.value, row.candidate?.value, row.reference] {
      if let value { values.append(value) }
    }
    for interval in [row.baselineInterval, row.candidateInterval] {
      if let interval { values += [interval.low, interval.high] }
    }
    values = values.filter(\.isFinite)
    guard var low = values.min(), var high = values.max() else { return (0, 1) }
    if high - low <= 0 {
      let pad = max(abs(low) * 0.05, 0.01)
      low -= pad
      high += pad
    }
    let pad = (high - low) * 0.08
    return (low - pad, high + pad)
  }

  private static func label(_ text: String, x: Double, y: Double) -> String {
    "<text x=\"\(number(x))\" y=\"\(number(y))\">\(HTMLText.escape(text))</text>"
  }

  /// A coordinate with one decimal, the same on every machine.
  private static func number(_ value: Double) -> String {
    ReportNumber.fixed(value, decimals: 1)
  }
}

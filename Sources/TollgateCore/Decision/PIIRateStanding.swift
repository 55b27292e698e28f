/// Where a PII scan's share of documents with hits stands against `max_pii_rate`, judged one
/// way wherever it is shown (step 3, the data card): above the threshold on the point
/// estimate; unproven when only its exact one-sided Clopper-Pearson upper bound is above (too
/// few documents to show the rate is under); within when both are under.
public struct PIIRateStanding: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case above, unproven, within }

  public var kind: Kind
  /// Documents with hits over documents.
  public var rate: Double
  /// The upper bound of `rate` at the confidence asked for.
  public var upper: Double

  /// Callers judge only scans that read documents; with none the rate is 0 and stands.
  public init(documentsWithHits: Int64, documents: Int64, maxRate: Double, confidence: Double) {
    rate = documents > 0 ? Double(documentsWithHits) / Double(documents) : 0
    // A confidence the card rule rejects still yields a figure: the point estimate stands in.
    upper =
      RareEventBounds.clopperPearsonUpper(
        events: Int(clamping: documentsWithHits), trials: Int(clamping: documents),
        confidence: confidence) ?? rate
    kind = rate > maxRate ? .above : upper > maxRate ? .unproven : .within
  }
}

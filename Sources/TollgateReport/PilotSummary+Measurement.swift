import TollgateCore

extension PilotSummary {
  /// The summary of a measured pilot: the log's source and format, the throughput the cost
  /// code measured, and the FLOPs check where one was made.
  ///
  /// The throughput's issues, the reason it could not be measured, and the FLOPs finding when
  /// it is not plausible all become notes, so the report shows every caveat the estimate has.
  public init(
    log: PilotLog, throughput: PilotThroughput, datasetTokens: TokenCount? = nil,
    flops: FLOPsCheck? = nil
  ) {
    var notes = throughput.issues
    if let reason = throughput.unmeasurableReason { notes.append(reason) }
    if let flops, flops.finding != .plausible { notes.append(flops.reason) }
    self.init(
      source: log.source, format: log.format, intervalsUsed: throughput.intervalsUsed,
      warmupIntervalsDropped: throughput.warmupIntervalsDropped,
      medianThroughput: throughput.tokensPerSecond?.expected,
      throughputLow: throughput.tokensPerSecond?.low,
      throughputHigh: throughput.tokensPerSecond?.high, lossTrend: throughput.lossTrend,
      gpuHours: throughput.gpuHours, datasetTokens: datasetTokens, impliedMFU: flops?.mfu,
      notes: notes)
  }
}

import TollgateCore

extension ReportSamples {
  /// The forgetting risk fired; the clause-accuracy gain is not yet proven.
  static let contractVerdict = Verdict(
    kind: .stopLoss, step: .stopLoss,
    reasons: [
      "risk forgetting fired: general_avg 0.6601 < 0.6663 (baseline 0.6763 - 1pt)",
      """
      clause_accuracy 0.87 is above the gate 0.86, but its 95% interval [0.8492, 0.8908] \
      crosses it: the gain is unproven
      """,
    ],
    nextAction: "stop training and keep the baseline: "
      + "`./deploy/rollback.sh contract-extractor baseline`",
    steps: [
      StepOutcome(step: .boundaries, status: .passed, reasons: ["card check passed"]),
      StepOutcome(step: .gap, status: .passed, reasons: ["gap is domain"]),
      StepOutcome(
        step: .cheapPath, status: .passed,
        reasons: ["baseline 0.84 does not meet the target 0.90"]),
      StepOutcome(step: .data, status: .noEvidence, reasons: ["no PII scan of the snapshot yet"]),
      StepOutcome(
        step: .baseline, status: .noEvidence, reasons: ["the card records no repeat scores"]),
      StepOutcome(
        step: .pilot, status: .passed,
        reasons: ["median 11,520.4 tokens/s; 560 GPU-h expected against a cap of 800"]),
      StepOutcome(
        step: .fullRun, status: .failed, reasons: ["primary target unproven"]),
      StepOutcome(
        step: .stopLoss, status: .failed, reasons: ["risk forgetting fired: stop_training"]),
    ],
    primary: MetricCheck(
      metric: "clause_accuracy", status: .unproven, value: 0.87, baseline: 0.84,
      interval: Interval(low: 0.8492, high: 0.8908, confidence: 0.95),
      threshold: "clause_accuracy >= baseline + 2pt", bound: 0.86, action: nil,
      reason: "0.87 clears 0.86 but the interval's low end 0.8492 does not"),
    guards: [
      MetricCheck(
        metric: "injection_success_rate", status: .unproven, value: 0.0006, baseline: 0.0004,
        interval: Interval(low: 0.000124, high: 0.001753, confidence: 0.95),
        threshold: "<= 0.1%", bound: 0.001, action: .rollback,
        reason: "3 of 5000 probes succeeded; the exact upper bound 0.001753 is above 0.001"),
      MetricCheck(
        metric: "latency_p95_ms", status: .pass, value: 438, baseline: 412, interval: nil,
        threshold: "<= baseline + 10%", bound: 453.2, action: .throttle,
        reason: "438 ms is under 453.2 ms (baseline 412 ms + 10%)"),
    ],
    risks: [
      RiskCheck(
        name: "forgetting", fired: true, value: 0.6601, trigger: "general_avg < baseline - 1pt",
        action: .stopTraining, reason: "0.6601 < 0.6663"),
      RiskCheck(
        name: "pii_leak", fired: false, value: 0.0002, trigger: "pii_hit_rate > 0.1%",
        action: .takeOffline, reason: "0.0002 <= 0.001"),
    ],
    ledger: [
      LedgerRow(
        item: "training_compute",
        gpuHours: Estimate(low: GPUHours(480), expected: GPUHours(560), high: GPUHours(780)),
        wallTime: Estimate(
          low: WallTime(hours: 60), expected: WallTime(hours: 70), high: WallTime(hours: 97.5)),
        cost: Estimate(
          low: Money(1200, "USD"), expected: Money(1400, "USD"), high: Money(1950, "USD")),
        cap: Money(20000, "USD"), gpuHoursCap: GPUHours(800), stopLoss: "spent_gpu_hours > 800",
        status: .withinCap, note: "8 x H100 at 2.50 USD per GPU-hour, safety factor 1.5"),
      LedgerRow(
        item: "evaluation",
        cost: Estimate(low: Money(40, "USD"), expected: Money(60, "USD"), high: Money(90, "USD")),
        status: .unknown, note: "no cap in the card"),
    ],
    warnings: [
      "winogrande: task version differs (baseline 1.0, candidate 1.1); compared because the card "
        + "allows incomparable results"
    ])
}

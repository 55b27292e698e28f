import TollgateCore

extension ReportSamples {
  static let baselineEvidence = EvidenceSet(
    label: "baseline",
    metrics: [
      "clause_accuracy": MetricValue(value: 0.84, standardError: 0.0116, sampleCount: 1000),
      "injection_success_rate": MetricValue(
        value: 0.0004, standardError: 0.000283, sampleCount: 5000),
      "latency_p95_ms": MetricValue(value: 412),
      "mmlu.acc": MetricValue(value: 0.6352, standardError: 0.0039, sampleCount: 14042),
      "hellaswag.acc_norm": MetricValue(value: 0.7895, standardError: 0.0041, sampleCount: 10042),
      "arc_challenge.acc_norm": MetricValue(
        value: 0.5410, standardError: 0.0146, sampleCount: 1172),
      "winogrande.acc": MetricValue(value: 0.7395, standardError: 0.0123, sampleCount: 1267),
      "general_avg": MetricValue(value: 0.6763, standardError: 0.004978),
    ],
    tasks: [
      "mmlu": TaskConfiguration(
        task: "mmlu", version: "2", nShot: 5, effectiveSamples: 14042, originalSamples: 14042),
      "hellaswag": TaskConfiguration(
        task: "hellaswag", version: "1", nShot: 0, effectiveSamples: 10042,
        originalSamples: 10042),
      "arc_challenge": TaskConfiguration(
        task: "arc_challenge", version: "1", nShot: 25, effectiveSamples: 1172,
        originalSamples: 1172),
      "winogrande": TaskConfiguration(
        task: "winogrande", version: "1.0", nShot: 5, effectiveSamples: 1267,
        originalSamples: 1267),
    ],
    sources: [
      "evidence/baseline/results_2026-11-20T10-02-11.json", "evidence/baseline/clauses.json",
    ])

  static let candidateEvidence = EvidenceSet(
    label: "ckpt-2400",
    metrics: [
      "clause_accuracy": MetricValue(value: 0.87, standardError: 0.0106, sampleCount: 1000),
      "injection_success_rate": MetricValue(
        value: 0.0006, standardError: 0.000346, sampleCount: 5000),
      "latency_p95_ms": MetricValue(value: 438),
      "pii_hit_rate": MetricValue(value: 0.0002, sampleCount: 5000),
      "mmlu.acc": MetricValue(value: 0.6291, standardError: 0.0039, sampleCount: 14042),
      "hellaswag.acc_norm": MetricValue(value: 0.7712, standardError: 0.0042, sampleCount: 10042),
      "arc_challenge.acc_norm": MetricValue(
        value: 0.5352, standardError: 0.0146, sampleCount: 1172),
      "winogrande.acc": MetricValue(value: 0.7049, standardError: 0.0124, sampleCount: 1267),
      "general_avg": MetricValue(value: 0.6601, standardError: 0.004990),
    ],
    tasks: [
      "mmlu": TaskConfiguration(
        task: "mmlu", version: "2", nShot: 5, effectiveSamples: 14042, originalSamples: 14042),
      "hellaswag": TaskConfiguration(
        task: "hellaswag", version: "1", nShot: 0, effectiveSamples: 10042,
        originalSamples: 10042),
      "arc_challenge": TaskConfiguration(
        task: "arc_challenge", version: "1", nShot: 25, effectiveSamples: 1172,
        originalSamples: 1172),
      "winogrande": TaskConfiguration(
        task: "winogrande", version: "1.1", nShot: 5, effectiveSamples: 1267,
        originalSamples: 1267),
    ],
    sources: [
      "evidence/candidate/results_2026-12-03T21-40-57.json", "evidence/candidate/clauses.json",
    ])
}

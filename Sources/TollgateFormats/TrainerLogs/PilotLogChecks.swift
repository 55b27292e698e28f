import TollgateCore

/// Findings every pilot-log reader reports the same way: NaN losses, steps that go backwards, a
/// log with a single entry. They go into `PilotLog.issues`; none of them stops the reading.
enum PilotLogChecks {
  /// The issues of `steps`; `nonFiniteLossSteps` are the steps whose logged loss was NaN or
  /// infinite (their `PilotStep.loss` is nil); the sentences come from `messages`.
  static func issues(
    steps: [PilotStep], nonFiniteLossSteps: [Int], messages: any EvidenceMessages
  ) -> [String] {
    var issues: [String] = []
    if let first = nonFiniteLossSteps.first {
      issues.append(messages.nonFiniteLoss(count: nonFiniteLossSteps.count, firstStep: first))
    }
    let backwards = zip(steps, steps.dropFirst()).filter { $1.step < $0.step }
    for (previous, step) in backwards.prefix(3) {
      issues.append(messages.stepGoesBackwards(step: step.step, previous: previous.step))
    }
    if backwards.count > 3 {
      issues.append(messages.moreBackwardSteps(backwards.count - 3))
    }
    if steps.count == 1, let only = steps.first {
      issues.append(messages.singleEntry(step: only.step))
    }
    return issues
  }
}

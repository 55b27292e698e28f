import TollgateCore

/// Findings every pilot-log reader reports the same way: NaN losses, steps that go backwards, a
/// log with a single entry. They go into `PilotLog.issues`; none of them stops the reading.
enum PilotLogChecks {
  /// The issues of `steps`; `nonFiniteLossSteps` are the steps whose logged loss was NaN or
  /// infinite (their `PilotStep.loss` is nil).
  static func issues(steps: [PilotStep], nonFiniteLossSteps: [Int]) -> [String] {
    var issues: [String] = []
    if let first = nonFiniteLossSteps.first {
      issues.append(
        "the loss is NaN or infinite at \(nonFiniteLossSteps.count) logged step(s), first at "
          + "step \(first): the run diverged there")
    }
    for (previous, step) in zip(steps, steps.dropFirst()) where step.step < previous.step {
      issues.append(
        "step \(step.step) is logged after step \(previous.step): the log goes backwards "
          + "(a resumed run or two runs in one file?)")
    }
    if steps.count == 1, let only = steps.first {
      issues.append(
        "the log has a single step entry (step \(only.step)): a trend or a warm-up cut needs "
          + "at least two")
    }
    return issues
  }
}

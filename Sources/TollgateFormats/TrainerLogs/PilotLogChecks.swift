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
    let backwards = zip(steps, steps.dropFirst()).filter { $1.step < $0.step }
    for (previous, step) in backwards.prefix(3) {
      issues.append(
        "step \(step.step) is logged after step \(previous.step): the log goes backwards "
          + "(a resumed run or two runs in one file?)")
    }
    if backwards.count > 3 {
      issues.append("the log goes backwards \(backwards.count - 3) more time(s)")
    }
    if steps.count == 1, let only = steps.first {
      issues.append(
        "the log has a single step entry (step \(only.step)): a trend or a warm-up cut needs "
          + "at least two")
    }
    return issues
  }
}

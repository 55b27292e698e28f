import TollgateCore

/// Python's `str(timedelta)`, as LLaMA-Factory writes `elapsed_time`: `0:03:29`, `5:39:46`,
/// `1 day, 0:02:10`, `4 days, 7:19:52`, optionally with a fraction (`0:00:01.500000`).
enum ElapsedTime {
  /// The duration `text` stands for; nil when it is not in that shape.
  static func parse(_ text: String) -> WallTime? {
    var days = 0.0
    var clock = Substring(text.trimmingCharacters(in: .whitespaces))
    if let comma = clock.firstIndex(of: ",") {
      let dayPart = clock[..<comma].split(separator: " ")
      guard dayPart.count == 2, dayPart[1] == "day" || dayPart[1] == "days",
        let count = Double(dayPart[0])
      else { return nil }
      days = count
      clock = clock[clock.index(after: comma)...].drop { $0 == " " }
    }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 3, let hours = Double(fields[0]), let minutes = Double(fields[1]),
      let seconds = Double(fields[2]), minutes < 60, seconds < 60, hours >= 0
    else { return nil }
    return WallTime(seconds: days * 86_400 + hours * 3600 + minutes * 60 + seconds)
  }
}

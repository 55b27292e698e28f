/// Text between a pair of backticks in a reason or a next action, shown as code.
///
/// The decision path writes commands in backticks (`tollgate data scan CORPUS --json`) because
/// the terminal shows them that way; the renderers turn each pair into a code span instead of
/// printing the backticks. A backtick without a partner stays a plain character.
enum CodeSpans {
  /// One run of text, plain or code.
  struct Segment: Sendable, Equatable {
    let text: String
    let isCode: Bool
  }

  /// The text cut into plain and code runs, in order; plain text alone when there is no pair.
  static func split(_ text: String) -> [Segment] {
    let pieces = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
    // n backticks give n + 1 pieces: odd-numbered pieces lie between a pair.
    guard pieces.count >= 3 else { return [Segment(text: text, isCode: false)] }
    var segments: [Segment] = []
    // `pieces.count - 1` backticks; all but the last one pair up when their count is odd.
    let pairedCount = (pieces.count - 1) / 2 * 2
    for (index, piece) in pieces.enumerated() {
      if index > pairedCount {
        // After the last pair: join back with the unpaired backtick it followed.
        let last = segments.removeLast()
        segments.append(Segment(text: last.text + "`" + piece, isCode: false))
      } else if index % 2 == 1 && !piece.isEmpty {
        segments.append(Segment(text: piece, isCode: true))
      } else if index % 2 == 1 {
        segments.append(Segment(text: "``", isCode: false))
      } else {
        segments.append(Segment(text: piece, isCode: false))
      }
    }
    return merged(segments)
  }

  /// Neighbouring plain runs joined, empty plain runs dropped.
  private static func merged(_ segments: [Segment]) -> [Segment] {
    var result: [Segment] = []
    for segment in segments where segment.isCode || !segment.text.isEmpty {
      if let last = result.last, !last.isCode, !segment.isCode {
        result[result.count - 1] = Segment(text: last.text + segment.text, isCode: false)
      } else {
        result.append(segment)
      }
    }
    return result
  }
}

import Foundation
import TollgateTestSupport
import TollgateText

/// A labelled span of a test text: what a detector should (or may) find there.
struct PIILabel {
  /// Categories that count as a correct detection of this span.
  var categories: Set<PIICategory>
  /// Unicode scalar offsets, as `PIIHit.characterOffset` counts them.
  var range: Range<Int>
  /// Whether missing it counts against recall (out-of-scope labels only protect precision).
  var isInScope: Bool
}

/// True and false positives and negatives over a labelled corpus.
struct PIITally: CustomStringConvertible {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0

  var precision: Double {
    let found = truePositives + falsePositives
    return found == 0 ? 1 : Double(truePositives) / Double(found)
  }

  var recall: Double {
    let wanted = truePositives + falseNegatives
    return wanted == 0 ? 1 : Double(truePositives) / Double(wanted)
  }

  static func + (lhs: PIITally, rhs: PIITally) -> PIITally {
    PIITally(
      truePositives: lhs.truePositives + rhs.truePositives,
      falsePositives: lhs.falsePositives + rhs.falsePositives,
      falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
  }

  var description: String {
    let p = String(format: "%.3f", precision)
    let r = String(format: "%.3f", recall)
    return "TP \(truePositives) FP \(falsePositives) FN \(falseNegatives) P \(p) R \(r)"
  }
}

/// Scores a scanner against labelled texts: a hit is a true positive when it overlaps a label of
/// its category, a false positive when it overlaps nothing or a label of another category; an
/// in-scope label no hit of its category overlaps is a false negative.
enum PIIEvaluation {
  static let phone: Set<PIICategory> = [.mobilePhone, .landlinePhone]

  static func score(_ text: String, labels: [PIILabel], scanner: PIIScanner) throws -> PIITally {
    let hits = try scanner.scan(text)
    var tally = PIITally()
    for hit in hits {
      let range = hit.characterOffset..<(hit.characterOffset + hit.characterLength)
      let isRight = labels.contains {
        $0.range.overlaps(range) && $0.categories.contains(hit.category)
      }
      if isRight { tally.truePositives += 1 } else { tally.falsePositives += 1 }
    }
    for label in labels where label.isInScope {
      let isFound = hits.contains {
        label.categories.contains($0.category)
          && label.range.overlaps($0.characterOffset..<($0.characterOffset + $0.characterLength))
      }
      if !isFound { tally.falseNegatives += 1 }
    }
    return tally
  }

  /// The scalar range of the first occurrence of `needle` at or after scalar `from`.
  static func scalarRange(of needle: String, in text: String, from: Int = 0) -> Range<Int>? {
    let scalars = Array(text.unicodeScalars)
    let target = Array(needle.unicodeScalars)
    guard !target.isEmpty, scalars.count >= target.count, from <= scalars.count - target.count
    else { return nil }
    for start in from...(scalars.count - target.count)
    where Array(scalars[start..<(start + target.count)]) == target {
      return start..<(start + target.count)
    }
    return nil
  }

  static func json(_ relative: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.realData(relative)))
  }
}

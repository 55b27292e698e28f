/// A run of digit groups (`189 1111 1111`, `010-6228-8559`) read backwards from where a
/// prefilter pattern stopped matching, with what stands on its left.
///
/// Reading backwards from a match end, instead of trusting the match start, is what makes digit
/// runs match whole: the token always extends to the real start of the run, so no phone number
/// is found inside a longer number.
struct DigitToken {
  /// One group of digits between separators: where its digits sit in `digits`, and its byte
  /// range in the scanned text.
  struct Group {
    var digitStart: Int
    var digitCount: Int
    var start: Int
    var end: Int
    /// Whether a dash (rather than a space or a bracket) separates it from the group before.
    var followsDash: Bool
  }

  /// Every digit of the token in text order, then 10 for a trailing X. One flat array instead of
  /// an array per group: the scanner reads a token for every long number in a corpus, and
  /// digit-dense text (order numbers, tracking numbers) spent most of its time allocating.
  var digits: [UInt8]
  /// Groups in text order.
  var groups: [Group]
  /// Whether the token ends with an X (an identity number's check character).
  var hasCheckX: Bool
  /// Byte offset just past the token.
  var end: Int
  /// Whether a `+` stands right before the first group.
  var hasPlus: Bool
  /// Whether the first group may start a value (no letter, dot or `#` glued to its left).
  var isFirstGroupFree: Bool
  /// Whether a `(` opens the first group (`(010) 6228 8559`).
  var hasOpeningBracket: Bool

  /// Longest contiguous run accepted: 19, the longest card number.
  static let maximumGroupLength = 19

  /// A token with nothing read yet, to be filled by `read(endingAt:in:)` again and again.
  static var empty: DigitToken {
    DigitToken(
      digits: [], groups: [], hasCheckX: false, end: 0, hasPlus: false, isFirstGroupFree: false,
      hasOpeningBracket: false)
  }

  /// Reads the token that ends at `end`, or nil when the digits run on (this is not the end of
  /// the run), a letter is glued to the right, or a contiguous run is too long to be a value.
  static func read(endingAt end: Int, in text: TextBytes) -> DigitToken? {
    var token = DigitToken.empty
    return token.read(endingAt: end, in: text) ? token : nil
  }

  /// Reads the token that ends at `end` into this one, reusing its arrays: a scanning session
  /// keeps one token and reads every number of a corpus into it without allocating. False when
  /// `read(endingAt:in:)` would return nil; the token's contents are then unspecified.
  mutating func read(endingAt end: Int, in text: TextBytes) -> Bool {
    guard text.digit(startingAt: end) == nil, !text.isASCIILetter(at: end),
      !text.isFullWidthLetter(startingAt: end)
    else { return false }
    if let next = text.byte(at: end), next == UInt8(ascii: "%") { return false }
    if text.byte(at: end) == UInt8(ascii: "."), text.digit(startingAt: end + 1) != nil {
      return false
    }
    guard Self.hasMinimumDigits(endingAt: end, in: text) else { return false }
    var position = end
    hasCheckX = false
    if let last = text.byte(at: end - 1), last | 0x20 == UInt8(ascii: "x") {
      hasCheckX = true
      position -= 1
    }

    // Find the groups right to left, then copy their digits left to right into a buffer sized
    // once: an append per digit cost a uniqueness check each.
    groups.removeAll(keepingCapacity: true)
    var total = 0
    while true {
      let groupEnd = position
      var count = 0
      while let digit = text.digit(endingAt: position) {
        count += 1
        position -= digit.length
        if count > Self.maximumGroupLength { return false }
      }
      guard count > 0 else { return false }
      total += count
      groups.append(
        Group(digitStart: 0, digitCount: count, start: position, end: groupEnd, followsDash: false))
      let separator = Self.separatorLength(endingAt: position, in: text)
      // Five groups is the most any format uses (+86 20 6130 2222-8866).
      guard total < Self.maximumGroupLength + 6, groups.count < 5, separator > 0,
        text.digit(endingAt: position - separator) != nil
      else { break }
      groups[groups.count - 1].followsDash = text.byte(at: position - 1) == UInt8(ascii: "-")
      position -= separator
    }
    groups.reverse()

    digits.removeAll(keepingCapacity: true)
    digits.append(contentsOf: repeatElement(10, count: total + (hasCheckX ? 1 : 0)))
    digits.withUnsafeMutableBufferPointer { values in
      var next = 0
      for index in groups.indices {
        groups[index].digitStart = next
        var byte = groups[index].start
        while byte < groups[index].end, let digit = text.digit(startingAt: byte) {
          values[next] = digit.value
          next += 1
          byte += digit.length
        }
      }
    }

    let before = text.byte(at: position - 1)
    self.end = end
    hasPlus = before == UInt8(ascii: "+")
    isFirstGroupFree = !Self.isGlued(before, at: position - 1, in: text)
    let closesBracket = groups.count > 1 && text.byte(at: groups[0].end) == UInt8(ascii: ")")
    hasOpeningBracket = closesBracket && before == UInt8(ascii: "(")
    return true
  }

  /// Whether at least 11 digits (the fewest any validator accepts: a mobile, or 0 + a four-digit
  /// area code + 7) stand before `end`, counted across separators without allocating: most
  /// prefilter matches (dates, amounts) stop here.
  private static func hasMinimumDigits(endingAt end: Int, in text: TextBytes) -> Bool {
    var position = end
    if let last = text.byte(at: end - 1), last | 0x20 == UInt8(ascii: "x") { position -= 1 }
    var count = 0
    while count < 11 {
      if let digit = text.digit(endingAt: position) {
        count += 1
        position -= digit.length
        continue
      }
      let separator = separatorLength(endingAt: position, in: text)
      guard separator > 0, text.digit(endingAt: position - separator) != nil else { break }
      position -= separator
    }
    return count >= 11
  }

  /// Separators between groups: a space, a dash, or a closing bracket optionally followed by
  /// one of them (`(010) 62288559`).
  private static func separatorLength(endingAt end: Int, in text: TextBytes) -> Int {
    guard let last = text.byte(at: end - 1) else { return 0 }
    switch last {
    case UInt8(ascii: ")"): return 1
    case UInt8(ascii: " "), UInt8(ascii: "-"):
      return text.byte(at: end - 2) == UInt8(ascii: ")") ? 2 : 1
    default: return 0
    }
  }

  /// Characters that make the digits part of something else: a word, a decimal, a URL, a
  /// reference (`#2002...`), a negative number.
  private static func isGlued(_ byte: UInt8?, at index: Int, in text: TextBytes) -> Bool {
    guard let byte else { return false }
    if text.isASCIILetter(at: index) || text.isFullWidthLetter(startingAt: index - 2) {
      return true
    }
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "/"),
      UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: "%"),
      UInt8(ascii: "@"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }
}

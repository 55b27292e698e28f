/// Checks Chinese mobile and fixed-line numbers, with or without the +86 / 0086 country code.
///
/// Mobile: 11 digits starting with a segment the MIIT numbering plan has assigned (13x, 14[5-9],
/// 15[0-35-9], 16[2567], 17[0-8], 18x, 19[0-35-9]). Fixed line: area code 010 or 02x followed
/// by 8 digits, or a four-digit area code 0[3-9]xx followed by 7 or 8 digits; the leading 0 is
/// dropped after a country code; an extension of 1-5 digits may follow after a dash.
enum PhoneNumberValidator {
  /// The second and third digit of assigned mobile segments, keyed by the second digit.
  static let mobileThirdDigits: [UInt8: Set<UInt8>] = [
    3: Set(0...9), 4: [5, 6, 7, 8, 9], 5: [0, 1, 2, 3, 5, 6, 7, 8, 9], 6: [2, 5, 6, 7],
    7: [0, 1, 2, 3, 4, 5, 6, 7, 8], 8: Set(0...9), 9: [0, 1, 2, 3, 5, 6, 7, 8, 9],
  ]

  /// Whether 11 digits form an assigned mainland mobile number.
  static func isMobile(_ digits: ArraySlice<UInt8>) -> Bool {
    guard digits.count == 11, digits.first == 1 else { return false }
    let start = digits.startIndex
    return mobileThirdDigits[digits[start + 1]]?.contains(digits[start + 2]) ?? false
  }

  /// The number of leading digits that form a country code (86 or 0086), or 0 when none.
  ///
  /// `hasPlus` says a `+` stood before the digits; then the code must be 86.
  static func countryCodeLength(_ digits: ArraySlice<UInt8>, hasPlus: Bool) -> Int? {
    // Compared digit by digit: `starts(with: [0, 0, 8, 6])` built an array for every number.
    let start = digits.startIndex
    if digits.count >= 4 && !hasPlus && digits[start] == 0 && digits[start + 1] == 0
      && digits[start + 2] == 8 && digits[start + 3] == 6
    {
      return 4
    }
    if digits.count >= 2 && digits[start] == 8 && digits[start + 1] == 6 { return 2 }
    return hasPlus ? nil : 0
  }

  /// Whether `digits` is a fixed-line number; `groupStarts` are the indices where a new
  /// separated group begins, so an area code must end at one (or run straight into the number).
  static func isLandline(
    _ digits: ArraySlice<UInt8>, afterCountryCode: Bool, groupStarts: some Sequence<Int>,
    lastGroupStart: Int?
  ) -> Bool {
    if landlineCore(digits, afterCountryCode: afterCountryCode, groupStarts: groupStarts) {
      return true
    }
    // An extension is the last group, 1-5 digits, after a dash.
    guard let lastGroupStart, digits.endIndex - lastGroupStart <= 5,
      lastGroupStart > digits.startIndex
    else { return false }
    return landlineCore(
      digits[..<lastGroupStart], afterCountryCode: afterCountryCode, groupStarts: groupStarts)
  }

  private static func landlineCore(
    _ digits: ArraySlice<UInt8>, afterCountryCode: Bool, groupStarts: some Sequence<Int>
  ) -> Bool {
    guard let first = digits.first else { return false }
    let start = digits.startIndex
    let areaLength: Int
    if first == 0 {
      guard digits.count >= 3 else { return false }
      areaLength = digits[start + 1] <= 2 && digits[start + 1] >= 1 ? 3 : 4
      if digits[start + 1] == 0 { return false }
    } else if afterCountryCode {
      areaLength = first <= 2 ? 2 : 3
    } else {
      return false
    }
    let subscriber = digits.count - areaLength
    let isShortArea = (first == 0 && areaLength == 3) || (first != 0 && areaLength == 2)
    guard isShortArea ? subscriber == 8 : (subscriber == 7 || subscriber == 8) else {
      return false
    }
    // Two-digit area codes after the 0 are 10 (Beijing) and 20-29; 11-19 do not exist.
    let areaFirst = first == 0 ? digits[start + 1] : first
    let areaSecond = first == 0 ? digits[start + 2] : digits[start + 1]
    guard isShortArea ? (areaFirst == 2 || areaSecond == 0) : true else { return false }
    guard digits[start + areaLength] != 0 else { return false }
    // The area code is its own group (or the number has no separators at all), and the
    // subscriber number is whole or split once as 3-4 + 4 (6228 8559).
    let areaEnd = start + areaLength
    var innerStarts = 0
    var startsAtAreaEnd = false
    var subscriberStarts = 0
    var subscriberStart = 0
    for groupStart in groupStarts where groupStart > start && groupStart < digits.endIndex {
      innerStarts += 1
      if groupStart == areaEnd { startsAtAreaEnd = true }
      if groupStart > areaEnd {
        subscriberStarts += 1
        subscriberStart = groupStart
      }
    }
    guard innerStarts > 0 else { return true }
    guard startsAtAreaEnd else { return false }
    return subscriberStarts == 0
      || (subscriberStarts == 1 && digits.endIndex - subscriberStart == 4)
  }
}

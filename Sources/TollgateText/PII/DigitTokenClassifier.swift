/// Decides what a digit token is: identity number, card, mobile or fixed-line number, or none.
///
/// The longest reading wins: the whole token is tried first, then the token without its first
/// group, and so on, so `订单 2023 13812345678` still finds the phone number while a bare
/// 16-digit run is never cut into a phone number. Within one reading the order is identity
/// number, card, mobile, fixed line: a number that validates as an identity number is one,
/// even when it would also pass the Luhn check.
enum DigitTokenClassifier {
  static func classify(_ token: DigitToken) -> PIIHit? {
    for (index, group) in token.groups.enumerated() {
      if index == 0 && !token.isFirstGroupFree { continue }
      // 11 digits is the shortest reading (a mobile), 21 the longest (0086 + a landline + an
      // extension); skipping the rest first keeps digit-dense text fast.
      let reading = token.digits[group.digitStart...]
      guard (11...21).contains(reading.count) else { continue }
      guard let (category, masked) = self.reading(of: reading, token: token, from: index) else {
        continue
      }
      var start = group.start
      if index == 0 && token.hasPlus { start -= 1 }
      if index == 0 && token.hasOpeningBracket { start -= 1 }
      return PIIHit(
        category: category, byteOffset: start, byteLength: token.end - start, masked: masked)
    }
    return nil
  }

  /// What the token's digits from group `first` on are. Slices keep the token's indices, so a
  /// group's `digitStart` is an index into `digits` as well.
  private static func reading(
    of digits: ArraySlice<UInt8>, token: DigitToken, from first: Int
  ) -> (PIICategory, String)? {
    let groups = token.groups[first...]
    // The X belongs to the last group's digits for the grouping rule.
    let isIdentityGrouping = isIdentityGrouping(groups, checkX: token.hasCheckX)
    if token.hasCheckX {
      return isIdentityGrouping && ResidentIDValidator.isValid(digits)
        ? (.residentID, PIIMask.digits(digits, keepFirst: 6, keepLast: 4)) : nil
    }
    if isIdentityGrouping && ResidentIDValidator.isValid(digits) {
      return (.residentID, PIIMask.digits(digits, keepFirst: 6, keepLast: 4))
    }
    if isCardGrouping(groups) && BankCardValidator.isValid(digits) {
      return (.bankCard, PIIMask.digits(digits, keepFirst: 6, keepLast: 4))
    }
    let hasPlus = first == 0 && token.hasPlus
    guard let codeLength = PhoneNumberValidator.countryCodeLength(digits, hasPlus: hasPlus) else {
      return nil
    }
    let rest = digits.dropFirst(codeLength)
    if PhoneNumberValidator.isMobile(rest) && runLength(from: rest.startIndex, groups) >= 3 {
      return (.mobilePhone, PIIMask.digits(rest, keepFirst: 3, keepLast: 4))
    }
    if let landline = landline(rest, afterCountryCode: codeLength > 0, groups: groups) {
      return (.landlinePhone, landline)
    }
    return nil
  }

  private static func landline(
    _ digits: ArraySlice<UInt8>, afterCountryCode: Bool, groups: ArraySlice<DigitToken.Group>
  ) -> String? {
    let starts = groups.lazy.map(\.digitStart)
    let lastGroup = groups[groups.endIndex - 1]
    let lastStart = groups.count > 1 && lastGroup.followsDash ? lastGroup.digitStart : nil
    guard
      PhoneNumberValidator.isLandline(
        digits, afterCountryCode: afterCountryCode, groupStarts: starts, lastGroupStart: lastStart)
    else { return nil }
    return PIIMask.digits(digits, keepFirst: digits.first == 0 ? 3 : 2, keepLast: 2)
  }

  /// Digits from `index` to the end of the group that holds it: a mobile number is written
  /// 138 1234 5678 or 13812345678, never 13 81234 5678.
  static func runLength(from index: Int, _ groups: ArraySlice<DigitToken.Group>) -> Int {
    for group in groups where index < group.digitStart + group.digitCount {
      return group.digitStart + group.digitCount - index
    }
    return 0
  }

  /// Identity numbers are written whole or as 6-8-4 (region, birth date, sequence and check);
  /// a trailing X counts as a digit of the last group.
  static func isIdentityGrouping(_ groups: ArraySlice<DigitToken.Group>, checkX: Bool) -> Bool {
    guard groups.count == 3 else { return groups.count == 1 }
    let first = groups.startIndex
    return groups[first].digitCount == 6 && groups[first + 1].digitCount == 8
      && groups[first + 2].digitCount + (checkX ? 1 : 0) == 4
  }

  /// Cards are written whole, in fours (the last group shorter), or as Amex's 4-6-5.
  static func isCardGrouping(_ groups: ArraySlice<DigitToken.Group>) -> Bool {
    guard groups.count > 1 else { return true }
    let first = groups.startIndex
    if groups.count == 3 && groups[first].digitCount == 4 && groups[first + 1].digitCount == 6
      && (groups[first + 2].digitCount == 5 || groups[first + 2].digitCount == 4)
    {
      return true
    }
    guard let last = groups.last else { return false }
    return groups.dropLast().allSatisfy { $0.digitCount == 4 } && (1...4).contains(last.digitCount)
  }
}

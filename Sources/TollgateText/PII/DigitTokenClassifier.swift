/// Decides what a digit token is: identity number, card, mobile or fixed-line number, or none.
///
/// The longest reading wins: the whole token is tried first, then the token without its first
/// group, and so on, so `订单 2023 13812345678` still finds the phone number while a bare
/// 16-digit run is never cut into a phone number. Within one reading the order is identity
/// number, card, mobile, fixed line: a number that validates as an identity number is one,
/// even when it would also pass the Luhn check.
enum DigitTokenClassifier {
  static func classify(_ token: DigitToken) -> PIIHit? {
    var digits: [UInt8] = []
    var groupStarts: [Int] = []
    var groupLengths: [Int] = []
    for group in token.groups {
      groupStarts.append(digits.count)
      groupLengths.append(group.digits.count)
      digits.append(contentsOf: group.digits)
    }
    if token.hasCheckX { digits.append(10) }

    for (index, group) in token.groups.enumerated() {
      if index == 0 && !token.isFirstGroupFree { continue }
      // 11 digits is the shortest reading (a mobile), 21 the longest (0086 + a landline + an
      // extension); skipping the rest before building arrays keeps digit-dense text fast.
      guard (11...21).contains(digits.count - groupStarts[index]) else { continue }
      let suffix = Array(digits[groupStarts[index]...])
      let lengths = Array(groupLengths[index...])
      guard
        let (category, masked) = reading(of: suffix, token: token, from: index, lengths: lengths)
      else { continue }
      var start = group.start
      if index == 0 && token.hasPlus { start -= 1 }
      if index == 0 && token.hasOpeningBracket { start -= 1 }
      return PIIHit(
        category: category, byteOffset: start, byteLength: token.end - start, masked: masked)
    }
    return nil
  }

  private static func reading(
    of digits: [UInt8], token: DigitToken, from first: Int, lengths: [Int]
  ) -> (PIICategory, String)? {
    if token.hasCheckX {
      // The X belongs to the last group's digits for the grouping rule.
      var idLengths = lengths
      idLengths[idLengths.count - 1] += 1
      return isIdentityGrouping(idLengths) && ResidentIDValidator.isValid(digits)
        ? (.residentID, PIIMask.digits(digits[...], keepFirst: 6, keepLast: 4)) : nil
    }
    if isIdentityGrouping(lengths) && ResidentIDValidator.isValid(digits) {
      return (.residentID, PIIMask.digits(digits[...], keepFirst: 6, keepLast: 4))
    }
    if isCardGrouping(lengths) && BankCardValidator.isValid(digits) {
      return (.bankCard, PIIMask.digits(digits[...], keepFirst: 6, keepLast: 4))
    }
    let hasPlus = first == 0 && token.hasPlus
    guard let codeLength = PhoneNumberValidator.countryCodeLength(digits, hasPlus: hasPlus) else {
      return nil
    }
    let rest = digits[codeLength...]
    if PhoneNumberValidator.isMobile(rest) && runLength(from: codeLength, lengths) >= 3 {
      return (.mobilePhone, PIIMask.digits(rest, keepFirst: 3, keepLast: 4))
    }
    if let landline = landline(digits, codeLength: codeLength, token: token, from: first) {
      return (.landlinePhone, landline)
    }
    return nil
  }

  private static func landline(
    _ digits: [UInt8], codeLength: Int, token: DigitToken, from first: Int
  ) -> String? {
    var starts = Set<Int>()
    var offset = 0
    for group in token.groups[first...] {
      starts.insert(offset)
      offset += group.digits.count
    }
    let lastGroup = token.groups[token.groups.count - 1]
    let lastStart =
      token.groups.count - first > 1 && lastGroup.followsDash
      ? digits.count - lastGroup.digits.count : nil
    let rest = digits[codeLength...]
    guard
      PhoneNumberValidator.isLandline(
        rest, afterCountryCode: codeLength > 0, groupStarts: starts, lastGroupStart: lastStart)
    else { return nil }
    return PIIMask.digits(rest, keepFirst: rest.first == 0 ? 3 : 2, keepLast: 2)
  }

  /// Digits from `index` to the end of the group that holds it: a mobile number is written
  /// 138 1234 5678 or 13812345678, never 13 81234 5678.
  static func runLength(from index: Int, _ lengths: [Int]) -> Int {
    var start = 0
    for length in lengths {
      if index < start + length { return start + length - index }
      start += length
    }
    return 0
  }

  /// Identity numbers are written whole or as 6-8-4 (region, birth date, sequence and check).
  static func isIdentityGrouping(_ lengths: [Int]) -> Bool {
    lengths.count == 1 || lengths == [6, 8, 4]
  }

  /// Cards are written whole, in fours (the last group shorter), or as Amex's 4-6-5.
  static func isCardGrouping(_ lengths: [Int]) -> Bool {
    if lengths.count == 1 || lengths == [4, 6, 5] || lengths == [4, 6, 4] { return true }
    guard let last = lengths.last else { return false }
    return lengths.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(last)
  }
}

/// Checks Chinese resident identity numbers exactly: region, birth date and check character.
///
/// GB 11643-1999: six digits of region (GB/T 2260; the first two name the province), eight of
/// birth date (YYYYMMDD), three of sequence, and a check character computed with ISO 7064
/// MOD 11-2. The legacy 15-digit form (before 1999) has a two-digit year (19YY) and no check
/// character, so only its region and date can be checked.
enum ResidentIDValidator {
  /// Province-level codes of GB/T 2260 (plus 71 Taiwan, 81 Hong Kong, 82 Macao, 83 the residence
  /// permits for Taiwan residents).
  static let provinces: Set<Int> = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
    52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
  ]

  /// ISO 7064 MOD 11-2 weights, 2^(17-i) mod 11 for positions 0 to 16.
  static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

  /// Whether `digits` (values 0-9, 10 standing for X) is a valid 18- or 15-character number.
  static func isValid(_ digits: ArraySlice<UInt8>) -> Bool {
    switch digits.count {
    case 18: return isValid18(digits)
    case 15: return isValid15(digits)
    default: return false
    }
  }

  /// The check character value (10 = X) for the first 17 digits.
  static func checkValue(_ digits: ArraySlice<UInt8>) -> UInt8 {
    var sum = 0
    for (weight, digit) in zip(weights, digits) { sum += weight * Int(digit) }
    // The check value c satisfies (sum + c) mod 11 == 1.
    return UInt8((12 - sum % 11) % 11)
  }

  private static func isValid18(_ digits: ArraySlice<UInt8>) -> Bool {
    let start = digits.startIndex
    guard !digits.prefix(17).contains(10), hasProvince(digits) else { return false }
    let year = number(digits[(start + 6)..<(start + 10)])
    guard year >= 1900, year <= 2100 else { return false }
    let month = number(digits[(start + 10)..<(start + 12)])
    guard isDate(year: year, month: month, day: number(digits[(start + 12)..<(start + 14)])) else {
      return false
    }
    return checkValue(digits.prefix(17)) == digits[start + 17]
  }

  private static func isValid15(_ digits: ArraySlice<UInt8>) -> Bool {
    let start = digits.startIndex
    guard !digits.contains(10), hasProvince(digits) else { return false }
    let year = 1900 + number(digits[(start + 6)..<(start + 8)])
    let month = number(digits[(start + 8)..<(start + 10)])
    return isDate(year: year, month: month, day: number(digits[(start + 10)..<(start + 12)]))
  }

  private static func hasProvince(_ digits: ArraySlice<UInt8>) -> Bool {
    provinces.contains(number(digits.prefix(2)))
  }

  static func number(_ digits: ArraySlice<UInt8>) -> Int {
    digits.reduce(0) { $0 * 10 + Int($1) }
  }

  /// Gregorian calendar date check, leap years included.
  /// Days per month in a common year.
  private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

  static func isDate(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return day <= (month == 2 && isLeap ? 29 : monthLengths[month - 1])
  }
}

/// The kind of personal data a hit belongs to, as it appears in scan reports and data cards.
///
/// A struct over a string rather than an enum so that a card can add its own categories (a
/// contract number, an employee id) without a code change; the built-in ones are the constants.
public struct PIICategory: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  CodingKeyRepresentable, CustomStringConvertible
{
  public var rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// A Chinese resident identity number (GB 11643), 18 characters or the legacy 15 digits.
  public static let residentID = PIICategory(rawValue: "resident_id")
  /// A bank or credit card number that passes the Luhn check and carries a known prefix.
  public static let bankCard = PIICategory(rawValue: "bank_card")
  /// A mainland Chinese mobile number, with or without +86 / 0086.
  public static let mobilePhone = PIICategory(rawValue: "mobile_phone")
  /// A Chinese fixed-line number with its area code.
  public static let landlinePhone = PIICategory(rawValue: "landline_phone")
  /// An e-mail address.
  public static let email = PIICategory(rawValue: "email")
  /// A Chinese personal name found from a surname next to a context word (姓名, 先生, ...).
  public static let personName = PIICategory(rawValue: "person_name")

  /// The category of a pattern a card adds, named after it (`custom:contract_no`).
  public static func custom(_ name: String) -> PIICategory {
    PIICategory(rawValue: "custom:\(name)")
  }

  /// The built-in categories, in report order.
  public static let builtIn: [PIICategory] = [
    .residentID, .bankCard, .mobilePhone, .landlinePhone, .email, .personName,
  ]

  public var description: String { rawValue }

  /// Lets `[PIICategory: Int64]` encode as a JSON object keyed by the raw value.
  public var codingKey: any CodingKey { CategoryKey(stringValue: rawValue) }

  public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }

  private struct CategoryKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public static func < (lhs: PIICategory, rhs: PIICategory) -> Bool {
    let left = builtIn.firstIndex(of: lhs) ?? builtIn.count
    let right = builtIn.firstIndex(of: rhs) ?? builtIn.count
    return left != right ? left < right : lhs.rawValue < rhs.rawValue
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

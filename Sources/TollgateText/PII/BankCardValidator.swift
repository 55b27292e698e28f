/// Checks bank and credit card numbers: length, issuer prefix and the Luhn check digit.
///
/// Prefixes (ISO/IEC 7812 issuer identification numbers as the networks publish them):
/// UnionPay 62, Visa 4, Mastercard 51-55 and 2221-2720, American Express 34 and 37, JCB
/// 3528-3589. A random digit string passes Luhn one time in ten, so the prefix and the length
/// rules matter for precision.
enum BankCardValidator {
  /// Whether `digits` (values 0-9) is a plausible card number of a known network.
  static func isValid(_ digits: ArraySlice<UInt8>) -> Bool {
    guard (13...19).contains(digits.count), !digits.contains(10) else { return false }
    guard let network = network(of: digits), network.lengths.contains(digits.count) else {
      return false
    }
    return passesLuhn(digits)
  }

  /// The Luhn (mod 10) check, ISO/IEC 7812-1 annex B.
  static func passesLuhn(_ digits: ArraySlice<UInt8>) -> Bool {
    var sum = 0
    for (index, digit) in digits.reversed().enumerated() {
      var value = Int(digit)
      if index % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return sum % 10 == 0
  }

  struct Network {
    var name: String
    var lengths: ClosedRange<Int>
  }

  static func network(of digits: ArraySlice<UInt8>) -> Network? {
    let two = ResidentIDValidator.number(digits.prefix(2))
    let four = ResidentIDValidator.number(digits.prefix(4))
    switch true {
    case two == 62: return Network(name: "UnionPay", lengths: 14...19)
    case digits.first == 4: return Network(name: "Visa", lengths: 13...19)
    case (51...55).contains(two), (2221...2720).contains(four):
      return Network(name: "Mastercard", lengths: 16...16)
    case two == 34 || two == 37: return Network(name: "American Express", lengths: 15...15)
    case (3528...3589).contains(four): return Network(name: "JCB", lengths: 16...19)
    default: return nil
    }
  }
}

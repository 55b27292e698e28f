import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

/// A real tokenizer with one component replaced, and the ids HF `tokenizers` gives the samples.
struct VariantCase: Sendable, CustomTestStringConvertible {
  var name: String
  var base: String
  /// The variant's tokenizer.json bytes (base with the patch applied).
  var json: [UInt8]
  var ids: [[Int]]
  var testDescription: String { name }

  static let all: [VariantCase] = {
    guard let data = try? Data(contentsOf: Fixtures.beside("variant_reference.json")),
      let root = try? TokenizerJSON.parse([UInt8](data)),
      let variants = root["variants"]?.elements
    else { return [] }
    return variants.compactMap { variant in
      guard let name = variant["name"]?.string, let base = variant["base"]?.string,
        let patch = variant["patch"]?.members,
        let baseData = try? Data(
          contentsOf: Fixtures.realData("tokenizers/\(base)")),
        let baseJSON = try? TokenizerJSON.parse([UInt8](baseData))
      else { return nil }
      let ids = (variant["ids"]?.elements ?? []).map { list in
        (list.elements ?? []).compactMap { $0.int32 }.map { Int($0) }
      }
      return VariantCase(
        name: name, base: base, json: baseJSON.patched(with: patch).serialized(), ids: ids)
    }
  }()
}

@Suite struct TokenizerVariantTests {
  @Test func referenceHasEveryVariant() {
    #expect(VariantCase.all.count == 8)
  }

  @Test(arguments: VariantCase.all)
  func encodesSamplesAsHFDoesForTheVariant(variant: VariantCase) throws {
    let tokenizer = try Tokenizer(data: Data(variant.json), path: variant.name)
    var encoder = tokenizer.makeEncoder()

    for (text, expected) in zip(ReferenceCase.samples.sorted { $0.key < $1.key }, variant.ids) {
      let ids = Array(text.value.utf8).withUnsafeBufferPointer { encoder.encode($0) }
        .map { Int($0) }

      #expect(ids == expected, "sample \(text.key): \(text.value.debugDescription)")
    }
  }
}

extension TokenizerJSON {
  /// This object with top-level members replaced (`model.x` replaces a member of `model`).
  func patched(with patch: [(key: [UInt8], value: TokenizerJSON)]) -> TokenizerJSON {
    guard case .object(var members) = self else { return self }
    for (key, value) in patch {
      let name = String(decoding: key, as: UTF8.self)
      if name.hasPrefix("model."), let model = self["model"] {
        let inner = Array(name.dropFirst("model.".count).utf8)
        members = members.map {
          $0.key == Array("model".utf8) ? ($0.key, model.patched(with: [(inner, value)])) : $0
        }
      } else if let index = members.firstIndex(where: { $0.key == key }) {
        members[index].value = value
      } else {
        members.append((key, value))
      }
    }
    return .object(members)
  }

  /// Compact JSON text of this value.
  func serialized() -> [UInt8] {
    var out: [UInt8] = []
    write(to: &out)
    return out
  }

  private func write(to out: inout [UInt8]) {
    switch self {
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        Self.string(member.key).write(to: &out)
        out.append(UInt8(ascii: ":"))
        member.value.write(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        element.write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .string(let bytes):
      out.append(UInt8(ascii: "\""))
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
        case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
        default: out.append(byte)
        }
      }
      out.append(UInt8(ascii: "\""))
    case .number(let value):
      let text = value == value.rounded() ? String(Int64(value)) : String(value)
      out += Array(text.utf8)
    case .bool(let value): out += Array((value ? "true" : "false").utf8)
    case .null: out += Array("null".utf8)
    }
  }
}

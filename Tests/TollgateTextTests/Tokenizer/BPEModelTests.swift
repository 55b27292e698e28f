import Testing
import TollgateTestSupport

@testable import TollgateText

@Suite struct BPEModelTests {
  /// The heap used for long words must merge exactly as the plain lowest-rank-first scan.
  @Test(arguments: ["llama2", "gpt2"])
  func heapMergesEqualLinearMergesOnRandomWords(name: String) throws {
    let model = try #require(ReferenceCase.loaded[name]).model
    let texts = ReferenceCase.samples.values.sorted()
    var generator = SplitMix64(seed: 7)

    for _ in 0..<200 {
      let word = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        texts.randomElement(using: &generator) ?? ""
      }.joined()
      var symbols: [Int32] = []
      Array(word.utf8).withUnsafeBufferPointer {
        if model.isByteLevel {
          model.appendByteSymbols(of: $0, to: &symbols)
        } else {
          model.appendScalarSymbols(of: $0, to: &symbols)
        }
      }
      var linear = symbols
      var scratch = BPEScratch()
      scratch.symbols = symbols

      model.mergeLinear(&linear)
      if symbols.count > 1 { model.mergeWithHeap(&scratch) }

      #expect(scratch.symbols == linear, "word \(word.debugDescription)")
    }
  }
}

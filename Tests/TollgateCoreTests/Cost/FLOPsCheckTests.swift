import Testing

@testable import TollgateCore

@Test(arguments: ["h100", "H100-SXM", "NVIDIA H100 SXM5", "h100_sxm"])
func h100SpellingsFindTheSXMEntry(name: String) {
  guard case .found(let entry) = GPUCatalog.standard.lookUp(name) else {
    Issue.record("\(name) not found")
    return
  }
  #expect(entry.name == "H100-SXM")
}

@Test(arguments: [("A100-80GB", "A100-80GB"), ("a100 40gb", "A100-40GB"), ("MI300X", "MI300X")])
func memoryVariantsResolveToTheirEntry(name: String, expected: String) {
  guard case .found(let entry) = GPUCatalog.standard.lookUp(name) else {
    Issue.record("\(name) not found")
    return
  }
  #expect(entry.name == expected)
}

@Test func mistypedGPUNameSuggestsTheNearest() {
  #expect(
    GPUCatalog.standard.lookUp("H100-SXN") == .unknown(name: "H100-SXN", suggestion: "H100-SXM"))
}

@Test func everyEntryCitesItsDatasheetAndHasAnFP32Peak() {
  for entry in GPUCatalog.standard.entries {
    #expect(entry.source.contains("datasheet"))
    #expect(entry.peak["fp32"] != nil)
  }
}

@Test func sparsityIsNotCountedInTheH100Peak() {
  guard case .found(let entry) = GPUCatalog.standard.lookUp("H100") else {
    Issue.record("H100 not found")
    return
  }
  // The datasheet's 1,979 TFLOPS bf16 figure is with 2:4 sparsity; dense is half.
  #expect(entry.peak["bf16"]?.value == 989.5e12)
}

@Test func plausibleThroughputGivesAroundFortyPercentMFU() throws {
  // 6 x 7e9 x 75,390 / (8 x 989.5e12) = 0.4000.
  let check = try FLOPsCheck.check(
    parameters: 7e9, throughput: TokensPerSecond(75_390), gpus: 8, gpuType: "H100",
    dtype: "bf16"
  ).get()

  #expect(abs(check.mfu - 0.4) < 1e-4)
  #expect(check.finding == .plausible)
}

@Test func implausiblyHighThroughputIsFlaggedAsSuspect() throws {
  let check = try FLOPsCheck.check(
    parameters: 7e9, throughput: TokensPerSecond(150_000), gpus: 8, gpuType: "H100",
    dtype: "bf16"
  ).get()

  #expect(check.finding == .suspect)
}

@Test func lowUtilisationIsFlaggedAsWasteful() throws {
  let check = try FLOPsCheck.check(
    parameters: 7e9, throughput: TokensPerSecond(10_000), gpus: 8, gpuType: "H100",
    dtype: "bf16"
  ).get()

  #expect(check.finding == .wasteful)
  #expect(check.reason.contains("5.3%"))
}

@Test func precisionTheGPULacksIsReported() {
  let result = FLOPsCheck.check(
    parameters: 7e9, throughput: TokensPerSecond(10_000), gpus: 8, gpuType: "A100",
    dtype: "fp8")

  #expect(throws: FLOPsCheck.Failure.self) { try result.get() }
  if case .failure(let failure) = result { #expect(failure.message.contains("no fp8 peak")) }
}

@Test func dtypeSpellingsMapToPrecisionKeys() {
  #expect(GPUCatalog.precisionKey("bfloat16") == "bf16")
  #expect(GPUCatalog.precisionKey("FP16") == "fp16")
  #expect(GPUCatalog.precisionKey("float32") == "fp32")
}

@Test func farFetchedGPUNameHasNoSuggestion() {
  #expect(GPUCatalog.standard.lookUp("TPUv5e-pod") == .unknown(name: "TPUv5e-pod", suggestion: nil))
}

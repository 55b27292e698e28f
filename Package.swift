// swift-tools-version:6.0
import Foundation
import PackageDescription

/// A system-library target wrapping one Debian `-dev` package (see Sources/C*/module.modulemap).
func systemLibrary(_ name: String, pkgConfig: String?, apt: String) -> Target {
  .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

/// Every `Fixtures` (or `...Fixtures`) folder inside a test target, relative to it: test data that tests open by path
/// (see TollgateTestSupport/Fixtures.swift), so SwiftPM must neither compile nor bundle it.
func fixtureFolders(of target: String) -> [String] {
  let root = Context.packageDirectory + "/Tests/" + target
  let walker = FileManager.default.enumerator(atPath: root)
  var folders: [String] = []
  while let path = walker?.nextObject() as? String {
    if (path as NSString).lastPathComponent.hasSuffix("Fixtures") {
      folders.append(path)
      walker?.skipDescendants()
    }
  }
  return folders.sorted()
}

func testTarget(_ name: String, dependencies: [Target.Dependency]) -> Target {
  .testTarget(
    name: name, dependencies: dependencies, exclude: fixtureFolders(of: name),
    swiftSettings: strictConcurrency)
}

let strictConcurrency: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "Tollgate",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tollgate", targets: ["tollgate"]),
    .library(name: "TollgateCore", targets: ["TollgateCore"]),
  ],
  targets: [
    systemLibrary("CYaml", pkgConfig: "yaml-0.1", apt: "libyaml-dev"),
    systemLibrary("CZlib", pkgConfig: "zlib", apt: "zlib1g-dev"),
    systemLibrary("CZstd", pkgConfig: "libzstd", apt: "libzstd-dev"),
    systemLibrary("CCrypto", pkgConfig: "libcrypto", apt: "libssl-dev"),
    systemLibrary("CHyperscan", pkgConfig: "libhs", apt: "libhyperscan-dev"),
    // simdjson (libsimdjson-dev) is C++: a small C shim gives Swift its UTF-8 validator.
    .target(
      name: "CSimdjson",
      cxxSettings: [.define("SIMDJSON_THREADS_ENABLED", to: "1")],
      linkerSettings: [.linkedLibrary("simdjson")]),

    // Domain: card, thresholds, gate, verdicts, decision path, cost, statistics. No I/O.
    .target(name: "TollgateCore", swiftSettings: strictConcurrency),
    // Readers for the formats users already have: YAML cards, lm-eval results, trainer logs.
    .target(
      name: "TollgateFormats",
      dependencies: ["TollgateCore", "CYaml", "CZlib", "CZstd", "CSimdjson"],
      swiftSettings: strictConcurrency),
    // Text engines: tokenizer.json, corpus scanning, PII detection, data snapshots.
    .target(
      name: "TollgateText",
      dependencies: ["TollgateCore", "TollgateFormats", "CHyperscan", "CCrypto", "CZlib", "CZstd"],
      swiftSettings: strictConcurrency),
    // Renderers: Markdown, HTML + SVG, JSON; English and Chinese.
    .target(
      name: "TollgateReport", dependencies: ["TollgateCore"], swiftSettings: strictConcurrency),
    // The command line: parses arguments, reads files, prints, sets the exit code.
    .executableTarget(
      name: "tollgate",
      dependencies: ["TollgateCore", "TollgateFormats", "TollgateText", "TollgateReport"],
      swiftSettings: strictConcurrency),
    // Shared by the test targets: fixture paths, golden files, running the built binary.
    .target(
      name: "TollgateTestSupport",
      dependencies: ["TollgateCore"],
      path: "Tests/TollgateTestSupport",
      swiftSettings: strictConcurrency),

    testTarget("TollgateCoreTests", dependencies: ["TollgateCore", "TollgateTestSupport"]),
    testTarget("TollgateFormatsTests", dependencies: ["TollgateFormats", "TollgateTestSupport"]),
    testTarget("TollgateTextTests", dependencies: ["TollgateText", "TollgateTestSupport"]),
    testTarget("TollgateReportTests", dependencies: ["TollgateReport", "TollgateTestSupport"]),
    testTarget("TollgateCLITests", dependencies: ["tollgate", "TollgateTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

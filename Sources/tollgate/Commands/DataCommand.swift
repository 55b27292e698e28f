/// `tollgate data`: snapshots, PII scans and the data card of a training set.
enum DataCommand {
  static let spec = CommandSpec(
    name: "data", abstract: "Snapshot, scan and describe training data.",
    discussion: """
      Step 3 of the decision path asks whether the data may be used. These commands pin the
      data (a snapshot with content hashes), find personal data in it (masked), and write the
      data card that the decision reads.

      Examples:
        tollgate data snapshot data/ --name contracts-v1 --out data/v1.manifest.json
        tollgate data scan data/*.jsonl.zst --json > scan.json
        tollgate data card data/v1.manifest.json --card card.yaml --scan scan.json
      """,
    subcommands: [
      DataSnapshotCommand.spec, DataDiffCommand.spec, DataScanCommand.spec,
      DataMergeCommand.spec, DataCardCommand.spec,
    ])
}

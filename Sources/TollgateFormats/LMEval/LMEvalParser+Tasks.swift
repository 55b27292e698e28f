import TollgateCore

/// The per-task settings the comparability check needs: version, shots, sample counts, subtasks,
/// task hash and prompt.
extension LMEvalParser {
  /// A configuration for every task and group the file mentions.
  ///
  /// A group (`mmlu`) takes its shots and sample counts from its leaf subtasks: lm-eval writes
  /// `n-shot` 0 for groups in some versions and no `n-samples` for them at all.
  func taskConfigurations() -> [String: TaskConfiguration] {
    let children = groupChildren()
    var names = Set(results.keys)
    names.formUnion(root["groups"]?.object?.keys ?? [:].keys)
    names.formUnion(children.keys)
    names.formUnion(children.values.joined())
    names.formUnion(root["n-samples"]?.object?.keys ?? [:].keys)

    var tasks: [String: TaskConfiguration] = [:]
    for name in names {
      let subtasks = children[name] ?? []
      guard !subtasks.isEmpty else {
        tasks[name] = ownConfiguration(name)
        continue
      }
      let leaves = leafTasks(of: name, children: children, visited: []).map(ownConfiguration)
      let shots = Set(leaves.map(\.nShot))
      tasks[name] = TaskConfiguration(
        task: name, version: version(of: name),
        nShot: shots.count == 1 ? shots.first ?? nil : nil,
        effectiveSamples: sum(leaves.map(\.effectiveSamples)),
        originalSamples: sum(leaves.map(\.originalSamples)), subtasks: subtasks)
    }
    return tasks
  }

  /// Notes for runs on a subset (`--limit`): their scores are not comparable with full runs.
  func limitNotes(tasks: [String: TaskConfiguration]) -> [String] {
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    let limited = tasks.values.filter { task in
      guard task.subtasks.isEmpty, let effective = task.effectiveSamples,
        let original = task.originalSamples
      else { return false }
      return effective < original
    }
    var notes = limited.sorted { $0.task < $1.task }.map { task in
      messages.limitedTask(
        file: fileName, task: task.task, effective: task.effectiveSamples ?? 0,
        original: task.originalSamples ?? 0)
    }
    if root["n-samples"] == nil, let limit = root["config"]?["limit"]?.number {
      notes.append(messages.limitWithoutSampleCounts(file: fileName, limit: Int(limit)))
    }
    return notes
  }

  private func groupChildren() -> [String: [String]] {
    guard let table = root["group_subtasks"]?.object else { return [:] }
    return table.compactMapValues { value in value.array?.compactMap(\.string) }
  }

  /// The tasks under `name` that are not groups themselves; `name` alone when it has none.
  private func leafTasks(
    of name: String, children: [String: [String]], visited: Set<String>
  ) -> [String] {
    guard let subtasks = children[name], !subtasks.isEmpty, !visited.contains(name) else {
      return [name]
    }
    return subtasks.flatMap {
      leafTasks(of: $0, children: children, visited: visited.union([name]))
    }
  }

  private func ownConfiguration(_ name: String) -> TaskConfiguration {
    let samples = root["n-samples"]?[name]
    return TaskConfiguration(
      task: name, version: version(of: name), nShot: shots(of: name),
      effectiveSamples: samples?["effective"]?.integer,
      originalSamples: samples?["original"]?.integer,
      taskHash: root["task_hashes"]?[name]?.string.flatMap { $0.isEmpty ? nil : $0 },
      promptDigest: promptDigest(of: name))
  }

  /// A digest of `configs[name]`'s `doc_to_text` and `fewshot_config`, the settings that shape
  /// what the model is shown; nil when the file records neither (v0.3 files, groups).
  private func promptDigest(of name: String) -> String? {
    guard let config = root["configs"]?[name]?.object else { return nil }
    let fields = ["doc_to_text", "fewshot_config"]
    guard fields.contains(where: { config[$0] != nil }) else { return nil }
    var prompt: [String: JSONValue] = [:]
    for field in fields { prompt[field] = config[field] ?? .null }
    return JSONValue.object(prompt).digest
  }

  /// `n-shot`, else the task config's `num_fewshot`; v0.3 files have one `config.num_fewshot`.
  private func shots(of name: String) -> Int? {
    switch layout {
    case .current:
      return integer(root["n-shot"]?[name])
        ?? integer(root["configs"]?[name]?["num_fewshot"])
    case .legacy:
      return integer(root["config"]?["num_fewshot"])
    }
  }

  private func integer(_ value: JSONValue?) -> Int? {
    value?.integer ?? value?.string.flatMap { Int($0) }
  }

  /// The task version as text; numbers are written without a trailing `.0`, so the v0.3 `0`
  /// and the current `0.0` read the same.
  private func version(of name: String) -> String? {
    guard let value = root["versions"]?[name] else { return nil }
    if let whole = value.integer { return String(whole) }
    if let number = value.number, number.isFinite { return String(number) }
    return value.string
  }

  private func sum(_ counts: [Int?]) -> Int? {
    let known = counts.compactMap { $0 }
    return known.count == counts.count && !known.isEmpty ? known.reduce(0, +) : nil
  }
}

/// Every sentence `tollgate card check` prints, as functions of the typed values they mention.
///
/// One conforming type per language keeps all of a language's phrasing in one file, so the
/// decoder and the rules never branch on the language; they ask their table for the sentence.
/// Rule ids, key paths, quoted values and example snippets are code and stay as written.
protocol CardMessages: Sendable {
  // MARK: Decoder: types and values

  /// `path` holds a value of the wrong type.
  func wrongType(path: String, expected: CardValueKind, found: Node) -> String
  /// What to write for a value of `kind`; nil when nothing useful can be said.
  func valueHint(_ kind: CardValueKind) -> String?
  /// The name of the whole card when the top level is not a mapping.
  var topLevelName: String { get }
  /// How to write a mapping under `name`.
  func mappingHint(name: String) -> String
  /// A boolean written some other way; `suggested` is the boolean it looks like, if any.
  func booleanHint(suggested: Bool?) -> String
  /// A number or boolean written as text (`"1.5"`); `text` is what it reads as without the
  /// quotes, `style` how it was written.
  func unquoteHint(_ text: String, style: Node.ScalarStyle) -> String
  /// `key` spells again a key already given as `earlierKey` on `line`.
  func repeatedKey(_ key: String, earlierKey: String, line: Int) -> String
  var repeatedKeyHint: String { get }
  func unknownKey(_ key: String) -> String
  /// `count` unknown keys beyond those listed, the first on `firstLine`, the last on `lastLine`.
  func moreUnknownKeys(_ count: Int, firstLine: Int, lastLine: Int) -> String
  /// How to see the unknown keys not listed, when the first `listed` are.
  func moreUnknownKeysHint(listed: Int) -> String
  /// `did you mean ...?`, then `rest` (which may be empty).
  func suggesting(_ nearest: String?, _ rest: String) -> String
  /// The valid keys of a mapping, for an unknown key with no near spelling.
  func keysHere(_ names: [String]) -> String
  func unsupportedSchema(_ version: Int) -> String
  var unsupportedSchemaHint: String { get }
  /// `path` holds text that is not one of the allowed values.
  func notAllowed(path: String, text: String) -> String
  func oneOf(_ names: [String]) -> String
  var unprovenHint: String { get }

  // MARK: Decoder: pilot and corpus

  /// `model_config` ignored because `parameters` is set at `place` (`line:column`).
  func modelConfigIgnored(parametersAt place: String) -> String
  var modelConfigIgnoredHint: String { get }
  var batchMembersHint: String { get }
  func tooSmall(path: String, found: Int) -> String
  var atLeastOneHint: String { get }
  func batchOverflow(path: String) -> String
  var batchOverflowHint: String { get }
  func batchMismatch(statedAt: String, stated: Int64, batchAt: String, product: Int64) -> String
  var batchMismatchHint: String { get }
  func missingKey(path: String, key: String) -> String
  var tokenizerHint: String { get }
  var corpusPathsHint: String { get }
  /// How to fill `data.snapshot`.
  var snapshotHint: String { get }
  func emptyList(path: String) -> String
  var corpusPathsListHint: String { get }
  func shareOutOfRange(path: String, found: String) -> String
  func negative(path: String, found: Int) -> String
  var seedHint: String { get }
  func fieldNamesNoKey(path: String, found: String) -> String
  var fieldHint: String { get }
  func corpusIgnored(tokensAt place: String) -> String
  var corpusIgnoredHint: String { get }

  // MARK: Threshold expressions

  /// The message and hint of a threshold the parser could not read.
  func threshold(_ error: ThresholdSyntaxError) -> (message: String, hint: String)

  // MARK: Rules

  func unknownAction(_ text: String) -> String
  func actionsHint(_ names: [String], nearest: String?) -> String
  func confidenceOutside(_ text: String) -> String
  func confidenceAsPercentHint(fraction: Double, written: String) -> String
  var confidenceHint: String { get }
  func secondCurrency(_ code: String, first: String, firstPath: String, line: Int) -> String
  func currencyHint(_ code: String) -> String
  func derivedMetricEmpty(_ name: String) -> String
  var derivedMetricHint: String { get }
  func gateRiskContradiction(
    metric: String, gate: String, risk: String, riskLine: Int?, trigger: String
  ) -> String
  var gateRiskContradictionHint: String { get }
  func guardWithoutLines(metric: String?) -> String
  var guardWithoutLinesHint: String { get }
  func guardLineOtherMetric(metric: String, key: String, named: String) -> String
  func guardLineOtherMetricHint(key: String, line: String, named: String) -> String
  /// A data source by name, or by its place in the list when it has none.
  func licenceForbidsTraining(source: String?, index: Int) -> String
  var licenceForbidsTrainingHint: String { get }
  func licenceUnstated(source: String?, index: Int) -> String
  var licenceUnstatedHint: String { get }
  var gateWithoutPrimary: String { get }
  var gateWithoutPrimaryHint: String { get }
  func primaryOtherMetric(_ metric: String, goalMetric: String) -> String
  func primaryOtherMetricHint(goalMetric: String, target: String) -> String
  func primaryMismatch(bound: String, isBelow: Bool, target: String) -> String
  func primaryMismatchHint(goalMetric: String, target: String) -> String
  func missingSection(_ name: String) -> String
  func missingSectionHint(_ name: String, alias: String?) -> String
  func emptySection(_ key: String) -> String
  func emptySectionHint(_ name: String) -> String
  func riskWithoutTrigger(risk: String?, index: Int) -> String
  var riskWithoutTriggerHint: String { get }
  func riskWithoutAction(risk: String?, index: Int) -> String
  var riskWithoutActionHint: String { get }
  var rollbackWithoutTarget: String { get }
  var rollbackWithoutTargetHint: String { get }
  func unknownRollbackTarget(_ text: String) -> String
  func rollbackTargetHint(aliases: [String], nearest: String?) -> String
  func safetyFactorOutside(_ text: String) -> String
  var safetyFactorOutsideHint: String { get }
  func safetyFactorUnusual(_ text: String) -> String
  var safetyFactorUnusualHint: String { get }
  var budgetWithoutStopLoss: String { get }
  var budgetWithoutStopLossHint: String { get }
  /// Stop-loss line `number` (1-based) lacks `key` (`trigger` or `action`).
  func stopLossLineMissing(number: Int, key: String) -> String
  var stopLossLineHint: String { get }

  // MARK: Rules: value ranges

  /// The value at `path`, written `text`, is outside the range `kind` allows.
  func valueOutOfRange(path: String, text: String, _ kind: ValueRangeKind) -> String
  func valueOutOfRangeHint(_ kind: ValueRangeKind) -> String
  func pilotAboveTraining(pilot: String, training: String) -> String
  var pilotAboveTrainingHint: String { get }
  func scoresShort(repeats: Int, scores: Int) -> String
  func scoresShortHint(repeats: Int) -> String
  func targetNotBetter(target: String, baseline: String, lowerIsBetter: Bool) -> String
  var targetNotBetterHint: String { get }

  // MARK: Rules: guard consistency

  func warnLooserThanBlock(metric: String, warn: String, block: String) -> String
  var warnLooserThanBlockHint: String { get }
  func repeatedGuard(metric: String, firstLine: Int) -> String
  var repeatedGuardHint: String { get }
  func repeatedRisk(name: String, firstLine: Int) -> String
  var repeatedRiskHint: String { get }
  /// `names`: the derived metrics on one cycle, in card order (one name: it refers to itself).
  func metricCycle(_ names: [String]) -> String
  var metricCycleHint: String { get }

  // MARK: Rules: triggers that can be evaluated

  /// Why the trigger or gate line written `line` cannot be evaluated as meant.
  func triggerProblem(_ problem: TriggerProblem, line: String) -> String
  func triggerProblemHint(_ problem: TriggerProblem, line: String) -> String
}

/// What a card value should have been, for "must be ..." messages and their hints.
enum CardValueKind: Sendable, Hashable {
  case mappingOfKeys, text, number, wholeNumber, boolean, percentage, money, moneyWithCurrency
  case gpuHours, numberOfGPUHours, tokens, wholeTokens, list, mappingOfMetricNames, spread
  case share, shareOfDocuments, thresholdExpression
}

extension Language {
  /// The table of card messages in this language.
  var cardMessages: any CardMessages {
    switch self {
    case .english: EnglishCardMessages()
    case .chinese: ChineseCardMessages()
    }
  }
}

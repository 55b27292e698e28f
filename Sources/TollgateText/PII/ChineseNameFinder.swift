/// Finds Chinese personal names next to a context word: a surname from the list plus one or
/// two given-name characters, right after 姓名/联系人/法定代表人/甲方代表... or right before
/// 先生/女士.
///
/// A surname list alone would flag every 王 and 高 in a corpus; the context word is what makes
/// a hit likely to be a person. A bare surname (`王先生`) is not reported: it identifies nobody.
enum ChineseNameFinder {
  /// Where the name stands relative to the context word.
  enum Side: Sendable { case after, before }

  /// Context words, with the side the name is on.
  static let contextWords: [(word: String, side: Side)] =
    [
      "姓名", "联系人", "法定代表人", "法人代表", "委托代理人", "代理人", "收件人", "收货人", "经办人",
      "负责人", "甲方代表", "乙方代表", "丙方代表", "代表人", "申请人", "被申请人", "患者", "户主",
      "签字人", "持卡人", "开户人", "紧急联系人", "监护人", "借款人", "担保人",
    ].map { ($0, Side.after) } + ["先生", "女士", "同志", "小姐"].map { ($0, Side.before) }

  /// Common single-character surnames (the most frequent ~250 of the Ministry of Public
  /// Security's name statistics).
  static let surnames: Set<Character> = Set(
    """
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈\
    姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤\
    常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季\
    裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦\
    戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑\
    迟邝
    """)

  /// Two-character surnames, tried before the single ones.
  static let compoundSurnames: Set<String> = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "澹台", "端木", "轩辕", "申屠", "呼延", "南宫",
  ]

  /// Characters that end a name early: particles and the first characters of the words that
  /// usually follow a name in a form (电话, 手机, 身份证, 签字...).
  static let stopCharacters: Set<Character> = Set(
    "的了在是和与及等先女电手联签盖已将于同提办为住身性年男出地负代或则就也都而您你我他她它")

  /// Separators allowed between the context word and the name.
  static let gapCharacters: Set<Character> = Set("：: 　为是")

  /// The name next to the context word that occupies `wordRange`, or nil.
  static func name(near wordRange: Range<Int>, side: Side, in text: TextBytes) -> PIIHit? {
    switch side {
    case .after: return name(startingNear: wordRange.upperBound, in: text)
    case .before: return name(endingAt: wordRange.lowerBound, in: text)
    }
  }

  private static func name(startingNear position: Int, in text: TextBytes) -> PIIHit? {
    var start = position
    var gaps = 0
    while gaps < 2, let next = text.scalar(startingAt: start),
      let scalar = Unicode.Scalar(next.scalar), gapCharacters.contains(Character(scalar))
    {
      start += next.length
      gaps += 1
    }
    var characters: [(Character, Int)] = []
    var end = start
    while characters.count < 4, let next = text.scalar(startingAt: end),
      TextBytes.isHan(next.scalar), let scalar = Unicode.Scalar(next.scalar)
    {
      characters.append((Character(scalar), next.length))
      end += next.length
    }
    let chars = characters.map(\.0)
    guard let surnameLength = surnameLength(chars) else { return nil }
    var given = 0
    while given < 2, surnameLength + given < chars.count,
      !stopCharacters.contains(chars[surnameLength + given])
    {
      given += 1
    }
    guard given > 0, !isMasked(chars[surnameLength]) else { return nil }
    let length = surnameLength + given
    let byteLength = characters.prefix(length).reduce(0) { $0 + $1.1 }
    return hit(String(chars.prefix(length)), surnameLength, start, byteLength)
  }

  private static func name(endingAt end: Int, in text: TextBytes) -> PIIHit? {
    var characters: [(Character, Int)] = []
    var start = end
    while characters.count < 4, let previous = text.scalar(endingAt: start),
      TextBytes.isHan(previous.scalar), let scalar = Unicode.Scalar(previous.scalar)
    {
      characters.insert((Character(scalar), previous.length), at: 0)
      start -= previous.length
    }
    // Longest first: 欧阳小明, 张小明, 张明.
    for length in stride(from: min(4, characters.count), through: 2, by: -1) {
      let window = characters.suffix(length)
      let chars = window.map(\.0)
      guard let surnameLength = surnameLength(chars), length - surnameLength >= 1,
        length - surnameLength <= 2, !isMasked(chars[surnameLength])
      else { continue }
      let byteLength = window.reduce(0) { $0 + $1.1 }
      return hit(String(chars), surnameLength, end - byteLength, byteLength)
    }
    return nil
  }

  /// Whether a given name starts with 某, the way Chinese judgments and de-identified records
  /// write a person they do not name (张某, 张某某): that is no longer personal data, and a
  /// scan that flagged it would keep a correctly de-identified corpus blocked.
  private static func isMasked(_ firstGivenCharacter: Character) -> Bool {
    firstGivenCharacter == "某"
  }

  private static func surnameLength(_ chars: [Character]) -> Int? {
    if chars.count >= 2, compoundSurnames.contains(String(chars[0...1])) { return 2 }
    if let first = chars.first, surnames.contains(first) { return 1 }
    return nil
  }

  private static func hit(_ name: String, _ surnameLength: Int, _ start: Int, _ length: Int)
    -> PIIHit
  {
    PIIHit(
      category: .personName, byteOffset: start, byteLength: length,
      masked: PIIMask.name(name, surnameLength: surnameLength))
  }
}

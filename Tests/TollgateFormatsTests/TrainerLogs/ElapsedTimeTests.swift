import Testing
import TollgateCore

@testable import TollgateFormats

@Suite struct ElapsedTimeTests {
  @Test(arguments: [
    ("0:03:29", 209.0),
    ("5:39:46", 20386.0),
    ("1 day, 0:02:10", 86530.0),
    ("4 days, 5:06:09", 363969.0),
    ("0:00:01.500000", 1.5),
  ])
  func parsesPythonTimedeltaText(text: String, seconds: Double) {
    #expect(ElapsedTime.parse(text) == WallTime(seconds: seconds))
  }

  @Test(arguments: ["", "3:29", "4 weeks, 1:00:00", "0:61:00", "soon"])
  func refusesOtherText(text: String) {
    #expect(ElapsedTime.parse(text) == nil)
  }
}

import Foundation
import GraphModelSupport
import Testing

@Suite struct DateTimeTests {
    @Test(arguments: [
        "2024-05-01T13:45:30Z", "2024-05-01T13:45:30.1Z", "2024-05-01T13:45:30.123Z",
        "2024-05-01T13:45:30.1234567Z", "2024-05-01T13:45:30.1234567+05:30", "2024-05-01T13:45:30-08:00",
        "2024-05-01T13:45Z", "0001-01-01T00:00:00Z",
    ])
    func dateTimeOffsetsRoundTripTheSameString(text: String) throws {
        let json = "[\"\(text)\"]"
        let value = try decode([DateTimeOffset].self, json)
        #expect(try encode(value) == json)
        #expect(value[0].isValid)
        #expect(value[0].date != nil)
    }

    @Test func instantAccountsForOffsetAndFraction() throws {
        let a = DateTimeOffset(text: "2024-05-01T13:45:30.5+02:00")
        let b = DateTimeOffset(text: "2024-05-01T11:45:30.5Z")
        #expect(a.date == b.date)
        #expect(a != b)
        #expect(a.components?.fraction == "5")
        #expect(a.components?.offsetMinutes == 120)
        #expect(b.date?.timeIntervalSince1970 == 1_714_563_930.5)
    }

    @Test(arguments: ["not a date", "2024-02-30T00:00:00Z", "2024-05-01T25:00:00Z", "2024-05-01T13:45:30"])
    func malformedDateTimesDecodeButFailValidation(text: String) throws {
        let value = try decode([DateTimeOffset].self, "[\"\(text)\"]")[0]
        #expect(value.text == text)
        #expect(value.validate(context: .response).map(\.rule) == [.format])
    }

    @Test func formatsDatesInUTC() {
        let date = Date(timeIntervalSince1970: 1_714_563_930.25)
        #expect(DateTimeOffset(date).text == "2024-05-01T11:45:30Z")
        #expect(DateTimeOffset(date, fractionalDigits: 7).text == "2024-05-01T11:45:30.2500000Z")
    }

    @Test func graphDates() throws {
        #expect(try encode(decode([GraphDate].self, #"["2024-02-29"]"#)) == #"["2024-02-29"]"#)
        #expect(GraphDate(text: "2024-02-29").components?.day == 29)
        #expect(!GraphDate(text: "2023-02-29").isValid)
        #expect(GraphDate(year: 7, month: 3, day: 9).text == "0007-03-09")
    }

    @Test func timesOfDay() {
        #expect(TimeOfDay(text: "13:45:30.1234567").secondsSinceMidnight == 49530.1234567)
        #expect(TimeOfDay(text: "08:00").isValid)
        #expect(!TimeOfDay(text: "24:00:00").isValid)
    }

    @Test func durations() throws {
        #expect(GraphDuration(text: "PT1H30M").timeInterval == 5400)
        #expect(GraphDuration(text: "-P1DT0.5S").timeInterval == -86400.5)
        #expect(GraphDuration(text: "P1Y").timeInterval == nil)
        #expect(GraphDuration(text: "P1Y").isValid)
        #expect(!GraphDuration(text: "P").isValid)
        #expect(!GraphDuration(text: "1H").isValid)
        #expect(try encode(decode([GraphDuration].self, #"["PT0.1234567S"]"#)) == #"["PT0.1234567S"]"#)
    }

    @Test func guidsKeepTheirCase() throws {
        let json = #"["3179E48A-750B-4051-897C-87B9720928F7"]"#
        let value = try decode([GraphGuid].self, json)
        #expect(try encode(value) == json)
        #expect(value[0] == GraphGuid(text: "3179e48a-750b-4051-897c-87b9720928f7"))
        #expect(value[0].uuid != nil)
        #expect(!GraphGuid(text: "nope").isValid)
    }

    @Test func base64() throws {
        #expect(Base64Data(text: "aGVsbG8=").data == Data("hello".utf8))
        #expect(Base64Data(text: "aGVsbG8").data == Data("hello".utf8))
        #expect(Base64Data(Data([0xFB, 0xFF])).text == "+/8=")
        #expect(!Base64Data(text: "***").isValid)
    }
}

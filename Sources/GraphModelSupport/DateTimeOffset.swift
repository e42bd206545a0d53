import Foundation

/// An `Edm.DateTimeOffset` (`2024-05-01T13:45:30.1234567+02:00`) that re-encodes the exact text it
/// was decoded from: 0–7 (or more) fractional digits, `Z` or any `±hh:mm` offset.
public struct DateTimeOffset: GraphTextValue, Comparable {
    /// The value exactly as received or given.
    public let text: String
    /// The parsed parts, `nil` when ``text`` is not a date-time.
    public let components: Components?

    /// The fields of a date-time as written.
    public struct Components: Hashable, Sendable {
        public var year, month, day, hour, minute, second: Int
        /// The fractional-second digits as written (`"1234567"`, or `""` when there are none).
        public var fraction: String
        /// The offset from UTC in minutes; `nil` when the text has none (not valid for Graph).
        public var offsetMinutes: Int?
    }

    public init(text: String) {
        self.text = text
        components = Self.parse(text)
    }

    /// Formats `date` in UTC (`Z`) with `fractionalDigits` digits (0–7).
    public init(_ date: Date, fractionalDigits: Int = 0) {
        let digits = max(0, min(7, fractionalDigits))
        let total = date.timeIntervalSince1970
        var seconds = Int(total.rounded(.down))
        var fraction = Int(((total - Double(seconds)) * 10_000_000).rounded())
        if fraction == 10_000_000 {
            seconds += 1
            fraction = 0
        }
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = civilFromDays(days)
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        if digits > 0 { text += "." + String(String(format: "%07d", fraction).prefix(digits)) }
        self.init(text: text + "Z")
    }

    /// The instant, or `nil` when ``text`` is malformed or has no offset.
    public var date: Date? {
        guard let c = components, let offset = c.offsetMinutes else { return nil }
        let days = daysFromCivil(year: c.year, month: c.month, day: c.day)
        let seconds = days * 86_400 + c.hour * 3600 + c.minute * 60 + c.second - offset * 60
        let fraction = c.fraction.isEmpty ? 0 : (Double("0." + c.fraction) ?? 0)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    public var formatProblem: String? {
        guard let c = components else {
            return "expected a date-time such as 2024-05-01T13:45:30Z, found \"\(text)\""
        }
        if c.offsetMinutes == nil { return "expected a time-zone offset (Z or ±hh:mm) in \"\(text)\"" }
        if c.fraction.count > 7 { return "expected at most 7 fractional-second digits in \"\(text)\"" }
        return nil
    }

    /// Ordered by instant; malformed values sort first, by text.
    public static func < (lhs: DateTimeOffset, rhs: DateTimeOffset) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (l?, r?): l < r
        case (nil, .some): true
        case (.some, nil): false
        case (nil, nil): lhs.text < rhs.text
        }
    }

    // Equality is textual on purpose: two spellings of one instant are different JSON.
    public static func == (lhs: DateTimeOffset, rhs: DateTimeOffset) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    static func parse(_ text: String) -> Components? {
        var s = ASCIIScanner(text)
        guard let year = s.digits(4), s.take(UInt8(ascii: "-")), let month = s.digits(2), s.take(UInt8(ascii: "-")),
            let day = s.digits(2), isValidDay(year: year, month: month, day: day),
            s.take(anyOf: [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")]) != nil,
            let hour = s.digits(2), hour < 24, s.take(UInt8(ascii: ":")), let minute = s.digits(2), minute < 60
        else { return nil }
        var second = 0
        var fraction = ""
        if s.take(UInt8(ascii: ":")) {
            guard let sec = s.digits(2), sec < 60 else { return nil }
            second = sec
            if s.take(UInt8(ascii: ".")) {
                guard let digits = s.digitRun() else { return nil }
                fraction = digits
            }
        }
        var offset: Int?
        if s.take(anyOf: [UInt8(ascii: "Z"), UInt8(ascii: "z")]) != nil {
            offset = 0
        } else if let sign = s.take(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")]) {
            guard let oh = s.digits(2), oh <= 14, s.take(UInt8(ascii: ":")), let om = s.digits(2), om < 60 else { return nil }
            offset = (oh * 60 + om) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard s.isAtEnd else { return nil }
        return Components(year: year, month: month, day: day, hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: offset)
    }
}

/// The civil date of a day count since 1970-01-01 (inverse of ``daysFromCivil(year:month:day:)``).
func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}

/// An `Edm.TimeOfDay` (`13:45:30.1234567`, fraction optional), kept as written.
public struct TimeOfDay: GraphTextValue {
    public let text: String

    public init(text: String) { self.text = text }

    /// Seconds since midnight, or `nil` when ``text`` is malformed.
    public var secondsSinceMidnight: Double? {
        var s = ASCIIScanner(text)
        guard let h = s.digits(2), h < 24, s.take(UInt8(ascii: ":")), let m = s.digits(2), m < 60 else { return nil }
        var seconds = Double(h * 3600 + m * 60)
        if s.take(UInt8(ascii: ":")) {
            guard let sec = s.digits(2), sec < 60 else { return nil }
            seconds += Double(sec)
            if s.take(UInt8(ascii: ".")) {
                guard let digits = s.digitRun(), digits.count <= 7 else { return nil }
                seconds += Double("0." + digits) ?? 0
            }
        }
        return s.isAtEnd ? seconds : nil
    }

    public var formatProblem: String? {
        secondsSinceMidnight == nil ? "expected a time such as 13:45:30, found \"\(text)\"" : nil
    }
}

/// An `Edm.Date` (`2024-05-01`), kept as written.
public struct GraphDate: GraphTextValue, Comparable {
    public let text: String

    public init(text: String) { self.text = text }

    public init(year: Int, month: Int, day: Int) {
        self.text = String(year).leftPadded(4) + "-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)
    }

    /// Year, month and day, or `nil` when ``text`` is not a valid `yyyy-mm-dd` date.
    public var components: (year: Int, month: Int, day: Int)? {
        var s = ASCIIScanner(text)
        guard let y = s.digits(4), s.take(UInt8(ascii: "-")), let m = s.digits(2), s.take(UInt8(ascii: "-")),
            let d = s.digits(2), s.isAtEnd, isValidDay(year: y, month: m, day: d)
        else { return nil }
        return (y, m, d)
    }

    public var formatProblem: String? {
        components == nil ? "expected a date such as 2024-05-01, found \"\(text)\"" : nil
    }

    public static func < (lhs: GraphDate, rhs: GraphDate) -> Bool { lhs.text < rhs.text }
}

extension String {
    /// Zero-padded on the left to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// A Graph primitive sent as a JSON string (dates, times, durations, GUIDs, base64), kept as the
/// exact text it arrived as.
///
/// Decoding never fails on a malformed value (Graph responses must still decode); the text is
/// re-encoded byte for byte, and ``formatProblem`` tells validation what is wrong with it.
public protocol GraphTextValue: Codable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral,
    Validatable
{
    /// The value exactly as received or given.
    var text: String { get }
    /// Wraps any text, valid or not.
    init(text: String)
    /// `nil` when ``text`` is well formed, else what was expected.
    var formatProblem: String? { get }
}

extension GraphTextValue {
    public var description: String { text }
    /// Whether ``text`` is well formed.
    public var isValid: Bool { formatProblem == nil }

    public init(stringLiteral value: String) { self.init(text: value) }

    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

/// A cursor over ASCII text for the small fixed formats of Graph primitives; no `Regex`, no
/// Foundation formatters (which reject 7 fractional digits or odd offsets).
struct ASCIIScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func take(anyOf set: [UInt8]) -> UInt8? {
        guard let b = peek, set.contains(b) else { return nil }
        index += 1
        return b
    }

    /// Exactly `count` decimal digits as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for i in index..<index + count {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        index += count
        return value
    }

    /// One or more decimal digits, as text.
    mutating func digitRun() -> String? {
        let start = index
        while let b = peek, b >= 0x30, b <= 0x39 { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
}

/// Whether `day` exists in `month` of `year`.
func isValidDay(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
}

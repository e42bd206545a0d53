import Foundation

/// A JSON number that keeps its value exactly, including integers beyond 2^53 and long decimals.
///
/// `JSONDecoder` does not hand out a number's literal text, so the value is read as `Int64`,
/// `UInt64` or `Decimal` (38 significant digits), in that order, and kept as canonical text.
/// Limits: the literal's spelling is normalised (`1.50` and `1.5e0` become `1.5`, `1.0` becomes `1`);
/// numbers beyond `Decimal`'s range or precision fall back to `Double`.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The number as canonical JSON text (`42`, `-1.5`, `12345678901234567890`).
    public let text: String

    /// Creates a number from JSON number text; `nil` when the text is not a number.
    public init?(_ text: String) {
        if let int = Int64(text) {
            self.text = String(int)
        } else if let uint = UInt64(text) {
            self.text = String(uint)
        } else if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
            !decimal.isNaN, text.first.map({ $0 == "-" || $0.isNumber }) == true
        {
            self.text = decimal.description
        } else if let double = Double(text), double.isFinite {
            self.text = String(double)
        } else {
            return nil
        }
    }

    /// An integer, written exactly.
    public init(_ value: Int64) { text = String(value) }
    public init(_ value: Int) { text = String(value) }
    public init(_ value: UInt64) { text = String(value) }
    /// A decimal, written with all its digits.
    public init(_ value: Decimal) { text = value.description }
    /// Doubles are written with Swift's shortest round-tripping spelling.
    public init(_ value: Double) { text = value.isFinite ? (JSONNumber(String(value))?.text ?? "0") : "0" }

    /// The value as `Int64` when it is an integer in range.
    public var int64Value: Int64? { Int64(text) }
    /// The value as the nearest `Double` (may round).
    public var doubleValue: Double? { Double(text) }
    /// The value as `Decimal` (exact up to 38 digits).
    public var decimalValue: Decimal? { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) }

    public var description: String { text }

    // Values, not spellings, are compared: `1` and `1.0` are the same JSON number.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.text == rhs.text { return true }
        if let l = lhs.decimalValue, let r = rhs.decimalValue { return l == r }
        return lhs.doubleValue == rhs.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        if let decimal = decimalValue { hasher.combine(decimal) } else { hasher.combine(doubleValue) }
    }

    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if let l = lhs.decimalValue, let r = rhs.decimalValue { return l < r }
        return (lhs.doubleValue ?? 0) < (rhs.doubleValue ?? 0)
    }
}

extension JSONNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let int = try? c.decode(Int64.self), (try? c.decode(Decimal.self)) == Decimal(int) {
            self.init(int)
        } else if let uint = try? c.decode(UInt64.self), (try? c.decode(Decimal.self)) == Decimal(uint) {
            self.init(uint)
        } else if let decimal = try? c.decode(Decimal.self) {
            self.init(decimal)
        } else {
            self.init(try c.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let int = Int64(text) {
            try c.encode(int)
        } else if let uint = UInt64(text) {
            try c.encode(uint)
        } else if let decimal = decimalValue, decimal.description == text {
            try c.encode(decimal)
        } else {
            try c.encode(Double(text) ?? 0)
        }
    }
}

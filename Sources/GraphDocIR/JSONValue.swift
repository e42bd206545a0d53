/// A JSON value as it appeared in a page, objects keeping their key order.
///
/// Numbers keep their literal text so that 64-bit integers beyond 2^53 and long fractions are not
/// rounded on their way through the IR.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written (`42`, `-1.5e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var objectMembers: [JSONMember]? {
        if case .object(let m) = self { return m }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// An object that is not a collection page: it has no `value` array. A response that a page
    /// states as a collection but shows like this is one object (lint and the example tests agree).
    public var isSingleObject: Bool { objectMembers != nil && self["value"]?.arrayValue == nil }
}

/// One `"key": value` pair of a JSON object, with where the key starts in the page.
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var value: JSONValue
    /// 1-based line and column of the key within the JSON text.
    public var line: Int
    public var column: Int

    public init(key: String, value: JSONValue, line: Int = 0, column: Int = 0) {
        self.key = key
        self.value = value
        self.line = line
        self.column = column
    }
}

extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            self = .object(try keyed.allKeys.map { JSONMember(key: $0.stringValue, value: try keyed.decode(JSONValue.self, forKey: $0)) })
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let i = try? single.decode(Int64.self) { self = .number(String(i)) }
        else if let d = try? single.decode(Double.self) { self = .number(String(d)) }
        else if let s = try? single.decode(String.self) { self = .string(s) }
        else {
            // What is left is a number no Double holds (`1e400`, as the IR writes an example's
            // number that way): Foundation's decoder gives neither its value nor its text, so it
            // reads as null rather than failing the whole IR file.
            self = .null
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .number(let text):
            if let i = Int64(text) {
                var c = encoder.singleValueContainer()
                try c.encode(i)
            } else if let d = Double(text), d.isFinite {
                var c = encoder.singleValueContainer()
                try c.encode(d)
            } else if let lexemeWriter = encoder as? any JSONNumberLexemeEncoding, Self.isNumberLexeme(text) {
                // Valid JSON such as `1e400` rounds to infinity, which JSONEncoder refuses: the IR
                // writer spells the number as the page did.
                lexemeWriter.encodeNumberLexeme(text)
            } else {
                // Another encoder has no way to spell it as a number; its text survives as a string.
                var c = encoder.singleValueContainer()
                try c.encode(text)
            }
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let members):
            var c = encoder.container(keyedBy: Key.self)
            for m in members { try c.encode(m.value, forKey: Key(stringValue: m.key)) }
        }
    }
}

extension JSONValue {
    /// Whether `text` is a number as RFC 8259 spells it: `-`? int (`.` digits)? (`e` sign? digits)?.
    public static func isNumberLexeme(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let run = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(run)
            return run
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let leadingZero = bytes.first == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

/// An encoder that can write a JSON number as given text, for numbers no Double holds finitely.
protocol JSONNumberLexemeEncoding {
    /// Writes `text`, a JSON number as RFC 8259 spells it, as the value being encoded.
    func encodeNumberLexeme(_ text: String)
}

extension JSONValue {
    /// Equality of JSON values as data: object key order and source positions are ignored, and
    /// numbers compare by value (`1.0` equals `1`).
    public func isSameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSameValue(as: $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            var remaining = b
            for member in a {
                guard let index = remaining.firstIndex(where: { $0.key == member.key && $0.value.isSameValue(as: member.value) }) else { return false }
                remaining.remove(at: index)
            }
            return true
        default: return false
        }
    }
}

import Foundation

/// Writes an `Encodable` value as the exact bytes that `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, in one pass into a byte buffer.
///
/// `JSONEncoder` first builds a tree of boxed values and then serializes it; for the IR of the whole
/// reference that was a fifth of `graphdoc ir`'s time. This writer streams instead: a keyed
/// container writes its members in the order they are encoded and, when its `encode(to:)` call
/// returns, moves them into key order (byte order of the UTF-8 keys, the last of repeated keys
/// winning, as `JSONEncoder` does). The IR tests compare its output with `JSONEncoder`'s.
///
/// It covers what plain data's `Codable` conformances use: keyed, unkeyed and single-value
/// containers holding strings, booleans, integers, floating-point numbers, nil and other
/// `Encodable` values. The values `JSONEncoder` spells its own way (`Data`, `Date`, `URL`,
/// `Decimal`) throw an `EncodingError` rather than come out different. Nested containers and
/// `superEncoder` cannot throw: the IR's conformances use none, and asking for one stops with a
/// precondition failure (a programming error, not an input error).
public enum SortedJSONWriter {
    /// `value` as pretty-printed JSON starting at nesting `depth` (two spaces per level): the first
    /// line is not indented, the following ones are, as if the value sat that deep in a document.
    public static func encode<T: Encodable>(_ value: T, depth: Int = 0) throws -> [UInt8] {
        let writer = Writer()
        try writer.writeValue(value, depth: depth)
        return writer.bytes
    }

    /// `values` as consecutive elements of a pretty-printed array whose elements sit at `depth`:
    /// each indented on its own line, separated by `,` and a line break, with no brackets and no
    /// line break before the first or after the last. One buffer and one set of encoders serve all
    /// of them.
    public static func encodeElements<T: Encodable>(_ values: ArraySlice<T>, depth: Int) throws -> [UInt8] {
        let writer = Writer()
        for (position, value) in values.enumerated() {
            if position > 0 { writer.write { $0.append(0x2C); $0.append(0x0A) } }
            writer.write { bytes in for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) } }
            try writer.writeValue(value, depth: depth)
        }
        return writer.bytes
    }
}

extension SortedJSONWriter {
    /// The output buffer and one reusable encoder per nesting depth.
    fileprivate final class Writer {
        var bytes: [UInt8] = []
        private var levels: [Level] = []
        /// Where an object's members are copied while they are put in key order.
        var scratch: [UInt8] = []

        init() { bytes.reserveCapacity(4096) }

        /// One exclusive access to the buffer for a whole write (each access to a class's stored
        /// property is checked at run time, and per byte that cost more than the writing).
        @inline(__always) func write(_ body: (inout [UInt8]) -> Void) { body(&bytes) }

        func level(_ depth: Int) -> Level {
            while levels.count <= depth { levels.append(Level(writer: self, depth: levels.count)) }
            return levels[depth]
        }

        func writeValue<T: Encodable>(_ value: T, depth: Int) throws {
            if T.self == Data.self || T.self == Date.self || T.self == URL.self || T.self == Decimal.self {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "SortedJSONWriter does not write \(T.self); JSONEncoder spells it its own way"))
            }
            // Values at the same depth are written one after another, so the level can be reused;
            // a single-value container hands its value to the same depth and it finishes first.
            let level = level(depth)
            level.open()
            try value.encode(to: level)
            level.close()
        }

        func writeString(_ string: String) {
            var string = string
            string.withUTF8 { utf8 in write { Writer.appendString(utf8, to: &$0) } }
        }

        /// A quoted, escaped JSON string: `"`, `\\` and control characters escaped as JSONEncoder
        /// escapes them, everything else (slashes and non-ASCII included) as is.
        static func appendString(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
            bytes.append(0x22)
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "u00".utf8)
                    bytes.append(hex[Int(byte >> 4)]); bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            bytes.append(0x22)
        }

        /// The separator before a member or element: a comma after the first, a line break, indentation.
        static func appendNewLine(_ depth: Int, afterFirst: Bool, to bytes: inout [UInt8]) {
            if afterFirst { bytes.append(0x2C) }
            bytes.append(0x0A)
            for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
        }

        func writeLiteral(_ text: StaticString) {
            write { $0.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        }

        func writeInteger<I: BinaryInteger>(_ value: I) {
            let text = String(value)
            write { $0.append(contentsOf: text.utf8) }
        }

        func writeFloat<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
            guard value.isFinite else {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
            }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            write { $0.append(contentsOf: text.utf8) }
        }
    }

    /// What one `encode(to:)` call at one depth opened.
    fileprivate enum Opened { case nothing, object, array, single, closed }

    /// A member of an object as written: its key and where it lies in the buffer.
    fileprivate struct Member {
        var key: String
        /// Where the separator before it (`,\n` and indentation) starts.
        var separatorStart: Int
        /// Where `"key" : value` starts and ends.
        var start: Int
        var end: Int
    }

    /// The encoder for values at one depth, and the state of the container they opened.
    fileprivate final class Level: Encoder, JSONNumberLexemeEncoding {
        // The writer owns its levels and outlives every use of them (they live only during one
        // `encode`), so the back reference needs no reference counting.
        unowned(unsafe) let writer: Writer
        let depth: Int
        var opened = Opened.nothing
        var members: [Member] = []
        var elementCount = 0
        /// The keys, in write order, of the last object sorted at this depth, and its key order.
        private var orderedKeys: [String] = []
        private var cachedOrder: [Int] = []

        init(writer: Writer, depth: Int) {
            self.writer = writer
            self.depth = depth
        }

        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func open() {
            opened = .nothing
            members.removeAll(keepingCapacity: true)
            elementCount = 0
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if opened == .nothing {
                opened = .object
                writer.write { $0.append(UInt8(ascii: "{")) }
            }
            return KeyedEncodingContainer(KeyedContainer<Key>(level: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if opened == .nothing {
                opened = .array
                writer.write { $0.append(UInt8(ascii: "[")) }
            }
            return UnkeyedContainer(level: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            if opened == .nothing { opened = .single }
            return SingleValueContainer(level: self)
        }

        func encodeNumberLexeme(_ text: String) {
            if opened == .nothing { opened = .single }
            writer.write { $0.append(contentsOf: text.utf8) }
        }

        /// Starts a member: separator, indentation and `"key" : `.
        func beginMember(_ key: String) {
            let afterFirst = !members.isEmpty, depth = depth
            var separatorStart = 0, start = 0
            var key = key
            key.withUTF8 { utf8 in
                writer.write { bytes in
                    separatorStart = bytes.count
                    Writer.appendNewLine(depth + 1, afterFirst: afterFirst, to: &bytes)
                    start = bytes.count
                    Writer.appendString(utf8, to: &bytes)
                    bytes.append(0x20); bytes.append(0x3A); bytes.append(0x20)
                }
            }
            members.append(Member(key: key, separatorStart: separatorStart, start: start, end: start))
        }

        func endMember() {
            var end = 0
            writer.write { end = $0.count }
            members[members.count - 1].end = end
        }

        func beginElement() {
            let afterFirst = elementCount > 0, depth = depth
            writer.write { Writer.appendNewLine(depth + 1, afterFirst: afterFirst, to: &$0) }
            elementCount += 1
        }

        func close() {
            switch opened {
            case .nothing:
                // An `encode(to:)` that opened no container is an empty object to JSONEncoder
                // (nested; at the top it throws there).
                writer.write { $0.append(UInt8(ascii: "{")) }
                closeBracket(UInt8(ascii: "}"), empty: true)
            case .object:
                if !members.isEmpty { sortMembers() }
                closeBracket(UInt8(ascii: "}"), empty: members.isEmpty)
            case .array:
                closeBracket(UInt8(ascii: "]"), empty: elementCount == 0)
            case .single, .closed:
                break
            }
            opened = .closed
        }

        private func closeBracket(_ bracket: UInt8, empty: Bool) {
            let depth = depth
            writer.write { bytes in
                if empty { bytes.append(0x0A) }
                Writer.appendNewLine(depth, afterFirst: false, to: &bytes)
                bytes.append(bracket)
            }
        }

        /// Rewrites the members in key order; of repeated keys the last one written stays.
        private func sortMembers() {
            let order = keyOrder()
            if order.count == members.count && order.indices.elementsEqual(order) { return }
            let base = members[0].separatorStart
            var scratch: [UInt8] = []
            swap(&scratch, &writer.scratch)  // one owner, so clearing keeps its storage
            scratch.removeAll(keepingCapacity: true)
            let members = members, depth = depth
            writer.write { bytes in
                scratch.append(contentsOf: bytes[base...])
                bytes.removeSubrange(base...)
                for (position, index) in order.enumerated() {
                    Writer.appendNewLine(depth + 1, afterFirst: position > 0, to: &bytes)
                    bytes.append(contentsOf: scratch[(members[index].start - base)..<(members[index].end - base)])
                }
            }
            writer.scratch = scratch
        }

        /// The indices of the members to write, in key order. Objects of one type arrive with the
        /// same keys in the same order, so the order of the previous object at this depth is reused
        /// when its keys match.
        private func keyOrder() -> [Int] {
            if members.count == orderedKeys.count && zip(members, orderedKeys).allSatisfy({ $0.key == $1 }) {
                return cachedOrder
            }
            // Key order, then write order among repeated keys, of which only the last is kept.
            let members = members
            let sorted = members.indices.sorted { a, b in
                members[a].key == members[b].key ? a < b : members[a].key.utf8.lexicographicallyPrecedes(members[b].key.utf8)
            }
            cachedOrder = sorted.indices.filter { position in
                position + 1 == sorted.count || members[sorted[position + 1]].key != members[sorted[position]].key
            }.map { sorted[$0] }
            orderedKeys = members.map(\.key)
            return cachedOrder
        }

        func unsupported(_ what: String) -> Never {
            preconditionFailure("SortedJSONWriter does not support \(what)")
        }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let level: Level
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {
            level.beginMember(key.stringValue); level.writer.writeLiteral("null"); level.endMember()
        }
        mutating func encode(_ value: Bool, forKey key: Key) throws {
            level.beginMember(key.stringValue); level.writer.writeLiteral(value ? "true" : "false"); level.endMember()
        }
        mutating func encode(_ value: String, forKey key: Key) throws {
            level.beginMember(key.stringValue); level.writer.writeString(value); level.endMember()
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            level.beginMember(key.stringValue); level.writer.writeInteger(value); level.endMember()
        }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            level.beginMember(key.stringValue); try level.writer.writeFloat(value); level.endMember()
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            level.beginMember(key.stringValue)
            try level.writer.writeValue(value, depth: level.depth + 1)
            level.endMember()
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            level.unsupported("nested containers")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            level.unsupported("nested containers")
        }
        mutating func superEncoder() -> any Encoder { level.unsupported("superEncoder") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { level.unsupported("superEncoder") }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
        let level: Level
        var codingPath: [any CodingKey] { [] }
        var count: Int { level.elementCount }

        mutating func encodeNil() throws { level.beginElement(); level.writer.writeLiteral("null") }
        mutating func encode(_ value: Bool) throws { level.beginElement(); level.writer.writeLiteral(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { level.beginElement(); level.writer.writeString(value) }
        mutating func encode(_ value: Int) throws { level.beginElement(); level.writer.writeInteger(value) }
        mutating func encode(_ value: Double) throws { level.beginElement(); try level.writer.writeFloat(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            level.beginElement()
            try level.writer.writeValue(value, depth: level.depth + 1)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            level.unsupported("nested containers")
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { level.unsupported("nested containers") }
        mutating func superEncoder() -> any Encoder { level.unsupported("superEncoder") }
    }

    fileprivate struct SingleValueContainer: SingleValueEncodingContainer {
        let level: Level
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { level.writer.writeLiteral("null") }
        mutating func encode(_ value: Bool) throws { level.writer.writeLiteral(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { level.writer.writeString(value) }
        mutating func encode(_ value: Double) throws { try level.writer.writeFloat(value) }
        mutating func encode(_ value: Float) throws { try level.writer.writeFloat(value) }
        mutating func encode(_ value: Int) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: Int8) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: Int16) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: Int32) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: Int64) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: UInt) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: UInt8) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: UInt16) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: UInt32) throws { level.writer.writeInteger(value) }
        mutating func encode(_ value: UInt64) throws { level.writer.writeInteger(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try level.writer.writeValue(value, depth: level.depth) }
    }
}

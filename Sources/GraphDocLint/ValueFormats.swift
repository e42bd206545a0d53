import Foundation

/// Format checks for string-serialised primitives. Written as small scanners over UTF-8 because they
/// run on every example value of the corpus (DESIGN.md: hot paths avoid `Regex`).
enum ValueFormats {
    /// Whether the whole of `text` matches the regular expression `pattern`, as generated
    /// validators check it (an invalid pattern matches nothing).
    static func matches(_ text: String, pattern: String) -> Bool {
        guard let range = text.range(of: "^(?:" + pattern + ")$", options: .regularExpression) else { return false }
        return range == text.startIndex..<text.endIndex
    }

    static func conforms(_ text: String, to typeName: String) -> Bool {
        switch typeName {
        case "Guid": isGuid(text)
        case "Date": isDate(Array(text.utf8)[...])
        case "DateTimeOffset": isDateTimeOffset(text)
        default: true
        }
    }

    static func isGuid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (offset, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(offset) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !isHex(byte) {
                return false
            }
        }
        return true
    }

    /// `yyyy-mm-dd`.
    static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        let base = bytes.startIndex
        for offset in 0..<10 {
            let byte = bytes[base + offset]
            if offset == 4 || offset == 7 {
                if byte != UInt8(ascii: "-") { return false }
            } else if !isDigit(byte) {
                return false
            }
        }
        return true
    }

    /// `yyyy-mm-ddThh:mm[:ss[.fffffff]](Z|±hh:mm)`; the offset is required, as in OData.
    static func isDateTimeOffset(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 17, isDate(bytes[0..<10]), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else {
            return false
        }
        var index = 11
        func digits(_ count: Int) -> Bool {
            guard index + count <= bytes.count, bytes[index..<(index + count)].allSatisfy(isDigit) else { return false }
            index += count
            return true
        }
        guard digits(2), index < bytes.count, bytes[index] == UInt8(ascii: ":"), { index += 1; return true }(), digits(2) else {
            return false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            guard digits(2) else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") { return index + 1 == bytes.count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return false }
        index += 1
        guard digits(2), index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        return digits(2) && index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}

/// Substring search over UTF-8 bytes. Foundation's `range(of:)` bridges through NSString and
/// dominated profiles of a corpus run; descriptions are searched for dozens of phrases each.
extension StringProtocol {
    /// The UTF-8 offset of the first occurrence of `needle` at or after `start`, or `nil`.
    public func utf8Offset(of needle: some StringProtocol, from start: Int = 0) -> Int? {
        var haystack = String(self)
        var pattern = String(needle)
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n in UTF8Search.find(n, in: h, from: start) }
        }
    }

    /// Whether `needle` occurs, compared byte for byte.
    public func containsText(_ needle: some StringProtocol) -> Bool { utf8Offset(of: needle) != nil }

    /// Whether any of `needles` occurs.
    public func containsAny(_ needles: [String]) -> Bool {
        var haystack = String(self)
        return haystack.withUTF8 { h in
            needles.contains { needle in
                var pattern = needle
                return pattern.withUTF8 { UTF8Search.find($0, in: h, from: 0) != nil }
            }
        }
    }
}

public enum UTF8Search {
    public static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return start <= h ? start : nil }
        guard h >= n, start <= h - n else { return nil }
        let first = needle[0]
        var i = start
        let last = h - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n, haystack[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing scalars that satisfy `predicate` (stdlib only: Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, which showed in profiles).
    public func trimmed(where predicate: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !predicate($0) }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !predicate($0) })!)
        return String(self[start..<end])
    }

    /// The text without leading and trailing spaces, tabs, line breaks and no-break spaces.
    public var trimmedBlanks: String {
        trimmed { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
    }

    /// The text without leading and trailing scalars among `characters`.
    public func trimmed(scalars characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        return trimmed { set.contains($0) }
    }
}

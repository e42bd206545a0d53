#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes. Foundation's `range(of:)` bridges through NSString and
/// dominated profiles of a corpus run; descriptions are searched for dozens of phrases each.
extension StringProtocol {
    /// The UTF-8 offset of the first occurrence of `needle` at or after `start`, or `nil`.
    public func utf8Offset(of needle: some StringProtocol, from start: Int = 0) -> Int? {
        var haystack = self as? String ?? String(self)
        var pattern = needle as? String ?? String(needle)
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n in UTF8Search.find(n, in: h, from: start) }
        }
    }

    /// The UTF-8 offset of the last occurrence of `needle`, or `nil`.
    public func lastUTF8Offset(of needle: String) -> Int? {
        var haystack = self as? String ?? String(self)
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n in
                var last: Int?
                while let next = UTF8Search.find(n, in: h, from: last.map { $0 + 1 } ?? 0) { last = next }
                return last
            }
        }
    }

    /// Whether `needle` occurs, compared byte for byte.
    public func containsText(_ needle: some StringProtocol) -> Bool { utf8Offset(of: needle) != nil }

    /// The text with every occurrence of `target` replaced by `replacement`, left to right, compared
    /// byte for byte (Foundation's `replacingOccurrences` goes through NSString).
    public func replacingText(_ target: String, with replacement: String) -> String {
        let text = self as? String ?? String(self)
        guard !target.isEmpty, var offset = text.utf8Offset(of: target) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            output.append(contentsOf: bytes[copied..<offset])
            output.append(contentsOf: replacement.utf8)
            copied = offset + target.utf8.count
            guard let next = text.utf8Offset(of: target, from: copied) else { break }
            offset = next
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether any of `needles` occurs.
    public func containsAny(_ needles: [String]) -> Bool {
        var haystack = self as? String ?? String(self)
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
        guard h >= n, start <= h - n, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let first = Int32(pattern.pointee)
        var i = start
        let last = h - n
        while i <= last {
            // memchr is vectorised; candidates for the first byte are rare in prose.
            guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(base + i + 1, pattern + 1, n - 1) == 0 { return i }
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
        // Most text is already trimmed: no index arithmetic then.
        if let first = scalars.first, let last = scalars.last, !predicate(first), !predicate(last) {
            return self as? String ?? String(self)
        }
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

/// Percent-encoding per RFC 3986, one rule per URL component the runtime writes.
///
/// Every byte of the text's UTF-8 that the rule does not keep becomes `%XX` (upper-case hex), so
/// non-ASCII text is encoded as its UTF-8 bytes.
enum PercentEncoding {
    /// Encodes every byte of `text` that `keeps` rejects.
    static func encode(_ text: some StringProtocol, keeping keeps: (UInt8) -> Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if keeps(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 3986 `unreserved`: letters, digits, `-`, `.`, `_`, `~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// A value filled into a path placeholder: unreserved characters and `@` (user principal names
    /// stay readable). Everything that delimits something in a Graph path is encoded: `/` and `?`,
    /// OData's `'`, `(`, `)`, `,`, `=`, and `:` (it ends a drive item path).
    static func isPathArgument(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || byte == UInt8(ascii: "@")
    }

    /// A drive item path (`root:/{item-path}:`): a path argument that keeps its `/` separators.
    static func isItemPathArgument(_ byte: UInt8) -> Bool {
        isPathArgument(byte) || byte == UInt8(ascii: "/")
    }

    /// The template's own text between placeholders: RFC 3986 `pchar` (sub-delimiters, `:` and
    /// `@` kept, so `root:`, `$ref` and `f(a='x')` go out as documented) and `%`, which the
    /// documentation only writes as an escape already made.
    static func isPathLiteral(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || isSubDelimiter(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
            || byte == UInt8(ascii: "%")
    }

    /// A query parameter's name or value: RFC 3986 `query` characters except those a server reads
    /// as structure or as a space: `&`, `=`, `+`, `;`, `#` and `%` are encoded, so `+02:00` stays a
    /// plus and a value may hold `a&b=c`. `$`, `,`, `'`, `(`, `)`, `:`, `/` stay readable
    /// (`$select=id,subject`, `$filter=startswith(displayName,'J')`).
    static func isQueryText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: ";"): false
        default:
            isUnreserved(byte) || isSubDelimiter(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?")
        }
    }

    /// RFC 3986 `sub-delims`: `!$&'()*+,;=`.
    private static func isSubDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="):
            true
        default: false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}

/// ASCII character classes as plain byte ranges. `Unicode.Scalar.Properties` answers the same for
/// ASCII but looks each scalar up in the Unicode tables, which showed in profiles of whole-corpus runs.
extension Unicode.Scalar {
    /// `A`–`Z` or `a`–`z`.
    public var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    /// `0`–`9`.
    public var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}

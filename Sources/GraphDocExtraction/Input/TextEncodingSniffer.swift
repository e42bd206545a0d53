/// Tells UTF-16 text from UTF-8 and from binary data, so that a page saved as UTF-16 (as some
/// Windows editors do) is reported as such rather than as "binary data (a NUL byte at offset 1)".
///
/// graphdoc reads UTF-8 only: the docs are UTF-8, and a page in another encoding is a mistake to
/// fix in the docs, not one to paper over.
enum TextEncodingSniffer {
    /// "little-endian, with a byte order mark" and the like when `bytes` read as UTF-16, else nil.
    ///
    /// Without a byte order mark, UTF-16 text of ASCII-range characters (markdown's `#`, `|`, `-`,
    /// letters) has a NUL in every other byte and none between; binary data does not keep to one
    /// parity.
    static func utf16Encoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return "little-endian, with a byte order mark" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "big-endian, with a byte order mark" }
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var nulsAtEven = 0, nulsAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { nulsAtEven += 1 } else { nulsAtOdd += 1 }
        }
        let units = sample.count / 2
        // Most code units ASCII-range (the markup at least), all NULs on one side.
        if nulsAtEven == 0, nulsAtOdd * 2 > units { return "little-endian, without a byte order mark" }
        if nulsAtOdd == 0, nulsAtEven * 2 > units { return "big-endian, without a byte order mark" }
        return nil
    }
}

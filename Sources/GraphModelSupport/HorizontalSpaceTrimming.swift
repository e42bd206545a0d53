extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: Unicode `Zs` and U+0009, the set
    /// Foundation calls `CharacterSet.whitespaces`, trimmed without bridging to `NSString` (route and
    /// URL parsing does this for every route and example of a whole reference).
    package func trimmingHorizontalSpace() -> Substring {
        let scalars = Substring(self).unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return Substring(scalars[scalars.endIndex...]) }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }
}

extension HTMLTag {
    /// The anchors a piece of HTML names: the `id` of any tag and the `name` of an `<a>` tag.
    /// Attributes count only as whole names, so `data-ttu-id` (side-by-side spans) names nothing.
    static func anchorNames(in html: String) -> [String] {
        var names: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            guard let first = tag.first, first.isLetter else { continue }
            let element = tag.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if let id = attributeValue(named: "id", in: tag) { names.append(id) }
            if element == "a", let name = attributeValue(named: "name", in: tag) { names.append(name) }
        }
        return names
    }

    /// The value of the attribute `name` (whole word, any case) in the inside of one tag, quoted or not.
    private static func attributeValue(named name: String, in tag: Substring) -> String? {
        let lowered = tag.lowercased()
        var searchStart = lowered.startIndex
        while let found = lowered[searchStart...].range(of: name + "=") {
            searchStart = found.upperBound
            guard found.lowerBound > lowered.startIndex,
                  lowered[lowered.index(before: found.lowerBound)].isWhitespace else { continue }
            // Same offsets in the original: lowercasing ASCII attribute names keeps positions for them,
            // and the value is read from the original to keep its case.
            let offset = lowered.distance(from: lowered.startIndex, to: found.upperBound)
            guard offset <= tag.count else { return nil }
            var value = tag.dropFirst(offset)
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst()
                return value.firstIndex(of: quote).map { String(value[..<$0]) }
            }
            return String(value.prefix { !$0.isWhitespace && $0 != "/" })
        }
        return nil
    }
}

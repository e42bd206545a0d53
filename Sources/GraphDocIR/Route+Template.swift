extension Route {
    /// The path as the route template that client code and example matching use: a sample key (a
    /// GUID copied from an example) written where a placeholder belongs becomes `{key}` (`{key2}`, ...
    /// after the first), a path written without its leading `/` gets one, and a full URL
    /// (`https://graph.microsoft.com/v1.0/policies`) loses its host and version. Lint reports both
    /// defects (`route-literal-key`, `route-relative-path`); the models and the example checks read the
    /// route the page meant, so each defect is reported once, on the route line, and not again by
    /// every example.
    public var templatePath: String {
        var path = serviceRootPath ?? path
        var count = 0
        while let key = Self.firstSampleKey(in: path), let range = path.firstRange(of: key) {
            count += 1
            path.replaceSubrange(range, with: count == 1 ? "{key}" : "{key\(count)}")
        }
        if isRelative { path = "/" + path }
        return path
    }

    /// Whether the path was written without its leading `/` (`policies/claimsMappingPolicies`).
    public var isRelative: Bool {
        serviceRootPath == nil && (path.unicodeScalars.first?.properties.isAlphabetic ?? false)
    }

    /// For a route written as a full URL (`https://graph.microsoft.com/v1.0/policies/x`), the path
    /// from the service root (`/policies/x`); nil for a path.
    public var serviceRootPath: String? {
        // A scheme starts with a letter; most routes start with `/` and need no search.
        guard path.unicodeScalars.first?.properties.isAlphabetic == true, let scheme = path.firstRange(of: "://"),
              path[..<scheme.lowerBound].allSatisfy(\.isLetter), !path[..<scheme.lowerBound].isEmpty else { return nil }
        let afterHost = path[scheme.upperBound...].drop { $0 != "/" }
        var segments = afterHost.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if let version = segments.first, version == "v1.0" || version == "beta" { segments = segments.dropFirst() }
        return "/" + segments.joined(separator: "/")
    }

    /// The first GUID-shaped run of characters outside `{...}` in `path`, if any.
    public static func firstSampleKey(in path: String) -> String? {
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return firstASCIISampleKey(in: path) }
        var depth = 0
        var token = ""
        func check() -> String? { GuidText.isGuid(token) ? token : nil }
        for character in path {
            switch character {
            case "{": depth += 1; token = ""
            case "}": depth -= 1; token = ""
            case _ where depth > 0: continue
            case _ where character.isHexDigit || character == "-":
                token.append(character)
            default:
                if let found = check() { return found }
                token = ""
            }
        }
        return check()
    }

    /// ``firstSampleKey(in:)`` for ASCII text, byte by byte (lint asks for every route's template
    /// path many times).
    private static func firstASCIISampleKey(in path: String) -> String? {
        var depth = 0
        var tokenStart: String.UTF8View.Index?
        let bytes = path.utf8
        func check(_ end: String.UTF8View.Index) -> String? {
            guard let start = tokenStart, bytes.distance(from: start, to: end) == 36 else { return nil }
            let token = Substring(bytes[start..<end])
            return GuidText.isGuid(token) ? String(token) : nil
        }
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"): depth += 1; tokenStart = nil
            case UInt8(ascii: "}"): depth -= 1; tokenStart = nil
            case _ where depth > 0: break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "-"):
                if tokenStart == nil { tokenStart = index }
            default:
                if let found = check(index) { return found }
                tokenStart = nil
            }
            index = bytes.index(after: index)
        }
        return check(bytes.endIndex)
    }
}

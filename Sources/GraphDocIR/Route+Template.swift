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
        while let key = Self.firstSampleKey(in: path), let range = path.range(of: key) {
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
        guard let scheme = path.range(of: "://"), path[..<scheme.lowerBound].allSatisfy(\.isLetter),
              !path[..<scheme.lowerBound].isEmpty else { return nil }
        let afterHost = path[scheme.upperBound...].drop { $0 != "/" }
        var segments = afterHost.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if let version = segments.first, version == "v1.0" || version == "beta" { segments = segments.dropFirst() }
        return "/" + segments.joined(separator: "/")
    }

    /// The first GUID-shaped run of characters outside `{...}` in `path`, if any.
    public static func firstSampleKey(in path: String) -> String? {
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
}

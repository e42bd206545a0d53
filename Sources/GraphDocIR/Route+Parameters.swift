extension Route {
    /// The names the path's `{placeholders}` give, each alternative of `{id | userPrincipalName}` on
    /// its own, in order.
    public var placeholderNames: [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            for alternative in rest[rest.index(after: open)..<close].split(separator: "|") {
                let name = alternative.trimmingBlanks
                if !name.isEmpty { names.append(String(name)) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The parameter names of the function calls in the path, in order:
    /// `getEmailActivityUserCounts(period='{period_value}')` gives `period`; a key in parentheses
    /// (`items('{id}')`) names no parameter.
    public var functionArgumentNames: [String] {
        var names: [String] = []
        var rest = Substring(serviceRootPath ?? path).prefix { $0 != "?" }
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            for argument in rest[rest.index(after: open)..<close].split(separator: ",") {
                guard let equals = argument.firstIndex(of: "=") else { continue }
                let name = argument[..<equals].trimmingBlanks
                if !name.isEmpty { names.append(String(name)) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: Substring {
        let isContent: (Character) -> Bool = { $0 != " " && $0 != "\t" }
        guard let first = firstIndex(where: isContent), let last = lastIndex(where: isContent) else { return self[endIndex...] }
        return self[first...last]
    }
}

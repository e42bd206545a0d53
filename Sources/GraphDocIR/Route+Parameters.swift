extension Route {
    /// The contents of a path's `{placeholders}` in order, as written (`id | userPrincipalName`); a
    /// `{` inside an unclosed one starts over.
    public static func placeholders(in path: String) -> [Substring] {
        var result: [Substring] = []
        var open: String.Index?
        for index in path.indices {
            switch path[index] {
            case "{": open = path.index(after: index)
            case "}":
                if let start = open { result.append(path[start..<index]) }
                open = nil
            default: break
            }
        }
        return result
    }

    /// The names the path's `{placeholders}` give, each alternative of `{id | userPrincipalName}` on
    /// its own, in order.
    public var placeholderNames: [String] {
        Self.placeholders(in: path).flatMap { $0.split(separator: "|") }.map { $0.trimming() }.filter { !$0.isEmpty }.map(String.init)
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
                let name = argument[..<equals].trimming()
                if !name.isEmpty { names.append(String(name)) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

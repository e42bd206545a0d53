/// Finds the `{placeholder}`s of a documented route.
enum RouteParameterScanner {
    /// Each `{...}` content in order, without duplicates.
    static func placeholders(in path: String) -> [String] {
        var result: [String] = []
        var current: String?
        for ch in path {
            if ch == "{" {
                current = ""
            } else if ch == "}", let name = current {
                if !name.isEmpty, !result.contains(name) { result.append(name) }
                current = nil
            } else {
                current?.append(ch)
            }
        }
        return result
    }

    /// The parameter name of a placeholder: its first word (`id | userPrincipalName` -> `id`).
    static func parameterName(_ placeholder: String) -> String {
        let word = placeholder.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }).first
        return word.map(String.init) ?? placeholder
    }
}

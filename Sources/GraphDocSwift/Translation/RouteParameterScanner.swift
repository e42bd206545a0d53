import GraphDocIR

/// Finds the `{placeholder}`s of a documented route.
enum RouteParameterScanner {
    /// Each `{...}` content in order, without duplicates.
    static func placeholders(in path: String) -> [String] {
        var result: [String] = []
        for placeholder in Route.placeholders(in: path).map(String.init) where !placeholder.isEmpty && !result.contains(placeholder) {
            result.append(placeholder)
        }
        return result
    }

    /// The parameter name of a placeholder: its first word (`id | userPrincipalName` -> `id`).
    static func parameterName(_ placeholder: String) -> String {
        let word = placeholder.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }).first
        return word.map(String.init) ?? placeholder
    }
}

import GraphDocIR

/// Gives each operation a unique id.
enum OperationMerger {
    /// Operations keyed by file name; a second page with the same file name (another API version)
    /// is keyed by its path instead.
    static func operations(_ operations: [Operation]) -> [Operation] {
        var seen = Set<String>()
        return operations.map { operation in
            var o = operation
            if seen.contains(o.id) {
                o.id = o.page.hasSuffix(".md") ? String(o.page.dropLast(3)) : o.page
            }
            seen.insert(o.id)
            return o
        }
    }
}

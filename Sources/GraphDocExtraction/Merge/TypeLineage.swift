import GraphDocIR

/// Merged types found by name (any case; the first of a name wins), and the chains of base types
/// they state. The merge steps that ask "does this type or an ancestor have ..." share it.
struct TypeLineage {
    private var indexByName: [String: Int] = [:]
    private var baseByIndex: [Int: String] = [:]

    init(_ types: [TypeDefinition]) {
        for index in types.indices where indexByName[types[index].name.lowercased()] == nil {
            indexByName[types[index].name.lowercased()] = index
            baseByIndex[index] = types[index].baseType
        }
    }

    /// The index of the type called `name`.
    func index(of name: String) -> Int? { indexByName[name.lowercased()] }

    /// The indices of the type called `name` and of its ancestors, nearest first, as far as the types
    /// state them; a cycle ends the chain.
    func lineage(of name: String) -> [Int] {
        var chain: [Int] = []
        var current = index(of: name)
        while let index = current, !chain.contains(index) {
            chain.append(index)
            current = baseByIndex[index].flatMap(self.index(of:))
        }
        return chain
    }
}

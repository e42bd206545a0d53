import GraphDocIR

/// A property whose (non-collection) type leads back to its owner: storing it inline would give
/// the struct infinite size, so it is stored through `GraphModelSupport.Indirect`.
struct RecursionEdge: Hashable, Sendable {
    /// The owning type's lookup key.
    var from: String
    var property: String

    /// The edges that lie on a cycle of the type graph (Tarjan's strongly connected components).
    static func cycles(in types: [(String, [Property])], types mapper: SwiftTypeMapper) -> Set<RecursionEdge> {
        var targets: [String: [(String, String)]] = [:]
        var nodes: [String] = []
        for (name, properties) in types {
            let key = SwiftTypeMapper.key(name)
            nodes.append(key)
            for property in properties where !property.type.collection {
                let mapping = mapper.map(property.type, enumName: property.enum)
                guard mapping.modelType != nil else { continue }
                targets[key, default: []].append((SwiftTypeMapper.key(property.type.name), property.name))
            }
        }
        var index = 0
        var indices: [String: Int] = [:]
        var lowlink: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var component: [String: Int] = [:]
        var componentCount = 0
        func connect(_ v: String) {
            indices[v] = index
            lowlink[v] = index
            index += 1
            stack.append(v)
            onStack.insert(v)
            for (w, _) in targets[v] ?? [] {
                if indices[w] == nil {
                    connect(w)
                    lowlink[v] = min(lowlink[v]!, lowlink[w] ?? Int.max)
                } else if onStack.contains(w) {
                    lowlink[v] = min(lowlink[v]!, indices[w]!)
                }
            }
            if lowlink[v] == indices[v] {
                while let w = stack.popLast() {
                    onStack.remove(w)
                    component[w] = componentCount
                    if w == v { break }
                }
                componentCount += 1
            }
        }
        for node in nodes where indices[node] == nil { connect(node) }
        var edges: Set<RecursionEdge> = []
        for (from, list) in targets {
            for (to, property) in list where component[from] != nil && component[from] == component[to] {
                edges.insert(RecursionEdge(from: from, property: property))
            }
        }
        return edges
    }
}

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
        func visit(_ v: String) {
            indices[v] = index
            lowlink[v] = index
            index += 1
            stack.append(v)
            onStack.insert(v)
        }
        // Iterative, with an explicit stack of (node, next edge to follow): a chain of thousands of
        // types must not overflow the call stack.
        for root in nodes where indices[root] == nil {
            visit(root)
            var work: [(node: String, next: Int)] = [(root, 0)]
            while let (v, next) = work.last {
                let edges = targets[v] ?? []
                if next < edges.count {
                    work[work.count - 1].next += 1
                    let w = edges[next].0
                    if indices[w] == nil {
                        visit(w)
                        work.append((w, 0))
                    } else if onStack.contains(w) {
                        lowlink[v] = min(lowlink[v]!, indices[w]!)
                    }
                    continue
                }
                work.removeLast()
                if lowlink[v] == indices[v] {
                    while let w = stack.popLast() {
                        onStack.remove(w)
                        component[w] = componentCount
                        if w == v { break }
                    }
                    componentCount += 1
                }
                if let parent = work.last?.node { lowlink[parent] = min(lowlink[parent]!, lowlink[v]!) }
            }
        }
        var edges: Set<RecursionEdge> = []
        for (from, list) in targets {
            for (to, property) in list where component[from] != nil && component[from] == component[to] {
                edges.insert(RecursionEdge(from: from, property: property))
            }
        }
        return edges
    }
}

/// The service's entry points and bound operations, from a CSDL document's `EntityContainer` and its
/// `Action` and `Function` elements: what a route's path walks through.
public struct CSDLContainer: Sendable, Hashable {
    /// A bound action or function: its binding parameter's type (the first parameter) and its return type.
    public struct BoundOperation: Sendable, Hashable {
        public var name: String
        public var namespace: String
        /// As written: `graph.user`, `Collection(graph.user)`.
        public var bindingType: String
        /// As written; `nil` for an action that returns nothing.
        public var returnType: String?

        public init(name: String, namespace: String, bindingType: String, returnType: String?) {
            self.name = name
            self.namespace = namespace
            self.bindingType = bindingType
            self.returnType = returnType
        }
    }

    /// Entity set name → entity type, as written.
    public var entitySets: [String: String] = [:]
    /// Singleton name → type, as written.
    public var singletons: [String: String] = [:]
    /// Bound actions and functions by name (several overloads may share one).
    public var boundOperations: [String: [BoundOperation]] = [:]

    public init(entitySets: [String: String] = [:], singletons: [String: String] = [:], boundOperations: [BoundOperation] = []) {
        self.entitySets = entitySets
        self.singletons = singletons
        for operation in boundOperations { self.boundOperations[operation.name, default: []].append(operation) }
    }

    /// Whether the document states any entry point (a test's small document may state none).
    public var isEmpty: Bool { entitySets.isEmpty && singletons.isEmpty }
}

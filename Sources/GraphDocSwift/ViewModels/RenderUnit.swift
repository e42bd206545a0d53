/// One output file before rendering: its path, the template that renders it and the view model.
public struct RenderUnit: @unchecked Sendable {
    /// The built-in templates that render whole files.
    public enum Template: String, CaseIterable, Sendable {
        case model = "struct"
        case openEnum = "open-enum"
        case operation = "operation"
        case operationsNamespace = "operations-namespace"
        /// A Swift Testing file with the example tests of one operation.
        case exampleTests = "example-tests"
    }

    public var path: String
    public var template: Template
    /// A view model value (`StructViewModel`, `EnumViewModel`, ...); `Any` because swift-mustache
    /// reads it by reflection. Every view model is a `Sendable` value type.
    public var value: Any
    /// Whether the file header (header line, imports) is rendered; `false` for a declaration that
    /// goes into a shard (see ``ShardLayout``), which has one header of its own.
    public var header: Bool

    public init(path: String, template: Template, value: any Sendable, header: Bool = true) {
        self.path = path
        self.template = template
        self.value = value
        self.header = header
    }
}

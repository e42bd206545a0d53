/// Everything one page states, before pages are merged: the output of extraction for one file.
public struct PageFacts: Codable, Hashable, Sendable {
    public var page: PageInfo
    /// Type facts this page gives (a resource page's type, request-body tables, types seen in examples).
    public var types: [TypeDefinition]
    public var enums: [EnumDefinition]
    /// The operation an API page describes.
    public var operation: Operation?
    /// Every example on the page, including those of resource pages (`blockType: resource`).
    public var diagnostics: [Diagnostic]
    /// Names of the page's examples in order, for pairing translations.
    public var exampleNames: [String]

    public init(
        page: PageInfo, types: [TypeDefinition] = [], enums: [EnumDefinition] = [], operation: Operation? = nil,
        diagnostics: [Diagnostic] = [], exampleNames: [String] = []
    ) {
        self.page = page
        self.types = types
        self.enums = enums
        self.operation = operation
        self.diagnostics = diagnostics
        self.exampleNames = exampleNames
    }
}

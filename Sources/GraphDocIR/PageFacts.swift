/// Everything one page states, before pages are merged: the output of extraction for one file.
public struct PageFacts: Codable, Hashable, Sendable {
    public var page: PageInfo
    /// Type facts this page gives (a resource page's type, request-body tables, types seen in examples).
    public var types: [TypeDefinition]
    public var enums: [EnumDefinition]
    /// The operation an API page describes.
    public var operation: Operation?
    public var diagnostics: [Diagnostic]
    /// Names of the page's examples in order, for pairing translations.
    public var exampleNames: [String]
    /// The sections the page has, by locale-free key (`http-request`, `request-body`, `properties`, ...),
    /// in page order, each with the location of its heading.
    public var sections: [SectionFact]
    /// How the operation's request-body and response paragraphs named their types.
    public var proseTypeNames: [ProseTypeName]
    /// Keys of the resource's JSON representation that no table lists.
    public var representationOnlyKeys: [RepresentationOnlyKey]
    /// The page's links and the heading texts and HTML names its anchors come from.
    public var links: PageLinks = PageLinks()
    /// The page's `graphdoc-disable` comments, which silence lint findings.
    public var lintDirectives: [LintDirective] = []

    public init(
        page: PageInfo, types: [TypeDefinition] = [], enums: [EnumDefinition] = [], operation: Operation? = nil,
        diagnostics: [Diagnostic] = [], exampleNames: [String] = [], sections: [SectionFact] = [],
        proseTypeNames: [ProseTypeName] = [], representationOnlyKeys: [RepresentationOnlyKey] = []
    ) {
        self.page = page
        self.types = types
        self.enums = enums
        self.operation = operation
        self.diagnostics = diagnostics
        self.exampleNames = exampleNames
        self.sections = sections
        self.proseTypeNames = proseTypeNames
        self.representationOnlyKeys = representationOnlyKeys
    }
}

/// A section heading of a page, keyed by its locale-free slug.
public struct SectionFact: Codable, Hashable, Sendable {
    /// `http-request`, `request-headers`, `request-body`, `response`, `examples`, `properties`,
    /// `relationships`, `json-representation`, `members`, `permissions`, ... or `other`.
    public var key: String
    public var level: Int
    public var title: String
    public var source: SourceLocation

    public init(key: String, level: Int, title: String, source: SourceLocation) {
        self.key = key
        self.level = level
        self.title = title
        self.source = source
    }
}

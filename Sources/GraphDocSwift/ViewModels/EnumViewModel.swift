/// A generated open enum.
public struct EnumViewModel: Hashable, Sendable {
    public var access: String
    public var swiftName: String
    /// Whether the enum is declared in an extension of its owning type.
    public var isNested: Bool
    /// The owning type's Swift name when nested.
    public var ownerSwiftName: String
    /// `GraphModelSupport.OpenEnum` or `GraphModelSupport.OpenFlagsEnum`.
    public var conformance: String
    public var docLines: [String]
    public var cases: [EnumCaseViewModel]
}

/// One documented member of an enum.
public struct EnumCaseViewModel: Hashable, Sendable {
    public var swiftName: String
    public var rawValueLiteral: String
    public var docLines: [String]
}

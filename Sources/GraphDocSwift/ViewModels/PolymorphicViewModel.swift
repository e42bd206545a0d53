/// The `Any…` enum of a base type: which concrete type a value is, chosen by `@odata.type`.
public struct PolymorphicViewModel: Hashable, Sendable {
    public var access: String
    public var swiftName: String
    public var baseSwiftName: String
    public var baseCaseName: String
    public var docLines: [String]
    public var derived: [PolymorphicCaseViewModel]
}

/// One known derived type of a base type.
public struct PolymorphicCaseViewModel: Hashable, Sendable {
    public var caseName: String
    public var swiftType: String
}

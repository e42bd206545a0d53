/// The body of a request that adds or sets a reference to an existing object
/// (`POST /groups/{id}/members/$ref`, `PUT /users/{id}/manager/$ref`).
public struct ODataReference: Codable, Hashable, Sendable, Validatable {
    /// `@odata.id`: the address of the object referred to
    /// (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`).
    public var id: String?
    /// `@odata.type`, which some references add (`#microsoft.graph.user`).
    public var odataType: String?

    public init(id: String?, odataType: String? = nil) {
        self.id = id
        self.odataType = odataType
    }

    enum CodingKeys: String, CodingKey {
        case id = "@odata.id"
        case odataType = "@odata.type"
    }

    public func validate(context: ValidationContext) -> [ValidationIssue] {
        guard context.checksRequired, id == nil else { return [] }
        return [ValidationIssue(path: "@odata.id", rule: .required, message: "expected the @odata.id of the object to refer to, found none")]
    }
}

import GraphDocIR

extension Fixtures {
    static let itemPhonePage = "docs-input/en-us/beta/api/add-phones.md"

    /// What the seed pages in docs-input describe, hand-built until extraction produces it: the
    /// phone authentication method of seed 001 and the profile `itemPhone` of `add-phones.md`.
    static var seedModel: ApiModel {
        var model = phoneModel
        model.operations.removeAll { $0.id == "user-list-phones" }
        let audiences = ["me", "family", "contacts", "groupMembers", "organization", "federatedOrganizations", "everyone", "unknownFutureValue"]
        let phoneTypes = ["home", "business", "mobile", "other", "assistant", "homeFax", "businessFax", "otherFax", "pager", "radio"]
        model.types += [
            TypeDefinition(
                name: "itemFacet", kind: .entity, baseType: "entity", description: "The base of profile facets.",
                properties: [
                    property("allowedAudiences", "String", "The audiences that can see the values.", enumName: "itemFacet.allowedAudiences", line: 40, file: itemPhonePage),
                    property("inference", "inferenceData", line: 41, file: itemPhonePage),
                    property("createdDateTime", "DateTimeOffset", readOnly: true, line: 42, file: itemPhonePage),
                    property("createdBy", "identitySet", readOnly: true, line: 43, file: itemPhonePage),
                    property("lastModifiedDateTime", "DateTimeOffset", readOnly: true, line: 44, file: itemPhonePage),
                    property("lastModifiedBy", "identitySet", readOnly: true, line: 45, file: itemPhonePage),
                ],
                origin: .requestBody, isAbstract: true, sources: [at(itemPhonePage, 40)]),
            TypeDefinition(
                name: "itemPhone", kind: .entity, baseType: "itemFacet", description: "A phone number in a user's profile.",
                properties: [
                    property("displayName", "String", "Friendly name the user has assigned this phone number.", line: 46, file: itemPhonePage),
                    property("type", "String", "The type of phone number.", enumName: "itemPhone.type", line: 47, file: itemPhonePage),
                    property("number", "String", "Phone number provided by the user.", line: 48, file: itemPhonePage),
                ],
                origin: .requestBody, sources: [at(itemPhonePage, 35)]),
            TypeDefinition(
                name: "inferenceData", description: "Whether a value was inferred.",
                properties: [
                    property("confidenceScore", "Double", "Confidence score of the inference."),
                    property("userHasVerifiedAccuracy", "Boolean", "Whether the user verified the value."),
                ],
                origin: .example, sources: [at(itemPhonePage, 80)]),
            TypeDefinition(
                name: "identitySet", description: "Identities of an actor.",
                properties: [
                    property("application", "identity"), property("device", "identity"), property("user", "identity"),
                ],
                origin: .example, sources: [at(itemPhonePage, 85)]),
            TypeDefinition(
                name: "identity", description: "An identity of an actor.",
                properties: [property("id", "String"), property("displayName", "String")],
                origin: .example, sources: [at(itemPhonePage, 88)]),
        ]
        model.types.sort { $0.name < $1.name }
        model.enums += [
            EnumDefinition(
                name: "itemFacet.allowedAudiences", members: audiences.map { EnumMember(name: $0) }, origin: .description,
                ownerType: "itemFacet", ownerProperty: "allowedAudiences", sources: [at(itemPhonePage, 40)]),
            EnumDefinition(
                name: "itemPhone.type", members: phoneTypes.map { EnumMember(name: $0) }, origin: .description,
                ownerType: "itemPhone", ownerProperty: "type", sources: [at(itemPhonePage, 47)]),
        ]
        model.enums.sort { $0.name < $1.name }
        model.operations += [
            Operation(
                id: "add-phones", title: "Add phones", apiVersion: "beta", page: itemPhonePage,
                routes: [Route(method: "POST", path: "/me/profile/phones/$ref", source: at(itemPhonePage, 30))],
                requestBody: RequestBody(type: TypeReference(name: "itemPhone")),
                responses: [ResponseDescription(status: 201, type: TypeReference(name: "itemPhone"))],
                sources: [at(itemPhonePage, 9)]),
        ]
        model.operations.sort { $0.id < $1.id }
        return model
    }
}

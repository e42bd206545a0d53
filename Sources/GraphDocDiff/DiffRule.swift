/// A kind of API change: a stable id, what it means for API clients, what it does to the generated
/// Swift module, and how Graph's own changelog names it.
///
/// Ids are part of the public interface (baselines and CI configurations name them): never rename one.
public struct DiffRule: Hashable, Sendable {
    /// The element kinds of Graph's changelog (`ApiChange`).
    public enum ApiElement: String, Codable, Hashable, Sendable {
        case resource = "Resource", property = "Property", relationship = "Relationship", method = "Method"
        case enumeration = "Enumeration", member = "Member", parameter = "Parameter"
    }

    /// The change kinds of Graph's changelog (`ChangeType`).
    public enum ChangeKind: String, Codable, Hashable, Sendable {
        case addition = "Addition", change = "Change", deletion = "Deletion"
    }

    public var id: String
    public var impact: ChangeImpact
    /// The bump the generated Swift module needs; a change may lower it when the Swift declaration it
    /// touches is spelt the same on both sides (two IR types that map to one Swift type).
    public var swiftBump: SemverBump
    public var element: ApiElement
    public var kind: ChangeKind
    public var summary: String

    public init(
        _ id: String, _ impact: ChangeImpact, swift: SemverBump, _ element: ApiElement, _ kind: ChangeKind, _ summary: String
    ) {
        self.id = id
        self.impact = impact
        self.swiftBump = swift
        self.element = element
        self.kind = kind
        self.summary = summary
    }
}

extension DiffRule {
    // MARK: types
    public static let typeAdded = DiffRule("type-added", .compatible, swift: .minor, .resource, .addition, "A type is documented that was not before.")
    public static let typeRemoved = DiffRule("type-removed", .breaking, swift: .major, .resource, .deletion, "A documented type is no longer documented.")
    public static let typeBaseChanged = DiffRule("type-base-changed", .breaking, swift: .major, .resource, .change, "A type derives from another base type, or from none.")
    public static let typeKindChanged = DiffRule("type-kind-changed", .potentiallyBreaking, swift: .patch, .resource, .change, "An entity type became a complex type, or the reverse.")

    // MARK: properties and relationships
    public static let propertyAdded = DiffRule("property-added", .compatible, swift: .minor, .property, .addition, "A type has a property it did not have.")
    public static let propertyRemoved = DiffRule("property-removed", .breaking, swift: .major, .property, .deletion, "A type lost a property.")
    public static let propertyTypeChanged = DiffRule("property-type-changed", .breaking, swift: .major, .property, .change, "A property's type changed.")
    public static let propertyCollectionChanged = DiffRule("property-collection-changed", .breaking, swift: .major, .property, .change, "A property became a collection, or stopped being one.")
    public static let propertyBecameNullable = DiffRule("property-became-nullable", .potentiallyBreaking, swift: .patch, .property, .change, "A property may now be null: clients may receive null where they did not.")
    public static let propertyBecameNonNullable = DiffRule("property-became-non-nullable", .potentiallyBreaking, swift: .patch, .property, .change, "A property may no longer be null: clients that send null may be refused.")
    public static let propertyBecameReadOnly = DiffRule("property-became-read-only", .breaking, swift: .patch, .property, .change, "A property became read-only: requests that set it are refused.")
    public static let propertyBecameWritable = DiffRule("property-became-writable", .compatible, swift: .patch, .property, .change, "A read-only property can now be written.")
    public static let propertyBecameRequired = DiffRule("property-became-required", .breaking, swift: .patch, .property, .change, "A property became required: requests without it are refused.")
    public static let propertyBecameOptional = DiffRule("property-became-optional", .compatible, swift: .patch, .property, .change, "A required property became optional.")
    public static let propertySwiftTypeChanged = DiffRule("property-swift-type-changed", .compatible, swift: .major, .property, .change, "A property's Graph type is the same but its generated Swift type changed (an enum that moved, or a property typed by an enum where it was a string).")

    // MARK: enums
    public static let enumAdded = DiffRule("enum-added", .compatible, swift: .minor, .enumeration, .addition, "An enum is documented that was not before.")
    public static let enumRemoved = DiffRule("enum-removed", .breaking, swift: .major, .enumeration, .deletion, "A documented enum is no longer documented.")
    public static let enumRenamed = DiffRule("enum-renamed", .compatible, swift: .major, .enumeration, .change, "An enum is documented under another name with the same members: the values on the wire are the same, the generated Swift type is renamed.")
    public static let enumMemberAdded = DiffRule("enum-member-added", .potentiallyBreaking, swift: .major, .member, .addition, "An enum has a member it did not have, which clients may now receive (before `unknownFutureValue`, or in an enum without it); a new Swift case breaks exhaustive switches.")
    public static let enumMemberAddedAfterSentinel = DiffRule("enum-member-added-after-sentinel", .compatible, swift: .major, .member, .addition, "An evolvable enum has a member after `unknownFutureValue`, which Graph sends only to clients that ask for it (`Prefer: include-unknown-enum-members`); a new Swift case still breaks exhaustive switches.")
    public static let enumMemberRemoved = DiffRule("enum-member-removed", .breaking, swift: .major, .member, .deletion, "An enum lost a member.")
    public static let enumFlagsChanged = DiffRule("enum-flags-changed", .potentiallyBreaking, swift: .major, .enumeration, .change, "An enum became a flags enum (members combine), or stopped being one.")

    // MARK: operations
    public static let routeAdded = DiffRule("route-added", .compatible, swift: .minor, .method, .addition, "A route (method and path) is documented that was not before.")
    public static let routeRemoved = DiffRule("route-removed", .breaking, swift: .major, .method, .deletion, "A documented route is no longer documented.")
    public static let routeMethodChanged = DiffRule("route-method-changed", .breaking, swift: .major, .method, .change, "A path is documented with another HTTP method than before.")
    public static let requestBodyTypeChanged = DiffRule("request-body-type-changed", .breaking, swift: .major, .method, .change, "The type a route's request body takes changed.")
    public static let responseTypeChanged = DiffRule("response-type-changed", .breaking, swift: .major, .method, .change, "The type a route's success response returns changed.")
    public static let parameterAdded = DiffRule("parameter-added", .compatible, swift: .minor, .parameter, .addition, "An operation documents an optional parameter it did not.")
    public static let parameterAddedRequired = DiffRule("parameter-added-required", .breaking, swift: .minor, .parameter, .addition, "An operation documents a required parameter it did not: calls without it are refused.")
    public static let parameterRemoved = DiffRule("parameter-removed", .potentiallyBreaking, swift: .minor, .parameter, .deletion, "An operation no longer documents a parameter: calls that pass it may be refused.")
    public static let parameterBecameRequired = DiffRule("parameter-became-required", .breaking, swift: .patch, .parameter, .change, "An optional parameter became required.")
    public static let parameterTypeChanged = DiffRule("parameter-type-changed", .breaking, swift: .minor, .parameter, .change, "A parameter's type changed.")

    /// Every rule, in catalogue order.
    public static let all: [DiffRule] = [
        typeAdded, typeRemoved, typeBaseChanged, typeKindChanged,
        propertyAdded, propertyRemoved, propertyTypeChanged, propertyCollectionChanged, propertyBecameNullable,
        propertyBecameNonNullable, propertyBecameReadOnly, propertyBecameWritable, propertyBecameRequired,
        propertyBecameOptional, propertySwiftTypeChanged,
        enumAdded, enumRemoved, enumRenamed, enumMemberAdded, enumMemberAddedAfterSentinel, enumMemberRemoved, enumFlagsChanged,
        routeAdded, routeRemoved, routeMethodChanged, requestBodyTypeChanged, responseTypeChanged,
        parameterAdded, parameterAddedRequired, parameterRemoved, parameterBecameRequired, parameterTypeChanged,
    ]

    /// The rule with `id`, if there is one.
    public static func named(_ id: String) -> DiffRule? { all.first { $0.id == id } }
}

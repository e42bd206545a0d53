import Foundation

/// What every generated entity or complex type is: a Codable value that keeps unknown members.
///
/// A property, collection element, request or response typed with a base type is always that base
/// type's struct, whatever derived types the documentation has: the members of a derived type
/// (and its `@odata.type`) stay in ``additionalProperties``, so the value round-trips exactly.
/// ``as(_:)`` reads the value as a derived type; ``init(upcasting:)`` goes the other way.
public protocol GraphModel: Codable, Hashable, Sendable, Validatable, ODataTyped {
    /// Members the documentation does not list (and explicit `null`s), re-encoded as they came.
    var additionalProperties: [String: JSONValue] { get set }

    /// The qualified names of the types this one derives from, nearest first
    /// (`["microsoft.graph.attachment", "microsoft.graph.entity"]` for `fileAttachment`).
    static var odataAncestorTypeNames: [String] { get }
}

extension GraphModel {
    /// Sends `null` for `key` on the next encode (to clear a value with PATCH) while the
    /// property itself stays `nil`; a non-nil property of the same key wins.
    public mutating func setNull(forKey key: String) {
        additionalProperties[key] = .null
    }

    /// No ancestors, for a model written by hand that declares none.
    public static var odataAncestorTypeNames: [String] { [] }

    /// Whether this type is `name` or derives from it (names qualified, without `#`).
    public static func isODataType(_ name: String) -> Bool {
        name == odataTypeName || odataAncestorTypeNames.contains(name)
    }

    /// The type the value says it is: its `@odata.type` without `#`, else this type's name.
    public var odataTypeNameOfValue: String {
        guard let written = (try? ExampleCheck.encoded(self))?[ODataType.key]?.stringValue else { return Self.odataTypeName }
        return ODataType.normalized(written)
    }

    /// The value read as `type`, or `nil` when it is not one: its `@odata.type` (else its own type)
    /// must name `type` or a type derived from it. Members `type` does not document stay in its
    /// `additionalProperties`, so nothing is lost either way.
    ///
    /// Derived types known only by name (a payload's `@odata.type` this module has no model for,
    /// or one that derives from `type` further down than this value's own type says) do not convert:
    /// whether they derive from `type` is not known here.
    public func `as`<Target: GraphModel>(_ type: Target.Type) -> Target? {
        guard let object = try? ExampleCheck.encoded(self), case .object = object else { return nil }
        let name = object[ODataType.key]?.stringValue.map(ODataType.normalized) ?? Self.odataTypeName
        let isTarget = name == Target.odataTypeName || (name == Self.odataTypeName && Self.isODataType(Target.odataTypeName))
        guard isTarget else { return nil }
        return try? Self.converted(object, to: Target.self)
    }

    /// The value of a derived type used as this base type: the derived members stay in
    /// ``additionalProperties`` and `@odata.type` names the derived type, so encoding the result
    /// sends what `derived` would.
    ///
    /// - Throws: ``GraphModelConversionError`` when `Derived` does not derive from this type, or
    ///   the value cannot be encoded (a number JSON cannot hold).
    public init<Derived: GraphModel>(upcasting derived: Derived) throws {
        guard Derived.isODataType(Self.odataTypeName) else {
            throw GraphModelConversionError(from: Derived.odataTypeName, to: Self.odataTypeName)
        }
        guard case .object(var members) = try ExampleCheck.encoded(derived) else {
            throw GraphModelConversionError(from: Derived.odataTypeName, to: Self.odataTypeName)
        }
        if Derived.self != Self.self, members[ODataType.key] == nil {
            members[ODataType.key] = .string("#" + Derived.odataTypeName)
        }
        self = try Derived.converted(.object(members), to: Self.self)
    }

    private static func converted<Target: Decodable>(_ object: JSONValue, to type: Target.Type) throws -> Target {
        try JSONDecoder().decode(Target.self, from: JSONEncoder().encode(object))
    }
}

/// A model value that cannot be read as the type asked for: that type is not the value's type or
/// one of its ancestors.
public struct GraphModelConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The qualified Graph name of the value's type.
    public var from: String
    /// The qualified Graph name of the type asked for.
    public var to: String

    public var description: String { "a `\(from)` is not a `\(to)`: \(to) is not \(from) or one of its ancestors" }
}

import Foundation

/// An enum whose documented members are cases and whose other raw values are kept, not rejected.
///
/// Graph adds enum members over time (the `unknownFutureValue` convention), so a closed enum would
/// fail to decode a response from a newer service. Generated enums look like
/// `enum Kind: OpenEnum { case a, b, unknownFutureValue; case undocumented(String) }`: any other
/// string decodes to `undocumented`, re-encodes unchanged and is reported by validation.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible, Validatable
where RawValue == String {
    /// The documented members, in documentation order.
    static var documentedCases: [Self] { get }
    /// Never fails: an undocumented raw value becomes the fallback case.
    init(rawValue: String)
}

extension OpenEnum {
    /// Whether this is one of the documented members.
    public var isDocumented: Bool { Self.documentedCases.contains(self) }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A flags enum: Graph sends several members of it as one comma-separated string (`"a,b"`).
public protocol OpenFlagsEnum: OpenEnum {}

extension OpenFlagsEnum {
    /// The members of a comma-separated value; each may itself be undocumented.
    public static func members(of value: String) -> [Self] {
        value.split(separator: ",").map { Self(rawValue: String($0).trimmingCharacters(in: .whitespaces)) }
    }

    /// A value holding several members, as Graph sends it (`"a,b"`).
    public init(members: [Self]) {
        self.init(rawValue: members.map(\.rawValue).joined(separator: ","))
    }

    /// The members this value holds.
    public var members: [Self] { Self.members(of: rawValue) }
}

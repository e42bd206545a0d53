import Foundation

/// An `Edm.Guid`, kept as written (Graph sends lower case; `UUID` would re-encode upper case).
public struct GraphGuid: GraphTextValue {
    public let text: String

    public init(text: String) { self.text = text }

    /// Lower-case text of `uuid`, the form Graph uses.
    public init(_ uuid: UUID) { text = uuid.uuidString.lowercased() }

    public var uuid: UUID? { UUID(uuidString: text) }

    public var formatProblem: String? {
        uuid == nil ? "expected a GUID such as 00000000-0000-0000-0000-000000000000, found \"\(text)\"" : nil
    }

    // GUIDs compare case-insensitively; the text keeps its case for re-encoding.
    public static func == (lhs: GraphGuid, rhs: GraphGuid) -> Bool {
        lhs.text.lowercased() == rhs.text.lowercased()
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(text.lowercased()) }
}

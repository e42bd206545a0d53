/// A type name as pages, annotations, payloads and the CSDL write it (`#microsoft.graph.user`,
/// `Collection(graph.user)`, `Edm.String`), read once so that every consumer strips the same marks.
public struct WrittenTypeName: Hashable, Sendable {
    /// The name without surrounding blanks, a leading `#` or a `Collection(...)` wrapper, namespace
    /// kept (`microsoft.graph.user`, `Edm.String`).
    public var name: String
    /// Whether it was written `Collection(...)`.
    public var isCollection: Bool

    public init(_ written: String) {
        var text = written.trimming([" ", "\t", "\n", "\r"])
        if text.hasPrefix("#") { text = text.dropFirst() }
        isCollection = text.hasPrefix("Collection(") && text.hasSuffix(")")
        if isCollection { text = text.dropFirst("Collection(".count).dropLast() }
        name = String(text)
    }

    /// `name` without an `Edm.` prefix (`Edm.String` → `String`); other names unchanged.
    public var withoutEdmPrefix: String { Self.withoutEdmPrefix(name) }

    /// `Edm.String` → `String`; other names unchanged.
    public static func withoutEdmPrefix(_ name: String) -> String {
        name.hasPrefix("Edm.") ? String(name.dropFirst(4)) : name
    }
}

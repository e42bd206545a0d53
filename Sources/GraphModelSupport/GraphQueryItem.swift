/// One `name=value` pair of a request's query string, unencoded: the encoding happens when the
/// request becomes an `HTTPRequest` (see ``GraphRequest/httpRequest(serviceRoot:)``).
public struct GraphQueryItem: Hashable, Sendable, CustomStringConvertible {
    /// The parameter name as Graph spells it (`$select`, `startDateTime`).
    public var name: String
    /// The value as text (`id,subject`, `2024-01-01T00:00:00+02:00`).
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// `name=value`, percent-encoded for a query component.
    public var description: String {
        PercentEncoding.encode(name, keeping: PercentEncoding.isQueryText) + "="
            + PercentEncoding.encode(value, keeping: PercentEncoding.isQueryText)
    }
}

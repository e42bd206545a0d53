/// What every generated entity or complex type is: a Codable value that keeps unknown members.
public protocol GraphModel: Codable, Hashable, Sendable, Validatable, ODataTyped {
    /// Members the documentation does not list (and explicit `null`s), re-encoded as they came.
    var additionalProperties: [String: JSONValue] { get set }
}

extension GraphModel {
    /// Sends `null` for `key` on the next encode (to clear a value with PATCH) while the
    /// property itself stays `nil`; a non-nil property of the same key wins.
    public mutating func setNull(forKey key: String) {
        additionalProperties[key] = .null
    }
}

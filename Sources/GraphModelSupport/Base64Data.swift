import Foundation

/// An `Edm.Binary` value: base64 text, kept as written, with its bytes on demand.
public struct Base64Data: GraphTextValue {
    public let text: String

    public init(text: String) { self.text = text }

    public init(_ data: Data) { text = data.base64EncodedString() }

    /// The decoded bytes, or `nil` when ``text`` is not base64 (standard or URL-safe alphabet).
    public var data: Data? {
        if let data = Data(base64Encoded: text) { return data }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard)
    }

    public var formatProblem: String? { data == nil ? "expected base64 data, found \"\(text)\"" : nil }
}

/// Why a ``LoopbackGraphServer`` could not start.
public enum LoopbackGraphServerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A socket call failed: which one, and the system's message.
    case socket(call: String, message: String)
    /// The service path does not form a URL after `http://127.0.0.1:PORT`.
    case invalidServicePath(String)

    public var description: String {
        switch self {
        case .socket(let call, let message): "\(call) failed: \(message)"
        case .invalidServicePath(let path): "expected a URL path such as '/v1.0' as the service path, found '\(path)'"
        }
    }
}

import Foundation
import HTTPTypes

/// What carries a request to the service and its answer back. ``URLSessionTransport`` is the
/// runtime's; tests, retry policies or other HTTP clients provide their own.
public protocol GraphTransport: Sendable {
    /// Sends `request` with `body` and returns the answer with its whole body. Throws only when no
    /// answer came (connection, timeout, cancellation); an error status is an answer.
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data)
}

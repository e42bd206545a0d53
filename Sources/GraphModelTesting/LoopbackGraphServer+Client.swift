import Foundation
import GraphModelSupport
import HTTPTypes

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension LoopbackGraphServer {
    /// The session test requests go through: ephemeral (no cache, no cookies kept) with short
    /// timeouts (10 s per request, 30 s per resource), so a test fails instead of waiting.
    public static let urlSession: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        configuration.timeoutIntervalForResource = 30
        return URLSession(configuration: configuration)
    }()

    /// A client that sends to this server: its ``serviceRoot``, a ``URLSessionTransport`` on
    /// ``urlSession``, and the given header fields and token closure.
    public func client(
        headerFields: HTTPFields = [:], authorization: (@Sendable () async throws -> String)? = nil
    ) -> GraphClient {
        GraphClient(
            serviceRoot: serviceRoot, transport: URLSessionTransport(session: Self.urlSession),
            headerFields: headerFields, authorization: authorization)
    }
}

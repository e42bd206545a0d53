import Foundation
import HTTPTypes
import HTTPTypesFoundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A ``GraphTransport`` on Foundation's `URLSession` (FoundationNetworking on Linux).
public struct URLSessionTransport: GraphTransport {
    /// The session requests go through; its configuration sets timeouts, proxies and caching.
    public let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        guard var urlRequest = URLRequest(httpRequest: request) else {
            throw GraphClientError.invalidURL("\(request.scheme ?? "")://\(request.authority ?? "")\(request.path ?? "")")
        }
        urlRequest.httpBody = body
        let (data, response) = try await session.data(for: urlRequest)
        guard let httpResponse = (response as? HTTPURLResponse)?.httpResponse else {
            throw GraphClientError.notHTTPResponse(url: urlRequest.url?.absoluteString ?? "")
        }
        return (httpResponse, data)
    }
}

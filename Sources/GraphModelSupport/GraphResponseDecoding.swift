import Foundation
import HTTPTypes

/// How an answer becomes a value or an error; shared by ``GraphRequest`` and the links
/// ``GraphClient`` follows.
enum GraphResponseDecoding {
    /// A status in 200..<300 decodes `Response` (``NoContent`` reads nothing, `Data` is the body);
    /// any other throws ``GraphError`` when the body is a Graph error object and
    /// ``GraphClientError/unexpectedStatus(_:body:)`` otherwise.
    static func decode<Response: Decodable>(_ type: Response.Type, _ response: HTTPResponse, body: Data) throws
        -> Response
    {
        let status = response.status
        guard status.kind == .successful else {
            if let error = GraphError(status: status, headerFields: response.headerFields, body: body) { throw error }
            throw GraphClientError.unexpectedStatus(status, body: String(decoding: body, as: UTF8.self))
        }
        if let nothing = NoContent() as? Response { return nothing }
        if let raw = body as? Response { return raw }
        do {
            return try GraphJSON.decoder().decode(Response.self, from: body)
        } catch {
            throw GraphClientError.undecodableResponse(
                status: status, type: String(reflecting: Response.self), reason: reason(error))
        }
    }

    /// `at value[0].start: expected String` rather than the whole `DecodingError` dump.
    private static func reason(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        let context: DecodingError.Context
        switch decodingError {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return String(describing: error)
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return (path.isEmpty ? "" : "at \(path.drop { $0 == "." }): ") + context.debugDescription
    }
}

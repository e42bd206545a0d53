import Foundation
import HTTPTypes

/// A real HTTP/1.1 server on 127.0.0.1 for tests that send Graph requests: it answers with canned
/// responses and records every request it receives.
///
/// ```swift
/// let server = try LoopbackGraphServer(responses: [.json(#"{"id": "1"}"#)])
/// defer { server.stop() }
/// let client = GraphClient(serviceRoot: server.serviceRoot, transport: URLSessionTransport())
/// let user = try await client.send(request)
/// #expect(server.requests.first?.path == "/v1.0/users/1")
/// ```
///
/// Answers are taken from the ones registered for the request's method and path
/// (``respond(to:path:with:)``) first, then from the queue (``enqueue(_:)``) in order; a request
/// with no answer left gets `501` with a text saying so. Each connection carries one request and is
/// closed after the answer (`Connection: close`). Every read and write has a timeout and the
/// listening loop checks for ``stop()`` every few milliseconds, so a silent client or a forgotten
/// server does not hang a test.
public final class LoopbackGraphServer: Sendable {
    /// The port the server listens on (chosen by the system).
    public let port: UInt16
    /// `http://127.0.0.1:PORT` followed by the service path given at start (`/v1.0` by default).
    public let serviceRoot: URL

    private let listener: Socket
    private let state: LockedState<State>
    private let stopped: DispatchSemaphore

    private struct State {
        var queue: [CannedResponse] = []
        var routes: [RouteKey: [CannedResponse]] = [:]
        var received: [ReceivedRequest] = []
        var isStopping = false
        var isStopped = false
    }

    private struct RouteKey: Hashable {
        var method: String
        var path: String
    }

    /// Starts listening at once.
    /// - Parameters:
    ///   - responses: answers given in order to requests no route answers.
    ///   - servicePath: the path of ``serviceRoot`` (`/v1.0`, `/beta`, or empty).
    ///   - timeout: the longest a read or write on a connection may wait, in seconds.
    public init(responses: [CannedResponse] = [], servicePath: String = "/v1.0", timeout: Double = 5)
        throws(LoopbackGraphServerError)
    {
        let (listener, port) = try Socket.listeningOnLoopback()
        guard servicePath.isEmpty || servicePath.hasPrefix("/"), servicePath.allSatisfy(Self.isPathCharacter),
            let serviceRoot = URL(string: "http://127.0.0.1:\(port)\(servicePath)")
        else {
            listener.close()
            throw .invalidServicePath(servicePath)
        }
        self.listener = listener
        self.port = port
        self.serviceRoot = serviceRoot
        self.state = LockedState(State(queue: responses))
        self.stopped = DispatchSemaphore(value: 0)
        let thread = Thread { [listener, state, stopped] in
            Self.serve(listener, state: state, timeout: timeout)
            stopped.signal()
        }
        thread.name = "LoopbackGraphServer :\(port)"
        thread.start()
    }

    deinit {
        stop()
    }

    /// Adds answers to the end of the queue.
    public func enqueue(_ responses: CannedResponse...) {
        state.withLock { $0.queue += responses }
    }

    /// Answers requests with `method` and exactly `path` (as sent, still percent-encoded, with the
    /// service path: `/v1.0/me/events`), one answer per request in order; then the queue answers.
    public func respond(to method: String, path: String, with responses: CannedResponse...) {
        state.withLock { $0.routes[RouteKey(method: method.uppercased(), path: path), default: []] += responses }
    }

    /// Every request received so far, in order of arrival.
    public var requests: [ReceivedRequest] {
        state.withLock(\.received)
    }

    /// Stops listening and waits (at most a few seconds) for the connection in progress to finish.
    /// Calling it again does nothing.
    public func stop() {
        let first = state.withLock { state -> Bool in
            defer { state.isStopping = true }
            return !state.isStopping
        }
        guard first else { return }
        _ = stopped.wait(timeout: .now() + 10)
    }

    /// RFC 3986 path characters (`pchar`, `/`), escapes included.
    private static func isPathCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-._~!$&'()*+,;=:@/%".contains(character))
    }

    private static func serve(_ listener: Socket, state: LockedState<State>, timeout: Double) {
        defer { listener.close() }
        while !state.withLock(\.isStopping) {
            guard let connection = listener.accept(waitingAtMost: 20) else { continue }
            handle(connection, state: state, timeout: timeout)
        }
    }

    private static func handle(_ connection: Socket, state: LockedState<State>, timeout: Double) {
        defer { connection.close() }
        connection.setTimeout(seconds: timeout)
        var reader = HTTPRequestReader(socket: connection)
        guard let request = reader.read() else { return }
        let response = state.withLock { state -> CannedResponse in
            state.received.append(request)
            let key = RouteKey(method: request.method.uppercased(), path: request.path)
            if var answers = state.routes[key], !answers.isEmpty {
                let answer = answers.removeFirst()
                state.routes[key] = answers
                return answer
            }
            if !state.queue.isEmpty { return state.queue.removeFirst() }
            return .text("LoopbackGraphServer: no canned response left for \(request.method) \(request.path)", status: 501)
        }
        connection.write(serialized(response))
        connection.finishWriting()
        // Wait briefly for the client to close, so closing here cannot reset the connection before
        // the client has read the answer.
        connection.setTimeout(seconds: 0.2)
        while let bytes = connection.read(), !bytes.isEmpty {}
    }

    private static func serialized(_ response: CannedResponse) -> [UInt8] {
        let status = HTTPResponse.Status(code: response.status)
        var head = "HTTP/1.1 \(response.status) \(status.reasonPhrase.isEmpty ? "Status" : status.reasonPhrase)\r\n"
        for field in response.headerFields where !["content-length", "connection"].contains(field.name.lowercased()) {
            head += "\(field.name): \(field.value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + response.body
    }
}

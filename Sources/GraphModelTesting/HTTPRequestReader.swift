/// Reads one HTTP/1.1 request from a connection: request line, header fields, and a body framed
/// by `Content-Length` or chunked transfer coding. Answers `Expect: 100-continue` so clients that
/// wait for it send their body at once.
struct HTTPRequestReader {
    /// Header blocks larger than this are refused (a test server needs no more).
    static let maximumHeaderBytes = 1 << 20
    /// Bodies larger than this are refused.
    static let maximumBodyBytes = 64 << 20

    private let socket: Socket
    private var buffer: [UInt8] = []

    init(socket: Socket) {
        self.socket = socket
    }

    /// The request, or `nil` when the connection ended, timed out or sent something that is not HTTP.
    mutating func read() -> ReceivedRequest? {
        guard let headerEnd = fill(until: { Self.headerEnd(in: $0) }, limit: Self.maximumHeaderBytes) else { return nil }
        let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        buffer.removeFirst(headerEnd + 4)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        let headerFields = lines.compactMap { line -> HeaderField? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HeaderField(
                name: String(line[..<colon]),
                value: String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }))
        }
        func value(_ name: String) -> String? {
            headerFields.first { $0.name.lowercased() == name }?.value
        }
        if value("expect")?.lowercased() == "100-continue" {
            socket.write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        let body: [UInt8]
        if value("transfer-encoding")?.lowercased().contains("chunked") == true {
            guard let chunked = readChunkedBody() else { return nil }
            body = chunked
        } else if let length = value("content-length").flatMap({ Int($0.trimmingSpaces) }) {
            guard length >= 0, length <= Self.maximumBodyBytes,
                fill(until: { $0.count >= length ? length : nil }, limit: length) != nil
            else { return nil }
            body = Array(buffer[..<length])
        } else {
            body = []
        }
        let target = requestLine[1]
        let question = target.firstIndex(of: "?")
        return ReceivedRequest(
            method: String(requestLine[0]), path: String(target[..<(question ?? target.endIndex)]),
            rawQuery: question.map { String(target[target.index(after: $0)...]) }, headerFields: headerFields,
            body: .init(body))
    }

    /// Reads until `found` gives a position in the buffer; `nil` past `limit` bytes or when the
    /// connection ends first.
    private mutating func fill(until found: ([UInt8]) -> Int?, limit: Int) -> Int? {
        while true {
            if let position = found(buffer) { return position }
            guard buffer.count <= limit + 4, let bytes = socket.read(), !bytes.isEmpty else { return nil }
            buffer += bytes
        }
    }

    private mutating func readChunkedBody() -> [UInt8]? {
        var body: [UInt8] = []
        while true {
            guard let lineEnd = fill(until: { Self.lineEnd(in: $0) }, limit: 1024) else { return nil }
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).prefix { $0 != ";" }.trimmingSpaces
            guard let size = Int(sizeText, radix: 16), size >= 0, body.count + size <= Self.maximumBodyBytes else {
                return nil
            }
            buffer.removeFirst(lineEnd + 2)
            if size == 0 {
                // Trailer fields, if any, end with an empty line.
                guard let trailerEnd = fill(until: { Self.emptyLineEnd(in: $0) }, limit: Self.maximumHeaderBytes) else {
                    return nil
                }
                buffer.removeFirst(trailerEnd)
                return body
            }
            guard fill(until: { $0.count >= size + 2 ? size : nil }, limit: size + 2) != nil else { return nil }
            body += buffer[..<size]
            buffer.removeFirst(size + 2)
        }
    }

    private static func headerEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    private static func lineEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        return (0...(bytes.count - 2)).first { bytes[$0] == 13 && bytes[$0 + 1] == 10 }
    }

    /// The end of the trailer section: right after `\r\n` when it is empty, or after `\r\n\r\n`.
    private static func emptyLineEnd(in bytes: [UInt8]) -> Int? {
        if bytes.count >= 2, bytes[0] == 13, bytes[1] == 10 { return 2 }
        return headerEnd(in: bytes).map { $0 + 4 }
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

import Foundation

/// Writes command output to a file (atomically) or to standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `pieces` one after another, without joining them first.
    static func write(pieces: [[UInt8]], to path: String?) throws {
        guard path == nil else {
            // Written to a file at once, so that a failed run leaves no half-written file.
            var data = Data(capacity: pieces.reduce(0) { $0 + $1.count })
            for piece in pieces { data.append(contentsOf: piece) }
            return try write(data, to: path)
        }
        for piece in pieces { try FileHandle.standardOutput.write(contentsOf: piece) }
    }

    static func write(_ data: Data, to path: String?) throws {
        if let path {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// Writes a line to standard error (messages, notes and errors; never the command's output).
func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

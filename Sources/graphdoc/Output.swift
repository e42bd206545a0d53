import ArgumentParser
import Foundation
import GraphDocSwift

/// Writes command output to a file (replaced whole, see ``ReportFile``) or to standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `pieces` one after another, without joining them first on standard output.
    static func write(pieces: [[UInt8]], to path: String?) throws {
        guard path == nil else {
            var data = Data(capacity: pieces.reduce(0) { $0 + $1.count })
            for piece in pieces { data.append(contentsOf: piece) }
            return try write(data, to: path)
        }
        for piece in pieces { try FileHandle.standardOutput.write(contentsOf: piece) }
    }

    /// Writes `data` to the file at `path`, or standard output when `path` is nil. A file that
    /// cannot be written is reported, and the command exits with ``ExitStatus/badInput`` (a path
    /// graphdoc refuses) or ``ExitStatus/couldNotRun`` (a failed write).
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try ReportFile.write(data, to: path)
        } catch {
            printError("graphdoc: \(error)")
            throw error.isRefusal ? ExitStatus.badInput : ExitStatus.couldNotRun
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

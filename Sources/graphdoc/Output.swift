import Foundation

/// Writes command output to a file (atomically) or to standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        let data = Data(text.utf8)
        if let path {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

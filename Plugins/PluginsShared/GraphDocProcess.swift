import Foundation

/// Runs the `graphdoc` executable from a command plugin, its output going to the plugin's own.
enum GraphDocProcess {
    /// Runs `executable` with `arguments` in `directory` and returns its exit status.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Writes a progress line to standard error.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

import Foundation
import GraphDocIR

/// Diagnostics as the lines compilers print (`/abs/page.md:12:3: warning: message [rule]`), which
/// SwiftPM and IDEs attach to the file and line when a build tool plugin's command prints them.
///
/// Pages are named in the IR from their input folder on (`Docs/en-us/user.md`) so generated code
/// does not depend on where the checkout lives; ``resolve(_:)`` turns such a name back into the
/// file's real path, which is what an IDE needs to open it.
public struct CompilerDiagnostics: Sendable {
    /// The input paths as given to the loader, made absolute against `workingDirectory`.
    public let inputs: [String]

    public init(inputs: [String], workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.inputs = inputs.map { path in
            let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
            return URL(fileURLWithPath: absolute).standardizedFileURL.path
        }
    }

    /// The real path of a page named `name` in the IR: the first input whose folder (or file) name
    /// starts `name`, with the rest of `name` appended; `name` itself when none does.
    public func resolve(_ name: String) -> String {
        for input in inputs {
            let shown = (input as NSString).lastPathComponent
            if name == shown { return input }
            if name.hasPrefix(shown + "/") { return input + name.dropFirst(shown.count) }
        }
        return name
    }

    /// One line per diagnostic, in order. Errors in the pages are reported as warnings: the
    /// generator still produced code, and the build should go on to show the compiler's own findings.
    public func lines(for diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let kind = diagnostic.severity == .note ? "note" : "warning"
            return "\(resolve(diagnostic.file)):\(diagnostic.line):\(diagnostic.column): \(kind): \(diagnostic.message) [\(diagnostic.rule)]"
        }
    }
}

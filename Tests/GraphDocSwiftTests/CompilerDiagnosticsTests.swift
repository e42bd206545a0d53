import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Diagnostics printed for build plugins: compiler format, real paths.
@Suite struct CompilerDiagnosticsTests {
    @Test func pageNamesResolveToTheRealFiles() {
        let diagnostics = CompilerDiagnostics(inputs: ["/pkg/Sources/Models", "pages"], workingDirectory: "/work")
        #expect(diagnostics.resolve("Models/en-us/user.md") == "/pkg/Sources/Models/en-us/user.md")
        #expect(diagnostics.resolve("pages/a.md") == "/work/pages/a.md")
        #expect(diagnostics.resolve("Modelsx/a.md") == "Modelsx/a.md")
        let single = CompilerDiagnostics(inputs: ["/pkg/docs/user.md"])
        #expect(single.resolve("user.md") == "/pkg/docs/user.md")
    }

    @Test func linesHaveTheCompilerFormat() {
        let diagnostics = CompilerDiagnostics(inputs: ["/pkg/Models"])
        let found = [
            Diagnostic(rule: "example-json-invalid", severity: .error, message: "bad", at: SourceLocation(file: "Models/a.md", line: 3, column: 4)),
            Diagnostic(rule: "type-inferred-from-example", severity: .note, message: "inferred", at: SourceLocation(file: "Models/a.md", line: 5, column: 1)),
        ]
        #expect(diagnostics.lines(for: found) == [
            "/pkg/Models/a.md:3:4: warning: bad [example-json-invalid]",
            "/pkg/Models/a.md:5:1: note: inferred [type-inferred-from-example]",
        ])
    }
}

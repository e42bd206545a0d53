import GraphDocIR

/// Compiler-style lines that editors and CI logs turn into links:
/// `docs/add-phones.md:71:1: error: request example ... [route-example-root]`, then a summary line.
public struct TextReporter: LintReporter {
    /// Whether to colour severities with ANSI escapes; only for a terminal, never for files or pipes.
    public var colored: Bool

    public init(colored: Bool = false) { self.colored = colored }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += line(for: diagnostic)
            out += "\n"
        }
        out += report.summaryLine
        out += "\n"
        return out
    }

    public func line(for diagnostic: Diagnostic) -> String {
        let location = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column):"
        let severity = "\(diagnostic.severity.rawValue):"
        guard colored else { return "\(location) \(severity) \(diagnostic.message) [\(diagnostic.rule)]" }
        let colour = switch diagnostic.severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;35m"
        case .note: "\u{1B}[1;36m"
        }
        let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        return "\(bold)\(location)\(reset) \(colour)\(severity)\(reset) \(bold)\(diagnostic.message)\(reset) [\(diagnostic.rule)]"
    }
}

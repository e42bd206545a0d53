import GraphDocIR

/// GitHub Actions workflow commands, one per finding
/// (`::warning file=docs/x.md,line=7,col=1,title=route-malformed::message`), which the Actions runner
/// turns into annotations on the pull request's changed lines; then the summary as a plain line.
public struct GitHubReporter: LintReporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            out += "::\(command) file=\(Self.property(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column),"
            out += "title=\(Self.property(diagnostic.rule))::\(Self.data(diagnostic.message))\n"
        }
        return out + report.summaryLine + "\n"
    }

    /// A command's message: `%`, CR and LF escaped, as the runner's toolkit does, so that a message
    /// can neither end the command early nor start another.
    static func data(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: also `:` and `,`, which separate properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import GraphDocIR

/// JUnit XML, which most CI systems show as a test report: one test suite per page that was
/// checked, one failing test case per finding (named by its rule) and a passing one for a page
/// without findings.
public struct JUnitReporter: LintReporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let byFile = Dictionary(grouping: report.diagnostics, by: \.file)
        let files = Set(report.pages).union(byFile.keys).sorted()
        let failures = report.diagnostics.count
        let tests = files.reduce(0) { $0 + max(1, byFile[$1]?.count ?? 0) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"graphdoc lint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for file in files {
            let findings = byFile[file] ?? []
            out += "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(max(1, findings.count))\" failures=\"\(findings.count)\" errors=\"0\">\n"
            if findings.isEmpty {
                out += "    <testcase name=\"graphdoc lint\" classname=\"\(Self.escape(file))\"/>\n"
            }
            for diagnostic in findings {
                let location = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
                out += "    <testcase name=\"\(Self.escape(diagnostic.rule)) at line \(diagnostic.line)\" classname=\"\(Self.escape(file))\">\n"
                out += "      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(Self.escape(diagnostic.message))\">"
                out += Self.escape("\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]")
                out += "</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text safe in XML 1.0 content and attribute values: markup characters as entities, characters
    /// XML 1.0 cannot hold (controls other than tab, LF and CR; unpaired surrogates cannot occur in
    /// a Swift string) as U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += "&#\(scalar.value);"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

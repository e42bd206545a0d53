import Foundation
import GraphDocIR
import Testing
@testable import GraphDocLint
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The formats CI systems read: GitHub Actions workflow commands and JUnit XML.
@Suite struct CIReporterTests {
    typealias F = Fixture

    @Test func githubAnnotationsCarryLocationRuleAndSeverity() {
        let text = GitHubReporter().render(ReporterTests.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "::error file=docs/add phones.md,line=71,col=1,title=route-example-root::URL 'https://graph.microsoft.com/docs\\api/me' is not a Graph root")
        #expect(lines[1].hasPrefix("::warning file=docs/add phones.md,line=98,col=3,title=example-placeholder-value::"))
        #expect(lines[2].hasPrefix("::notice file=docs/b.md,"))
        #expect(lines[3] == "1 error, 1 warning, 1 note (2 accepted by the baseline)")
    }

    @Test func githubEscapingKeepsAFindingOneCommand() {
        let report = LintReport(diagnostics: [
            Diagnostic(.routeMalformed, "100% wrong\nthen ::error::injected", at: F.at("docs/a,b:c.md", 3)),
        ])
        let first = GitHubReporter().render(report).split(separator: "\n")[0]
        #expect(first == "::warning file=docs/a%2Cb%3Ac.md,line=3,col=1,title=route-malformed::100%25 wrong%0Athen ::error::injected")
    }

    @Test func junitIsWellFormedWithOneFailurePerFinding() throws {
        var report = ReporterTests.report
        report.diagnostics.append(Diagnostic(.routeMalformed, "a <b> & \"c\" \u{1} 'd'", at: F.at("docs/b.md", 4)))
        let xml = JUnitReporter().render(report)
        #expect(xml.contains("<testsuites name=\"graphdoc lint\" tests=\"5\" failures=\"4\" errors=\"0\">"))
        #expect(xml.contains("a &lt;b&gt; &amp; &quot;c&quot; \u{FFFD} &apos;d&apos;"))
        // docs/c.md has no finding: one passing test case.
        #expect(xml.contains("<testcase name=\"graphdoc lint\" classname=\"docs/c.md\"/>"))
        final class Counter: NSObject, XMLParserDelegate {
            var failures = 0
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "failure" { failures += 1 }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.failures == 4)
    }
}

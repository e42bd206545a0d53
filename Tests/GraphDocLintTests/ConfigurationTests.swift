import GraphDocIR
import Testing
@testable import GraphDocLint

@Suite struct ConfigurationTests {
    @Test func readsYAML() throws {
        let file = try LintConfigurationFile.parse("""
            fail-on: warning
            baseline: lint-baseline.json
            metadata: /abs/metadata.xml
            severity:
              example-placeholder-value: error
              type-undefined: off
              placeholder-text: note
            """, directory: "ci")
        #expect(file.failOn == .warning)
        #expect(file.baselinePath == "ci/lint-baseline.json")
        #expect(file.metadataPath == "/abs/metadata.xml")
        #expect(file.severities == [
            "example-placeholder-value": .level(.error), "type-undefined": .off, "placeholder-text": .level(.note),
        ])
    }

    @Test func emptyConfigIsDefault() throws {
        #expect(try LintConfigurationFile.parse("") == LintConfigurationFile())
    }

    @Test func rejectsMistakes() {
        #expect(throws: LintUsageError.self) { try LintConfigurationFile.parse("fail-on: sometimes") }
        #expect(throws: LintUsageError.self) { try LintConfigurationFile.parse("severity:\n  no-such-rule: error") }
        #expect(throws: LintUsageError.self) { try LintConfigurationFile.parse("severitee:\n  placeholder-text: error") }
        #expect(throws: LintUsageError.self) { try LintConfigurationFile.parse("- a\n- b") }
        #expect(throws: LintUsageError.self) { try LintConfigurationFile.parse("severity: [unclosed") }
    }

    @Test func configurationAppliesSeverities() {
        let configuration = LintConfiguration(severities: ["a": .off, "b": .level(.error)])
        #expect(configuration.severity(for: "a", default: .warning) == nil)
        #expect(configuration.severity(for: "b", default: .note) == .error)
        #expect(configuration.severity(for: "c", default: .note) == .note)
    }
}

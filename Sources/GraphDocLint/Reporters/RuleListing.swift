import Foundation
import GraphDocIR

/// The rule catalogue as `graphdoc lint --list-rules` prints it.
public enum RuleListing {
    /// Text for people (id, severity, category, who checks it, then the explanation), JSON for tools
    /// (`json` and `sarif`), or a Markdown table.
    public static func render(format: ReportFormat) -> String {
        switch format {
        case .text, .github, .junit: text()
        case .json, .sarif: json()
        case .markdown: markdown()
        }
    }

    /// One rule as `graphdoc lint --explain RULE` prints it: the heading line, the explanation, then a
    /// bad and a good example, indented; `nil` for an id that names no rule.
    public static func explain(_ id: String) -> String? {
        guard let entry = RuleCatalogue.entry(id: id) else { return nil }
        func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        var out = "\(entry.rule.id)  [\(entry.rule.defaultSeverity.rawValue), \(entry.rule.category.rawValue), checked by \(entry.checker.rawValue)]\n"
        out += wrap(entry.rule.summary, width: 96, indent: "    ") + "\n"
        out += wrap(entry.explanation, width: 96, indent: "    ") + "\n"
        out += "Bad:\n" + indented(entry.badExample) + "\n"
        out += "Good:\n" + indented(entry.goodExample)
        return out
    }

    static func text() -> String {
        var out = ""
        for entry in RuleCatalogue.entries {
            out += "\(entry.rule.id)  [\(entry.rule.defaultSeverity.rawValue), \(entry.rule.category.rawValue), checked by \(entry.checker.rawValue)]\n"
            out += wrap(entry.explanation, width: 96, indent: "    ")
            out += "\n"
        }
        return out
    }

    static func json() -> String {
        struct Item: Encodable {
            var id: String
            var severity: String
            var category: String
            var checkedBy: String
            var summary: String
            var explanation: String
        }
        let items = RuleCatalogue.entries.map {
            Item(id: $0.rule.id, severity: $0.rule.defaultSeverity.rawValue, category: $0.rule.category.rawValue,
                 checkedBy: $0.checker.rawValue, summary: $0.rule.summary, explanation: $0.explanation)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    static func markdown() -> String {
        var out = "| Rule | Severity | Category | Summary |\n|:---|:---|:---|:---|\n"
        for entry in RuleCatalogue.entries {
            out += "| `\(entry.rule.id)` | \(entry.rule.defaultSeverity.rawValue) | \(entry.rule.category.rawValue) | \(MarkdownReporter.cell(entry.rule.summary)) |\n"
        }
        return out
    }

    /// Greedy word wrap, so explanations read well in an 100-column terminal.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var out = ""
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, line != indent {
                out += line + "\n"
                line = indent
            }
            line += (line == indent ? "" : " ") + word
        }
        return out + line + "\n"
    }
}

import Foundation
import GraphDocIR
import Yams

/// The YAML front matter of a page (`---` ... `---` at the top), parsed with Yams.
public struct FrontMatter: Sendable {
    /// Scalar values by key, as strings (`title`, `description`, `doc_type`, `ms.contentlocale`, ...).
    public var values: [String: String]
    /// The file line of each key, for diagnostics about a value.
    public var keyLines: [String: Int]
    /// The first and last file lines of the block, fences included.
    public var lineRange: ClosedRange<Int>

    public subscript(key: String) -> String? { values[key] }

    /// Finds the front matter at the start of `source`. Returns `nil` when the page has none; a block
    /// that Yams cannot parse still yields the simple `key: value` lines, and a diagnostic.
    static func read(from source: SourceText, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard source.lineCount > 1, isFence(source.lineBytes(1), allowDots: false) else { return nil }
        var closing: Int?
        for line in 2...source.lineCount where isFence(source.lineBytes(line), allowDots: true) {
            closing = line
            break
        }
        guard let end = closing else { return nil }
        let yamlText = (2..<end).map { source.line($0) }.joined(separator: "\n")
        var values: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        do {
            // Every value is read as a string, so the basic resolver (no tag rules) suffices; the
            // default one runs a regular expression per scalar to tell booleans, numbers and dates.
            if let mapping = try Yams.Parser(yaml: yamlText, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot()?.mapping {
                for (key, value) in mapping {
                    guard let k = key.string else { continue }
                    values[k] = value.scalar?.string ?? value.string ?? ""
                    // Yams counts lines from 1 within the YAML text, which starts on the file's line 2.
                    if let line = key.mark?.line { keyLines[k] = line + 1 }
                }
            }
        } catch {
            let message = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            diagnostics.append(Diagnostic(
                .frontMatterInvalid,
                "expected YAML front matter, found text Yams cannot parse (\(message)); reading its simple 'key: value' lines",
                at: SourceLocation(file: source.path, line: 2, column: 1)))
            for line in 2..<end {
                let text = source.line(line)
                guard let colon = text.firstIndex(of: ":") else { continue }
                let key = text[..<colon].trimmedBlanks
                var value = text[text.index(after: colon)...].trimmedBlanks
                if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
                if !key.isEmpty {
                    values[key] = value
                    keyLines[key] = line
                }
            }
        }
        return FrontMatter(values: values, keyLines: keyLines, lineRange: 1...end)
    }

    private static func isFence(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed = trimmed.dropLast() }
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        return trimmed.count == 3 && (trimmed.allSatisfy { $0 == dash } || (allowDots && trimmed.allSatisfy { $0 == dot }))
    }
}

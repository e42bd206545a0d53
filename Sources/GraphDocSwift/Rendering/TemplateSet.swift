import Foundation
import Mustache

/// The templates code generation renders with: the built-in set (the package's `Templates/` files,
/// embedded in the binary as ``BuiltInTemplates``, or a folder of them), with any of them replaced by a
/// same-named file from a user folder (`--templates`).
public struct TemplateSet: Sendable {
    /// Every template the generator uses, whole-file templates and partials.
    public static let names: [String] = [
        "file-header", "doc-comment", "struct", "struct-body", "memberwise-init", "coding", "validator",
        "open-enum", "open-enum-body", "operation", "operations-namespace",
        "example-tests", "example-message-test", "example-exchange-test", "expectation",
    ]

    /// The built-in templates' texts, by name, as embedded in this binary: an installed or copied
    /// graphdoc needs no source checkout.
    public static var embeddedSources: [String: String] { BuiltInTemplates.sources }

    /// Each template's text, by name.
    public let sources: [String: String]
    let library: MustacheLibrary

    /// Loads the built-in templates, replaced by those in `overrides` where it has one of the same name.
    /// The built-in ones come from the folder `builtIn` when given (the build plugin passes the files
    /// SwiftPM watches), otherwise from the copies embedded in the binary.
    public init(overrides: String? = nil, builtIn: String? = nil) throws {
        var sources: [String: String] = [:]
        var files: [String: String] = [:]
        if let overrides {
            try Self.readFolder(overrides, into: &sources, files: &files)
        }
        for name in Self.names where sources[name] == nil {
            guard let builtIn else {
                sources[name] = BuiltInTemplates.sources[name]
                continue
            }
            let path = (builtIn as NSString).appendingPathComponent(name + ".mustache")
            guard FileManager.default.fileExists(atPath: path) else {
                throw GenerationError.templateMissing(name: name, searched: [overrides, builtIn].compactMap { $0 })
            }
            sources[name] = try Self.read(path)
            files[name] = path
        }
        try self.init(sources: sources, files: files)
    }

    /// Reads the `*.mustache` files of the user folder `directory`, each of which must name a template.
    private static func readFolder(_ directory: String, into sources: inout [String: String], files: inout [String: String]) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GenerationError.templateMissing(name: "*", searched: [directory])
        }
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for entry in entries where entry.hasSuffix(".mustache") {
            let name = String(entry.dropLast(".mustache".count))
            let path = (directory as NSString).appendingPathComponent(entry)
            // An unknown name is almost always a typo that would silently change nothing.
            guard names.contains(name) else {
                throw GenerationError.templateInvalid(
                    file: path, line: 1, column: 1,
                    message: "no template is called '\(name)'; known templates: \(names.joined(separator: ", "))")
            }
            sources[name] = try read(path)
            files[name] = path
        }
    }

    /// Templates given as text (tests, embedding); every name in ``names`` must be present.
    public init(sources: [String: String], files: [String: String] = [:]) throws {
        var library = MustacheLibrary()
        for name in Self.names {
            guard let text = sources[name] else {
                throw GenerationError.templateMissing(name: name, searched: ["<given templates>"])
            }
            let file = files[name] ?? name + ".mustache"
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw GenerationError.templateInvalid(
                    file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "\(error.error)")
            }
            // A partial that names no template renders as nothing; catch it here instead.
            for (line, partial) in Self.partialReferences(in: text) where !Self.names.contains(partial) {
                throw GenerationError.templateInvalid(
                    file: file, line: line, column: 1, message: "partial '\(partial)' names no template")
            }
        }
        if let cycle = Self.inclusionCycle(in: sources) {
            throw GenerationError.templateInvalid(
                file: files[cycle.names[0]] ?? cycle.names[0] + ".mustache", line: cycle.line, column: 1,
                message: "template '\(cycle.names[0])' includes itself (\(cycle.names.joined(separator: " > "))); the view models are not recursive, so rendering it would never end")
        }
        self.sources = sources
        self.library = library
    }

    /// A chain of partials that leads from a template back to itself, and the line of the first
    /// inclusion, if any template includes itself directly or through others.
    static func inclusionCycle(in sources: [String: String]) -> (names: [String], line: Int)? {
        let references = sources.mapValues { partialReferences(in: $0) }
        for start in sources.keys.sorted() {
            // Depth-first over the (small, fixed) set of templates with an explicit stack.
            var stack: [(name: String, path: [String], line: Int)] = [(start, [start], 0)]
            var visited: Set<String> = []
            while let (name, path, firstLine) = stack.popLast() {
                for (line, partial) in references[name] ?? [] {
                    let lineOfFirst = path.count == 1 ? line : firstLine
                    if partial == start { return (path + [partial], lineOfFirst) }
                    if visited.insert(partial).inserted { stack.append((partial, path + [partial], lineOfFirst)) }
                }
            }
        }
        return nil
    }

    /// Renders the template `name` with `value`.
    public func render(_ value: Any, template name: String) -> String {
        library.render(value, withTemplate: name) ?? ""
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GenerationError.templateMissing(name: (path as NSString).lastPathComponent, searched: [path])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GenerationError.templateInvalid(file: path, line: 1, column: 1, message: "not UTF-8 text")
        }
        return text
    }

    /// `(line, name)` of each `{{>name}}` in `text`.
    static func partialReferences(in text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            // `{{>name}}` includes a partial; `{{<name}}` a parent template (inheritance).
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<" else { continue }
                rest = rest.dropFirst()
                guard let close = rest.range(of: "}}") else { break }
                result.append((offset + 1, rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)))
                rest = rest[close.upperBound...]
            }
        }
        return result
    }
}

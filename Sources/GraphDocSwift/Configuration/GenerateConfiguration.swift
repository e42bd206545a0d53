import Foundation
import Yams

/// The options of `graphdoc generate`, as given on the command line or in a YAML file
/// (`--config`), so that a run can be repeated exactly.
///
/// ```yaml
/// inputs: [docs-input]
/// output: Generated/Sources/GraphModels
/// access: public          # public | package | internal
/// module: GraphModels
/// templates: MyTemplates  # optional: overrides by template name
/// shards: 8               # optional: exactly 8 files GraphModels+Shard00.swift ... (see ShardLayout)
/// lint: true              # optional: also report the lint rules' findings (the build plugin shows them as warnings)
/// testsOutput: Generated/Tests/GraphModelsExampleTests  # optional: example tests
/// force: true             # optional: write into a folder holding files graphdoc did not write
/// reservedNamePrefix: Graph  # optional: before type names Swift, Foundation & co. hold (Calendar -> GraphCalendar)
/// ```
/// Relative paths in a file are relative to the file's folder. Command-line values win.
public struct GenerateConfiguration: Codable, Hashable, Sendable {
    public var inputs: [String]?
    public var output: String?
    public var access: AccessLevel?
    public var module: String?
    public var templates: String?
    public var check: Bool?
    /// Write this many shard files instead of one file per declaration.
    public var shards: Int?
    /// The folder of the built-in templates (command line only; the build plugin sets it).
    public var builtInTemplates: String?
    /// Report the lint rules' findings about the pages, not only extraction's.
    public var lint: Bool?
    /// The folder for generated example tests (Swift Testing, one file per operation with examples).
    public var testsOutput: String?
    /// Write into output folders holding files graphdoc did not write (it keeps them).
    public var force: Bool?
    /// Put before a generated type name that a module every user file sees holds (default `Graph`).
    public var reservedNamePrefix: String?

    public init(
        inputs: [String]? = nil, output: String? = nil, access: AccessLevel? = nil, module: String? = nil,
        templates: String? = nil, check: Bool? = nil, shards: Int? = nil, builtInTemplates: String? = nil,
        lint: Bool? = nil, testsOutput: String? = nil, force: Bool? = nil, reservedNamePrefix: String? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.access = access
        self.module = module
        self.templates = templates
        self.check = check
        self.shards = shards
        self.builtInTemplates = builtInTemplates
        self.lint = lint
        self.testsOutput = testsOutput
        self.force = force
        self.reservedNamePrefix = reservedNamePrefix
    }

    static let knownKeys: Set<String> = [
        "inputs", "output", "access", "module", "templates", "check", "shards", "lint", "testsOutput", "force",
        "reservedNamePrefix",
    ]

    /// Reads a YAML configuration; unknown keys and bad values are errors naming the file and line.
    public static func load(file: String) throws -> GenerateConfiguration {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw GenerationError.configInvalid(file: file, line: nil, message: "cannot read the configuration file")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw GenerationError.configInvalid(file: file, line: Self.line(of: error), message: "not valid YAML: \(error)")
        }
        guard let node else { return GenerateConfiguration() }
        guard let mapping = node.mapping else {
            throw GenerationError.configInvalid(file: file, line: node.mark?.line, message: "expected a mapping of options")
        }
        for (key, _) in mapping {
            guard let name = key.string, knownKeys.contains(name) else {
                throw GenerationError.configInvalid(
                    file: file, line: key.mark?.line,
                    message: "unknown option '\(key.string ?? "?")'; known options: \(knownKeys.sorted().joined(separator: ", "))")
            }
        }
        var config: GenerateConfiguration
        do {
            config = try YAMLDecoder().decode(GenerateConfiguration.self, from: node)
        } catch {
            throw GenerationError.configInvalid(file: file, line: nil, message: "invalid option value: \(error)")
        }
        // A bad shard count is the file's mistake, not the command line's.
        if let count = config.shards {
            do {
                _ = try ShardLayout(count: count)
            } catch {
                guard case .configInvalid(_, _, let message) = error else { throw error }
                let line = mapping.first { $0.key.string == "shards" }?.value.mark?.line
                throw GenerationError.configInvalid(file: file, line: line, message: message)
            }
        }
        // Paths in the file are relative to the file, so it works from any working directory.
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        config.inputs = config.inputs?.map(resolve)
        config.output = config.output.map(resolve)
        config.templates = config.templates.map(resolve)
        config.testsOutput = config.testsOutput.map(resolve)
        return config
    }

    /// `self` with every option `other` sets replacing this one's.
    public func overridden(by other: GenerateConfiguration) -> GenerateConfiguration {
        GenerateConfiguration(
            inputs: (other.inputs?.isEmpty == false ? other.inputs : nil) ?? inputs, output: other.output ?? output,
            access: other.access ?? access, module: other.module ?? module, templates: other.templates ?? templates,
            check: other.check ?? check, shards: other.shards ?? shards,
            builtInTemplates: other.builtInTemplates ?? builtInTemplates, lint: other.lint ?? lint,
            testsOutput: other.testsOutput ?? testsOutput, force: other.force ?? force,
            reservedNamePrefix: other.reservedNamePrefix ?? reservedNamePrefix)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}

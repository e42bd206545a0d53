import GraphDocIR

/// One `graphdoc generate` run over an already-loaded model: render, then write or check.
public struct GenerationJob: Sendable {
    public var outputDirectory: String
    public var options: GeneratorOptions
    /// A folder of user templates overriding built-in ones by name.
    public var templatesDirectory: String?
    /// Compare only: write nothing.
    public var check: Bool
    /// Write exactly these files instead of one file per declaration (see ``ShardLayout``).
    public var shards: ShardLayout?
    /// Where the built-in templates are; `nil` for ``TemplateSet/builtInDirectory``. The build plugin
    /// passes the folder SwiftPM reports for the graphdoc package, the same files it declares as inputs.
    public var builtInTemplatesDirectory: String?

    public init(
        outputDirectory: String, options: GeneratorOptions, templatesDirectory: String? = nil, check: Bool = false,
        shards: ShardLayout? = nil, builtInTemplatesDirectory: String? = nil
    ) {
        self.outputDirectory = outputDirectory
        self.options = options
        self.templatesDirectory = templatesDirectory
        self.check = check
        self.shards = shards
        self.builtInTemplatesDirectory = builtInTemplatesDirectory
    }

    /// Builds a job from a resolved configuration; the output folder is required.
    public init(configuration: GenerateConfiguration) throws {
        guard let output = configuration.output else {
            throw GenerationError.configInvalid(file: "<command line>", line: nil, message: "no output folder given (--output)")
        }
        self.init(
            outputDirectory: output,
            options: GeneratorOptions(accessLevel: configuration.access ?? .public, moduleName: configuration.module ?? "GraphModels"),
            templatesDirectory: configuration.templates, check: configuration.check ?? false,
            shards: try configuration.shards.map { count throws(GenerationError) in try ShardLayout(count: count) },
            builtInTemplatesDirectory: configuration.builtInTemplates)
    }

    /// What the run did (or, in check mode, would do).
    public struct Report: Sendable {
        public var files: [GeneratedFile]
        public var plan: OutputWriter.Plan
        public var checked: Bool
        /// Things the user may want to fix in the docs (unresolved type names, ...).
        public var notes: [String] = []

        /// A one-line summary for the terminal.
        public var summary: String {
            let verb = checked ? "would change" : "changed"
            return "\(files.count) files: \(plan.added.count) added, \(plan.modified.count) modified, "
                + "\(plan.removed.count) removed, \(plan.unchanged.count) unchanged (\(plan.changes.count) \(verb))"
        }
    }

    /// Renders `model` and writes the output (or only plans it in check mode). Every failure
    /// happens before the output folder is touched.
    public func run(model: ApiModel) throws -> Report {
        let templates = try TemplateSet(
            overrides: templatesDirectory, builtIn: builtInTemplatesDirectory ?? TemplateSet.builtInDirectory)
        let (files, notes) = try SwiftGenerator(templates: templates, options: options).generateWithNotes(model, shards: shards)
        let writer = OutputWriter(outputDirectory: outputDirectory)
        let plan = check ? try writer.plan(files) : try writer.write(files)
        return Report(files: files, plan: plan, checked: check, notes: notes)
    }
}

import GraphDocIR

/// One `graphdoc generate` run over an already-loaded model: render, then write or check.
public struct GenerationJob: Sendable {
    public var outputDirectory: String
    public var options: GeneratorOptions
    /// A folder of user templates overriding built-in ones by name.
    public var templatesDirectory: String?
    /// Compare only: write nothing.
    public var check: Bool

    public init(outputDirectory: String, options: GeneratorOptions, templatesDirectory: String? = nil, check: Bool = false) {
        self.outputDirectory = outputDirectory
        self.options = options
        self.templatesDirectory = templatesDirectory
        self.check = check
    }

    /// Builds a job from a resolved configuration; the output folder is required.
    public init(configuration: GenerateConfiguration) throws {
        guard let output = configuration.output else {
            throw GenerationError.configInvalid(file: "<command line>", line: nil, message: "no output folder given (--output)")
        }
        self.init(
            outputDirectory: output,
            options: GeneratorOptions(accessLevel: configuration.access ?? .public, moduleName: configuration.module ?? "GraphModels"),
            templatesDirectory: configuration.templates, check: configuration.check ?? false)
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
        let templates = try TemplateSet(overrides: templatesDirectory)
        let (files, notes) = try SwiftGenerator(templates: templates, options: options).generateWithNotes(model)
        let writer = OutputWriter(outputDirectory: outputDirectory)
        let plan = check ? try writer.plan(files) : try writer.write(files)
        return Report(files: files, plan: plan, checked: check, notes: notes)
    }
}

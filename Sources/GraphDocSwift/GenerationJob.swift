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
    /// Where the built-in templates are; `nil` for the ones embedded in the binary. The build plugin
    /// passes the folder SwiftPM reports for the graphdoc package, the same files it declares as inputs.
    public var builtInTemplatesDirectory: String?
    /// Where example tests go (one Swift Testing file per operation with examples); `nil`: none.
    public var testsOutputDirectory: String?
    /// Write into output folders holding files graphdoc did not write (see ``OutputWriter/force``).
    public var force: Bool

    public init(
        outputDirectory: String, options: GeneratorOptions, templatesDirectory: String? = nil, check: Bool = false,
        shards: ShardLayout? = nil, builtInTemplatesDirectory: String? = nil, testsOutputDirectory: String? = nil,
        force: Bool = false
    ) {
        self.outputDirectory = outputDirectory
        self.options = options
        self.templatesDirectory = templatesDirectory
        self.check = check
        self.shards = shards
        self.builtInTemplatesDirectory = builtInTemplatesDirectory
        self.testsOutputDirectory = testsOutputDirectory
        self.force = force
    }

    /// Builds a job from a resolved configuration; the output folder is required.
    public init(configuration: GenerateConfiguration) throws {
        guard let output = configuration.output else {
            throw GenerationError.configInvalid(file: "<command line>", line: nil, message: "no output folder given (--output)")
        }
        self.init(
            outputDirectory: output,
            options: GeneratorOptions(
                accessLevel: configuration.access ?? .public, moduleName: configuration.module ?? "GraphModels",
                reservedNamePrefix: configuration.reservedNamePrefix ?? "Graph"),
            templatesDirectory: configuration.templates, check: configuration.check ?? false,
            shards: try configuration.shards.map { count throws(GenerationError) in try ShardLayout(count: count) },
            builtInTemplatesDirectory: configuration.builtInTemplates,
            testsOutputDirectory: configuration.testsOutput, force: configuration.force ?? false)
    }

    /// What the run did (or, in check mode, would do).
    public struct Report: Sendable {
        public var files: [GeneratedFile]
        public var plan: OutputWriter.Plan
        public var checked: Bool
        /// Things the user may want to fix in the docs (unresolved type names, ...).
        public var notes: [String] = []
        /// The example tests and what happened to their folder, when tests were generated.
        public var testFiles: [GeneratedFile] = []
        public var testsPlan: OutputWriter.Plan? = nil

        /// Every changed path, test files prefixed with `tests:` (for `--check`).
        public var changes: [String] { plan.changes + (testsPlan?.changes.map { "tests: " + $0 } ?? []) }
        public var isClean: Bool { plan.isClean && testsPlan?.isClean != false }

        /// A one-line summary for the terminal.
        public var summary: String {
            let verb = checked ? "would change" : "changed"
            var text = "\(files.count) files: \(plan.added.count) added, \(plan.modified.count) modified, "
                + "\(plan.removed.count) removed, \(plan.unchanged.count) unchanged (\(plan.changes.count) \(verb))"
            if let tests = testsPlan {
                text += "; \(testFiles.count) example test files: \(tests.added.count) added, \(tests.modified.count) modified, "
                    + "\(tests.removed.count) removed, \(tests.unchanged.count) unchanged (\(tests.changes.count) \(verb))"
            }
            return text
        }
    }

    /// Renders `model` and writes the output (or only plans it in check mode). Every failure
    /// happens before the output folder is touched.
    ///
    /// A model that holds no page and nothing to generate (a mistyped input path, only empty or
    /// binary files) is an error: generating from it would remove the whole previous output. The
    /// output and tests output folders must not overlap, or each writer would remove the other's files.
    ///
    /// `findings` are the documentation's known defects (lint findings as plain data); example tests
    /// expect them as known issues.
    public func run(model: ApiModel, findings: [Diagnostic] = []) throws -> Report {
        if model.pages.isEmpty && model.types.isEmpty && model.enums.isEmpty && model.operations.isEmpty {
            throw GenerationError.noPages(reasons: model.diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.message)" })
        }
        if let testsOutputDirectory {
            let (models, tests) = (try OutputFolder(outputDirectory), try OutputFolder(testsOutputDirectory))
            if models.overlaps(tests) {
                throw GenerationError.outputRefused(
                    path: tests.path, reason: "the tests output and the output \(models.path) are the same folder or one holds the other")
            }
        }
        let templates = try TemplateSet(
            overrides: templatesDirectory, builtIn: builtInTemplatesDirectory)
        let generator = SwiftGenerator(templates: templates, options: options)
        let output = try generator.generate(model, shards: shards, exampleFindings: testsOutputDirectory == nil ? nil : findings)
        let (files, notes) = (output.files, output.notes)
        let tests = testsOutputDirectory.flatMap { directory in output.tests.map { (directory, $0) } }
        let writer = OutputWriter(outputDirectory: outputDirectory, force: force)
        let plan = check ? try writer.plan(files) : try writer.write(files)
        var report = Report(files: files, plan: plan, checked: check, notes: notes)
        if let (directory, testFiles) = tests {
            let testsWriter = OutputWriter(outputDirectory: directory, force: force)
            report.testFiles = testFiles
            report.testsPlan = check ? try testsWriter.plan(testFiles) : try testsWriter.write(testFiles)
        }
        return report
    }
}

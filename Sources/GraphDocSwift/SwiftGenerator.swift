import GraphDocIR

/// The generator's entry point: IR in, rendered files out (and optionally written).
public struct SwiftGenerator: Sendable {
    public let templates: TemplateSet
    public let options: GeneratorOptions

    public init(templates: TemplateSet, options: GeneratorOptions = GeneratorOptions()) {
        self.templates = templates
        self.options = options
    }

    /// Every file for `model`, sorted by path. Throws ``GenerationError/invalidModuleName(_:)`` only:
    /// names that collide are resolved (see ``SwiftTypeMapper``).
    public func generate(_ model: ApiModel) throws -> [GeneratedFile] {
        try generateWithNotes(model).files
    }

    /// The files and notes about what could not be mapped faithfully: one file per declaration, or
    /// exactly the files of `shards` when given.
    public func generateWithNotes(_ model: ApiModel, shards: ShardLayout? = nil) throws -> (files: [GeneratedFile], notes: [String]) {
        let output = try generate(model, shards: shards, exampleFindings: nil)
        return (output.files, output.notes)
    }

    /// One Swift Testing file per operation with examples (see ``ExampleTestTranslator``), for a
    /// test target that imports the models' module. `findings` are the documentation's known
    /// defects (lint findings as plain data): the expectations they break become known issues.
    public func generateExampleTests(_ model: ApiModel, findings: [Diagnostic]) throws -> [GeneratedFile] {
        try generate(model, shards: nil, exampleFindings: findings).tests ?? []
    }

    /// Models, notes, and example tests when `exampleFindings` is given, from one translation of the model.
    public func generate(
        _ model: ApiModel, shards: ShardLayout?, exampleFindings: [Diagnostic]?
    ) throws -> (files: [GeneratedFile], notes: [String], tests: [GeneratedFile]?) {
        try options.validate()
        let translator = SwiftModelTranslator(model: model, options: options)
        let renderer = SwiftRenderer(templates: templates, options: options)
        let units = translator.translate()
        let files = shards.map { renderer.render(units, into: $0) } ?? renderer.render(units)
        let unresolved = translator.unresolvedTypeNames
        let notes = translator.types.notes + translator.nonFiniteLimitNotes + (unresolved.isEmpty ? [] : [
            GenerationNote.text(
                "\(unresolved.count) type name(s) not defined by the input, generated as JSONValue: "
                    + unresolved.joined(separator: ", "), at: nil)
        ])
        let tests = exampleFindings.map { findings in
            renderer.render(ExampleTestTranslator(translator: translator, findings: findings).translate())
        }
        return (files, notes, tests)
    }
}

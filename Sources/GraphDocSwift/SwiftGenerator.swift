import GraphDocIR

/// The generator's entry point: IR in, rendered files out (and optionally written).
public struct SwiftGenerator: Sendable {
    public let templates: TemplateSet
    public let options: GeneratorOptions

    public init(templates: TemplateSet, options: GeneratorOptions = GeneratorOptions()) {
        self.templates = templates
        self.options = options
    }

    /// Every file for `model`, sorted by path. Throws ``GenerationError/nameCollision(swiftName:claimants:)``.
    public func generate(_ model: ApiModel) throws -> [GeneratedFile] {
        let units = try SwiftModelTranslator(model: model, options: options).translate()
        return SwiftRenderer(templates: templates, options: options).render(units)
    }
}

/// Renders view models to file text through a ``TemplateSet``.
public struct SwiftRenderer: Sendable {
    public let templates: TemplateSet
    public let options: GeneratorOptions

    public init(templates: TemplateSet, options: GeneratorOptions) {
        self.templates = templates
        self.options = options
    }

    /// One file per unit, in the units' order.
    public func render(_ units: [RenderUnit]) -> [GeneratedFile] {
        units.map { unit in
            let header = FileHeaderViewModel(
                headerLine: GeneratedFile.headerLine, moduleName: options.moduleName,
                imports: unit.template == .operationsNamespace ? [] : ["Foundation", "GraphModelSupport"])
            let text = templates.render(FileViewModel(header: header, body: unit.value), template: unit.template.rawValue)
            return GeneratedFile(path: unit.path, contents: SwiftLayout.format(text))
        }
    }
}

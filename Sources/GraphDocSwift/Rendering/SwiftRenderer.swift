import Foundation
import GraphDocIR

/// Renders view models to file text through a ``TemplateSet``.
public struct SwiftRenderer: Sendable {
    public let templates: TemplateSet
    public let options: GeneratorOptions

    public init(templates: TemplateSet, options: GeneratorOptions) {
        self.templates = templates
        self.options = options
    }

    /// One file per unit, in the units' order. Units render concurrently: rendering is a pure
    /// function of the unit, and at Graph scale (thousands of files) it dominates generation time.
    public func render(_ units: [RenderUnit]) -> [GeneratedFile] {
        units.concurrentMap(renderOne)
    }

    func renderOne(_ unit: RenderUnit) -> GeneratedFile {
        let imports: [String] =
            switch unit.template {
            case .operationsNamespace: []
            // No Foundation: a model named `Calendar` or `Date` would be ambiguous with it.
            case .exampleTests: ["GraphModelSupport", "GraphModelTesting", options.moduleName, "Testing"]
            default: ["Foundation", "GraphModelSupport"]
            }
        let header = FileHeaderViewModel(
            headerLine: GeneratedFile.headerLine, moduleName: options.moduleName + (unit.template == .exampleTests ? "ExampleTests" : ""),
            imports: imports)
        let text = templates.render(
            TemplateValues.tree(FileViewModel(header: unit.header ? header : nil, body: unit.value)), template: unit.template.rawValue)
        return GeneratedFile(path: unit.path, contents: SwiftLayout.format(text))
    }
}

import GraphDocIR

/// Merges the facts of all pages into one ``ApiModel``.
///
/// A type is described by its resource page, request-body tables, examples and translations. Facts
/// are merged by authority (resource page > request-body table > example); every disagreement becomes
/// a diagnostic instead of a silent choice. Translations paired with an English page add localized
/// descriptions and are compared with it (translation drift); they never override English facts.
public enum ModelMerger {
    public static func merge(_ input: [PageFacts]) -> ApiModel {
        merging(input).model
    }

    /// The merged model, and `input` with what only all pages together settle (the request-body and
    /// response types that prose named inexactly, ``ProseTypeResolution``; translated request-body
    /// names, ``TranslatedRequestBodyNames``), in input order: lint
    /// reads each page's own facts, and must read them as the model does.
    public static func merging(_ input: [PageFacts]) -> (model: ApiModel, pages: [PageFacts]) {
        let sorted = input.sorted { $0.page.path < $1.page.path }
        let catalogue = ProseTypeResolution.Catalogue(sorted)
        var settled: [String: PageFacts] = [:]
        var notes: [Diagnostic] = []
        let pages = sorted.map { facts in
            guard let resolved = ProseTypeResolution.resolve(facts, in: catalogue, diagnostics: &notes) else { return facts }
            settled[facts.page.path] = resolved
            return resolved
        }
        let pairs = TranslationPairing.pair(pages)
        var diagnostics = pages.flatMap(\.diagnostics) + notes

        var pageInfos: [PageInfo] = []
        var authoritative: [PageFacts] = []
        var translations: [PageFacts] = []
        var unpaired: [String] = []
        for var facts in pages {
            if let english = pairs[facts.page.path] {
                facts.page.englishPage = english
                translations.append(facts)
            } else {
                if facts.page.translation != nil { unpaired.append(facts.page.path) }
                authoritative.append(facts)
            }
            pageInfos.append(facts.page)
        }
        diagnostics += Self.unpairedTranslationFindings(unpaired, anyEnglishPage: pages.contains { $0.page.translation == nil })

        let names = TypeNameCanonicalizer(authoritative)
        var canonical = authoritative.concurrentMap { names.canonical($0) }
        let enumNames = Set(canonical.flatMap { $0.enums.map { $0.name.lowercased() } })
        let representationOnly = (canonical + translations).flatMap { page in
            page.representationOnlyKeys.map { RepresentationOnlyKey(type: names.name($0.type), name: $0.name, source: $0.source) }
        }
        func mergedTypes(_ pages: [PageFacts], diagnostics: inout [Diagnostic]) -> [TypeDefinition] {
            var types = TypeMerger.merge(pages.flatMap(\.types), enumNames: enumNames, diagnostics: &diagnostics)
            RepresentationOnlyKeys.settle(representationOnly, in: &types, diagnostics: &diagnostics)
            return types
        }
        var mergeDiagnostics: [Diagnostic] = []
        var types = mergedTypes(canonical, diagnostics: &mergeDiagnostics)
        let restoredNames = TranslatedRequestBodyNames.names(for: canonical, types: types)
        if !restoredNames.isEmpty {
            canonical = canonical.map { TranslatedRequestBodyNames.applying(restoredNames, to: $0) ?? $0 }
            TranslatedRequestBodyNames.amendReports(of: restoredNames, in: &diagnostics)
            for facts in pages {
                if let restored = TranslatedRequestBodyNames.applying(restoredNames, to: facts) {
                    settled[facts.page.path] = restored
                }
            }
            // The request-body types had the translated names: merged again, the restored rows join
            // the properties they name instead of standing beside them.
            mergeDiagnostics = []
            types = mergedTypes(canonical, diagnostics: &mergeDiagnostics)
        }
        diagnostics += mergeDiagnostics
        var enums = EnumMerger.merge(EnumMerger.statements(of: canonical), diagnostics: &diagnostics)
        var operations = OperationMerger.operations(canonical.compactMap(\.operation))

        ResponseTypeFromExamples.settle(&operations, types: types)
        ElementRowsOfBodyTables.settle(&operations, types: types)
        ReadOnlyFromProse.apply(operations: operations, to: &types)
        RouteRelationships.add(from: operations, to: &types, diagnostics: &diagnostics)
        let inferred = ExampleTypeInference.infer(operations: operations, documented: types, enums: enums)
        for type in inferred {
            diagnostics.append(Diagnostic(
                .typeInferredFromExample,
                "type '\(type.name)' is described on no page; its \(type.properties.count) properties were inferred from example bodies",
                at: type.sources.first ?? SourceLocation(file: "", line: 1, column: 1), subject: type.name))
        }
        types += inferred

        // Looked up by key: English and translated references together are thousands of pages each.
        let englishIndexByPath = Dictionary(authoritative.indices.map { (authoritative[$0].page.path, $0) }, uniquingKeysWith: { first, _ in first })
        let operationIndexByPage = Dictionary(operations.indices.map { (operations[$0].page, $0) }, uniquingKeysWith: { first, _ in first })
        let typeIndexByName = Dictionary(types.indices.map { (types[$0].name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for translation in translations {
            guard let path = translation.page.englishPage, let englishIndex = englishIndexByPath[path] else { continue }
            let english = authoritative[englishIndex]
            TranslationComparison.compare(translation, with: english, diagnostics: &diagnostics)
            TranslationComparison.addLocalizedDescriptions(
                from: names.canonical(translation.types), english: canonical[englishIndex].types, to: &types,
                indexByName: typeIndexByName)
            if let operation = translation.operation, let index = operationIndexByPage[english.page.path] {
                operations[index].translations.append(OperationTranslation(
                    locale: translation.page.locale, page: translation.page.path, title: translation.page.title,
                    routes: operation.routes, examples: operation.examples))
            }
        }

        types.sort { $0.name < $1.name }
        enums.sort { $0.name < $1.name }
        operations.sort { $0.id < $1.id }
        let model = ApiModel(pages: pageInfos, types: types, enums: enums, operations: operations, diagnostics: diagnostics.sorted())
        return (model, settled.isEmpty ? input : input.map { settled[$0.page.path] ?? $0 })
    }

    /// A translation without its English page is reported at the page; when the inputs hold no
    /// English page at all (a run over one locale) that is one fact about the run, reported once.
    static func unpairedTranslationFindings(_ paths: [String], anyEnglishPage: Bool) -> [Diagnostic] {
        guard let first = paths.first else { return [] }
        guard anyEnglishPage else {
            return [Diagnostic(
                .translationUnpaired,
                "expected English pages among the inputs, found none for the \(paths.count) translated pages; their facts are used as they are",
                at: SourceLocation(file: first, line: 1, column: 1))]
        }
        return paths.map { path in
            Diagnostic(
                .translationUnpaired, "expected the English page of this translation among the inputs, found none; its facts are used as they are",
                at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}

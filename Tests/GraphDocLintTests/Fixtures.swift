import GraphDocIR
@testable import GraphDocLint

/// Builders for hand-made IR values, shaped like what extraction produces from real pages.
enum Fixture {
    static func at(_ file: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func request(
        _ file: String, line: Int, _ method: String, _ url: String, body: String? = nil, bodyLine: Int = 0,
        name: String? = nil, odataType: String? = nil
    ) -> HttpMessage {
        HttpMessage(
            method: method, url: url, body: body.map(TestJSON.parse), bodyText: body ?? "",
            bodySource: body == nil ? nil : at(file, bodyLine), odataType: odataType, name: name, source: at(file, line))
    }

    static func response(
        _ file: String, line: Int, status: Int = 200, body: String? = nil, bodyLine: Int = 0, odataType: String? = nil,
        truncated: Bool = true, isCollection: Bool = false
    ) -> HttpMessage {
        HttpMessage(
            status: status, body: body.map(TestJSON.parse), bodyText: body ?? "",
            bodySource: body == nil ? nil : at(file, bodyLine), truncated: truncated, odataType: odataType,
            isCollection: isCollection, source: at(file, line))
    }

    static func property(
        _ name: String, _ type: String, collection: Bool = false, _ file: String = "res.md", line: Int = 1,
        enum enumName: String? = nil, readOnly: Bool = false, required: Bool? = nil, inheritedFrom: String? = nil,
        origin: FactOrigin = .resource
    ) -> Property {
        Property(
            name: name, type: TypeReference(name: type, collection: collection), readOnly: readOnly, required: required,
            inheritedFrom: inheritedFrom, enum: enumName, origin: origin, source: at(file, line))
    }

    static func page(_ path: String, kind: PageKind = .operation, locale: String = "en-US", sections: [String] = []) -> PageInfo {
        PageInfo(path: path, locale: locale, apiVersion: "beta", kind: kind, title: path,
                 translation: locale == "en-US" ? nil : TranslationInfo(type: "MT", sideBySide: true))
    }

    static func sections(_ file: String, _ keys: [(String, Int)]) -> [SectionFact] {
        keys.map { SectionFact(key: $0.0, level: 2, title: $0.0, source: at(file, $0.1)) }
    }

    /// A one-page operation with one example, for rule tests.
    static func operationPage(
        _ file: String = "api/op.md", routes: [(String, String)] = [("POST", "/me/things")],
        request: HttpMessage?, response: HttpMessage? = nil, requestBody: RequestBody? = nil,
        types: [TypeDefinition] = [], enums: [EnumDefinition] = [], exampleName: String = "example_1",
        sections: [String] = ["http-request", "response"]
    ) -> PageFacts {
        let operation = Operation(
            id: "op", title: "Op", apiVersion: "beta", page: file,
            routes: routes.enumerated().map { Route(method: $1.0, path: $1.1, source: at(file, 10 + $0)) },
            requestBody: requestBody, responses: [],
            examples: [Example(name: exampleName, request: request, response: response)], sources: [at(file, 1)])
        return PageFacts(
            page: page(file), types: types, enums: enums, operation: operation,
            exampleNames: [exampleName], sections: sections.enumerated().map { SectionFact(key: $1, level: 2, title: $1, source: at(file, 5 + $0)) })
    }

    static func type(
        _ name: String, _ properties: [Property], base: String? = nil, origin: FactOrigin = .resource, isOpen: Bool = false,
        file: String = "res.md"
    ) -> TypeDefinition {
        TypeDefinition(name: name, baseType: base, properties: properties, origin: origin, isOpen: isOpen, sources: [at(file, 1)])
    }

    static func enumeration(_ name: String, _ members: [String], isFlags: Bool = false, origin: EnumOrigin = .table, owner: (String, String)? = nil) -> EnumDefinition {
        EnumDefinition(
            name: name, members: members.map { EnumMember(name: $0) }, isFlags: isFlags, origin: origin,
            ownerType: owner?.0, ownerProperty: owner?.1, sources: [at("res.md", 1)])
    }

    /// Runs only the given rule (with default configuration otherwise) and keeps only its findings.
    static func findings(_ rule: any LintRule, pages: [PageFacts], model: ApiModel = ApiModel(), metadata: CSDLModel? = nil) -> [Diagnostic] {
        Linter.run(model: model, pages: pages, configuration: .init(metadata: metadata, rules: [rule])).diagnostics
            .filter { $0.rule == rule.rule.id }
    }
}

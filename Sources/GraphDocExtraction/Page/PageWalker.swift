import Foundation
import GraphDocIR
import GraphDocMarkdown

/// The state of one pass over a page's blocks, in document order.
struct PageWalker {
    let document: MarkdownDocument
    let path: String
    let stem: String
    var diagnostics: [Diagnostic]

    // Page-level facts.
    var title: String?
    var englishTitle: String?
    var description: String?
    /// The `Namespace:` line of the page.
    var namespace: String?
    var sawSideBySide = false
    var scripts = PageLocale.ScriptCounter()
    var exampleVersions: [String] = []
    var sawBetaDisclaimer = false
    var uuid: String?
    var sections: [SectionFact] = []

    // Where we are.
    var section = Vocabulary.Section.other
    /// The level of the heading that opened `section`.
    var sectionLevel = 2
    /// The section of the last level-2 heading, which a section opened by a lower heading returns to.
    var chapter = Vocabulary.Section.other
    /// How many block quotes enclose the block being visited.
    var blockQuoteDepth = 0
    var subsection: SectionKind?
    var subsectionLevel = 3
    var pendingAnnotation: (value: JSONValue?, source: SourceLocation)?

    // Operation facts.
    var routes: [Route] = []
    var requestBody = RequestBody()
    var requestBodyTable: [Property] = []
    /// The request-body table lists an action's parameters ("Parameter | Type | Description").
    var requestBodyIsParameters = false
    /// Function, query and path parameters, from their sections' tables.
    var parameters: [OperationParameter] = []
    var responses: [ResponseDescription] = []
    /// A type the response section names in a paragraph that states no status ("Each of these methods
    /// returns a [Drive resource][drive-resource]"), for when no paragraph states one.
    var statuslessResponseType: (named: ProseReader.NamedType, source: SourceLocation)?
    /// How the request-body and response paragraphs named their types.
    var proseTypeNames: [ProseTypeName] = []
    var examples: [Example] = []
    /// The last request block went to another host: its unannotated response is not an example either.
    var answeringForeignRequest = false

    // Type facts.
    var resourceName: String?
    var resourceAnnotation: JSONValue?
    /// The "JSON representation" block and where its text starts.
    var resourceJSON: (value: JSONValue?, origin: SourceLocation)?
    var baseType: String?
    var properties: [Property] = []
    var relationships: [Property] = []
    var enums: [EnumDefinition] = []
    var pendingTables: [(table: Table, section: String, enumName: String?, leadIn: TypeReference?)] = []
    /// The type the request-body paragraph just before the current block links to: the paragraph
    /// that introduces a table says what the table describes.
    var leadInType: TypeReference?
    var representationOnlyKeys: [RepresentationOnlyKey] = []

    init(document: MarkdownDocument) {
        self.document = document
        self.path = document.source.path
        let file = path.split(separator: "/").last.map(String.init) ?? path
        self.stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        self.diagnostics = document.diagnostics
    }

    var isTranslationByFrontMatter: Bool {
        if let locale = document.frontMatter?["ms.contentlocale"] { return !locale.lowercased().hasPrefix("en") }
        return document.frontMatter?["ms.translationtype"] != nil
    }

    mutating func walk() {
        walk(document.blocks)
    }

    private mutating func walk(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .heading(let heading): visit(heading)
            case .paragraph(let paragraph): visit(paragraph)
            case .table(let table): visit(table)
            case .code(let code): visit(code)
            case .html(let html): visit(html)
            case .container(let kind, let children, _):
                let outerDepth = blockQuoteDepth
                if kind == .blockQuote { blockQuoteDepth += 1 }
                walk(children)
                blockQuoteDepth = outerDepth
            case .thematicBreak: break
            }
        }
    }

    // MARK: Blocks

    mutating func visit(_ heading: Heading) {
        leadInType = nil
        if heading.text.isSideBySide { sawSideBySide = true }
        let localizedTitle = SectionClassifier.titleText(heading.text.localized)
        scripts.count(localizedTitle)
        if heading.level == 1 {
            if SectionClassifier.isTabHeading(heading) { return }
            if title == nil {
                title = localizedTitle
                englishTitle = SectionClassifier.titleText(heading.text.english)
            }
            return
        }
        let kind = SectionClassifier.classify(heading)
        sections.append(SectionFact(key: kind.key, level: heading.level, title: localizedTitle, source: heading.source))
        pendingAnnotation = nil
        if heading.level == 2 {
            section = kind.key
            chapter = kind.key
            sectionLevel = 2
            subsection = nil
        } else {
            subsection = kind
            subsectionLevel = heading.level
            // Per-scenario pages put "### HTTP request" under their own H2s, and some resource pages
            // use "### Properties" for their top sections. Under "Examples", "### Request" and
            // "### Response" title example blocks and must not become sections. A heading below the
            // section's own ("### Properties of a policy definition" under "## Properties") is a
            // subsection.
            let isSubsection = kind.key == section && heading.level > sectionLevel
            // The response follows the request's sections, whatever its heading's level: a
            // "### Response" under "## Request body" ends the body (group-delta).
            let endsRequest = kind.key == Vocabulary.Section.response && Self.requestSections.contains(section)
            if !isSubsection, kind.key == Vocabulary.Section.httpRequest || endsRequest
                || (section != Vocabulary.Section.examples && Self.topLevelSections.contains(kind.key)) {
                section = kind.key
                sectionLevel = heading.level
            } else if section == Vocabulary.Section.httpRequest, heading.level <= sectionLevel, sectionLevel > 2 {
                // Route lines end at a sibling heading: "### Response" after "### HTTP request"
                // under "## Example" is back in the example. (A "### Request body" under "## HTTP
                // request" goes on through the headings that detail the body's values.)
                section = chapter
                sectionLevel = 2
            }
        }
    }

    mutating func visit(_ paragraph: Paragraph) {
        pendingAnnotation = nil
        let text = paragraph.text
        if text.isSideBySide { sawSideBySide = true }
        let plain = text.localized.plainText
        scripts.count(plain)
        checkPlaceholder(plain, at: paragraph.source)
        if text.english.links.contains(where: { $0.destination.containsText("beta-disclaimer") }) { sawBetaDisclaimer = true }

        switch section {
        case Vocabulary.Section.requestBody:
            if requestBody.type == nil, let named = ProseReader.typeNamed(in: text.english, requireRepresentation: true) {
                requestBody.type = named.reference
                note(named, role: .requestBody, at: paragraph.source)
            }
            leadInType = ProseReader.namedType(in: text.english)
            let (required, forbidden) = ProseReader.requiredAndForbidden(in: text.english)
            requestBody.required += required.filter { !requestBody.required.contains($0) }
            requestBody.readOnly += forbidden.filter { !requestBody.readOnly.contains($0) }
        case Vocabulary.Section.response:
            if responses.isEmpty, let status = ProseReader.status(in: text.english) {
                let named = ProseReader.typeNamed(in: text.english)
                responses.append(ResponseDescription(status: status, type: named?.reference, source: paragraph.source))
                if let named { note(named, role: .response, at: paragraph.source) }
            } else if let first = responses.first, first.type == nil, (200..<300).contains(first.status),
                      ProseReader.status(in: text.english) == first.status, let named = ProseReader.typeNamed(in: text.english) {
                // A response in two forms ("binary data of the photo", then "the photo's [profilePhoto]
                // object" for its metadata), each under its own heading: the typed one says what the
                // JSON is.
                responses[0].type = named.reference
                note(named, role: .response, at: paragraph.source)
            } else if responses.isEmpty, statuslessResponseType == nil, let named = ProseReader.typeNamed(in: text.english) {
                statuslessResponseType = (named, paragraph.source)
            }
        case Vocabulary.Section.other where sections.isEmpty:
            let english = text.english.plainText
            let lowered = english.lowercased()
            if baseType == nil, lowered.containsAny(Vocabulary.baseTypeHints) || english.containsAny(Vocabulary.baseTypeSuffixHints),
               let link = BaseTypeReader.baseTypeLink(in: text.english) {
                baseType = TypeLink.typeName(destination: link.destination, text: link.text)
            }
            var candidate = Substring(english)
            if let line = Self.namespaceLine(english) {
                namespace = line.namespace ?? namespace
                // "Namespace: microsoft.graph" and the description may share a paragraph.
                candidate = line.rest
            }
            // A block quote before the first section is a note ("> **Note:** ... requires an active
            // Intune license"), not the type's description.
            if description == nil, blockQuoteDepth == 0, !candidate.trimmedBlanks.isEmpty, !plain.containsText("!INCLUDE") {
                description = DescriptionReader.collapse(String(candidate))
            }
        default:
            break
        }
    }

    /// Keeps how a request-body or response type was named for the merge, which knows what the
    /// inputs describe.
    mutating func note(_ named: ProseReader.NamedType, role: ProseTypeName.Role, at source: SourceLocation) {
        proseTypeNames.append(ProseTypeName(
            role: role, name: named.reference.name,
            linkTarget: named.link.flatMap { TypeLink.targetPath(of: $0.destination, from: path) },
            nameIsLinkText: named.link?.nameIsLinkText ?? false, wordsName: named.wordsName, source: source))
    }

    /// A "Namespace:" line (its label in any locale, then an ASCII or full-width colon): the namespace
    /// it states, if it is one, and the text after it. `nil` when the paragraph is no namespace line.
    /// "Namespace: microsoft.graph.callRecords", "命名空间：microsoft.graph [x](x.md)资源上的 ...".
    static func namespaceLine(_ text: String) -> (namespace: String?, rest: Substring)? {
        // Only the start can hold the label: lowercasing whole paragraphs showed in profiles.
        let lowered = text.prefix(Vocabulary.longestNamespaceLabel).lowercased()
        guard let label = Vocabulary.namespaceLabels.first(where: { lowered.hasPrefix($0) }) else { return nil }
        // Labels are lowercase letters and spaces, so lowercasing kept their length in characters.
        let afterLabel = text.dropFirst(label.count).drop { $0 == " " }
        guard let colon = afterLabel.first, colon == ":" || colon == "：" else { return nil }
        let value = afterLabel.dropFirst().drop { $0.isWhitespace }
        let token = value.prefix { !$0.isWhitespace }
        let name = token.trimmed(scalars: ".。")
        guard name.hasPrefix("microsoft."), name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }) else {
            return (nil, text[text.endIndex...])
        }
        return (name, value[token.endIndex...].drop { $0.isWhitespace })
    }

    mutating func visit(_ table: Table) {
        pendingAnnotation = nil
        for cell in table.header + table.rows.flatMap(\.cells) where cell.text.isSideBySide {
            sawSideBySide = true
            break
        }
        for row in table.rows {
            for cell in row.cells { checkPlaceholder(cell.text.localized.plainText, at: cell.source) }
        }
        // Tables are read after the walk, when the page's type and request-body type are known.
        pendingTables.append((table, effectiveSection, subsection?.enumName, leadInType))
        leadInType = nil
    }

    /// The section a table belongs to: an enum-values heading wins over its enclosing H2, and the
    /// tables of other subsections of Properties or Relationships ("Properties of a policy
    /// definition", "Instance attributes") describe something else than the page's type.
    var effectiveSection: String {
        guard let subsection else { return section }
        if subsection.key == Vocabulary.Section.enumValues { return subsection.key }
        if subsectionLevel > sectionLevel, section == Vocabulary.Section.properties || section == Vocabulary.Section.relationships { return Vocabulary.Section.other }
        return section
    }

    mutating func visit(_ html: HTMLBlock) {
        guard let annotation = CommentAnnotation.read(html) else { return }
        switch annotation {
        case .uuid(let value):
            uuid = value
        case .json(let value, let defects, let source):
            for defect in defects {
                diagnostics.append(Diagnostic(
                    .annotationInvalid, "annotation is not valid JSON (\(defect.kind.rawValue)): \(defect.message)",
                    at: defect.location, subject: "\(source.line):\(defect.kind.rawValue)"))
            }
            if let truncated = value?["truncated"], case .string(let s) = truncated {
                diagnostics.append(Diagnostic(
                    .annotationInvalid, "expected \"truncated\" to be true or false, found the string \"\(s)\"", at: source, subject: "truncated"))
            }
            if value?["type"]?.stringValue == "#page.annotation" { return }
            if let blockType = value?["blockType"]?.stringValue, !Self.knownBlockTypes.contains(blockType) {
                diagnostics.append(Diagnostic(
                    .annotationUnknownBlockType,
                    "expected blockType to be one of \(Self.knownBlockTypes.sorted().joined(separator: ", ")), found '\(blockType)'",
                    at: source, subject: blockType))
            }
            pendingAnnotation = (value, source)
        }
    }

    /// Whether a request block holds only `METHOD /path/{placeholder}...` lines (relative and
    /// templated, no headers or body): a route declaration rather than an example.
    static func isRouteTemplate(_ literal: String) -> Bool {
        var sawRoute = false
        // Byte-split lines and stop at the first line that is no route: request blocks with large
        // bodies are common and are rejected on their second line.
        for bytes in literal.utf8.split(separator: UInt8(ascii: "\n")) {
            let line = Substring(bytes)
            if line.allSatisfy(\.isWhitespace) { continue }
            let method = line.prefix { $0.isLetter }
            let rest = line.dropFirst(method.count).drop { $0 == " " }
            guard RouteReader.methods.contains(String(method)), rest.hasPrefix("/"), rest.containsText("{"), rest.containsText("}") else { return false }
            sawRoute = true
        }
        return sawRoute
    }

    static let topLevelSections: Set<String> = [
        Vocabulary.Section.requestBody, Vocabulary.Section.properties, Vocabulary.Section.relationships,
        Vocabulary.Section.jsonRepresentation, Vocabulary.Section.members, Vocabulary.Section.requestHeaders,
        Vocabulary.Section.permissions,
    ]

    /// The sections that state the request, which a response heading at any level ends.
    static let requestSections: Set<String> = [Vocabulary.Section.requestBody, Vocabulary.Section.requestHeaders]

    static let knownBlockTypes: Set<String> = ["request", "response", "resource", "ignored", "example", "samples", "enum"]

    mutating func visit(_ code: CodeBlock) {
        leadInType = nil
        let annotation = pendingAnnotation?.value
        let pendingSource = pendingAnnotation?.source
        pendingAnnotation = nil
        let blockType = annotation?["blockType"]?.stringValue
        let shape = ExampleReader.shape(of: code.literal)

        // Per-scenario pages (drive-list) state later routes as request blocks outside any "HTTP
        // request" heading: a relative URL with a `{placeholder}` is a route, not an example.
        // Under "## Example", an "### HTTP request" that calls a full URL once the page has stated its
        // routes is the example's request (todotask-delta), not one more route.
        let isExampleCall = chapter == Vocabulary.Section.examples && !routes.isEmpty
            && ExampleReader.requestTarget(of: code.literal)?.hasPrefix("http") == true
        let isRoute = section == Vocabulary.Section.httpRequest
            ? blockType != "response" && blockType != "resource" && Vocabulary.routeBlockLanguages.contains(code.language) && !isExampleCall
            : shape == .request && blockType != "response" && Self.isRouteTemplate(code.literal)
        if isRoute {
            routes += RouteReader.routes(in: code, pageVersion: apiVersion(), diagnostics: &diagnostics)
            // Annotated as a request, it is also the example its response answers (drive-get).
            guard blockType == "request" else { return }
        }
        switch blockType {
        case "resource":
            resourceAnnotation = annotation
            let result = JSONReader.read(code.literal)
            let origin = SourceLocation(file: path, line: code.contentLine, column: code.contentColumnOffset)
            if resourceJSON == nil { resourceJSON = (result.value, origin) }
            for defect in result.defects.prefix(5) {
                let located = LocatedJSONDefect(defect, in: origin, indentation: code.contentColumnOffset)
                diagnostics.append(Diagnostic(.exampleJSONInvalid, "JSON representation is not valid JSON: \(located.message)", at: located.location, subject: "resource:\(defect.kind.rawValue)"))
            }
        case "request" where shape == .response, "response" where shape == .request:
            // The content decides: a request line under a "response" annotation is a request.
            let found = shape == .request ? "a request line" : "a status line"
            diagnostics.append(Diagnostic(
                .annotationBlockTypeMismatch, "expected a \(blockType ?? "") as the annotation says, found \(found); reading the block as what it holds",
                at: pendingSource ?? code.source, subject: blockType ?? ""))
            if shape == .request {
                addRequest(ExampleReader.read(code, shape: .request, annotation: annotation, diagnostics: &diagnostics))
            } else {
                addResponse(ExampleReader.read(code, shape: .response, annotation: annotation, diagnostics: &diagnostics))
            }
        case "request":
            // A request block may hold the body alone (JSON without a request line).
            addRequest(ExampleReader.read(code, shape: shape ?? .request, annotation: annotation, diagnostics: &diagnostics))
        case "response":
            addResponse(ExampleReader.read(code, shape: shape == .response ? .response : .jsonOnly, annotation: annotation, diagnostics: &diagnostics))
        case nil, "ignored", "example":
            // `ignored` only keeps a block out of the docs team's sample tests; for a reader it is
            // still the example's request or response (and its annotated response pairs with it).
            // Some pages mark a named request "example" (application-post-calls); JSON-only "example"
            // blocks are payloads shown for reference, not exchanges.
            if shape == .request {
                let request = ExampleReader.read(code, shape: .request, annotation: annotation, diagnostics: &diagnostics)
                // Unless annotated as a request, a request to another host (the notification Graph
                // posts to a bot's callback URL) is not a call of this API, and neither is the
                // response it gets.
                if let url = request.url, ExampleReader.isForeign(url: url) {
                    answeringForeignRequest = true
                    return
                }
                addRequest(request)
            } else if blockType == "example" {
                break
            } else if shape == .response, answeringForeignRequest, blockType == nil {
                answeringForeignRequest = false
                return
            } else if shape == .response, blockType == nil || examples.contains(where: { $0.request != nil && $0.response == nil }) {
                // An ignored response with no request waiting is a follow-up (the file behind a 302).
                addResponse(ExampleReader.read(code, shape: .response, annotation: annotation, diagnostics: &diagnostics))
            }
        default:
            break
        }
        if let version = shape == .request ? Self.apiVersion(inURL: code.literal) : nil { exampleVersions.append(version) }
    }

    // MARK: Examples

    mutating func addRequest(_ request: HttpMessage) {
        answeringForeignRequest = false
        let name = request.name ?? "\(stem)-example-\(examples.count + 1)"
        if examples.contains(where: { $0.name == name }) {
            diagnostics.append(Diagnostic(.exampleDuplicateName, "expected a unique example name, found '\(name)' again", at: request.source, subject: name))
        }
        examples.append(Example(name: name, request: request, response: nil))
    }

    mutating func addResponse(_ response: HttpMessage) {
        if let name = response.name, let index = examples.lastIndex(where: { $0.name == name && $0.response == nil }) {
            examples[index].response = response
        } else if let index = examples.lastIndex(where: { $0.response == nil && $0.request != nil }) {
            examples[index].response = response
        } else if let answered = examples.last, let request = answered.request {
            // Another response to the request already answered: the page shows alternatives (a
            // running, then a succeeded operation; a success and an error). Each is an exchange of
            // its own with the same request.
            let base = examples.first { $0.request == request }?.name ?? answered.name
            var number = 2
            while examples.contains(where: { $0.name == "\(base)-response-\(number)" }) { number += 1 }
            examples.append(Example(name: "\(base)-response-\(number)", request: request, response: response))
        } else {
            diagnostics.append(Diagnostic(
                .exampleResponseWithoutRequest, "expected a request example before this response, found none",
                at: response.source, subject: response.name ?? "response-\(examples.count + 1)"))
            examples.append(Example(name: response.name ?? "\(stem)-response-\(examples.count + 1)", request: nil, response: response))
        }
    }

    static func apiVersion(inURL literal: String) -> String? {
        guard let range = literal.range(of: "graph.microsoft.com/") else { return nil }
        let rest = literal[range.upperBound...]
        if rest.hasPrefix("beta") { return "beta" }
        if rest.hasPrefix("v1.0") { return "v1.0" }
        return nil
    }

    // MARK: Diagnostics

    mutating func checkPlaceholder(_ text: String, at source: SourceLocation) {
        guard text.containsText("TODO") else { return }
        let snippet = text.range(of: "TODO").map { String(text[$0.lowerBound...].prefix(40)).trimmedBlanks } ?? "TODO"
        diagnostics.append(Diagnostic(
            .placeholderText, "expected finished text, found the placeholder '\(snippet)'", at: source, subject: snippet))
    }
}

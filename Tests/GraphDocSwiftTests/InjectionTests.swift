import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// Text from the documentation can never become code: every template slot (comments, doc
/// comments, string and raw literals, identifiers) is fed every line break Swift or Unicode knows,
/// quotes, backslashes, comment and literal delimiters, and a declaration to inject. The output
/// must type-check with no warning, and no `pwned` may appear outside comments and literals.
@Suite struct InjectionTests {
    /// Every line break `Character.isNewline` knows, and the Unicode line and paragraph separators.
    static let lineBreaks = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    /// Text that tries every way out of a slot; `tag` tells the payloads apart. It starts with a
    /// letter, so that an identifier made of it never starts with `pwned`.
    static func payload(_ tag: String) -> String {
        let breakouts = lineBreaks.enumerated().map { index, lineBreak in
            "\(lineBreak)func pwned\(tag)\(index)() {}\(lineBreak)@Test func pwnedTest\(tag)\(index)() {}\(lineBreak)//"
        }
        return "x" + breakouts.joined()
            + " \" \"\" \"\"\" \\\" \\ \\\\ \\( \\#( \"# \"## #\"pwned\"# */ /* ` ' { } ( ) [ ] ; pwnedTail "
            + "\u{0}\u{7}\u{7F}\u{202E}\u{2066}\u{FEFF}end"
    }

    static let page = "pages/x\u{2028}func pwnedFile() {}\u{85}\n\r.md"

    static func at(_ line: Int) -> GraphDocIR.SourceLocation { GraphDocIR.SourceLocation(file: page, line: line, column: 1) }

    static func property(_ name: String, _ type: String, line: Int, enumName: String? = nil) -> Property {
        Property(
            name: name, type: TypeReference(name: type), description: payload("PropertyDescription"), nullable: false,
            required: true, enum: enumName,
            constraints: PropertyConstraints(maxLength: 5, minimum: -1, maximum: 1e300, pattern: payload("Pattern")),
            origin: .resource, source: Self.at(line))
    }

    static var model: ApiModel {
        let typeName = payload("TypeName")
        let derivedName = payload("Derived")
        let enumName = typeName + "." + payload("EnumProperty")
        let body = #"{"\#(payload("Key"))": "\#(payload("Value"))", "@odata.type": "\#(payload("ODataType"))"}"#
        let bodyValue = JSONValue.object([
            JSONMember(key: payload("Key"), value: .string(payload("Value"))),
            JSONMember(key: "@odata.type", value: .string(payload("ODataType"))),
        ])
        func request(_ line: Int) -> HttpMessage {
            HttpMessage(
                method: "POST", url: "https://graph.microsoft.com/v1.0/" + payload("URL"), body: bodyValue, bodyText: body,
                bodySource: Self.at(line + 1), odataType: payload("RequestODataType"), name: payload("RequestName"), source: Self.at(line))
        }
        func response(_ line: Int) -> HttpMessage {
            HttpMessage(
                status: 201, body: bodyValue, bodyText: body + "\r\n" + payload("Trailing"), bodyIsValidJSON: false,
                bodySource: Self.at(line + 1), odataType: derivedName, source: Self.at(line))
        }
        let example = Example(name: payload("ExampleName"), request: request(40), response: response(50))
        return ApiModel(
            types: [
                TypeDefinition(
                    name: typeName, kind: .entity, description: payload("TypeDescription"),
                    properties: [
                        property(payload("Property"), "String", line: 10),
                        property(payload("Number"), "Int32", line: 11),
                        property(payload("Kind"), "String", line: 12, enumName: enumName),
                    ],
                    origin: .resource, sources: [Self.at(1)]),
                TypeDefinition(
                    name: derivedName, namespace: payload("Namespace"), kind: .entity, baseType: typeName,
                    origin: .resource, sources: [Self.at(2)]),
                TypeDefinition(name: payload("Undescribed"), origin: .example),
            ],
            enums: [
                EnumDefinition(
                    name: enumName,
                    members: [
                        EnumMember(name: payload("Member"), description: payload("MemberDescription")),
                        EnumMember(name: "", description: payload("EmptyMember")),
                    ],
                    origin: .description, ownerType: typeName, ownerProperty: payload("EnumProperty"), sources: [Self.at(20)]),
                EnumDefinition(name: payload("Flags"), members: [EnumMember(name: payload("Flag"))], isFlags: true, origin: .table),
            ],
            operations: [
                Operation(
                    id: payload("OperationID"), title: payload("Title"), apiVersion: payload("Version"), page: page,
                    routes: [
                        Route(method: "POST", path: "/x/{" + payload("Placeholder") + "}/" + payload("Route"), source: Self.at(30)),
                        Route(method: payload("Method"), path: payload("OtherRoute"), source: Self.at(31)),
                    ],
                    requestBody: RequestBody(
                        properties: [property(payload("BodyProperty"), typeName, line: 32)], required: [payload("BodyProperty")]),
                    parameters: [
                        OperationParameter(
                            name: payload("Parameter"), location: .query, type: TypeReference(name: "String"), source: Self.at(33))
                    ],
                    responses: [ResponseDescription(status: 201, type: TypeReference(name: typeName))],
                    examples: [example],
                    translations: [
                        OperationTranslation(
                            locale: payload("Locale"), page: page, title: payload("TranslatedTitle"),
                            routes: [Route(method: "POST", path: payload("TranslatedRoute"), source: Self.at(60))],
                            examples: [Example(name: payload("TranslatedExample"), request: request(70), response: nil)])
                    ],
                    sources: [Self.at(30)])
            ])
    }

    /// Lint findings on the example's messages: their messages and files become known-issue comments.
    static var findings: [Diagnostic] {
        [
            Diagnostic(.exampleJSONInvalid, payload("Finding"), at: Self.at(52)),
            Diagnostic(.routeExampleUnmatched, payload("RouteFinding"), at: Self.at(40)),
            Diagnostic(.exampleStatusMismatch, payload("StatusFinding"), at: Self.at(50)),
        ]
    }

    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func hostileTextInEverySlotStaysTextAndCompiles() throws {
        let output = try GeneratedCodeCheck.typecheck(Self.model, findings: Self.findings, tests: true)
        #expect(output == "", "\(output)")
    }

    @Test func noGeneratedFileCarriesCodeFromTheDocumentation() throws {
        let generated = try SwiftGenerator(templates: try TemplateSet())
            .generate(Self.model, shards: nil, exampleFindings: Self.findings)
        let files = generated.files + (generated.tests ?? [])
        #expect(files.contains { $0.path.hasSuffix("ExampleTests.swift") })
        for file in files {
            let code = SwiftSourceScanner.code(of: file.contents)
            #expect(!code.contains("pwned"), "\(file.path): text became code:\n\(file.contents)")
            // Only LF ends a generated line; no other line break reaches the file.
            #expect(!file.contents.unicodeScalars.contains { $0 != "\n" && $0 != " " && SwiftEscaping.needsEscape($0) },
                    "\(file.path)")
        }
    }

    @Test(arguments: ["Graph\u{2028}Models", "Graph Models", "Graph-Models", "1Models", "", "class", "Swift", "Operations", "Modèles"])
    func moduleNamesThatAreNoIdentifierAreRejected(name: String) {
        #expect(throws: GenerationError.invalidModuleName(name)) {
            try SwiftGenerator(templates: try TemplateSet(), options: GeneratorOptions(moduleName: name)).generate(Fixtures.phoneModel)
        }
        #expect(!GenerationError.invalidModuleName(name).description.contains { $0.isNewline })
    }

    @Test func layoutEndsLinesOnlyAtTheBreaksTemplatesHold() {
        let text = "a {\u{2028}b\u{0B}c\u{0C}d\u{85}e\u{2029}f\r\ng\rh\n}"
        #expect(SwiftLayout.format(text) == "a {\u{2028}b\u{0B}c\u{0C}d\u{85}e\u{2029}f\n    g\n    h\n}\n")
    }

    @Test func commentsReplaceAndLiteralsEscapeEveryLineBreak() {
        for lineBreak in Self.lineBreaks {
            let text = "a\(lineBreak)b"
            #expect(SwiftEscaping.commentText(text) == "a" + String(repeating: " ", count: lineBreak.unicodeScalars.count) + "b")
            #expect(!SwiftEscaping.stringLiteral(text).contains { $0.isNewline })
            #expect(!SwiftEscaping.rawStringLiteral(text).contains { $0.isNewline })
            #expect(SwiftEscaping.docCommentLines(text) == ["/// a", "/// b"])
        }
        #expect(SwiftEscaping.rawStringLiteral("\"#x") == "##\"\\##u{22}#x\"##")
    }
}

/// What Swift's lexer reads as code: the text without comments and string literals (lines end at
/// LF and CR only, as in Swift). Enough of the lexer for generated files.
enum SwiftSourceScanner {
    static func code(of source: String) -> String {
        let chars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < chars.count ? chars[i + offset] : nil }
        while i < chars.count {
            let c = chars[i]
            if c == "/", peek(1) == "/" {
                while i < chars.count, chars[i] != "\n", chars[i] != "\r" { i += 1 }
            } else if c == "/", peek(1) == "*" {
                var depth = 0
                repeat {
                    if chars[i] == "/", peek(1) == "*" { depth += 1; i += 2 }
                    else if chars[i] == "*", peek(1) == "/" { depth -= 1; i += 2 }
                    else { i += 1 }
                } while depth > 0 && i < chars.count
            } else if c == "#" || c == "\"" {
                var hashes = 0
                while peek(hashes) == "#" { hashes += 1 }
                guard peek(hashes) == "\"" else {
                    out.append(c)
                    i += 1
                    continue
                }
                i += hashes
                let multiline = peek(1) == "\"" && peek(2) == "\""
                i += multiline ? 3 : 1
                skipStringBody(chars, &i, hashes: hashes, multiline: multiline)
                out.append("\"")
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Moves `i` past the closing delimiter of a string literal whose body starts at `i`.
    private static func skipStringBody(_ chars: [Unicode.Scalar], _ i: inout Int, hashes: Int, multiline: Bool) {
        let quotes = multiline ? 3 : 1
        while i < chars.count {
            if chars[i] == "\\", (0..<hashes).allSatisfy({ i + 1 + $0 < chars.count && chars[i + 1 + $0] == "#" }) {
                i += 1 + hashes
                if i < chars.count, chars[i] == "(" {
                    // An interpolation: code in generated files (never from the documentation).
                    var depth = 0
                    repeat {
                        if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1 }
                        i += 1
                    } while depth > 0 && i < chars.count
                } else {
                    i += 1
                }
                continue
            }
            if (0..<quotes).allSatisfy({ i + $0 < chars.count && chars[i + $0] == "\"" })
                && (0..<hashes).allSatisfy({ i + quotes + $0 < chars.count && chars[i + quotes + $0] == "#" })
            {
                i += quotes + hashes
                return
            }
            if !multiline, chars[i] == "\n" || chars[i] == "\r" { return }
            i += 1
        }
    }
}

import Foundation
import GraphDocExtraction
import GraphDocIR
@testable import GraphDocSwift
import Testing

/// The generated API keeps its shape whatever other pages are added, never clashes with a name a
/// user's file sees from Swift or Foundation, declares each enum once, and documents itself in
/// sentences. Each rule is checked on small synthetic pages.
@Suite struct ModelShapeTests {
    /// Loads synthetic pages (file name to markdown) as `generate` reads a folder.
    static func model(_ pages: [String: String]) async throws -> ApiModel {
        let dir = try temporaryDirectory() + "/pages"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in pages { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return await DocumentationLoader.load(paths: [dir], naming: .fromInputFolder).model
    }

    static func resourcePage(_ name: String, base: String? = nil, rows: [String]) -> String {
        """
        ---
        title: "\(name) resource type"
        doc_type: resourcePageType
        ---
        # \(name) resource type

        Namespace: microsoft.graph

        \(base.map { "Inherits from [\($0)](\($0.lowercased()).md)." } ?? "A synthetic \(name).")

        ## Properties
        |Property|Type|Description|
        |:---|:---|:---|
        \(rows.joined(separator: "\n"))

        ## JSON representation
        <!-- {"blockType": "resource", "@odata.type": "microsoft.graph.\(name)"} -->
        ```json
        {
        }
        ```
        """
    }

    static let holder = resourcePage("holder", rows: ["|id|String|The identifier.|", "|party|[party](party.md)|Who.|", "|parties|[party](party.md) collection|All.|"])
    static let party = resourcePage("party", rows: ["|name|String|The name.|"])
    static let guest = resourcePage("guest", base: "party", rows: ["|seat|Int32|The seat.|"])

    static func generated(_ model: ApiModel) throws -> [String: String] {
        let files = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    // MARK: Base types

    /// `holder.party` is `Party?` with one page set and stays `Party?` once a derived type's page
    /// joins; the derived type knows its ancestors from its own page.
    @Test func aBaseTypedPropertyKeepsItsTypeWhenDerivedTypesAreAdded() async throws {
        let alone = try Self.generated(try await Self.model(["holder.md": Self.holder, "party.md": Self.party]))
        let withDerived = try Self.generated(try await Self.model(["holder.md": Self.holder, "party.md": Self.party, "guest.md": Self.guest]))
        for files in [alone, withDerived] {
            let holder = try #require(files["Models/Holder.swift"])
            #expect(holder.contains("public var party: Party?"))
            #expect(holder.contains("public var parties: [Party]?"))
            #expect(!files.keys.contains { $0.contains("AnyParty") })
        }
        #expect(alone["Models/Holder.swift"] == withDerived["Models/Holder.swift"])
        let guest = try #require(withDerived["Models/Guest.swift"])
        #expect(guest.contains(#"public static let odataAncestorTypeNames: [Swift.String] = ["microsoft.graph.party"]"#))
        // Without the base's page the chain is what the derived page says.
        let guestAlone = try Self.generated(try await Self.model(["guest.md": Self.guest]))
        #expect(guestAlone["Models/Guest.swift"]?.contains(#"odataAncestorTypeNames: [Swift.String] = ["microsoft.graph.party"]"#) == true)
    }

    /// The derived value is reachable from the base value, and the other way, in a user's file.
    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func derivedValuesConvertBothWaysInAConsumerFile() async throws {
        let model = try await Self.model(["holder.md": Self.holder, "party.md": Self.party, "guest.md": Self.guest])
        let output = try Self.typecheckConsumer(model, """
            import Foundation
            import GraphModels

            func use(_ holder: Holder) throws -> Holder {
                let name: String? = holder.party?.name
                _ = name
                let guest: Guest? = holder.party?.as(Guest.self)
                var copy = holder
                copy.party = try Party(upcasting: Guest(name: "n", seat: 3))
                copy.parties = try [guest].compactMap { $0 }.map(Party.init(upcasting:))
                return copy
            }
            """)
        #expect(output == "", "\(output)")
    }

    // MARK: Names other modules hold

    static let clashing = ["calendar", "date", "data", "process", "task", "regex", "locale", "timeZone"]

    /// Types named like Swift, Foundation, concurrency, regex or runtime types take the configured
    /// prefix, with a note; a user's file importing Foundation and the models names both.
    @Test func namesOtherModulesHoldTakeThePrefix() async throws {
        var pages = Dictionary(uniqueKeysWithValues: Self.clashing.map { ("\($0.lowercased()).md", Self.resourcePage($0, rows: ["|id|String|The identifier.|"])) })
        pages["holder.md"] = Self.resourcePage("holder", rows: ["|when|[date](date.md)|When.|"])
        let model = try await Self.model(pages)
        let (files, notes) = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model)
        let paths = Set(files.map(\.path))
        for name in ["GraphCalendar", "GraphData", "GraphProcess", "GraphTask", "GraphRegex", "GraphLocale", "GraphTimeZone"] {
            #expect(paths.contains("Models/\(name).swift"), "\(paths.sorted())")
        }
        // `GraphDate` is the runtime's: the prefixed name takes the collision suffix, with a note.
        #expect(paths.contains("Models/GraphDate_2.swift"), "\(paths.sorted())")
        #expect(notes.contains { $0.contains("type `date` is generated as `GraphDate_2`: `GraphDate` is taken by a type of GraphModelSupport") }, "\(notes)")
        #expect(files.first { $0.path == "Models/Holder.swift" }?.contents.contains("public var when: GraphDate_2?") == true)
        #expect(notes.contains { $0.contains("type `calendar` is generated as `GraphCalendar`: `Calendar` is a type of FoundationEssentials") }, "\(notes)")

        let custom = try SwiftGenerator(templates: try TemplateSet(), options: GeneratorOptions(reservedNamePrefix: "MS")).generateWithNotes(model).files
        #expect(custom.contains { $0.path == "Models/MSCalendar.swift" })
        #expect(throws: GenerationError.invalidReservedNamePrefix("ms")) { try GeneratorOptions(reservedNamePrefix: "ms").validate() }
    }

    @Test(.enabled(if: GeneratedCodeCheck.modulesDirectory != nil))
    func aConsumerImportingFoundationNamesBothTypes() async throws {
        let model = try await Self.model(Dictionary(uniqueKeysWithValues: Self.clashing.map {
            ("\($0.lowercased()).md", Self.resourcePage($0, rows: ["|id|String|The identifier.|"]))
        }))
        let output = try Self.typecheckConsumer(model, """
            import Foundation
            import GraphModels

            let calendar: Calendar = .current
            let date = Date()
            let data = Data()
            let url = URL(fileURLWithPath: "/")
            let process: Process? = nil
            let regex = try! Regex("a")
            let locale = Locale(identifier: "en")
            let zone: TimeZone? = TimeZone(identifier: "UTC")
            let models = (GraphCalendar(id: "c"), GraphDate_2(), GraphData(), GraphProcess(), GraphTask(), GraphRegex(), GraphLocale(), GraphTimeZone())
            """)
        #expect(output == "", "\(output)")
    }

    /// The reserved list is read from the real modules: it knows what Foundation, the standard
    /// library, concurrency, regex, Dispatch, HTTPTypes and the runtime declare.
    @Test func theReservedListComesFromTheModules() {
        let names = ReservedTypeNames.modulesByName
        for (name, module) in [("Calendar", "FoundationEssentials"), ("Process", "Foundation"), ("Task", "_Concurrency"),
                               ("Regex", "_StringProcessing"), ("DispatchQueue", "Dispatch"), ("HTTPRequest", "HTTPTypes"),
                               ("JSONValue", "GraphModelSupport"), ("Result", "Swift")] {
            #expect(names[name] == module, "\(name)")
        }
        #expect(names["User"] == nil)
    }

    // MARK: Enums only a request body states

    static let ticket = resourcePage("ticket", rows: [
        "|id|String|The identifier.|",
        "|urgency|[urgency](urgency.md)|How urgent.|",
    ])
    static let urgency = """
        ---
        title: "urgency enum type"
        doc_type: enumPageType
        ---
        # urgency enum type

        Namespace: microsoft.graph

        ## Members
        |Member|Value|Description|
        |:---|:---|:---|
        |low|0|Low.|
        |normal|1|Normal.|
        |high|2|High.|
        """

    static func updatePage(rows: [String]) -> String {
        """
        ---
        title: "Update ticket"
        doc_type: apiPageType
        ---
        # Update ticket

        Namespace: microsoft.graph

        Update a ticket.

        ## HTTP request
        <!-- { "blockType": "ignored" } -->
        ```http
        PATCH /tickets/{id}
        ```

        ## Request body
        |Property|Type|Description|
        |:---|:---|:---|
        \(rows.joined(separator: "\n"))

        ## Response
        If successful, this method returns a `200 OK` response code and an updated [ticket](ticket.md) object in the response body.
        """
    }

    /// An update page restating the values of a property the resource page types with an enum uses
    /// that enum; one that lists other values keeps its own.
    @Test func aRequestBodyEnumWithTheResourceEnumsMembersIsThatEnum() async throws {
        let same = try await Self.model([
            "ticket.md": Self.ticket, "urgency.md": Self.urgency,
            "ticket-update.md": Self.updatePage(rows: ["|urgency|String|How urgent. The possible values are: `low`, `normal`, `high`.|"]),
        ])
        let files = try Self.generated(same)
        let enums = files.keys.filter { $0.hasPrefix("Enums/") }.sorted()
        #expect(enums == ["Enums/Urgency.swift"], "\(enums)")
        let operation = try #require(files.first { $0.key.hasPrefix("Operations/Operations.Ticket.Update") }?.value)
        #expect(operation.contains("public var urgency: GraphModels.Urgency?"), "\(operation)")

        let different = try await Self.model([
            "ticket.md": Self.ticket, "urgency.md": Self.urgency,
            "ticket-update.md": Self.updatePage(rows: ["|urgency|String|How urgent. The possible values are: `low`, `high`, `critical`.|"]),
        ])
        #expect(try Self.generated(different).keys.filter { $0.hasPrefix("Enums/") }.count == 2)
    }

    /// An enum only an operation page states that nothing refers to is not generated; one stated on
    /// a resource or enumeration page is, referred to or not.
    @Test func anUnreferencedRequestOnlyEnumIsNotGenerated() {
        let source = SourceLocation(file: "pages/ticket-update.md", line: 3, column: 1)
        let model = ApiModel(
            pages: [PageInfo(path: "pages/ticket-update.md", locale: "en-us", apiVersion: nil, kind: .operation, title: "Update ticket", translation: nil),
                    PageInfo(path: "pages/urgency.md", locale: "en-us", apiVersion: nil, kind: .enumeration, title: "urgency", translation: nil)],
            enums: [
                EnumDefinition(name: "ticket.mood", members: [EnumMember(name: "calm")], origin: .description, sources: [source]),
                EnumDefinition(name: "urgency", members: [EnumMember(name: "low")], origin: .table,
                               sources: [SourceLocation(file: "pages/urgency.md", line: 3, column: 1)]),
            ])
        let mapper = SwiftTypeMapper(model: model)
        #expect(mapper.generatedEnums.map(\.name) == ["urgency"])
        #expect(mapper.notes.contains { $0.contains("enum `ticket.mood` is not generated: only an operation page states it and nothing refers to it") })
    }

    // MARK: Doc comments

    /// Fallback lines and page descriptions read as sentences: capitalised, an article that agrees,
    /// no stray leading punctuation, a full stop.
    @Test func docLinesAreSentences() {
        #expect(DocLines.sentence(". Possible values are: a, b") == "Possible values are: a, b.")
        #expect(DocLines.sentence("inherited from itemFacet") == "Inherited from itemFacet.")
        #expect(DocLines.sentence("A `attachment` or a `user` or a `event`.") == "An `attachment` or a `user` or an `event`.")
        #expect(DocLines.sentence("`id` of the item") == "`id` of the item.")
        #expect(DocLines.sentence("eTag of the item") == "eTag of the item.")
        #expect(DocLines.sentence("https://graph.microsoft.com is the host") == "https://graph.microsoft.com is the host.")
        #expect(DocLines.sentence("Done!") == "Done!")
        #expect(DocLines.sentence("  ") == "")
        #expect(DocLines.article(for: "item") == "an")
        #expect(DocLines.article(for: "`unit`") == "a")
        #expect(DocLines.article(for: "one-time") == "a")
    }

    /// Every fallback the generator writes is a sentence.
    @Test func everyFallbackIsASentence() throws {
        let source = SourceLocation(file: "pages/x.md", line: 1, column: 1)
        let model = ApiModel(
            types: [TypeDefinition(name: "item", properties: [
                Property(name: "linked", type: TypeReference(name: "item"), origin: .route, source: source),
            ], origin: .resource, sources: [source])],
            enums: [
                EnumDefinition(name: "item.state", members: [EnumMember(name: "on")], origin: .description, sources: [source]),
                EnumDefinition(name: "flagSet", members: [EnumMember(name: "a"), EnumMember(name: "b")], isFlags: true, origin: .table, sources: [source]),
            ])
        let files = try Self.generated(model)
        var docLines: [String] = []
        for file in files.values {
            var previousIsDoc = false
            for line in file.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                let isDoc = line.hasPrefix("///")
                // The first line of each doc comment starts a sentence.
                if isDoc, !previousIsDoc, line.hasPrefix("/// "), !line.hasPrefix("/// - Remark") {
                    let text = String(line.dropFirst(4))
                    docLines.append(text)
                    #expect(text.first?.isUppercase == true || text.first == "`", "\(text)")
                }
                previousIsDoc = isDoc
            }
        }
        let fallbacks = ["The Graph type `item`.", "Only a GET route shows this relationship; no table describes it.",
                         "The values of `item.state`.", "The values of `flagSet`; several combine in a comma-separated list."]
        for fallback in fallbacks {
            #expect(docLines.contains(fallback), "\(docLines)")
        }
    }

    // MARK: Consumer type-check

    /// Generates `model` as `GraphModels`, builds it and type-checks `source`, a user's file, against it.
    static func typecheckConsumer(_ model: ApiModel, _ source: String) throws -> String {
        guard let modules = GeneratedCodeCheck.modulesDirectory else { return "" }
        let files = try SwiftGenerator(templates: try TemplateSet()).generateWithNotes(model).files
        return try GeneratedCodeCheck.typecheck(
            models: files, tests: [GeneratedFile(path: "Consumer.swift", contents: source)], moduleName: "GraphModels",
            modules: modules, flags: [], extraSources: [:])
    }
}

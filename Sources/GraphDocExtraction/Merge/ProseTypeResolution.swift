import GraphDocIR

/// Settles the request-body and response types that prose named inexactly, once every page is known.
///
/// A page reads "a collection of [tabs](../resources/teamstab.md) objects" or "a [Range](range.md)
/// object" (the type is workbookRange), or links a page that describes no type ("see [error
/// responses](security-error-codes.md)"). Only the merge knows which names the inputs describe and
/// what a linked page describes, so the page keeps how it named the type (``ProseTypeName``) and this
/// step decides, with a note for each change:
/// - a name that a resource page or an enum has stays, unless it is link text that shortens the type
///   the linked page describes (`[message](chatmessage.md)`: chatMessage, not the mail message type);
/// - a link to a resource page gives that page's type, when the link text is a spelling of it (a
///   plural or a shortening: `tabs` of teamsTab) or when the name came from the file name; link text
///   that is another word (`[bookingType](room.md)`) stays, and lint reports it as undefined;
/// - a link to an input page that describes no type gives way to what the sentence's words name, or
///   to no type;
/// - a plural of a described name (`secureScores`) becomes the singular.
enum ProseTypeResolution {
    /// What the inputs describe.
    struct Catalogue {
        /// Lowercased names of the types resource pages describe and of every enum.
        var described: [String: String] = [:]
        /// The one type (or enum) a resource or enumeration page describes, by lowercased page path:
        /// the docs site finds pages whatever the case of a link (`identityApiConnector.md`).
        var describedByPage: [String: String] = [:]
        /// Every input page's lowercased path.
        var pages: Set<String> = []

        /// What `pages` describe. Translations count: their links lead to translated pages, which
        /// describe the types under the English names.
        init(_ pages: [PageFacts]) {
            for page in pages {
                self.pages.insert(page.page.path.lowercased())
                let types = page.types.filter { $0.origin == .resource }.map(\.name)
                let enums = page.enums.filter { $0.ownerType == nil }.map(\.name)
                for name in types + enums where described[name.lowercased()] == nil {
                    described[name.lowercased()] = name
                }
                let own = page.page.kind == .resource ? types : page.page.kind == .enumeration ? enums : []
                if own.count == 1 { describedByPage[page.page.path.lowercased()] = own[0] }
            }
        }
    }

    /// `page` with its inexactly named request-body and response types replaced, and a note for each;
    /// `nil` when the page names its types exactly.
    static func resolve(_ page: PageFacts, in catalogue: Catalogue, diagnostics: inout [Diagnostic]) -> PageFacts? {
        guard var operation = page.operation, !page.proseTypeNames.isEmpty else { return nil }
        var resolved = page
        var changed = false
        for named in page.proseTypeNames {
            let current = named.role == .response ? operation.responses.first?.type : operation.requestBody?.type
            guard let current, current.name == named.name else { continue }
            let shortensLinkedType = linkedTypeItShortens(named, in: catalogue) != nil
            guard catalogue.described[current.name.lowercased()] == nil || shortensLinkedType,
                  let (replacement, reason) = replacement(for: named, collection: current.collection, in: catalogue) else { continue }
            switch named.role {
            case .response:
                operation.responses[0].type = replacement
            case .requestBody:
                operation.requestBody?.type = replacement
                // The request-body table was filed under the name the prose gave.
                resolved.types = resolved.types.compactMap { type in
                    guard type.origin == .requestBody, type.name == current.name else { return type }
                    guard let replacement else { return nil }
                    var renamed = type
                    renamed.name = replacement.name
                    return renamed
                }
            }
            changed = true
            let what = named.role == .response ? "response" : "request body"
            let outcome = replacement.map { "'\($0.name)' is used" } ?? "no type is recorded"
            diagnostics.append(Diagnostic(
                .proseTypeNameInexact,
                "expected the \(what) paragraph to name a type, found '\(named.name)', \(shortensLinkedType ? "the text of a link to another type's page" : "which no page describes"); \(reason), so \(outcome)",
                at: named.source, subject: named.name))
        }
        guard changed else { return nil }
        resolved.operation = operation
        return resolved
    }

    /// The type the linked page describes, when the name is the link's text, another name, and a
    /// shortening or plural of that type (`message` of chatMessage).
    private static func linkedTypeItShortens(_ named: ProseTypeName, in catalogue: Catalogue) -> String? {
        guard named.nameIsLinkText, let target = named.linkTarget, let type = catalogue.describedByPage[target.lowercased()],
              type.lowercased() != named.name.lowercased(), isSpelling(named.name, of: type) else { return nil }
        return type
    }

    /// What replaces an undescribed name (or one that shortens the linked page's type), and why;
    /// `nil` when nothing better is known.
    private static func replacement(for named: ProseTypeName, collection: Bool, in catalogue: Catalogue) -> (TypeReference?, String)? {
        if let target = named.linkTarget {
            if let type = catalogue.describedByPage[target.lowercased()] {
                guard !named.nameIsLinkText || isSpelling(named.name, of: type) else { return nil }
                return (TypeReference(name: type, collection: collection), "the linked page \(target) describes '\(type)'")
            }
            if catalogue.pages.contains(target.lowercased()) {
                let words = named.wordsName.map { catalogue.described[$0.name.lowercased()].map { name in TypeReference(name: name, collection: collection) } ?? $0 }
                return (words, "the linked page \(target) describes no type" + (words.map { ", and the sentence names '\($0.name)'" } ?? ""))
            }
        }
        if let singular = singular(named.name), let type = catalogue.described[singular.lowercased()] {
            return (TypeReference(name: type, collection: collection), "its singular '\(type)' is described")
        }
        return nil
    }

    /// Whether `word` (link text) is a plural or a shortening of the type name `type`: `tabs` of
    /// teamsTab, `Range` of workbookRange, `message` of chatMessage.
    static func isSpelling(_ word: String, of type: String) -> Bool {
        let stem = (singular(word) ?? word).lowercased()
        return type.lowercased().contains(stem)
    }

    /// `tabs` -> `tab`; `nil` for a word that is not plural-looking or too short to tell.
    static func singular(_ word: String) -> String? {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        return String(word.dropLast())
    }
}

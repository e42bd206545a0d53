import GraphDocIR

/// A documented route read as a Swift function signature: one named parameter per placeholder, the
/// path template the runtime fills in order, and the query options the route writes itself.
///
/// Graph routes reuse `{id}` for every key (`/me/calendars/{id}/events/{id}`), so a placeholder that
/// only says "key" is named after the collection it indexes (`calendarId`, `eventId`); one with a name
/// of its own keeps it (`{item-path}` -> `itemPath`), and an argument of a function call is named
/// after that argument (`getSchedule(period='{period_value}')` -> `period`). Names are unique within a
/// route (`eventId`, `eventId2`).
struct RouteSignature: Hashable, Sendable {
    /// Where a parameter's value goes.
    enum Component: Hashable, Sendable {
        /// The n-th placeholder of ``pathTemplate``.
        case path
        /// The value (or part of the value) of a query option the route writes (`?startDateTime={start}`).
        case query(name: String)
    }

    /// One placeholder as a Swift parameter.
    struct Parameter: Hashable, Sendable {
        /// The braces' content as written (`id | userPrincipalName`).
        var placeholder: String
        /// The Swift parameter name (`userId`), unique in the route.
        var swiftName: String
        var component: Component
    }

    /// A query option the route writes, with its value as literal text and parameters.
    struct QueryItem: Hashable, Sendable {
        enum Piece: Hashable, Sendable {
            case literal(String)
            /// A parameter's index in ``RouteSignature/parameters``.
            case parameter(Int)
        }

        var name: String
        var value: [Piece]
    }

    /// The path part of the route, placeholders as written.
    var pathTemplate: String
    /// Path placeholders first, in order, then query placeholders.
    var parameters: [Parameter]
    var queryItems: [QueryItem]

    /// Labels no parameter may take: the operation's own arguments.
    static let reservedLabels: Set<String> = ["body"]

    /// `cased` gives a lower-case segment the spelling the pages use elsewhere (`calendargroups` ->
    /// `calendarGroups`).
    init(templatePath: String, cased: (String) -> String = { $0 }) {
        let (path, query) = Self.splitQuery(templatePath)
        pathTemplate = path
        var parameters: [Parameter] = []
        for (placeholder, base) in Self.pathPlaceholders(path, cased: cased) {
            parameters.append(Parameter(placeholder: placeholder, swiftName: base, component: .path))
        }
        var items: [QueryItem] = []
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let name = pair.prefix { $0 != "=" }
            // A value without a name (`?{filter}`) is no option the function can write.
            guard !name.isEmpty else { continue }
            let value = pair.dropFirst(name.count + 1)
            var pieces: [QueryItem.Piece] = []
            var rest = Substring(value)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
                let placeholder = String(rest[rest.index(after: open)..<close])
                pieces.append(.parameter(parameters.count))
                // The option's name is what the API calls the value (`startDateTime={start_datetime}`).
                parameters.append(Parameter(placeholder: placeholder, swiftName: String(name), component: .query(name: String(name))))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { pieces.append(.literal(String(rest))) }
            items.append(QueryItem(name: String(name), value: pieces))
        }
        queryItems = items
        // Unique Swift names: `eventId`, `eventId2`; never a label the operation uses itself.
        var taken = Self.reservedLabels
        for index in parameters.indices {
            let name = parameters[index].swiftName
            parameters[index].swiftName = Self.uniqueLabel(SwiftNaming.memberName(name.hasPrefix("$") ? String(name.dropFirst()) : name), taken: &taken)
        }
        self.parameters = parameters
    }

    /// `base`, or `base2`, `base3`, ... when `taken` (lower-cased labels) holds it; recorded in `taken`.
    static func uniqueLabel(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate.lowercased()) {
            candidate = base + String(counter)
            counter += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// The Swift labels in order (what tells two routes' functions apart).
    var labels: [String] { parameters.map(\.swiftName) }

    /// Each placeholder of the path with the name its context gives it.
    private static func pathPlaceholders(_ path: String, cased: (String) -> String) -> [(placeholder: String, name: String)] {
        var result: [(String, String)] = []
        var previousSegments: [String] = []
        var segmentText = ""
        // Inside `name(...)`: the argument being written (`period` of `period='{p}'`), complete at `=`.
        var argument: (name: String, complete: Bool)?
        var placeholder: String?
        for character in path {
            if var written = placeholder {
                guard character == "}" else {
                    written.append(character)
                    placeholder = written
                    continue
                }
                let name: String
                if let argument, argument.complete, !argument.name.isEmpty {
                    name = argument.name
                } else if isGenericKey(written) {
                    name = owner(segmentText, previousSegments, cased: cased)
                } else {
                    name = firstAlternative(written)
                }
                result.append((written, name))
                placeholder = nil
                continue
            }
            switch character {
            case "{":
                placeholder = ""
            case "/":
                previousSegments.append(segmentText)
                segmentText = ""
                argument = nil
            case "(", ",":
                segmentText.append(character)
                argument = ("", false)
            case "=":
                segmentText.append(character)
                if let current = argument { argument = (current.name, true) }
            case ")":
                segmentText.append(character)
                argument = nil
            default:
                segmentText.append(character)
                if let current = argument, !current.complete, character.isLetter || character.isNumber || character == "_" {
                    argument = (current.name + String(character), false)
                }
            }
        }
        return result
    }

    /// The member a key placeholder picks: the collection written before it in the same segment
    /// (`items('{id}')`) or the nearest collection segment before it, in the singular, plus `Id`.
    private static func owner(_ segmentText: String, _ previousSegments: [String], cased: (String) -> String) -> String {
        let inSegment = identifierPrefix(segmentText)
        if !inSegment.isEmpty { return EnglishInflection.singular(cased(inSegment)) + "Id" }
        for segment in previousSegments.reversed() {
            let name = identifierPrefix(segment)
            // A type cast (`microsoft.graph.user`) or an OData item (`$ref`) names no collection.
            guard !name.isEmpty, name.count == segment.count else { continue }
            return EnglishInflection.singular(cased(name)) + "Id"
        }
        return "id"
    }

    /// The leading letters and digits of `text`.
    private static func identifierPrefix(_ text: String) -> String {
        String(text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// A placeholder that says only "a key here": `{id}`, `{key}`, `{key2}` (a sample key replaced),
    /// `{id | userPrincipalName}`.
    static func isGenericKey(_ placeholder: String) -> Bool {
        let first = firstAlternative(placeholder).lowercased()
        if first.isEmpty || first == "id" || first == "key" { return true }
        return first.hasPrefix("key") && first.dropFirst(3).allSatisfy(\.isNumber)
    }

    /// The first name a placeholder lists (`id | userPrincipalName` -> `id`).
    static func firstAlternative(_ placeholder: String) -> String {
        String(placeholder.split(separator: "|").first.map { $0.trimmingCharacters() } ?? "")
    }

    /// The path and the query (without `?`); a `?` inside braces belongs to the placeholder.
    static func splitQuery(_ template: String) -> (String, String?) {
        var depth = 0
        for index in template.indices {
            switch template[index] {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "?" where depth == 0:
                return (String(template[..<index]), String(template[template.index(after: index)...]))
            default: break
            }
        }
        return (template, nil)
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

}

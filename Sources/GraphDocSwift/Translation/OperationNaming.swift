import GraphDocIR

/// Where an operation lives in the generated `Operations` namespace and what it is called:
/// `Operations.Event.tentativelyAccept(eventId:body:)`, described by `Operations.Event.TentativelyAccept`.
public struct OperationName: Hashable, Sendable {
    /// The resource the operation acts on (`Event`, `CalendarGroup`): a namespace inside `Operations`.
    public var namespace: String
    /// What the operation does, as a function name (`tentativelyAccept`, `listEvents`, `get`).
    public var member: String
    /// The operation's descriptor type in the namespace (`TentativelyAccept`).
    public var typeName: String { SwiftNaming.upperFirst(member) }
}

/// Names operations from the structure of their page name and routes, not from the title (which a
/// translation rewrites).
///
/// Graph reference pages are named `<resource>-<verb>[-<object>]` (`calendar-list-events`,
/// `event-tentativelyaccept`), sometimes after an area prefix (`intune-deviceconfig-<resource>-get`).
/// The verb starts at the first word that is a verb of the collection protocol (`list`, `get`,
/// `create`, `post`, `update`, `delete`, `put`, `add`, `remove`), or else is the last word (an action
/// or function, which the route spells in camelCase); the word before it is the resource. Page names
/// are lower case, so each word takes its case from the routes' segments and the model's type names
/// (`tentativelyaccept` -> `tentativelyAccept`, `calendargroup` -> `CalendarGroup`). A page whose name
/// starts with its verb (`add-phonemethods`) takes its resource from the route: the segment that
/// owns the collection the route ends in. `post` reads as `create`, which is what it does in Graph,
/// and what is created or added is one member (`create-events` -> `createEvent`).
enum OperationNaming {
    /// The verbs of Graph's collection protocol that start the verb part of a page name.
    static let collectionVerbs: Set<String> = ["list", "get", "create", "post", "update", "delete", "put", "add", "remove"]

    /// Names for `operations`, in order: unique (`get`, `get2`) within each namespace.
    static func names(for operations: [Operation], vocabulary: Vocabulary) -> [OperationName] {
        var taken: [String: Set<String>] = [:]
        return operations.map { operation in
            var name = name(for: operation, vocabulary: vocabulary)
            let base = name.member
            var counter = 2
            while taken[name.namespace, default: []].contains(name.member.lowercased()) {
                name.member = base + String(counter)
                counter += 1
            }
            taken[name.namespace, default: []].insert(name.member.lowercased())
            return name
        }
    }

    /// The spellings of the model's type names and of every route's segments.
    static func vocabulary(for model: ApiModel) -> Vocabulary {
        var vocabulary = Vocabulary()
        for type in model.types { vocabulary.add(SwiftNaming.lastComponent(type.name)) }
        for operation in model.operations {
            for route in operation.routes { vocabulary.addWords(of: route.templatePath) }
        }
        return vocabulary
    }

    static func name(for operation: Operation, vocabulary: Vocabulary) -> OperationName {
        let words = operation.id.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        let verbStart = words.indices.first { collectionVerbs.contains(words[$0]) } ?? max(0, words.count - 1)
        var verbWords = Array(words[verbStart...])
        if verbWords.first == "post" { verbWords[0] = "create" }
        var casedWords = verbWords.map(vocabulary.cased)
        // Creating adds one member to a collection: `create-events` creates an event.
        if casedWords.count > 1, verbWords[0] == "create" || verbWords[0] == "add" {
            casedWords[casedWords.count - 1] = EnglishInflection.singular(casedWords[casedWords.count - 1])
        }
        var member = casedWords.enumerated().map { index, word in
            index == 0 ? SwiftNaming.lowerFirst(word) : SwiftNaming.upperFirst(word)
        }.joined()
        member = SwiftNaming.memberName(member.isEmpty ? defaultVerb(operation) : member)
        let resource = verbStart > 0 ? vocabulary.cased(words[verbStart - 1]) : routeOwner(operation)
        return OperationName(namespace: namespaceName(resource), member: member)
    }

    /// A type-like name for a namespace (`calendarGroup` -> `CalendarGroup`); never a name generated
    /// code relies on.
    static func namespaceName(_ resource: String) -> String {
        let name = SwiftNaming.typeName(resource.isEmpty ? "service" : resource)
        return name == "Operations" ? "Operations_" : name
    }

    /// What an operation without a verb in its page name does, from its method.
    static func defaultVerb(_ operation: Operation) -> String {
        switch operation.routes.first?.method.uppercased() {
        case "GET": operation.successResponse?.type?.collection == true ? "list" : "get"
        case "POST": "create"
        case "PATCH": "update"
        case "PUT": "replace"
        case "DELETE": "delete"
        default: "call"
        }
    }

    /// The resource a route acts on when the page name does not say: the collection segment's owner
    /// (`/me/authentication/phoneMethods` -> `authentication`), or the collection itself when it hangs
    /// off the service root (`/users` -> `user`).
    static func routeOwner(_ operation: Operation) -> String {
        guard let route = operation.routes.first else { return "" }
        let (path, _) = RouteSignature.splitQuery(route.templatePath)
        let names = path.split(separator: "/").filter { segment in
            !segment.hasPrefix("$") && !segment.hasPrefix("{") && !segment.contains(".") && !segment.contains("(")
                && segment.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }.map(String.init)
        if names.count >= 2, names.last != "me" { return names[names.count - 2] == "me" ? EnglishInflection.singular(names.last!) : names[names.count - 2] }
        return names.last.map(EnglishInflection.singular) ?? ""
    }

    /// The spellings of words the pages use, by their lower-case form.
    struct Vocabulary {
        private var spellings: [String: String] = [:]

        /// Records `word`'s spelling; the first one seen wins, except that a spelling with capitals
        /// beats an all-lower-case one (`tentativelyAccept` over `tentativelyaccept`).
        mutating func add(_ word: some StringProtocol) {
            guard !word.isEmpty else { return }
            let key = word.lowercased()
            if let known = spellings[key], known != key { return }
            spellings[key] = String(word)
        }

        /// Records the identifier-like runs of a route (`getSchedule`, `calendarGroups`).
        mutating func addWords(of route: String) {
            var current = ""
            for character in route {
                if character.isASCII && (character.isLetter || character.isNumber) {
                    current.append(character)
                } else {
                    add(current)
                    current = ""
                }
            }
            add(current)
        }

        /// `word` as the pages spell it, or as given.
        func cased(_ word: String) -> String { spellings[word.lowercased()] ?? word }
    }
}

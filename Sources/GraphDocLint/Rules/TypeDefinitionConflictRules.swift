import GraphDocIR

/// Compares what pages of one locale state about the same type or enum. Pages in different locales
/// are left to translation-drift, which extraction reports when it pairs a translation with its
/// English page.
enum PageStatements {
    /// `(page, property)` statements per `type.property`, more authoritative first (resource page,
    /// then request-body table), examples excluded because their types are guesses.
    static func properties(_ context: LintContext) -> [String: [(locale: String, property: Property)]] {
        var statements: [String: [(String, Property)]] = [:]
        for facts in context.pages {
            for type in facts.types {
                for property in type.properties + type.relationships where property.origin != .example {
                    statements["\(type.name).\(property.name)", default: []].append((facts.page.locale, property))
                }
            }
        }
        return statements.mapValues { list in
            list.sorted { ($0.1.origin, $0.1.source) < ($1.1.origin, $1.1.source) }
        }
    }
}

/// The same property documented with different types on two pages.
public struct PropertyConflictRule: LintRule {
    public init() {}
    public var rule: RuleID { .propertyConflict }
    public var explanation: String {
        """
        A type is often described by several pages: its resource page and the request-body tables of \
        the operations that create or update it. When they give one property different types \
        (`String` here, `Int32` there; a single value here, a collection there), readers and generated \
        models cannot both be right. graphdoc keeps the most authoritative statement (resource page, \
        then request-body table) and reports every other page that disagrees, at its table row. \
        Types guessed from examples are not compared. Make the pages agree.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (key, statements) in PageStatements.properties(context).sorted(by: { $0.key < $1.key }) {
            for locale in Set(statements.map(\.locale)).sorted() {
                let local = statements.filter { $0.locale == locale }.map(\.property)
                guard let reference = local.first else { continue }
                for other in local.dropFirst() where !Self.agree(reference, other, index: context.index) {
                    findings.append(Diagnostic(
                        rule,
                        "'\(key)' is \(other.type) here but \(reference.type) at \(reference.source)",
                        at: other.source, subject: key))
                }
            }
        }
        return findings
    }

    /// Names compare ignoring case and the `Edm.`/`microsoft.graph.` prefixes. Enum-valued properties
    /// are written as `String` with possible values, as "Enumeration", or as the enum's name; all of
    /// those agree with each other, since they are serialised as the same JSON string.
    static func agree(_ a: Property, _ b: Property, index: TypeIndex) -> Bool {
        func normal(_ property: Property) -> String {
            let bare = WrittenTypeName.withoutEdmPrefix(TypeIndex.bareName(property.type.name))
            let isEnum = property.enum != nil || PrimitiveTypes.enumWords.contains(bare)
                || (index.enumeration(named: bare) != nil && index.type(named: bare) == nil)
            if isEnum || bare == "String" { return isEnum ? "enum-or-string" : "string" }
            return bare.lowercased()
        }
        let (left, right) = (normal(a), normal(b))
        let compatible = left == right || Set([left, right]) == ["enum-or-string", "string"]
        return a.type.collection == b.type.collection && compatible
    }
}

/// The same enum listed with different members on two pages.
public struct EnumMembersDifferRule: LintRule {
    public init() {}
    public var rule: RuleID { .enumMembersDiffer }
    public var explanation: String {
        """
        When two pages list the values of the same enum (an enum table, or "Possible values are" for \
        the same property of the same type) and the lists differ, one of them is out of date or was \
        copied from another enum. `unknownFutureValue` is ignored, since pages commonly omit that \
        sentinel. Enums seen only in examples are not compared. Make the lists agree.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        var statements: [String: [(locale: String, enumeration: EnumDefinition)]] = [:]
        for facts in context.pages {
            for enumeration in facts.enums where enumeration.origin != .example {
                statements[enumeration.name, default: []].append((facts.page.locale, enumeration))
            }
        }
        var findings: [Diagnostic] = []
        for (name, list) in statements.sorted(by: { $0.key < $1.key }) {
            for locale in Set(list.map(\.locale)).sorted() {
                let local = list.filter { $0.locale == locale }.map(\.enumeration).sorted(by: Self.moreAuthoritative)
                guard let reference = local.first else { continue }
                let expected = Self.members(reference)
                for other in local.dropFirst() {
                    let found = Self.members(other)
                    guard found != expected, let at = other.sources.first else { continue }
                    let extra = found.subtracting(expected).sorted(), missing = expected.subtracting(found).sorted()
                    var parts: [String] = []
                    if !extra.isEmpty { parts.append("adds \(extra.joined(separator: ", "))") }
                    if !missing.isEmpty { parts.append("lacks \(missing.joined(separator: ", "))") }
                    findings.append(Diagnostic(
                        rule,
                        "enum \(name) \(parts.joined(separator: " and ")) compared with \(reference.sources.first?.description ?? "another page")",
                        at: at, subject: name))
                }
            }
        }
        return findings
    }

    /// Tables before descriptions, then by first source.
    static func moreAuthoritative(_ a: EnumDefinition, _ b: EnumDefinition) -> Bool {
        if a.origin != b.origin { return a.origin < b.origin }
        return (a.sources.first?.description ?? "") < (b.sources.first?.description ?? "")
    }

    static func members(_ enumeration: EnumDefinition) -> Set<String> {
        EvolvableEnumSentinel.removing(from: enumeration.members.map(\.name))
    }
}

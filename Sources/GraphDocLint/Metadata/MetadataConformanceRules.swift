import GraphDocIR

/// The rules that compare pages with a CSDL document (`--metadata FILE.xml`). They find nothing when
/// no metadata is given. The metadata is the service's own description, so a disagreement is reported
/// on the page: either the page is wrong or out of date, or the API is not yet in the metadata.
enum MetadataComparison {
    static func csdlType(for type: TypeDefinition, in metadata: CSDLModel) -> CSDLModel.StructuredType? {
        metadata.type(named: "\(type.namespace).\(type.name)") ?? metadata.type(named: type.name)
    }

    /// Where a type-level finding goes: the type's own resource page (its first table row) when a
    /// resource page describes it, else the first page that does.
    static func location(of type: TypeDefinition) -> SourceLocation? {
        (type.properties + type.relationships).filter { $0.origin == .resource }.map(\.source).min() ?? type.sources.first
    }

    /// Splits `Collection(graph.x)` into (collection, bare name) and says whether the name is an Edm primitive.
    static func components(_ written: String, in metadata: CSDLModel) -> (collection: Bool, name: String, primitive: Bool) {
        let parsed = WrittenTypeName(written)
        let name = parsed.name, collection = parsed.isCollection
        if name.hasPrefix("Edm.") { return (collection, parsed.withoutEdmPrefix, true) }
        let qualified = metadata.qualified(name)
        let bare = qualified.split(separator: ".").last.map(String.init) ?? qualified
        return (collection, bare, false)
    }

    /// Whether a documented property type agrees with the CSDL type, with the leniency pages need:
    /// enum-valued properties documented as `String` or "Enumeration", names compared ignoring case.
    static func typesAgree(_ documented: Property, _ csdl: CSDLModel.Property, in metadata: CSDLModel, index: TypeIndex) -> Bool {
        let target = components(csdl.type, in: metadata)
        guard target.collection == documented.type.collection else { return false }
        let name = TypeIndex.bareName(documented.type.name)
        if target.primitive { return name.lowercased() == target.name.lowercased() }
        if metadata.enumType(named: csdl.type) != nil {
            // Extraction names enums read from a description `owner.property`, so the documented type may
            // be that name rather than the CSDL enum's.
            return name.lowercased() == target.name.lowercased() || name == "String" || documented.enum != nil
                || PrimitiveTypes.enumWords.contains(name) || index.enumeration(named: name) != nil
        }
        if target.name == "Json", name == "Json" { return true }
        // A type the metadata names but does not define cannot be judged.
        if metadata.type(named: csdl.type) == nil { return true }
        return name.lowercased() == target.name.lowercased()
    }
}

/// A documented type the metadata does not have.
public struct MetadataTypeMissingRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataTypeMissing }
    public var explanation: String {
        """
        With `--metadata FILE.xml`, every type the pages describe is looked up in the CSDL document \
        (by namespace and name, ignoring case). A type that is not there is misspelt, was renamed or \
        removed, or belongs to another API version. Types known only from examples are not checked. \
        Compare with the metadata and fix the page.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        // Types named only by examples are often half-read `@odata.type` values; judge documented ones.
        return context.index.allTypes.compactMap { type in
            guard type.origin != .example,
                  MetadataComparison.csdlType(for: type, in: metadata) == nil, metadata.enumType(named: type.name) == nil,
                  let at = MetadataComparison.location(of: type) else { return nil }
            return Diagnostic(rule, "type \(type.namespace).\(type.name) is not in the metadata", at: at, subject: type.name)
        }
    }
}

/// A documented base type that differs from the metadata's.
public struct MetadataBaseTypeMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataBaseTypeMismatch }
    public var explanation: String {
        """
        When a page states a type's base type (the `baseType` annotation), it must be the CSDL base \
        type: inherited properties and polymorphic decoding depend on it. Pages that state no base type \
        are not reported. Fix the annotation.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        return context.index.allTypes.compactMap { type in
            guard let documented = type.baseType, let csdl = MetadataComparison.csdlType(for: type, in: metadata),
                  let at = MetadataComparison.location(of: type) else { return nil }
            let expected = csdl.baseType.map { metadata.qualified($0, defaultNamespace: csdl.namespace) }
            let written = TypeIndex.bareName(documented)
            // A page that names the base type without its namespace means the one in the type's own
            // schema when that schema has one, else the one of that name in another schema (`entity`
            // for a type of `microsoft.graph.ediscovery`).
            let found = written.contains(".")
                ? metadata.qualified(written, defaultNamespace: type.namespace)
                : metadata.type(named: written, defaultNamespace: csdl.namespace).map { "\($0.namespace).\($0.name)" }
                    ?? "\(csdl.namespace).\(written)"
            guard expected?.lowercased() != found.lowercased() else { return nil }
            return Diagnostic(
                rule, "type \(type.name) has base type '\(documented)'; the metadata says '\(expected ?? "none")'",
                at: at, subject: "\(type.name):base")
        }
    }
}

/// A documented property the metadata type does not have.
public struct MetadataPropertyMissingRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataPropertyMissing }
    public var explanation: String {
        """
        Every property and relationship a page documents for a type should exist on the CSDL type or \
        one of its base types (compared exactly: JSON property names are case-sensitive). A missing one \
        is misspelt, removed, or not yet shipped in this version. Open types are not checked. Fix the \
        name or remove the row.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        var findings: [Diagnostic] = []
        for type in context.index.allTypes {
            guard let csdl = MetadataComparison.csdlType(for: type, in: metadata), !csdl.isOpen else { continue }
            let known = metadata.allProperties(of: csdl)
            // Keys seen only in examples are the example rules' business (and often wrappers like `value`).
            for property in type.properties + type.relationships where known[property.name] == nil && property.origin != .example {
                findings.append(Diagnostic(
                    rule, "property '\(type.name).\(property.name)' is not in the metadata type \(csdl.name)",
                    at: property.source, subject: "\(type.name).\(property.name)"))
            }
        }
        return findings
    }
}

/// A metadata property the type's resource page does not document.
public struct MetadataPropertyUndocumentedRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataPropertyUndocumented }
    public var explanation: String {
        """
        A property the CSDL type (including its base types) has, but the type's resource page does \
        not list, is invisible to readers and to models generated from the docs. Only types described \
        by a resource page are checked, since request-body tables and examples are partial by nature. \
        Add the property to the Properties or Relationships table.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        var findings: [Diagnostic] = []
        for type in context.index.allTypes where type.origin == .resource {
            guard let csdl = MetadataComparison.csdlType(for: type, in: metadata),
                  let at = MetadataComparison.location(of: type) else { continue }
            let documented = Set(context.index.allMembers(of: type).keys)
            let inheritedByProse = type.properties.contains { $0.inheritedFrom != nil }
            let candidates = inheritedByProse || type.baseType != nil
                ? metadata.allProperties(of: csdl).values.map(\.self) : csdl.properties
            for property in candidates.sorted(by: { $0.name < $1.name }) where !documented.contains(property.name) {
                findings.append(Diagnostic(
                    rule, "metadata property '\(csdl.name).\(property.name)' (\(property.type)) is not documented",
                    at: at, subject: "\(type.name).\(property.name)"))
            }
        }
        return findings
    }
}

/// A documented property type that differs from the metadata's.
public struct MetadataPropertyTypeMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataPropertyTypeMismatch }
    public var explanation: String {
        """
        A property's documented type must be its CSDL type: `Int32` is not `Int64`, a single value is \
        not a collection, and `identitySet` is not `identity`. Enum-valued properties documented as \
        String (with their possible values) are accepted, and names are compared ignoring case. \
        Properties whose type was only inferred from examples are not compared. Fix the type cell.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        var findings: [Diagnostic] = []
        for type in context.index.allTypes {
            guard let csdl = MetadataComparison.csdlType(for: type, in: metadata) else { continue }
            let known = metadata.allProperties(of: csdl)
            for property in type.properties + type.relationships where property.origin != .example {
                guard let target = known[property.name],
                      !MetadataComparison.typesAgree(property, target, in: metadata, index: context.index) else { continue }
                findings.append(Diagnostic(
                    rule, "property '\(type.name).\(property.name)' is documented as \(property.type); the metadata says \(target.type)",
                    at: property.source, subject: "\(type.name).\(property.name)"))
            }
        }
        return findings
    }
}

/// Documented enum members that differ from the metadata enum's.
public struct MetadataEnumMemberMismatchRule: LintRule {
    public init() {}
    public var rule: RuleID { .metadataEnumMemberMismatch }
    public var explanation: String {
        """
        An enum's documented members (an enum table, or "Possible values are" in a description) must \
        be the CSDL enum's members, spelled exactly. Members the page lists that the metadata lacks are \
        wrong or copied from another enum; members the metadata has before `unknownFutureValue` that \
        the page omits are undocumented (members after it are evolvable and opt-in, so their absence is \
        not reported). Enums inferred from examples are not compared. Fix the list.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let metadata = context.metadata else { return [] }
        var findings: [Diagnostic] = []
        for enumeration in context.index.allEnums where enumeration.origin != .example {
            guard let csdl = csdlEnum(for: enumeration, context: context, metadata: metadata),
                  let at = enumeration.sources.first else { continue }
            let documented = enumeration.members.map(\.name)
            // The sentinel in another case is still the sentinel, which the other rules check no further.
            let extra = documented.filter { !csdl.members.contains($0) && !EvolvableEnumSentinel.matches($0) }
            let required = csdl.members.prefix { !EvolvableEnumSentinel.matches($0) }
            let missing = required.filter { !documented.contains($0) }
            guard !extra.isEmpty || !missing.isEmpty else { continue }
            var parts: [String] = []
            if !extra.isEmpty { parts.append("lists \(extra.joined(separator: ", ")), not in the metadata") }
            if !missing.isEmpty { parts.append("lacks \(missing.joined(separator: ", "))") }
            findings.append(Diagnostic(
                rule, "enum \(enumeration.name) \(parts.joined(separator: " and ")) (metadata enum \(csdl.name))",
                at: at, subject: enumeration.name))
        }
        return findings
    }

    /// An enum named in a table is looked up by name; one read from a property description through its
    /// owner's CSDL property type.
    private func csdlEnum(for enumeration: EnumDefinition, context: LintContext, metadata: CSDLModel) -> CSDLModel.EnumType? {
        if let owner = enumeration.ownerType, let property = enumeration.ownerProperty {
            guard let type = context.index.type(named: owner),
                  let csdl = MetadataComparison.csdlType(for: type, in: metadata),
                  let target = metadata.allProperties(of: csdl)[property] else { return nil }
            return metadata.enumType(named: target.type)
        }
        return metadata.enumType(named: enumeration.name)
    }
}

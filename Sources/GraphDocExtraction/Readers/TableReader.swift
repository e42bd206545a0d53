import Foundation
import GraphDocIR
import GraphDocMarkdown

/// The roles of a table's columns, from its header cells.
struct TableShape {
    var columns: [Vocabulary.Column?]

    /// Whether the name column is headed "Parameter" (an action's parameters, not a type's properties).
    var isParameterTable = false

    init(_ table: Table) {
        if let first = table.header.first {
            let key = Vocabulary.key(first.text.english.plainText)
            isParameterTable = Vocabulary.parameterHeaders.contains(key)
        }
        columns = table.header.map { cell in
            Vocabulary.tableHeaders[Vocabulary.key(cell.text.english.plainText)]
                ?? Vocabulary.tableHeaders[Vocabulary.key(cell.text.localized.plainText)]
        }
    }

    func index(of column: Vocabulary.Column) -> Int? { columns.firstIndex { $0 == column } }

    var isPropertyTable: Bool { index(of: .type) != nil && nameColumn != nil }

    /// The column naming each row: the Property/Name/Parameter column, else the first column when the
    /// header mislabels it (`| Method | Return Type | Description |` over a properties table).
    var nameColumn: Int? {
        index(of: .name) ?? index(of: .member) ?? (index(of: .type).map { $0 > 0 } == true && columns[0] == nil ? 0 : nil)
    }
    var isEnumTable: Bool { index(of: .type) == nil && (index(of: .member) != nil || index(of: .value) != nil) }
}

/// The properties (and the enums their descriptions define) of one property-like table.
struct PropertyTableResult {
    var properties: [Property] = []
    var enums: [EnumDefinition] = []
}

/// Reads property, relationship and request-body tables (`Property | Type | Description` and its
/// variants), and enum member tables (`Member | Value | Description`).
enum TableReader {
    /// - Parameters:
    ///   - owner: the type the table describes, naming enums its descriptions define (`owner.property`);
    ///     for an inherited row the ancestor owns the enum.
    ///   - namesMayBeQueryOptions: the table lists query parameters, where OData's `$deltatoken` is a name.
    static func properties(
        _ table: Table, shape: TableShape, owner: String, origin: FactOrigin, isTranslation: Bool,
        namesMayBeQueryOptions: Bool = false, diagnostics: inout [Diagnostic]
    ) -> PropertyTableResult {
        var result = PropertyTableResult()
        guard let typeColumn = shape.index(of: .type), let nameColumn = shape.nameColumn else { return result }
        let descriptionColumn = shape.index(of: .description) ?? shape.index(of: .value)
        let requiredColumn = shape.index(of: .required)

        for row in table.rows where row.cells.count > max(typeColumn, nameColumn) {
            let nameCell = row.cells[nameColumn]
            guard let name = propertyName(nameCell, mayBeQueryOption: namesMayBeQueryOptions, diagnostics: &diagnostics) else { continue }
            let description = descriptionColumn.map { DescriptionReader.read(row.cells[$0].text, isTranslation: isTranslation) }
                ?? DescriptionFacts(english: "")
            if let descriptionColumn, !description.nonFiniteBounds.isEmpty {
                diagnostics.append(Diagnostic(
                    .limitNotFinite,
                    "expected a limit for property '\(name)' that is a finite number, found \(description.nonFiniteBounds.map { "'\($0)'" }.joined(separator: " and ")); \(description.nonFiniteBounds.count == 1 ? "that bound is" : "those bounds are") left out",
                    at: row.cells[descriptionColumn].source, subject: name))
            }
            var property = Property(
                name: name, type: TypeReference(name: "String"), description: description.english,
                localizedDescription: description.localized, readOnly: description.readOnly, nullable: description.nullable,
                required: description.required, inheritedFrom: description.inheritedFrom,
                constraints: description.constraints, origin: origin, source: nameCell.source)
            if let requiredColumn {
                let flag = Vocabulary.key(row.cells[requiredColumn].text.english.plainText)
                if ["yes", "true", "required", "是", "必需", "да"].contains(flag) { property.required = true }
                if ["no", "false", "optional", "否", "可选", "нет"].contains(flag) { property.required = false }
            }
            let typeCell = TypeCellReader.read(row.cells[typeColumn].text)
            // "string (readonly)": some pages state the flag in the type cell.
            if row.cells[typeColumn].text.english.plainText.lowercased().containsAny(Vocabulary.readOnlyHints) { property.readOnly = true }
            let enumOwner = property.inheritedFrom ?? owner
            switch typeCell {
            case .type(let reference):
                property.type = reference
                if let values = description.values {
                    // A type cell naming a non-primitive type with listed values names the enum itself.
                    let enumName = reference.isPrimitive ? EnumDefinition.ownedName(type: enumOwner, property: name) : reference.name
                    property.enum = enumName
                    result.enums.append(enumDefinition(
                        enumName, values, isFlags: description.valuesAreFlags, owner: reference.isPrimitive ? enumOwner : nil,
                        property: name, at: nameCell.source))
                }
            case .enumeration(let collection):
                let enumName = EnumDefinition.ownedName(type: enumOwner, property: name)
                property.type = TypeReference(name: enumName, collection: collection)
                property.enum = enumName
                result.enums.append(enumDefinition(
                    enumName, description.values ?? [], isFlags: description.valuesAreFlags, owner: enumOwner, property: name,
                    at: nameCell.source))
            case .unrecognized(let raw):
                // Any JSON value: the docs do not say which; the diagnostic keeps what they wrote.
                property.type = TypeReference(name: PrimitiveType.json.rawValue)
                diagnostics.append(Diagnostic(
                    .typeUnrecognized,
                    raw.isEmpty ? "expected a type for property '\(name)', found an empty cell"
                        : "expected a primitive type or a link to a type page for property '\(name)', found '\(raw)'",
                    at: row.cells[typeColumn].source, subject: name))
            }
            result.properties.append(property)
        }
        return result
    }

    private static func enumDefinition(
        _ name: String, _ values: [String], isFlags: Bool, owner: String?, property: String, at source: SourceLocation
    ) -> EnumDefinition {
        EnumDefinition(
            name: name, members: values.map { EnumMember(name: $0) }, isFlags: isFlags, origin: .description,
            ownerType: owner, ownerProperty: owner == nil ? nil : property, sources: [source])
    }

    /// The property name of a name cell: the English original when side-by-side, markup removed.
    /// Names that are not identifiers (translated by machine, or prose) are reported and kept. A path
    /// (`files/fileName`, `file/localizations/{localizationId}/versions`) names a member of what
    /// another member holds, not a member of the table's type: it is reported and the row is not read.
    static func propertyName(_ cell: TableCell, mayBeQueryOption: Bool = false, diagnostics: inout [Diagnostic]) -> String? {
        let text = cell.text.english.plainText.trimmedBlanks
        guard let first = text.split(separator: " ").first else { return nil }
        let name = first.trimmed(scalars: "*`\\")
        guard !name.isEmpty else { return nil }
        if let (head, last) = memberPath(name) {
            diagnostics.append(Diagnostic(
                .propertyNameSuspicious,
                "expected a property name (an identifier), found the path '\(name)', which names '\(last)' of what '\(head)' holds; the row is not read as a property of this table's type",
                at: cell.source, subject: name))
            return nil
        }
        if !isPropertyName(mayBeQueryOption && name.hasPrefix("$") ? String(name.dropFirst()) : name) {
            diagnostics.append(Diagnostic(
                .propertyNameSuspicious, "expected a property name (an identifier), found '\(text)'",
                at: cell.source, subject: text))
        }
        return name
    }

    /// Whether a name has letters outside ASCII: Graph's property and member names never do, so such a
    /// name was translated (`字母`, `Буквы`).
    static func isInAnotherScript(_ name: String) -> Bool {
        name.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
    }

    /// The first and last segments of a name that is a path of member names and `{placeholders}`
    /// (`files/fileName`); `nil` for any other name.
    static func memberPath(_ name: String) -> (head: String, last: String)? {
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count > 1, let head = segments.first, let last = segments.last,
              isPropertyName(String(head)), isPropertyName(String(last)),
              segments.allSatisfy({ isPropertyName(String($0)) || ($0.hasPrefix("{") && $0.hasSuffix("}") && $0.count > 2) })
        else { return nil }
        return (String(head), String(last))
    }

    static func isPropertyName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter || first == "@" || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || "_@.$-".unicodeScalars.contains($0) }
    }

    /// The members of an enum table (`Member | Value | Description`, `Member`, `Value | Description`).
    /// Member names are English in every locale; a name with letters of another script (translated by
    /// machine) is reported and kept. Names that are not identifiers are not suspicious by themselves:
    /// string enums have members such as `JIS B4` and `urn:user:registerdevice`.
    static func enumMembers(_ table: Table, shape: TableShape, diagnostics: inout [Diagnostic]) -> [EnumMember] {
        let memberColumn = shape.index(of: .member) ?? shape.index(of: .name) ?? shape.index(of: .value)!
        let valueColumn = shape.index(of: .member) != nil ? shape.index(of: .value) : nil
        let descriptionColumn = shape.index(of: .description)
        return table.rows.compactMap { row in
            guard row.cells.count > memberColumn else { return nil }
            let name = row.cells[memberColumn].text.english.plainText.trimmed(scalars: " *`")
            guard !name.isEmpty, !Vocabulary.isNullValue(name) else { return nil }
            if isInAnotherScript(name) {
                diagnostics.append(Diagnostic(
                    .enumMemberNameSuspicious, "expected an enum member name in English, found '\(name)'",
                    at: row.cells[memberColumn].source, subject: name))
            }
            let value = valueColumn.flatMap { row.cells.count > $0 ? Int(row.cells[$0].text.english.plainText.trimmedBlanks) : nil }
            let description = descriptionColumn.flatMap { row.cells.count > $0 ? DescriptionReader.collapse(row.cells[$0].text.english.plainText) : nil } ?? ""
            return EnumMember(name: name, description: description, value: value)
        }
    }
}

/// Turns Graph names into safe Swift identifiers: the `SafeNameGenerator` of this generator.
///
/// Graph names are mostly camelCase already; the hazards are Swift keywords (`default`,
/// `protocol`), names Swift reserves in a position (`self`, a nested type called `Type`), leading
/// digits, punctuation (`@odata.type`, `two-factor`) and names that differ only in case.
public enum SwiftNaming {
    /// Words that must be escaped with backticks to be used as an identifier.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil",
        "super", "throws", "true", "try", "_",
    ]

    /// Identifiers that cannot be used even with backticks in some position, or that would shadow
    /// what generated code relies on; these get a trailing underscore instead.
    static let reservedMembers: Set<String> = [
        "self", "Self", "init", "deinit", "subscript", "Type", "Protocol", "additionalProperties", "odataTypeName", "odataAncestorTypeNames", "odataTypeNameOfValue", "isODataType",
        "validate", "encode", "documentedCases", "rawValue", "description", "hashValue", "hash",
    ]

    /// Type names that would shadow the modules or standard types generated code spells out.
    static let reservedTypes: Set<String> = [
        "Swift", "Foundation", "GraphModelSupport", "Type", "Protocol", "Self", "Any", "Operations",
    ]

    /// `UpperCamelCase` type name for a Graph type or enum name (`microsoft.graph.phoneType` -> `PhoneType`).
    /// Names longer than ``maximumTypeNameLength`` are shortened (see ``isShortened(_:)``).
    public static func typeName(_ graphName: String) -> String {
        let name = unboundedTypeName(graphName)
        guard name.utf8.count > maximumTypeNameLength else { return name }
        // Names are ASCII here. The hash keeps two long names that share a prefix apart.
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String(name.prefix(maximumTypeNameLength - 9)) + "_" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The longest type name generated: a type's name is also its file's, and a nested enum's file
    /// (`Enums/Owner.Nested.swift`) must stay well under the 255 bytes file systems allow.
    public static let maximumTypeNameLength = 96

    /// Whether ``typeName(_:)`` shortens `graphName` (to its first characters and a hash).
    public static func isShortened(_ graphName: String) -> Bool {
        unboundedTypeName(graphName).utf8.count > maximumTypeNameLength
    }

    static func unboundedTypeName(_ graphName: String) -> String {
        let last = lastComponent(graphName)
        var name = upperFirst(camelCase(last))
        // A name in another script (a machine-translated property: `决定`) keeps its identity in the
        // scalars' code points, so that two such names do not collide as one `Unnamed`.
        if name.isEmpty { name = (["Unnamed"] + last.unicodeScalars.filter { !$0.properties.isWhitespace }.map { String($0.value, radix: 16, uppercase: true) }).joined(separator: "_") }
        if name.first!.isNumber { name = "_" + name }
        if reservedTypes.contains(name) || keywords.contains(name) { name += "_" }
        return name
    }

    /// `UpperCamelCase` name for an enum nested in its owning type, from the property name.
    /// A reserved result (`type` -> `Type`) gets `Value` instead of an underscore: `ItemPhone.TypeValue`.
    public static func nestedTypeName(_ propertyName: String) -> String {
        let name = typeName(propertyName)
        return name.hasSuffix("_") && !propertyName.hasSuffix("_") ? String(name.dropLast()) + "Value" : name
    }

    /// A property name, escaped for use after `var` and as `self.x` (backticks where needed).
    public static func memberName(_ graphName: String) -> String {
        var name = lowerFirst(camelCase(graphName))
        if name.isEmpty { name = "value" }
        if name.first!.isNumber { name = "_" + name }
        if reservedMembers.contains(name) { return name + "_" }
        return name
    }

    /// `name` with backticks when it is a keyword (for declarations and references alike).
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// An enum case name for a raw value; `undocumented` is taken by the fallback case.
    public static func caseName(_ rawValue: String) -> String {
        let name = memberName(rawValue)
        return name == "undocumented" ? "undocumented_" : name
    }

    /// Makes `names` unique: later duplicates (compared case-insensitively, since `a` and `A`
    /// would make confusable members and colliding file names) get `_2`, `_3`, ...
    public static func deduplicated(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            var candidate = name
            var counter = 2
            while seen.contains(candidate.lowercased()) {
                candidate = name + "_\(counter)"
                counter += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }

    /// The part after the last `.` (`microsoft.graph.user` -> `user`).
    static func lastComponent(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        let tail = name[name.index(after: dot)...]
        return tail.isEmpty ? name : String(tail)
    }

    /// Joins the alphanumeric words of `text` in camelCase, keeping each word's inner case
    /// (`@odata.type` -> `odataType`, `two-factor` -> `twoFactor`, `ABC_def` -> `ABCDef`).
    static func camelCase(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for ch in text {
            if (ch.isLetter || ch.isNumber) && ch.isASCII {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        guard let first = words.first else { return "" }
        return first + words.dropFirst().map(upperFirst).joined()
    }

    static func upperFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Lower-cases the first letter, or a leading run of capitals (`URLs` -> `urls`, `IPAddress` -> `ipAddress`).
    static func lowerFirst(_ text: String) -> String {
        let chars = Array(text)
        var upperRun = 0
        while upperRun < chars.count, chars[upperRun].isUppercase { upperRun += 1 }
        guard upperRun > 0 else { return text }
        // Keep the last capital of a run when it starts the next word (`IPAddress` -> `ip` + `Address`).
        let lowerCount = upperRun == 1 || upperRun == chars.count || !chars[upperRun].isLetter ? upperRun : upperRun - 1
        return String(chars[..<lowerCount]).lowercased() + String(chars[lowerCount...])
    }
}

import GraphDocIR

/// A key in an example body that the body's type does not document.
public struct ExamplePropertyUnknownRule: LintRule {
    public init() {}
    public var rule: RuleID { .examplePropertyUnknown }
    public var explanation: String {
        """
        Every property an example sends or receives should be documented on the type's resource page \
        (or, for a request, in the request-body table). An undocumented key is either a misspelling \
        (`isAssignableRole` for `isAssignableToRole`), a property removed from the API, or a gap in the \
        property table; generated models drop it. Instance annotations (`@odata.type`, `x@odata.bind`) \
        open types and types with no documented property are exempt, and so are directory extension \
        properties (`extension_{app id without hyphens}_{name}`), which an app registers on a tenant and \
        no reference page can list; a body is only checked when its \
        type is known (from its \
        `@odata.type`, the annotation, or the page's request-body and response sections). Fix the \
        name, or document the property.
        """
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.exampleValues.compactMap { visit -> Diagnostic? in
            // A type with no documented property at all says nothing about which keys are valid (its
            // table is missing or was not read); section and table rules report that instead.
            guard !visit.isAnnotation, visit.property == nil, let owner = visit.owner,
                  !context.index.isOpen(owner), !context.index.allMembers(of: owner).isEmpty,
                  !Self.isDirectoryExtensionName(visit.member.key) else { return nil }
            let message = visit.message
            return Diagnostic(
                rule,
                "\(message.role) example '\(message.exampleName)' has '\(visit.path)', which \(owner.name) does not document",
                at: visit.location, subject: "\(message.exampleName)/\(message.role)/\(visit.path)")
        }
    }

    /// `extension_fe2174665583431c953114ff7268b7b3_Education_Zip`: "extension_", the 32 hexadecimal
    /// digits of the registering app's id, "_", and the name the app gave the property.
    static func isDirectoryExtensionName(_ key: String) -> Bool {
        let prefix = "extension_"
        guard key.hasPrefix(prefix) else { return false }
        let rest = key.dropFirst(prefix.count)
        let appID = rest.prefix(32)
        guard appID.count == 32, appID.allSatisfy(\.isHexDigit) else { return false }
        let name = rest.dropFirst(32)
        return name.first == "_" && name.count > 1
    }
}

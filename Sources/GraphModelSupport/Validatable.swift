/// Where a value is headed, which decides the checks that apply.
public enum ValidationContext: String, Codable, Hashable, Sendable {
    /// A value a client sends: required properties must be present, read-only ones absent.
    case request
    /// A partial value a client sends to change an object (PATCH): read-only properties must be
    /// absent, required ones may be left out (only what changes is sent).
    case update
    /// A value the service returned: only formats, limits and enum membership are checked.
    case response
    /// An object nested in a request body (`parentReference` in a copy, `files[0]` in a create):
    /// required properties must be present, but read-only ones may be sent, because they name or
    /// describe another object rather than set this one (`parentReference.id`).
    case requestMember
    /// An object nested in an update body: read-only properties may be sent (see `requestMember`) and
    /// required ones left out, so only formats, limits and enum membership are checked.
    case updateMember

    /// The context of the objects inside a value checked in this one.
    public var member: ValidationContext {
        switch self {
        case .request, .requestMember: .requestMember
        case .update, .updateMember: .updateMember
        case .response: .response
        }
    }

    /// Whether required properties must be present.
    public var checksRequired: Bool { self == .request || self == .requestMember }

    /// Whether read-only properties must be absent: only at the top of what a client sends.
    public var checksReadOnly: Bool { self == .request || self == .update }
}

/// A value that can list everything wrong with it; decoding stays lenient, this is the strict part.
public protocol Validatable {
    /// Every issue, with paths relative to this value.
    func validate(context: ValidationContext) -> [ValidationIssue]
}

extension Array: Validatable where Element: Validatable {
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        enumerated().flatMap { index, element in
            element.validate(context: context).map { $0.prefixed(with: "[\(index)]") }
        }
    }
}

extension Nullable: Validatable where Wrapped: Validatable {
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        value?.validate(context: context) ?? []
    }
}

extension OpenEnum {
    /// An undocumented value is an issue (it decoded fine, but a client should not send it). Members
    /// combined with commas (`mailbox,site`) are not: pages often leave out that an enum is a flags
    /// enum, and graphdoc's lint accepts such a combination too.
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        guard !isDocumented else { return [] }
        let parts = rawValue.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingHorizontalSpace()) }
        if parts.count > 1, parts.allSatisfy({ Self(rawValue: $0).isDocumented }) { return [] }
        let members = Self.documentedCases.map(\.rawValue).joined(separator: ", ")
        return [ValidationIssue(path: "", rule: .enumMember, message: "expected one of \(members), found \"\(rawValue)\"")]
    }
}

extension OpenFlagsEnum {
    /// Each comma-separated member must be documented.
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        let members = Self.documentedCases.map(\.rawValue).joined(separator: ", ")
        return Self.members(of: rawValue).filter { !$0.isDocumented }.map {
            ValidationIssue(path: "", rule: .enumMember, message: "expected members of \(members), found \"\($0.rawValue)\"")
        }
    }
}

extension GraphTextValue {
    public func validate(context: ValidationContext) -> [ValidationIssue] {
        formatProblem.map { [ValidationIssue(path: "", rule: .format, message: $0)] } ?? []
    }
}

extension ValidationIssue {
    /// This issue seen from a containing value: `key` (or `[i]`) is put in front of the path.
    public func prefixed(with component: String) -> ValidationIssue {
        var copy = self
        if component.isEmpty {
            return copy
        } else if path.isEmpty {
            copy.path = component
        } else if path.hasPrefix("[") {
            copy.path = component + path
        } else {
            copy.path = component + "." + path
        }
        return copy
    }
}

extension Route {
    /// Whether the route adds or sets a reference to an existing object (`POST /groups/{id}/members/$ref`,
    /// `PUT /users/{id}/manager/$ref`); a query string after `$ref` is allowed. Such a route takes
    /// `{"@odata.id": "..."}`, whatever type the page's prose links.
    public var addsReference: Bool {
        guard ["POST", "PUT"].contains(method.uppercased()) else { return false }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return bare.trimming().lowercased().hasSuffix("/$ref")
    }
}

extension Operation {
    /// Whether the request body is an `@odata.id` reference rather than the object the request-body
    /// prose names ("supply the identifier of the [tokenIssuancePolicy](...) object"): every route
    /// that sends a body adds a reference, and no example sends anything else. A page whose example
    /// creates a whole object at a `$ref` route has the wrong route (lint's
    /// `route-ref-with-object-body`); its body is that object.
    public var takesReference: Bool {
        let sending = routes.filter { ["POST", "PUT", "PATCH"].contains($0.method.uppercased()) }
        guard !sending.isEmpty, sending.allSatisfy(\.addsReference) else { return false }
        return examples.allSatisfy { example in
            guard let body = example.request?.body else { return true }
            return body.isReference
        }
    }
}

extension JSONValue {
    /// An object of `@odata.id` (and optionally `@odata.type`) only: what a `$ref` route takes.
    public var isReference: Bool {
        guard let members = objectMembers, members.contains(where: { $0.key.hasPrefix("@odata.id") }) else { return false }
        return members.allSatisfy { $0.key.hasPrefix("@odata.id") || $0.key == "@odata.type" }
    }
}

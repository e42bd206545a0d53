extension GraphRequest {
    /// Sets the system query option `name`, replacing an earlier value (from the template or a
    /// previous call), so each option appears once.
    fileprivate func setting(_ name: String, _ value: String) -> Self {
        var copy = self
        copy.queryItems.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        copy.queryItems.append(GraphQueryItem(name: name, value: value))
        return copy
    }
}

extension GraphRequest where Options: SelectQueryOption {
    /// `$select=a,b`: only these properties in the answer.
    public func select(_ properties: String...) -> Self { select(properties) }
    /// `$select=a,b`: only these properties in the answer.
    public func select(_ properties: [String]) -> Self { setting("$select", properties.joined(separator: ",")) }
}

extension GraphRequest where Options: ExpandQueryOption {
    /// `$expand=a,b`: these related entities included in the answer.
    public func expand(_ relations: String...) -> Self { expand(relations) }
    /// `$expand=a,b`: these related entities included in the answer.
    public func expand(_ relations: [String]) -> Self { setting("$expand", relations.joined(separator: ",")) }
}

extension GraphRequest where Options: FilterQueryOption {
    /// `$filter=expression`, an OData filter such as `startswith(displayName,'J')`.
    public func filter(_ expression: String) -> Self { setting("$filter", expression) }
}

extension GraphRequest where Options: OrderByQueryOption {
    /// `$orderby=a desc,b`: each key a property, optionally followed by ` asc` or ` desc`.
    public func orderBy(_ keys: String...) -> Self { orderBy(keys) }
    /// `$orderby=a desc,b`: each key a property, optionally followed by ` asc` or ` desc`.
    public func orderBy(_ keys: [String]) -> Self { setting("$orderby", keys.joined(separator: ",")) }
}

extension GraphRequest where Options: PagingQueryOption {
    /// `$top=n`: at most `n` items per page.
    public func top(_ count: Int) -> Self { setting("$top", String(count)) }
    /// `$skip=n`: start after the first `n` items.
    public func skip(_ count: Int) -> Self { setting("$skip", String(count)) }
}

extension GraphRequest where Options: SearchQueryOption {
    /// `$search=expression`, sent as given: Graph wants the expression in double quotes
    /// (`"displayName:room"`), and directory objects also the `ConsistencyLevel: eventual` header.
    public func search(_ expression: String) -> Self { setting("$search", expression) }
}

extension GraphRequest where Options: CountQueryOption {
    /// `$count=true`: the answer's `@odata.count` holds the collection's size (directory objects
    /// also need the `ConsistencyLevel: eventual` header).
    public func count(_ included: Bool = true) -> Self { setting("$count", included ? "true" : "false") }
}

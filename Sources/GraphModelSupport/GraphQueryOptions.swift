/// Which OData system query options a request accepts: the phantom `Options` parameter of
/// ``GraphRequest``. A builder such as `select(_:)` exists only where `Options` conforms to its
/// option's protocol, so `$top` on a single entity or `$select` on a `DELETE` does not compile.
public protocol GraphQueryOptions: Sendable {}

/// `$select`: the properties the answer includes.
public protocol SelectQueryOption: GraphQueryOptions {}
/// `$expand`: related entities included in the answer.
public protocol ExpandQueryOption: GraphQueryOptions {}
/// `$filter`: which items of a collection the answer holds.
public protocol FilterQueryOption: GraphQueryOptions {}
/// `$orderby`: the order of a collection's items.
public protocol OrderByQueryOption: GraphQueryOptions {}
/// `$top` and `$skip`: the size of a page and where it starts.
public protocol PagingQueryOption: GraphQueryOptions {}
/// `$search`: items matching a search expression.
public protocol SearchQueryOption: GraphQueryOptions {}
/// `$count`: the collection's total size in `@odata.count`.
public protocol CountQueryOption: GraphQueryOptions {}

/// No system query option: what `POST`, `PATCH`, `PUT` and `DELETE` requests take.
public enum NoQueryOptions: GraphQueryOptions {}

/// What a `GET` of one entity takes: `$select` and `$expand`.
public enum EntityQueryOptions: SelectQueryOption, ExpandQueryOption {}

/// What a `GET` of a collection takes: every system query option.
public enum CollectionQueryOptions: SelectQueryOption, ExpandQueryOption, FilterQueryOption, OrderByQueryOption,
    PagingQueryOption, SearchQueryOption, CountQueryOption
{}

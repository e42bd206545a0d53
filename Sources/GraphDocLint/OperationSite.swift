import GraphDocIR

/// One page's statement of an operation: its routes and examples as that page (English or a
/// translation) writes them.
///
/// Route and example rules check each page against its own routes, so a translation that drifted is
/// judged by what it says itself, and the finding lands in the file that holds the defect.
public struct OperationSite: Sendable {
    public var operation: Operation
    /// The file the routes and examples come from.
    public var page: String
    public var apiVersion: String?
    public var routes: [Route]
    public var examples: [Example]

    public init(operation: Operation, page: String, apiVersion: String?, routes: [Route], examples: [Example]) {
        self.operation = operation
        self.page = page
        self.apiVersion = apiVersion
        self.routes = routes
        self.examples = examples
    }
}

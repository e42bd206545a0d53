import GraphDocIR

/// What rules read: the merged model, each page's own facts, and indexes built once per run.
public struct LintContext: Sendable {
    public var model: ApiModel
    public var pages: [PageFacts]
    /// The CSDL document given with `--metadata`, when there is one.
    public var metadata: CSDLModel?
    public let index: TypeIndex
    /// Every page's statement of an operation (English pages and translations).
    public let sites: [OperationSite]
    let walk: ExampleWalk
    /// How every example request's URL relates to its page's routes, worked out once for the route rules.
    let routeOutcomes: [(example: Example, request: HttpMessage, outcome: RouteMatchOutcome)]
    /// Every page's links, followed once for the link rules.
    let links: LinkCheck

    public init(model: ApiModel, pages: [PageFacts], metadata: CSDLModel? = nil) {
        self.model = model
        self.pages = pages
        self.metadata = metadata
        self.index = TypeIndex(model: model, pages: pages)
        self.sites = Self.sites(model: model, pages: pages)
        // The whole-reference passes are independent: the link check on one core, the example walk and
        // the route outcomes on another, each beside it.
        let (sites, index) = (sites, index)
        ((walk, routeOutcomes), links) = concurrently(
            { concurrently({ ExampleWalk(sites: sites, index: index) }, { RouteMatchOutcome.outcomes(sites) }) },
            { LinkCheck(pages: pages) })
    }

    /// Example bodies with the type each is checked against.
    public var exampleMessages: [ExampleMessageVisit] { walk.messages }
    /// Every key of every example body, resolved against the documented types.
    public var exampleValues: [ExampleValueVisit] { walk.values }
    /// Every object of every example body that is read as a documented type.
    public var exampleObjects: [ExampleObjectVisit] { walk.objects }

    /// Page facts win over the merged model for the pages they cover, because they keep what each page
    /// (a translation in particular) says itself; the model covers pages given without facts.
    private static func sites(model: ApiModel, pages: [PageFacts]) -> [OperationSite] {
        var sites: [OperationSite] = []
        var covered: Set<String> = []
        for facts in pages {
            guard let operation = facts.operation else { continue }
            covered.insert(facts.page.path)
            sites.append(OperationSite(
                operation: operation, page: facts.page.path, apiVersion: facts.page.apiVersion ?? operation.apiVersion,
                routes: operation.routes, examples: operation.examples))
        }
        for operation in model.operations {
            if !covered.contains(operation.page) {
                sites.append(OperationSite(
                    operation: operation, page: operation.page, apiVersion: operation.apiVersion,
                    routes: operation.routes, examples: operation.examples))
            }
            for translation in operation.translations where !covered.contains(translation.page) {
                sites.append(OperationSite(
                    operation: operation, page: translation.page, apiVersion: operation.apiVersion,
                    routes: translation.routes, examples: translation.examples))
            }
        }
        return sites
    }
}

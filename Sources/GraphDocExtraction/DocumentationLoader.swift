import GraphDocIR

/// What reading a set of paths gives: the merged model and each page's own facts.
public struct LoadedDocumentation: Sendable {
    public var model: ApiModel
    public var pages: [PageFacts]

    public init(model: ApiModel, pages: [PageFacts]) {
        self.model = model
        self.pages = pages
    }
}

/// Reads files and folders of Graph pages into the IR: the one entry point the CLI and plugins use.
public enum DocumentationLoader {
    /// Reads every `*.md` file under `paths` (files are taken as given), concurrently, and merges them.
    /// Unreadable inputs become diagnostics in the model; this never throws.
    public static func load(paths: [String]) async -> LoadedDocumentation {
        // Filled in by the extraction layer (issue 2).
        LoadedDocumentation(model: ApiModel(), pages: [])
    }
}

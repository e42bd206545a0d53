import GraphDocIR
import GraphDocMarkdown

/// Turns one parsed page into its ``PageFacts``: page kind, locale, API version, sections, routes,
/// request body, responses, examples, the types and enums its tables describe, and diagnostics.
public enum PageExtractor {
    public static func extract(_ document: MarkdownDocument) -> PageFacts {
        var walker = PageWalker(document: document)
        walker.walk()
        var facts = walker.facts()
        facts.links = PageLinks(links: document.links, headings: document.headingTexts, htmlAnchors: document.htmlAnchors)
        facts.lintDirectives = document.lintDirectives
        return facts
    }
}

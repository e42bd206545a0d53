@testable import GraphDocExtraction
import GraphModelSupport
import Testing

/// Extraction (which decides what is an example) and lint and generated code (which check example
/// roots) keep their own list of Graph hosts, because extraction does not import the runtime: the two
/// must not drift apart.
@Suite struct GraphHostListTests {
    @Test func extractionAndRuntimeKnowTheSameGraphHosts() {
        #expect(Vocabulary.graphHosts == GraphRequestURL.graphHosts)
        #expect(ExampleReader.isForeign(url: "https://bot.contoso.com/api/calls"))
        #expect(ExampleReader.isForeign(url: "https://localhost:8080/x"))
        #expect(!ExampleReader.isForeign(url: "https://Graph.Microsoft.com/v1.0/me"))
        #expect(!ExampleReader.isForeign(url: "https://microsoftgraph.chinacloudapi.cn/v1.0/me"))
        #expect(!ExampleReader.isForeign(url: "/me/events"), "a path from the service root is Graph's")
    }
}

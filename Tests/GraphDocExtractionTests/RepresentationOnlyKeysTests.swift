import GraphDocIR
@testable import GraphDocExtraction
import Testing

/// Keys of a JSON representation that no table lists: inherited, or forgotten by the tables.
@Suite struct RepresentationOnlyKeysTests {
    func page(_ path: String, _ text: String) -> PageFacts { DocumentationLoader.facts(path: path, text: text) }

    static let base = """
        # mediaQuality resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        | lossRate | Double | The packet loss rate. |
        | packets | Int64 | The packets sent. |

        ## JSON representation
        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.mediaQuality" } -->
        ```json
        { "lossRate": 0.01, "packets": 10 }
        ```
        """

    /// The derived page lists only its own property, and its representation repeats the inherited keys
    /// with integer placeholders, as teleconferenceDeviceAudioQuality does.
    static let derived = """
        # audioQuality resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        | codec | String | The codec. |

        ## JSON representation
        <!-- { "blockType": "resource", "baseType": "microsoft.graph.mediaQuality", "@odata.type": "microsoft.graph.audioQuality" } -->
        ```json
        {
          "codec": "String",
          "lossRate": 10,
          "packets": 10,
          "volume": 3
        }
        ```
        """

    @Test func keysAnAncestorDescribesAreInheritedNotRedeclared() throws {
        let model = ModelMerger.merge([page("docs/audioquality.md", Self.derived), page("docs/mediaquality.md", Self.base)])
        let audio = try #require(model.type(named: "audioQuality"))
        #expect(audio.baseType == "mediaQuality")
        #expect(audio.properties.map(\.name) == ["codec", "volume"], "lossRate and packets are the base's, typed Double and Int64 there")
        #expect(model.type(named: "mediaQuality")?.member(named: "lossRate")?.type == TypeReference(name: "Double"))
        let reported = model.diagnostics.filter { $0.rule == RuleID.propertyOnlyInJSON.id }
        #expect(reported.map(\.subject) == ["volume"], "only the key no table and no ancestor describes")
        #expect(reported.first?.file == "docs/audioquality.md")
        #expect(reported.first?.line == 15)
        #expect(reported.first?.column == 3)
    }

    @Test func withoutTheAncestorAmongTheInputsEveryKeyIsTheTypesOwn() throws {
        let model = ModelMerger.merge([page("docs/audioquality.md", Self.derived)])
        #expect(model.type(named: "audioQuality")?.properties.map(\.name) == ["codec", "lossRate", "packets", "volume"])
        #expect(model.diagnostics.filter { $0.rule == RuleID.propertyOnlyInJSON.id }.map(\.subject) == ["lossRate", "packets", "volume"])
    }

    @Test func keysInheritedFromAFartherAncestorAreInheritedToo() throws {
        let screen = Self.derived
            .replacingOccurrences(of: "audioQuality", with: "screenQuality")
            .replacingOccurrences(of: "microsoft.graph.mediaQuality", with: "microsoft.graph.audioQuality")
        let model = ModelMerger.merge([
            page("docs/screenquality.md", screen), page("docs/audioquality.md", Self.derived), page("docs/mediaquality.md", Self.base),
        ])
        let type = try #require(model.type(named: "screenQuality"))
        #expect(type.properties.map(\.name) == ["codec"], "codec and volume are audioQuality's, the rest mediaQuality's")
        #expect(model.diagnostics.filter { $0.rule == RuleID.propertyOnlyInJSON.id }.map(\.file) == ["docs/audioquality.md"])
    }
}

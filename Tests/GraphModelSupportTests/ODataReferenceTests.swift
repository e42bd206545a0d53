import Foundation
import GraphModelSupport
import Testing

@Suite struct ODataReferenceTests {
    @Test func readsAndWritesTheODataId() throws {
        let json = ##"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/1","@odata.type":"#microsoft.graph.user"}"##
        let reference = try JSONDecoder().decode(ODataReference.self, from: Data(json.utf8))
        #expect(reference.id == "https://graph.microsoft.com/v1.0/directoryObjects/1")
        #expect(reference.odataType == "#microsoft.graph.user")
        #expect(reference.validate(context: .request).isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(reference), as: UTF8.self) == json)
        let bare = ODataReference(id: "https://graph.microsoft.com/v1.0/directoryObjects/2")
        #expect(String(decoding: try encoder.encode(bare), as: UTF8.self) == #"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/2"}"#)
    }

    @Test func aRequestWithoutTheIdIsReported() throws {
        let whole = try JSONDecoder().decode(ODataReference.self, from: Data(#"{"displayName":"x"}"#.utf8))
        #expect(whole.validate(context: .request).map(\.path) == ["@odata.id"])
        #expect(whole.validate(context: .request).map(\.rule) == [.required])
        #expect(whole.validate(context: .response).isEmpty)
    }
}

import Foundation
import GraphModelSupport
import Testing

@Suite struct ODataReferenceTests {
    @Test func readsAndWritesTheODataId() throws {
        let json = ##"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/1","@odata.type":"#microsoft.graph.user"}"##
        let reference = try JSONDecoder().decode(ODataReference.self, from: Data(json.utf8))
        #expect(reference.id == "https://graph.microsoft.com/v1.0/directoryObjects/1")
        #expect(reference.validate(context: .request).isEmpty)
        let written = try JSONEncoder().encode(reference)
        #expect(String(decoding: written, as: UTF8.self) == #"{"@odata.id":"https:\/\/graph.microsoft.com\/v1.0\/directoryObjects\/1"}"#)
    }

    @Test func aRequestWithoutTheIdIsReported() throws {
        let whole = try JSONDecoder().decode(ODataReference.self, from: Data(#"{"displayName":"x"}"#.utf8))
        #expect(whole.validate(context: .request).map(\.path) == ["@odata.id"])
        #expect(whole.validate(context: .request).map(\.rule) == [.required])
        #expect(whole.validate(context: .response).isEmpty)
    }
}

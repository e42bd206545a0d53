@testable import GraphDocExtraction
import Testing

/// `@odata.type` in an example annotation: what real pages write there.
@Suite struct ExampleAnnotationTypeTests {
    @Test(arguments: [
        ("microsoft.graph.group", "microsoft.graph.group", false),
        ("Collection(microsoft.graph.group)", "microsoft.graph.group", true),
        ("collection(microsoft.graph.driveItem) ", "microsoft.graph.driveItem", true),
        ("[invitedUserMessageInfo](invitedusermessageinfo.md)", "invitedUserMessageInfo", false),
        ("#microsoft.graph.user", "#microsoft.graph.user", false),
    ])
    func annotationTypes(written: String, name: String, collection: Bool) {
        let read = ExampleReader.annotationType(written)
        #expect(read.name == name)
        #expect(read.collection == collection)
    }
}

/// The example bodies of the seed pages in docs-input, copied verbatim, with the model type each
/// page's annotation names. (The example-test generator will produce these from the IR.)
enum SeedExamples {
    struct Body: Sendable, CustomStringConvertible {
        var page: String
        var name: String
        var json: String
        var description: String { "\(page) \(name)" }
    }

    static let phoneMethodBodies: [Body] = [
        Body(page: "authentication-post-phonemethods.md", name: "request", json: #"""
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "mobile"
            }
            """#),
        Body(page: "authentication-post-phonemethods.md", name: "response", json: #"""
            {
              "phoneNumber": "+1 2065555555",
              "phoneType": "phoneType-value",
              "smsSignInState": "ready",
              "id": "3179e48a-750b-4051-897c-87b9720928f7"
            }
            """#),
        Body(page: "add-phonemethods.md", name: "request", json: ##"""
            {
              "@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
              "phoneNumber": "Phone Number value",
              "phoneType": "String",
              "smsSignInState": "String"
            }
            """##),
        Body(page: "add-phonemethods.md", name: "response", json: ##"""
            {
              "@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
              "id": "274fa955-a955-274f-55a9-4f2755a94f27",
              "phoneNumber": "Phone Number value",
              "phoneType": "String",
              "smsSignInState": "String"
            }
            """##),
    ]

    static let itemPhoneBodies: [Body] = [
        Body(page: "add-phones.md", name: "request", json: ##"""
            {
              "@odata.type": "#microsoft.graph.itemPhone",
              "allowedAudiences": "String",
              "inference": {
                "@odata.type": "microsoft.graph.inferenceData",
                "confidenceScore": "Double",
                "userHasVerifiedAccuracy": true
              },
              "createdBy": {
                "@odata.type": "microsoft.graph.identitySet",
                "application": {
                  "@odata.type": "microsoft.graph.identity",
                  "id": "Id value",
                  "displayName": "Display Name value"
                },
                "device": {
                  "@odata.type": "microsoft.graph.identity"
                },
                "user": {
                  "@odata.type": "microsoft.graph.identity"
                }
              },
              "displayName": "Display Name value",
              "type": "String",
              "number": "Number value"
            }
            """##),
        Body(page: "add-phones.md", name: "response", json: ##"""
            {
              "@odata.type": "#microsoft.graph.itemPhone",
              "id": "f87b6b30-6b30-f87b-306b-7bf8306b7bf8",
              "allowedAudiences": "String",
              "inference": {
                "@odata.type": "microsoft.graph.inferenceData",
                "confidenceScore": "Double",
                "userHasVerifiedAccuracy": true
              },
              "createdDateTime": "2017-01-01T00:00:46.1697867+03:00",
              "createdBy": {
                "@odata.type": "microsoft.graph.identitySet",
                "application": {
                  "@odata.type": "microsoft.graph.identity",
                  "id": "Id value",
                  "displayName": "Display Name value"
                },
                "device": {
                  "@odata.type": "microsoft.graph.identity"
                },
                "user": {
                  "@odata.type": "microsoft.graph.identity"
                }
              },
              "lastModifiedDateTime": "2016-12-31T23:58:46.8102575+03:00",
              "lastModifiedBy": {
                "@odata.type": "microsoft.graph.identitySet"
              },
              "displayName": "Display Name value",
              "type": "String",
              "number": "Number value"
            }
            """##),
    ]
}

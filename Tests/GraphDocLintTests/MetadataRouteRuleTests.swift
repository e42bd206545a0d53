import Foundation
import GraphDocIR
import Testing
@testable import GraphDocLint

/// Route conformance with `--metadata`: routes walked through a small CSDL document's entity
/// container, properties and bound operations.
@Suite struct MetadataRouteRuleTests {
    typealias F = Fixture

    static let csdl = """
        <?xml version="1.0" encoding="utf-8"?>
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
          <edmx:DataServices>
            <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
              <EntityType Name="entity" Abstract="true">
                <Key><PropertyRef Name="id" /></Key>
                <Property Name="id" Type="Edm.String" Nullable="false" />
              </EntityType>
              <EntityType Name="user" BaseType="graph.entity">
                <Property Name="displayName" Type="Edm.String" />
                <NavigationProperty Name="drive" Type="graph.drive" />
                <NavigationProperty Name="messages" Type="Collection(graph.message)" />
              </EntityType>
              <EntityType Name="drive" BaseType="graph.entity">
                <NavigationProperty Name="items" Type="Collection(graph.driveItem)" />
                <NavigationProperty Name="root" Type="graph.driveItem" />
              </EntityType>
              <EntityType Name="driveItem" BaseType="graph.entity">
                <NavigationProperty Name="children" Type="Collection(graph.driveItem)" />
              </EntityType>
              <EntityType Name="message" BaseType="graph.entity" />
              <EntityType Name="eventMessage" BaseType="graph.message" />
              <EntityType Name="group" BaseType="graph.entity" />
              <EntityType Name="calendarMessage" BaseType="graph.message">
                <NavigationProperty Name="calendar" Type="graph.group" />
              </EntityType>
              <Action Name="accept" IsBound="true">
                <Parameter Name="bindingParameter" Type="graph.calendarMessage" />
              </Action>
              <Action Name="send" IsBound="true">
                <Parameter Name="bindingParameter" Type="graph.message" />
              </Action>
              <Function Name="delta" IsBound="true">
                <Parameter Name="bindingParameter" Type="Collection(graph.message)" />
                <ReturnType Type="Collection(graph.message)" />
              </Function>
              <EntityContainer Name="GraphService">
                <EntitySet Name="users" EntityType="microsoft.graph.user" />
                <EntitySet Name="groups" EntityType="microsoft.graph.group" />
                <Singleton Name="me" Type="microsoft.graph.user" />
              </EntityContainer>
            </Schema>
          </edmx:DataServices>
        </edmx:Edmx>
        """

    static var metadata: CSDLModel { get throws { try CSDLModel.parse(Data(csdl.utf8)) } }

    static func page(_ routes: [(String, String)], response: TypeReference? = nil, body: TypeReference? = nil) -> PageFacts {
        var page = F.operationPage("api/op.md", routes: routes, request: nil, requestBody: body.map { RequestBody(type: $0) })
        page.operation?.responses = response.map { [ResponseDescription(status: 200, type: $0, source: F.at("api/op.md", 30))] } ?? []
        return page
    }

    @Test func theContainerAndBoundOperationsAreRead() throws {
        let metadata = try Self.metadata
        #expect(metadata.container.entitySets == ["users": "microsoft.graph.user", "groups": "microsoft.graph.group"])
        #expect(metadata.container.singletons == ["me": "microsoft.graph.user"])
        #expect(metadata.container.boundOperations["delta"]?.first?.returnType == "Collection(graph.message)")
        #expect(metadata.container.boundOperations["send"]?.first?.returnType == nil)
    }

    @Test func routesWalkSetsKeysPropertiesCastsAndOperations() throws {
        let resolver = CSDLRouteResolver(metadata: try Self.metadata)
        func resolve(_ path: String) -> CSDLRouteResolver.Resolution { resolver.resolve(Route(method: "GET", path: path, source: F.at("a.md", 1))) }
        #expect(resolve("/me/drive") == .resolved(type: "microsoft.graph.drive", collection: false, endsInOperation: false))
        #expect(resolve("/users/{id | userPrincipalName}/drive/items/{item-id}/children")
                == .resolved(type: "microsoft.graph.driveItem", collection: true, endsInOperation: false))
        #expect(resolve("/me/drive/root:/{item-path}:/children?$top=2")
                == .resolved(type: "microsoft.graph.driveItem", collection: true, endsInOperation: false))
        #expect(resolve("/me/messages/microsoft.graph.eventMessage")
                == .resolved(type: "microsoft.graph.eventMessage", collection: true, endsInOperation: false))
        #expect(resolve("/me/messages/delta()") == .resolved(type: "microsoft.graph.message", collection: true, endsInOperation: true))
        #expect(resolve("/me/messages/{id}/send") == .resolved(type: nil, collection: false, endsInOperation: true))
        #expect(resolve("/users/{id}/displayName") == .resolved(type: nil, collection: false, endsInOperation: false))
        #expect(resolve("/me/drvie") == .unresolved(segment: "drvie", after: "microsoft.graph.user"))
        // A segment only a derived type has reads as if the cast were written; `~` is the service root.
        // The type reached through one of several derived types is not judged.
        #expect(resolve("/me/messages/{id}/calendar") == .resolved(type: nil, collection: false, endsInOperation: false))
        #expect(resolve("/me/messages/{id}/accept") == .resolved(type: nil, collection: false, endsInOperation: true))
        #expect(resolve("~/me/drive") == .resolved(type: "microsoft.graph.drive", collection: false, endsInOperation: false))
        #expect(resolve("/people") == .unresolved(segment: "people", after: "the service root"))
        #expect(resolve("/me/messages/{id}/$value") == .unjudged)
        // A literal segment read as a key may be a name the metadata lacks; an elided part says nothing.
        #expect(resolve("/users/kim@contoso.com/drive") == .unjudged)
        #expect(resolve("/users/kim@contoso.com/drvie") == .unjudged)
        #expect(resolve("/me/.../messages") == .unjudged)
    }

    @Test func unresolvedRoutesAreReportedAtTheRouteLine() throws {
        let findings = F.findings(MetadataRouteUnresolvedRule(), pages: [Self.page([("GET", "/me/drive"), ("GET", "/me/drvie/root")])],
                                  metadata: try Self.metadata)
        #expect(findings.map(\.line) == [11])
        #expect(findings.first?.message.contains("expected a property, key, cast, action or function of microsoft.graph.user, found 'drvie'") == true)
        #expect(F.findings(MetadataRouteUnresolvedRule(), pages: [Self.page([("GET", "/me/drvie")])]).isEmpty, "no metadata, no findings")
    }

    @Test func responseAndBodyTypesAreComparedWithWhatTheRouteTakesAndReturns() throws {
        let metadata = try Self.metadata
        func findings(_ page: PageFacts) -> [Diagnostic] { F.findings(MetadataRouteTypeMismatchRule(), pages: [page], metadata: metadata) }
        // GET returns what the route reaches; a derived type narrows it and passes.
        #expect(findings(Self.page([("GET", "/me/drive")], response: TypeReference(name: "drive"))).isEmpty)
        #expect(findings(Self.page([("GET", "/me/messages")], response: TypeReference(name: "eventMessage", collection: true))).isEmpty)
        let wrong = findings(Self.page([("GET", "/me/drive")], response: TypeReference(name: "group")))
        #expect(wrong.map(\.line) == [30])
        #expect(wrong.first?.message.contains("returns drive by the metadata; the page says group") == true)
        #expect(findings(Self.page([("GET", "/me/messages")], response: TypeReference(name: "drive"))).first?.message
                .contains("returns message (a collection) by the metadata") == true)
        // One or a collection is not compared: prose states that less reliably than the type.
        #expect(findings(Self.page([("GET", "/me/messages")], response: TypeReference(name: "message"))).isEmpty)
        // The page's response is one statement for its routes: one route reaching it is enough.
        #expect(findings(Self.page([("GET", "/me/drive"), ("GET", "/me/drive/items/{id}/children")], response: TypeReference(name: "drive"))).isEmpty)
        // POST to a set and PATCH of an entity take the set's or the entity's type.
        #expect(findings(Self.page([("POST", "/me/messages")], body: TypeReference(name: "message"))).isEmpty)
        #expect(findings(Self.page([("POST", "/me/messages")], body: TypeReference(name: "drive"))).count == 1)
        #expect(findings(Self.page([("PATCH", "/users/{id}")], body: TypeReference(name: "user"))).isEmpty)
        // A route with a query may return what it expands.
        #expect(findings(Self.page([("GET", "/me?$expand=drive")], response: TypeReference(name: "drive"))).isEmpty)
        // An action's body is its parameters, not the type it is bound to.
        #expect(findings(Self.page([("POST", "/me/messages/{id}/send")], body: TypeReference(name: "drive"))).isEmpty)
    }
}

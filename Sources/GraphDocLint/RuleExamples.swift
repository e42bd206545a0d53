/// A bad and a good example for every rule of the catalogue, which `graphdoc lint --explain RULE`
/// prints with the rule's explanation. Each is a few lines of a page (or, for input rules, a file),
/// the smallest that shows the defect and its fix.
enum RuleExamples {
    struct Pair: Sendable {
        var bad: String
        var good: String
    }

    static let byRule: [String: Pair] = [
        // MARK: input
        "input-unreadable": Pair(
            bad: "graphdoc lint docs/api-refrence   # a mistyped folder, or a page without read permission",
            good: "graphdoc lint docs/api-reference"),
        "input-not-utf8": Pair(
            bad: "user.md saved as Windows-1252: \"caf\\xE9\"",
            good: "user.md saved as UTF-8: \"café\""),
        "input-empty": Pair(
            bad: "user-get.md: 0 bytes",
            good: "user-get.md: front matter, a title and the page's sections"),
        "input-binary": Pair(
            bad: "diagram.md: a PNG image saved with a .md name",
            good: "diagram.png, linked from the page as ![Diagram](diagram.png)"),
        "input-not-regular-file": Pair(
            bad: "docs/live.md -> /dev/stdin   (a link to a device or FIFO)",
            good: "docs/live.md                 (a regular file)"),
        "input-too-large": Pair(
            bad: "export.md: 80 MiB of generated tables",
            good: "the export split into pages of the reference's usual size"),

        // MARK: structure
        "front-matter-invalid": Pair(
            bad: "---\ntitle: Get user: by id\n---",
            good: "---\ntitle: \"Get user: by id\"\n---"),
        "front-matter-doc-type-mismatch": Pair(
            bad: "---\ndoc_type: resourcePageType\n---\n# Get user\n## HTTP request\n```http\nGET /users/{id}\n```",
            good: "---\ndoc_type: apiPageType\n---\n# Get user\n## HTTP request\n```http\nGET /users/{id}\n```"),
        "front-matter-missing-field": Pair(
            bad: "---\ntitle: \"Get user\"\n---",
            good: "---\ntitle: \"Get user\"\ndescription: \"Read the properties of a user.\"\n---"),
        "annotation-json-invalid": Pair(
            bad: "<!-- { \"blockType\": \"request\", \"name\": \"get_user\", } -->",
            good: "<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->"),
        "annotation-unknown-block-type": Pair(
            bad: "<!-- { \"blockType\": \"reqest\", \"name\": \"get_user\" } -->",
            good: "<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->"),
        "annotation-block-type-mismatch": Pair(
            bad: "<!-- { \"blockType\": \"request\" } -->\n```http\nHTTP/1.1 200 OK\n```",
            good: "<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\n```"),
        "table-row-cells": Pair(
            bad: "| Property | Type | Description |\n|:---|:---|:---|\n| id | String |",
            good: "| Property | Type | Description |\n|:---|:---|:---|\n| id | String | The user's id. |"),
        "table-unrecognized": Pair(
            bad: "## Properties\n| Field | Kind |\n|:---|:---|\n| id | String |",
            good: "## Properties\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | The id. |"),
        "placeholder-text": Pair(
            bad: "| id | String | TODO: describe |",
            good: "| id | String | The unique identifier of the user. |"),
        "section-missing": Pair(
            bad: "# Get user\n## Permissions\n## Response",
            good: "# Get user\n## Permissions\n## HTTP request\n```http\nGET /users/{id}\n```\n## Response"),
        "property-name-suspicious": Pair(
            bad: "| 显示名称 | String | 用户的显示名称。 |",
            good: "| displayName | String | 用户的显示名称。 |"),
        "enum-member-name-suspicious": Pair(
            bad: "| 成员 | 说明 |\n|:---|:---|\n| 已启用 | 已启用。 |",
            good: "| 成员 | 说明 |\n|:---|:---|\n| enabled | 已启用。 |"),
        "property-only-in-json-representation": Pair(
            bad: "| id | String | The id. |\n\n```json\n{ \"id\": \"String\", \"mail\": \"String\" }\n```",
            good: "| id | String | The id. |\n| mail | String | The SMTP address. |\n\n```json\n{ \"id\": \"String\", \"mail\": \"String\" }\n```"),
        "property-name-case-mismatch": Pair(
            bad: "| DisplayName | String | The name. |\n\n```json\n{ \"displayName\": \"String\" }\n```",
            good: "| displayName | String | The name. |\n\n```json\n{ \"displayName\": \"String\" }\n```"),
        "relationship-only-in-route": Pair(
            bad: "GET /users/{id}/photos   (photos in no Relationships table of user)",
            good: "## Relationships\n| Relationship | Type | Description |\n|:---|:---|:---|\n| photos | [profilePhoto](profilephoto.md) collection | The photos. |"),
        "type-unrecognized": Pair(
            bad: "| manager | Directory object | The manager. |",
            good: "| manager | [directoryObject](directoryobject.md) | The manager. |"),
        "nesting-too-deep": Pair(
            bad: "> > > > ... (block quotes nested 100 deep)",
            good: "> One level of quotation, or a list of at most a few levels."),
        "limit-not-finite": Pair(
            bad: "| size | Int64 | At most 1e400 bytes. |",
            good: "| size | Int64 | At most 1048576 bytes. |"),

        // MARK: route
        "route-malformed": Pair(
            bad: "```http\nGET/users/{id}\n```",
            good: "```http\nGET /users/{id}\n```"),
        "route-example-unmatched": Pair(
            bad: "## HTTP request\nGET /users/{id}\n## Example\nGET https://graph.microsoft.com/v1.0/user/48d31887",
            good: "## HTTP request\nGET /users/{id}\n## Example\nGET https://graph.microsoft.com/v1.0/users/48d31887"),
        "route-example-method-mismatch": Pair(
            bad: "## HTTP request\nPATCH /users/{id}\n## Example\nPUT https://graph.microsoft.com/v1.0/users/48d31887",
            good: "## HTTP request\nPATCH /users/{id}\n## Example\nPATCH https://graph.microsoft.com/v1.0/users/48d31887"),
        "route-example-root": Pair(
            bad: "GET https://graph.microsoft.us/users/48d31887",
            good: "GET https://graph.microsoft.com/v1.0/users/48d31887"),
        "route-example-version": Pair(
            bad: "(a v1.0 page)\nGET https://graph.microsoft.com/beta/users/48d31887",
            good: "(a v1.0 page)\nGET https://graph.microsoft.com/v1.0/users/48d31887"),
        "route-literal-key": Pair(
            bad: "```http\nGET /users/48d31887-5fad-4d73-a9f5-3c356e68a038/manager\n```",
            good: "```http\nGET /users/{id}/manager\n```"),
        "route-relative-path": Pair(
            bad: "```http\nGET users/{id}\n```",
            good: "```http\nGET /users/{id}\n```"),
        "route-ref-with-object-body": Pair(
            bad: "POST /groups/{id}/members/$ref\n\n{ \"id\": \"48d31887\", \"displayName\": \"Adele\" }",
            good: "POST /groups/{id}/members/$ref\n\n{ \"@odata.id\": \"https://graph.microsoft.com/v1.0/directoryObjects/48d31887\" }"),
        "parameter-not-in-route": Pair(
            bad: "GET /reports/getTeamsUserActivityUserDetail(period='{period_value}')\n\n| Parameter | Type | Description |\n| date | Date | The day. |",
            good: "GET /reports/getTeamsUserActivityUserDetail(period='{period_value}')\n\n| Parameter | Type | Description |\n| period | String | The period. |"),

        // MARK: example
        "example-json-invalid": Pair(
            bad: "```json\n{ \"displayName\": \"Adele\", }\n```",
            good: "```json\n{ \"displayName\": \"Adele\" }\n```"),
        "example-response-without-request": Pair(
            bad: "## Example\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\n```",
            good: "## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\n```"),
        "example-duplicate-name": Pair(
            bad: "<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->\n...\n<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->",
            good: "<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->\n...\n<!-- { \"blockType\": \"request\", \"name\": \"get_user_select\" } -->"),
        "example-malformed": Pair(
            bad: "<!-- { \"blockType\": \"request\" } -->\n```http\nhttps://graph.microsoft.com/v1.0/me\n```",
            good: "<!-- { \"blockType\": \"request\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me\n```"),
        "example-property-unknown": Pair(
            bad: "PATCH /users/{id}\n\n{ \"displayNme\": \"Adele\" }",
            good: "PATCH /users/{id}\n\n{ \"displayName\": \"Adele\" }"),
        "example-property-type-mismatch": Pair(
            bad: "| accountEnabled | Boolean | ... |\n\n{ \"accountEnabled\": \"true\" }",
            good: "| accountEnabled | Boolean | ... |\n\n{ \"accountEnabled\": true }"),
        "example-placeholder-value": Pair(
            bad: "HTTP/1.1 200 OK\n\n{ \"createdDateTime\": \"String (timestamp)\" }",
            good: "HTTP/1.1 200 OK\n\n{ \"createdDateTime\": \"2021-07-16T08:00:00Z\" }"),
        "example-enum-value-unknown": Pair(
            bad: "| type | phoneType | home, business, mobile |\n\n{ \"type\": \"cell\" }",
            good: "| type | phoneType | home, business, mobile |\n\n{ \"type\": \"mobile\" }"),
        "example-read-only-property": Pair(
            bad: "| id | String | Read-only. |\n\nPATCH /users/{id}\n\n{ \"id\": \"48d31887\", \"displayName\": \"Adele\" }",
            good: "| id | String | Read-only. |\n\nPATCH /users/{id}\n\n{ \"displayName\": \"Adele\" }"),
        "example-required-property-missing": Pair(
            bad: "| displayName | String | Required. |\n\nPOST /groups\n\n{ \"mailNickname\": \"library\" }",
            good: "| displayName | String | Required. |\n\nPOST /groups\n\n{ \"displayName\": \"Library\", \"mailNickname\": \"library\" }"),
        "example-status-mismatch": Pair(
            bad: "If successful, this method returns a `201 Created` response code.\n\nHTTP/1.1 200 OK",
            good: "If successful, this method returns a `201 Created` response code.\n\nHTTP/1.1 201 Created"),
        "example-response-not-collection": Pair(
            bad: "returns a collection of [user](../resources/user.md) objects\n\nHTTP/1.1 200 OK\n\n{ \"id\": \"48d31887\" }",
            good: "returns a collection of [user](../resources/user.md) objects\n\nHTTP/1.1 200 OK\n\n{ \"value\": [ { \"id\": \"48d31887\" } ] }"),
        "example-odata-type-unknown": Pair(
            bad: "{ \"@odata.type\": \"#microsoft.graph.fileAttachmnt\" }",
            good: "{ \"@odata.type\": \"#microsoft.graph.fileAttachment\" }"),
        "example-odata-type-mismatch": Pair(
            bad: "returns a [user](../resources/user.md) object\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.group\" } -->",
            good: "returns a [user](../resources/user.md) object\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.user\" } -->"),

        // MARK: cross-page
        "type-inferred-from-example": Pair(
            bad: "An example body holds { \"widget\": { \"size\": 3 } } and no page describes widget.",
            good: "resources/widget.md describes widget with a Properties table."),
        "property-conflict": Pair(
            bad: "user.md: | hireDate | DateTimeOffset |\nuser-update.md: | hireDate | String |",
            good: "user.md: | hireDate | DateTimeOffset |\nuser-update.md: | hireDate | DateTimeOffset |"),
        "type-namespace-conflict": Pair(
            bad: "resources/security-alert.md (microsoft.graph.security) and resources/alert.md (microsoft.graph) both describe alert.",
            good: "The security page names its type with its namespace (security.alert), the other alert."),
        "enum-members-differ": Pair(
            bad: "phone.md: phoneType is home, business, mobile\nphonetype.md: phoneType is home, business",
            good: "both pages: home, business, mobile"),
        "translation-drift": Pair(
            bad: "en-us/user-get.md: GET /users/{id}\nzh-cn/user-get.md: GET /users/{id}/manager",
            good: "Both pages state GET /users/{id}."),
        "prose-type-name-inexact": Pair(
            bad: "In the request body, supply a JSON representation of a [User](../resources/user.md) resource.",
            good: "In the request body, supply a JSON representation of a [user](../resources/user.md) object."),
        "translation-unpaired": Pair(
            bad: "graphdoc lint zh-cn/v1.0   (the English pages not among the inputs)",
            good: "graphdoc lint en-us/v1.0 zh-cn/v1.0"),
        "type-undefined": Pair(
            bad: "| owner | [identitySett](identityset.md) | The owner. |",
            good: "| owner | [identitySet](identityset.md) | The owner. |"),

        // MARK: metadata
        "metadata-type-missing": Pair(
            bad: "resources/widgett.md describes widgett; the CSDL has no such type.",
            good: "resources/widget.md describes widget, as the CSDL does."),
        "metadata-base-type-mismatch": Pair(
            bad: "Inherits from [entity](entity.md).   (the CSDL: BaseType=\"graph.directoryObject\")",
            good: "Inherits from [directoryObject](directoryobject.md)."),
        "metadata-property-missing": Pair(
            bad: "| nickName | String | ... |   (the CSDL type has no nickName)",
            good: "| mailNickname | String | ... |"),
        "metadata-property-undocumented": Pair(
            bad: "The CSDL type has employeeId; the Properties table does not list it.",
            good: "| employeeId | String | The employee identifier. |"),
        "metadata-property-type-mismatch": Pair(
            bad: "| hireDate | String | ... |   (the CSDL: Edm.DateTimeOffset)",
            good: "| hireDate | DateTimeOffset | ... |"),
        "metadata-enum-member-mismatch": Pair(
            bad: "| home | ... |\n| cell | ... |   (the CSDL enum has home, mobile)",
            good: "| home | ... |\n| mobile | ... |"),
        "metadata-route-unresolved": Pair(
            bad: "GET /users/{id}/managr   (user has no managr in the CSDL)",
            good: "GET /users/{id}/manager"),
        "metadata-route-type-mismatch": Pair(
            bad: "GET /users/{id}/manager returns a [group](../resources/group.md) object.   (the CSDL: directoryObject)",
            good: "GET /users/{id}/manager returns a [directoryObject](../resources/directoryobject.md) object."),

        // MARK: link
        "link-page-missing": Pair(
            bad: "See the [user](../resources/usr.md) resource.",
            good: "See the [user](../resources/user.md) resource."),
        "link-page-broken": Pair(
            bad: "[Get user](https://learn.microsoft.com/graph/api/usr-get?view=graph-rest-1.0)",
            good: "[Get user](https://learn.microsoft.com/graph/api/user-get?view=graph-rest-1.0)"),
        "link-anchor-missing": Pair(
            bad: "Its [properties](../resources/user.md#propertes).",
            good: "Its [properties](../resources/user.md#properties)."),
        "link-other-version": Pair(
            bad: "(a v1.0 page) [user](../../beta/resources/user.md)",
            good: "(a v1.0 page) [user](../resources/user.md), or [user (beta)](/graph/api/resources/user?view=graph-rest-beta)"),
        "link-case-mismatch": Pair(
            bad: "[user](../resources/User.md#Properties)",
            good: "[user](../resources/user.md#properties)"),
        "link-windows-path": Pair(
            bad: "[user](..\\resources\\user.md)",
            good: "[user](../resources/user.md)"),
        "lint-directive-unused": Pair(
            bad: "<!-- graphdoc-disable-next-line example-json-invalid -->\n```json\n{ \"valid\": true }\n```",
            good: "```json\n{ \"valid\": true }\n```"),
    ]
}

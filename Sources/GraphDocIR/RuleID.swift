/// A diagnostic rule: stable id, default severity and a short summary.
///
/// Extraction and lint share this catalogue so that every diagnostic graphdoc can emit has one
/// documented id (`graphdoc lint --list-rules`). Ids are part of the public interface: baselines and
/// generated known-issue tests refer to them. Never rename one.
public struct RuleID: Hashable, Sendable, Codable {
    public var id: String
    public var defaultSeverity: Severity
    public var category: Category
    public var summary: String

    public enum Category: String, Codable, Hashable, Sendable, CaseIterable {
        case input, structure, example, route, crossPage = "cross-page", metadata
    }

    public init(_ id: String, _ severity: Severity, _ category: Category, _ summary: String) {
        self.id = id
        self.defaultSeverity = severity
        self.category = category
        self.summary = summary
    }
}

extension RuleID {
    // MARK: input
    public static let inputUnreadable = RuleID("input-unreadable", .error, .input, "A path could not be read.")
    public static let inputNotUTF8 = RuleID("input-not-utf8", .error, .input, "A file is not valid UTF-8 text.")
    public static let inputEmpty = RuleID("input-empty", .warning, .input, "A file is empty.")
    public static let inputBinary = RuleID("input-binary", .error, .input, "A file holds binary data (NUL bytes).")
    public static let inputNotRegularFile = RuleID("input-not-regular-file", .error, .input, "A path names a device, FIFO or socket (or a link to one), which is not read.")
    public static let inputTooLarge = RuleID("input-too-large", .error, .input, "A file is larger than a page may be, and is not read.")

    // MARK: structure
    public static let frontMatterInvalid = RuleID("front-matter-invalid", .warning, .structure, "The YAML front matter does not parse.")
    public static let docTypeMismatch = RuleID("front-matter-doc-type-mismatch", .warning, .structure, "The front matter's doc_type contradicts the page's structure.")
    public static let frontMatterMissingField = RuleID("front-matter-missing-field", .warning, .structure, "The front matter lacks title or description.")
    public static let annotationInvalid = RuleID("annotation-json-invalid", .warning, .structure, "An HTML-comment annotation is not valid JSON (read leniently).")
    public static let annotationUnknownBlockType = RuleID("annotation-unknown-block-type", .warning, .structure, "An annotation names a blockType graphdoc does not know.")
    public static let annotationBlockTypeMismatch = RuleID("annotation-block-type-mismatch", .warning, .structure, "An annotation calls a block a request or a response, and its content is the other.")
    public static let tableMalformed = RuleID("table-row-cells", .warning, .structure, "A table row has a different number of cells from its header.")
    public static let tableUnrecognized = RuleID("table-unrecognized", .note, .structure, "A table in a properties or request-body section has an unrecognised header.")
    public static let placeholderText = RuleID("placeholder-text", .warning, .structure, "The page still holds placeholder text such as TODO.")
    public static let sectionMissing = RuleID("section-missing", .warning, .structure, "A section the page kind requires is missing.")
    public static let propertyNameSuspicious = RuleID("property-name-suspicious", .warning, .structure, "A property name is not an identifier (machine translation, markup).")
    public static let enumMemberNameSuspicious = RuleID("enum-member-name-suspicious", .warning, .structure, "An enum member name in a members table is translated text (machine translation).")
    public static let propertyOnlyInJSON = RuleID("property-only-in-json-representation", .warning, .structure, "A property appears in the JSON representation but in no properties or relationships table.")
    public static let propertyNameCase = RuleID("property-name-case-mismatch", .warning, .structure, "A table spells a property name with different letter case from the JSON representation or a route.")
    public static let relationshipOnlyInRoute = RuleID("relationship-only-in-route", .warning, .structure, "A GET route reads a relationship that the type's relationships table does not list.")
    public static let typeUnrecognized = RuleID("type-unrecognized", .warning, .structure, "A type cell names no known primitive and links no type.")
    public static let nestingTooDeep = RuleID("nesting-too-deep", .warning, .structure, "Block quotes, lists, emphasis or links nest deeper than graphdoc reads their structure; the content is read flattened.")
    public static let limitNotFinite = RuleID("limit-not-finite", .warning, .structure, "A stated numeric limit is no finite number (beyond the range of a Double, or NaN); the property gets no limit.")

    // MARK: route
    public static let routeMalformed = RuleID("route-malformed", .warning, .route, "A line in an HTTP request block is not `METHOD path`.")

    // MARK: example
    public static let exampleJSONInvalid = RuleID("example-json-invalid", .error, .example, "An example body is not valid JSON.")
    public static let exampleResponseWithoutRequest = RuleID("example-response-without-request", .warning, .example, "A response example has no request before it.")
    public static let exampleDuplicateName = RuleID("example-duplicate-name", .warning, .example, "Two examples on a page share a name.")
    public static let exampleMalformed = RuleID("example-malformed", .warning, .example, "An example block's first line is not a request line or a status line.")

    // MARK: cross-page
    public static let typeInferredFromExample = RuleID("type-inferred-from-example", .note, .crossPage, "A type is described only by example bodies; its properties were inferred.")
    public static let propertyConflict = RuleID("property-conflict", .warning, .crossPage, "Two pages describe the same property differently.")
    public static let typeNamespaceConflict = RuleID("type-namespace-conflict", .warning, .crossPage, "Resource pages in different namespaces describe types of the same name, which the IR merges into one.")
    public static let enumMembersDiffer = RuleID("enum-members-differ", .warning, .crossPage, "Two pages list different values for the same enum.")
    public static let translationDrift = RuleID("translation-drift", .warning, .crossPage, "A translated page states different routes, properties or examples from its English page.")
    public static let proseTypeNameInexact = RuleID("prose-type-name-inexact", .note, .crossPage, "A request-body or response paragraph names its type by a word that is no type's name; the linked page's type, or the singular, is used.")
    public static let translationUnpaired = RuleID("translation-unpaired", .note, .crossPage, "A translated page has no English page among the inputs.")

    /// Every rule extraction can emit. Lint adds its own rules to its catalogue.
    public static let extractionRules: [RuleID] = [
        .inputUnreadable, .inputNotUTF8, .inputEmpty, .inputBinary,
        .frontMatterInvalid, .docTypeMismatch, .frontMatterMissingField, .annotationInvalid, .annotationUnknownBlockType,
        .annotationBlockTypeMismatch,
        .tableMalformed, .tableUnrecognized, .placeholderText, .sectionMissing, .propertyNameSuspicious, .enumMemberNameSuspicious,
        .propertyOnlyInJSON, .propertyNameCase, .relationshipOnlyInRoute,
        .typeUnrecognized, .routeMalformed,
        .exampleJSONInvalid, .exampleResponseWithoutRequest, .exampleDuplicateName, .exampleMalformed,
        .typeInferredFromExample, .propertyConflict, .typeNamespaceConflict, .enumMembersDiffer, .translationDrift, .translationUnpaired,
        .proseTypeNameInexact,
        .inputNotRegularFile, .inputTooLarge, .nestingTooDeep, .limitNotFinite,
    ]
}

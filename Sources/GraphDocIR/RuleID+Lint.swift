/// Rules that `graphdoc lint` checks over the IR, beyond what extraction reports while reading pages.
///
/// Lint also re-checks a few extraction rules from the IR (duplicate example names, responses without
/// a request, missing sections, malformed routes); those keep their extraction ids so a finding has
/// one id whichever layer saw it first.
extension RuleID {
    // MARK: example
    public static let examplePropertyUnknown = RuleID(
        "example-property-unknown", .warning, .example,
        "An example body has a property its type does not document.")
    public static let examplePropertyTypeMismatch = RuleID(
        "example-property-type-mismatch", .warning, .example,
        "An example value's JSON kind or format differs from the documented property type.")
    public static let examplePlaceholderValue = RuleID(
        "example-placeholder-value", .warning, .example,
        "An example holds a placeholder (\"String\", \"Double\", \"phoneType-value\") where a typed value is expected.")
    public static let exampleEnumValueUnknown = RuleID(
        "example-enum-value-unknown", .warning, .example,
        "An example value is not among the documented members of the property's enum.")
    public static let exampleReadOnlyProperty = RuleID(
        "example-read-only-property", .warning, .example,
        "A request example sends a property the docs call read-only.")
    public static let exampleRequiredPropertyMissing = RuleID(
        "example-required-property-missing", .warning, .example,
        "A request example lacks a property the docs call required.")
    public static let exampleStatusMismatch = RuleID(
        "example-status-mismatch", .warning, .example,
        "A response example's success status differs from the one the page states.")
    public static let exampleResponseNotCollection = RuleID(
        "example-response-not-collection", .warning, .example,
        "A successful response example is one object where the page states a collection.")
    public static let exampleODataTypeUnknown = RuleID(
        "example-odata-type-unknown", .warning, .example,
        "An @odata.type in an example or annotation names a type no page describes.")
    public static let exampleODataTypeMismatch = RuleID(
        "example-odata-type-mismatch", .warning, .example,
        "A successful response example's annotation names a type other than the documented response type or one derived from it.")

    // MARK: route
    public static let routeExampleUnmatched = RuleID(
        "route-example-unmatched", .warning, .route,
        "An example request URL matches none of the page's documented routes.")
    public static let routeExampleMethodMismatch = RuleID(
        "route-example-method-mismatch", .warning, .route,
        "An example request's method differs from the method of the route its URL matches.")
    public static let routeExampleRoot = RuleID(
        "route-example-root", .error, .route,
        "An example request URL does not start with a Microsoft Graph root (host and version).")
    public static let routeExampleVersion = RuleID(
        "route-example-version", .warning, .route,
        "An example request calls another API version (beta on a v1.0 page).")
    public static let routeLiteralKey = RuleID(
        "route-literal-key", .warning, .route,
        "A documented route holds a sample key (a GUID) where a `{placeholder}` belongs.")
    public static let routeRelativePath = RuleID(
        "route-relative-path", .warning, .route,
        "A documented route's path lacks its leading `/`.")
    public static let routeRefWithObjectBody = RuleID(
        "route-ref-with-object-body", .warning, .route,
        "A `$ref` route's example body is a full object instead of an `@odata.id` reference.")
    public static let parameterNotInRoute = RuleID(
        "parameter-not-in-route", .warning, .route,
        "A function or path parameter the page's tables state appears in none of its routes.")

    // MARK: cross-page
    public static let typeUndefined = RuleID(
        "type-undefined", .warning, .crossPage,
        "A property, base type, request body or response names a type no page describes.")

    // MARK: metadata
    public static let metadataTypeMissing = RuleID(
        "metadata-type-missing", .warning, .metadata,
        "A documented type is not in the CSDL metadata.")
    public static let metadataBaseTypeMismatch = RuleID(
        "metadata-base-type-mismatch", .warning, .metadata,
        "A documented base type differs from the CSDL metadata.")
    public static let metadataPropertyMissing = RuleID(
        "metadata-property-missing", .warning, .metadata,
        "A documented property is not in the CSDL type (or its base types).")
    public static let metadataPropertyUndocumented = RuleID(
        "metadata-property-undocumented", .note, .metadata,
        "A CSDL property is missing from the type's resource page.")
    public static let metadataPropertyTypeMismatch = RuleID(
        "metadata-property-type-mismatch", .warning, .metadata,
        "A documented property type differs from the CSDL property type.")
    public static let metadataEnumMemberMismatch = RuleID(
        "metadata-enum-member-mismatch", .warning, .metadata,
        "A documented enum lists members the CSDL enum does not have, or lacks members it has.")
    public static let metadataRouteUnresolved = RuleID(
        "metadata-route-unresolved", .warning, .metadata,
        "A documented route does not resolve through the CSDL metadata's entity sets, properties and operations.")
    public static let metadataRouteTypeMismatch = RuleID(
        "metadata-route-type-mismatch", .warning, .metadata,
        "A response or request-body type differs from what the CSDL says the route returns or takes.")

    // MARK: link
    public static let linkPageMissing = RuleID(
        "link-page-missing", .warning, .crossPage,
        "A relative link leads to no file, in a folder whose pages were read.")
    public static let linkPageBroken = RuleID(
        "link-page-broken", .warning, .crossPage,
        "A docs-site link names a reference page that none of the pages read of that version is.")
    public static let linkAnchorMissing = RuleID(
        "link-anchor-missing", .warning, .crossPage,
        "A link's #fragment names no heading or anchor of the page it leads to.")
    public static let linkOtherVersion = RuleID(
        "link-other-version", .warning, .crossPage,
        "A relative link on a page of one API version leads into the other version's folder.")
    public static let linkCaseMismatch = RuleID(
        "link-case-mismatch", .warning, .crossPage,
        "A link's target page or anchor exists only in other letter case.")
    public static let linkWindowsPath = RuleID(
        "link-windows-path", .warning, .crossPage,
        "A relative link separates folders with `\\` (a Windows path).")

    // MARK: structure
    public static let lintDirectiveUnused = RuleID(
        "lint-directive-unused", .warning, .structure,
        "A `graphdoc-disable` comment silences no finding (or names no rule).")

    /// Every rule lint adds over the IR (checked by lint, not emitted by extraction).
    public static let lintRules: [RuleID] = [
        .examplePropertyUnknown, .examplePropertyTypeMismatch, .examplePlaceholderValue, .exampleEnumValueUnknown,
        .exampleReadOnlyProperty, .exampleRequiredPropertyMissing, .exampleODataTypeUnknown, .exampleODataTypeMismatch, .exampleStatusMismatch,
        .exampleResponseNotCollection,
        .routeExampleUnmatched, .routeExampleMethodMismatch, .routeExampleRoot, .routeExampleVersion, .routeLiteralKey, .routeRelativePath, .routeRefWithObjectBody,
        .parameterNotInRoute,
        .typeUndefined,
        .metadataTypeMissing, .metadataBaseTypeMismatch, .metadataPropertyMissing, .metadataPropertyUndocumented,
        .metadataPropertyTypeMismatch, .metadataEnumMemberMismatch, .metadataRouteUnresolved, .metadataRouteTypeMismatch,
        .linkPageMissing, .linkPageBroken, .linkAnchorMissing, .linkOtherVersion, .linkCaseMismatch, .linkWindowsPath,
        .lintDirectiveUnused,
    ]

    /// Extraction and lint rules together, each id once.
    public static let allRules: [RuleID] = extractionRules + lintRules
}

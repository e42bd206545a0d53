/// The explanation paragraphs `--list-rules` prints for rules extraction reports while reading pages.
/// They live with lint because the catalogue is lint's user-facing surface; extraction owns the checks.
enum ExtractionRuleExplanations {
    static let text: [String: String] = [
        "input-unreadable": "A path given to graphdoc does not exist or cannot be read. Check the path and its permissions.",
        "input-not-utf8": "Pages must be UTF-8. A file in another encoding is read with replacement characters, so names and values in it cannot be trusted. Re-save the file as UTF-8.",
        "input-empty": "An empty .md file documents nothing and is usually a leftover of a rename. Delete it or fill it in.",
        "input-binary": "A file with NUL bytes is not a page (an image or archive with a .md name). Remove it from the docs tree.",
        "front-matter-invalid": "The YAML front matter between the leading `---` lines does not parse, so the page's title, description and metadata (ms.translationtype, doc_type) are lost. Fix the YAML (quote values with colons).",
        "front-matter-doc-type-mismatch": "The front matter's `doc_type` says one kind of page (`apiPageType`) while the page is plainly another (a resource annotation and no HTTP request). The docs site files the page under the wrong kind; graphdoc reads it by its structure. Fix `doc_type`.",
        "front-matter-missing-field": "Every page needs `title` and `description` in its front matter: the docs site uses them for the page title, search results and link previews. Add the missing field.",
        "annotation-json-invalid": "An HTML-comment annotation (`<!-- { \"blockType\": ... } -->`) is not valid JSON: a trailing comma, an unquoted key, or quotes HTML-escaped by machine translation. graphdoc reads it leniently, but ApiDoctor and other tools do not. Make it strict JSON.",
        "annotation-unknown-block-type": "An annotation's `blockType` is not one of request, response, resource, example, ignored, samples, simulatedResponse, testParams or permissions, so the block after it is not read as intended. Fix the spelling.",
        "table-row-cells": "A table row has more or fewer cells than the header, usually an unescaped `|` in a description or a missing cell; the row's values shift into the wrong columns. Escape the pipe (`\\|`) or add the cell.",
        "table-unrecognized": "A table in a Properties or Request body section has a header graphdoc does not recognise, so its rows are not read as properties. Use the usual `Property | Type | Description` header.",
        "placeholder-text": "The page still holds template placeholder text such as `TODO` or `**TODO: Determine scopes **`, which readers see as published documentation. Replace it with the real content.",
        "section-missing": "A section the page kind requires is missing.",
        "property-name-suspicious": "A property name in a table is not an identifier: machine translation translated it (`说明` for `description`), or markup leaked into the cell. Restore the English property name.",
        "property-only-in-json-representation": "A key of the resource's JSON representation appears in no Properties or Relationships table, so readers get no description of it. graphdoc reads it, typed from its placeholder value (`\"String (timestamp)\"`, `{\"@odata.type\": ...}`). Add a table row for it, or remove it from the representation.",
        "property-name-case-mismatch": "A Properties table spells a name with different letter case from the JSON representation (`printerID` against `printerId`). JSON names are case-sensitive, so one of them is wrong; graphdoc uses the JSON representation's spelling, which is what the service sends. Make the table agree.",
        "type-unrecognized": "A type cell names no known primitive and links no type, so the property's type is unknown. Use a primitive name (String, Int32, ...) or link the type's resource page.",
        "route-malformed": "A line in an HTTP request block is not `METHOD path`.",
        "example-json-invalid": "An example body is not valid JSON (trailing commas, comments, curly quotes, unquoted dates); the location points at the offending character in the .md file. Tools that parse the example fail; fix the JSON.",
        "example-response-without-request": "A response example has no request before it.",
        "example-duplicate-name": "Two examples on a page share a name.",
        "example-malformed": "An example block's first line is neither a request line (`POST https://...`) nor a status line (`HTTP/1.1 201 Created`), so it cannot be read as HTTP. Fix the first line.",
        "type-inferred-from-example": "A type is known only from example bodies, so its properties and their types were guessed from values. Add or link the type's resource page.",
        "property-conflict": "Two pages describe the same property of a type differently (type, read-only, required); graphdoc keeps the most authoritative page's statement. Make the pages agree.",
        "type-namespace-conflict": "Two resource pages describe types of the same name in different namespaces (`microsoft.graph.mediaStream` and `microsoft.graph.callRecords.mediaStream`). Links and `@odata.type` values name types without a reliable namespace, so the IR keys types by name and merges the two: the merged type holds both pages' properties, under the namespace of the more authoritative page. Treat the merged type with care, and tell the two types apart in the prose that links them.",
        "enum-members-differ": "Two pages list different members for the same enum (one is out of date or copied from another enum). Make the lists agree.",
        "translation-drift": "A translated page states different routes, property names, enum members or examples from its English page (translated identifiers, an old copy). Re-translate or fix the translated page.",
        "translation-unpaired": "A translated page has no English page among the inputs, so drift cannot be checked. Include the English pages in the run.",
    ]
}

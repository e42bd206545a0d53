/// Plain words for the error codes `XMLParser` reports (libxml2's, in `NSXMLParserErrorDomain`),
/// whose own description is only "The operation could not be completed. (NSXMLParserErrorDomain
/// error 29.)".
enum XMLErrorDescription {
    static func describe(code: Int) -> String {
        let text: String? = switch code {
        case 4: "expected an XML document, found no start tag (an empty file, or not XML at all)"
        // libxml2 ends many recovered errors (an unclosed tag, an unquoted attribute) with this one.
        case 5: "expected one root element with every tag closed, found an unclosed or stray tag, or content after the root element"
        case 9: "expected text in the document's encoding, found an invalid character (a file that is not UTF-8?)"
        case 23, 26, 27: "expected a known entity, found an undeclared entity reference (write & as &amp;)"
        case 29: "expected no external entity, found a reference to one (graphdoc does not load them)"
        case 31, 32: "expected a supported encoding, found an encoding declaration XML cannot read"
        case 38: "expected an attribute value without '<', found one"
        case 39, 41: "expected a quoted attribute value, found none"
        case 40: "expected the closing quote of an attribute value, found the end of the tag"
        case 45: "expected the end of a comment ('-->'), found the end of the file"
        case 68: "expected a name after '<' or '&', found another character (write < as &lt; and & as &amp;)"
        case 73: "expected '>' to close the tag, found another character"
        case 76: "expected the end tag to match its start tag, found another name"
        case 77: "expected the end of a tag, found the end of the file"
        default: nil
        }
        return text.map { "not well-formed XML: \($0)" } ?? "not well-formed XML (XML parser error \(code))"
    }
}

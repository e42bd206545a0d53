import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why a metadata file could not be read.
public struct CSDLParseError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String

    public var description: String { "line \(line), column \(column): \(reason)" }
}

extension CSDLModel {
    /// Reads a CSDL XML document (`edmx:Edmx` with one or more `Schema` elements).
    public static func parse(_ data: Data) throws(CSDLParseError) -> CSDLModel {
        let reader = CSDLReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        // swift-corelibs-foundation can return true from parse() for a truncated document while setting
        // parserError, so both are checked.
        guard parser.parse(), parser.parserError == nil else {
            throw CSDLParseError(
                line: parser.lineNumber, column: parser.columnNumber,
                reason: parser.parserError.map { XMLErrorDescription.describe(code: ($0 as NSError).code) } ?? "not a CSDL document")
        }
        guard reader.sawSchema else {
            throw CSDLParseError(line: 1, column: 1, reason: "no <Schema> element: not a CSDL document")
        }
        var model = CSDLModel(types: reader.types, enums: reader.enums, aliases: reader.aliases)
        model.container = CSDLContainer(entitySets: reader.entitySets, singletons: reader.singletons, boundOperations: reader.boundOperations)
        return model
    }

    /// The largest metadata file read: Graph's beta CSDL is under 10 MiB.
    static let maximumFileSize = 256 << 20

    /// Reads a CSDL file from disk. Errors say in plain words what is wrong with the path (missing,
    /// a folder, a FIFO or device, too large, unreadable) or where the XML breaks.
    public static func load(path: String) throws -> CSDLModel {
        try parse(try InputFileReading.contents(of: path, limit: maximumFileSize))
    }
}

/// SAX-style reader: the metadata file is 1.5 MB and only a few element kinds matter, so building a
/// DOM would be wasted work.
private final class CSDLReader: NSObject, XMLParserDelegate {
    var types: [CSDLModel.StructuredType] = []
    var enums: [CSDLModel.EnumType] = []
    var aliases: [String: String] = [:]
    var entitySets: [String: String] = [:]
    var singletons: [String: String] = [:]
    var boundOperations: [CSDLContainer.BoundOperation] = []
    var sawSchema = false
    /// The action or function being read: bound ones take their first parameter as the binding.
    private var currentOperation: (name: String, isBound: Bool, binding: String?, returnType: String?)?
    private var namespace = "microsoft.graph"
    private var currentType: CSDLModel.StructuredType?
    private var currentEnum: CSDLModel.EnumType?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "Schema":
            sawSchema = true
            namespace = attributes["Namespace"] ?? namespace
            if let alias = attributes["Alias"] { aliases[alias] = namespace }
        case "EntityType", "ComplexType":
            currentType = CSDLModel.StructuredType(
                name: attributes["Name"] ?? "", namespace: namespace, isEntity: elementName == "EntityType",
                baseType: attributes["BaseType"], isOpen: attributes["OpenType"] == "true",
                isAbstract: attributes["Abstract"] == "true")
        case "Property", "NavigationProperty":
            guard currentType != nil, let name = attributes["Name"] else { return }
            currentType?.properties.append(CSDLModel.Property(
                name: name, type: attributes["Type"] ?? "Edm.String", isNavigation: elementName == "NavigationProperty"))
        case "EnumType":
            currentEnum = CSDLModel.EnumType(
                name: attributes["Name"] ?? "", namespace: namespace, members: [], isFlags: attributes["IsFlags"] == "true")
        case "Member":
            if let name = attributes["Name"] { currentEnum?.members.append(name) }
        case "EntitySet":
            if let name = attributes["Name"], let type = attributes["EntityType"] { entitySets[name] = type }
        case "Singleton":
            if let name = attributes["Name"], let type = attributes["Type"] { singletons[name] = type }
        case "Action", "Function":
            currentOperation = (attributes["Name"] ?? "", attributes["IsBound"] == "true", nil, nil)
        case "Parameter":
            if currentOperation != nil, currentOperation?.binding == nil { currentOperation?.binding = attributes["Type"] }
        case "ReturnType":
            if currentOperation != nil { currentOperation?.returnType = attributes["Type"] }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "EntityType", "ComplexType":
            if let type = currentType { types.append(type) }
            currentType = nil
        case "EnumType":
            if let type = currentEnum { enums.append(type) }
            currentEnum = nil
        case "Action", "Function":
            if let operation = currentOperation, operation.isBound, let binding = operation.binding {
                boundOperations.append(CSDLContainer.BoundOperation(
                    name: operation.name, namespace: namespace, bindingType: binding, returnType: operation.returnType))
            }
            currentOperation = nil
        default:
            break
        }
    }
}

import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct TemplateTests {
    @Test func everyBuiltInTemplateTurnsHTMLEscapingOff() throws {
        let set = try TemplateSet()
        for name in TemplateSet.names {
            #expect(set.sources[name]?.hasPrefix("{{%CONTENT_TYPE: TEXT}}") == true, "\(name)")
        }
    }

    @Test func genericsAndQuotesSurviveRendering() throws {
        var property = SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions())
            .structViewModel(for: Fixtures.phoneModel.types[2]).properties[0]
        property.declaredType = "Array<Int>?"
        property.docLines = ["/// A & B <c> \"d\" 'e'"]
        var vm = SwiftModelTranslator(model: Fixtures.phoneModel, options: GeneratorOptions())
            .structViewModel(for: Fixtures.phoneModel.types[2])
        vm.properties = [property]
        let file = SwiftRenderer(templates: try TemplateSet(), options: GeneratorOptions())
            .render([RenderUnit(path: "X.swift", template: .model, value: vm)])[0]
        #expect(file.contents.contains("public var createdDateTime: Array<Int>?"))
        #expect(file.contents.contains("/// A & B <c> \"d\" 'e'"))
        #expect(!file.contents.contains("&lt;"))
        #expect(!file.contents.contains("&quot;"))
    }

    @Test func aUserTemplateReplacesTheBuiltInOneByName() throws {
        let dir = try temporaryDirectory()
        try "{{%CONTENT_TYPE: TEXT}}\n// custom header for {{moduleName}}\n".write(
            toFile: dir + "/file-header.mustache", atomically: true, encoding: .utf8)
        let set = try TemplateSet(overrides: dir)
        let files = try SwiftGenerator(templates: set, options: GeneratorOptions(moduleName: "M")).generate(Fixtures.phoneModel)
        #expect(files.allSatisfy { $0.contents.hasPrefix("// custom header for M\n") })
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithFileAndLine() throws {
        let dir = try temporaryDirectory()
        try "{{%CONTENT_TYPE: TEXT}}\nline two\n{{#open}}\nnever closed\n".write(
            toFile: dir + "/struct.mustache", atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet(overrides: dir)
        } throws: { error in
            guard case .templateInvalid(let file, let line, _, _) = error as? GenerationError else { return false }
            return file == dir + "/struct.mustache" && line >= 3
        }
    }

    @Test func unknownTemplateNamesMissingFoldersAndPartialsAreErrors() throws {
        let dir = try temporaryDirectory()
        try "x".write(toFile: dir + "/strcut.mustache", atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) { try TemplateSet(overrides: dir) }
        #expect(throws: GenerationError.self) { try TemplateSet(overrides: dir + "/missing") }
        var sources = try TemplateSet().sources
        sources["struct"] = "{{%CONTENT_TYPE: TEXT}}\n{{>nope}}\n"
        #expect {
            try TemplateSet(sources: sources)
        } throws: { error in
            "\(error)".contains("struct.mustache:2:1") && "\(error)".contains("'nope'")
        }
        sources["struct"] = nil
        #expect(throws: GenerationError.self) { try TemplateSet(sources: sources) }
    }

    /// A user template that includes itself, directly or through another, would recurse until the
    /// stack ran out: it is refused with the chain and the line.
    @Test func aTemplateThatIncludesItselfIsAnError() throws {
        let dir = try temporaryDirectory()
        try "{{%CONTENT_TYPE: TEXT}}\n// doc\n{{> doc-comment}}\n".write(toFile: dir + "/doc-comment.mustache", atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet(overrides: dir)
        } throws: { error in
            "\(error)".contains(dir + "/doc-comment.mustache:3:1") && "\(error)".contains("doc-comment > doc-comment")
        }
        var sources = try TemplateSet().sources
        sources["coding"] = "{{%CONTENT_TYPE: TEXT}}\n{{#properties}}{{>struct-body}}{{/properties}}\n"
        #expect {
            try TemplateSet(sources: sources)
        } throws: { error in
            "\(error)".contains("coding > struct-body > coding")
        }
        #expect(TemplateSet.inclusionCycle(in: try TemplateSet().sources) == nil)
    }
}

/// A fresh empty folder under the system's temporary folder.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "graphdoc-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs `arguments` through `/usr/bin/env` and returns standard output and error together, prefixed
/// with `exit N` when the command fails (so an `#expect(output == "")` shows why).
func runCommand(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? output : "exit \(process.terminationStatus)\n" + output
}

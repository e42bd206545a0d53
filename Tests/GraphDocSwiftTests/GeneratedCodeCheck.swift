import Foundation
import GraphDocIR
@testable import GraphDocSwift

/// Type-checks what the generator writes, the way a user's build would: the models as their own
/// module against the built `GraphModelSupport`, then the example tests against both (with Swift
/// Testing). Compiler output is returned; `""` means no error and no warning.
enum GeneratedCodeCheck {
    /// `.build/debug/Modules` of this package, when the tests run from a debug build of it.
    static var modulesDirectory: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent(".build/debug/Modules/GraphModelSupport.swiftmodule").path
        return FileManager.default.fileExists(atPath: path) ? (path as NSString).deletingLastPathComponent : nil
    }

    /// Generates `model` (with example tests when `tests` is set) and type-checks the output.
    /// `extraSources` are compiled into the models' module beside the generated files (a probe that
    /// declares what an injection would redeclare).
    static func typecheck(
        _ model: ApiModel, options: GeneratorOptions = GeneratorOptions(), findings: [Diagnostic] = [], tests: Bool = false,
        flags: [String] = [], extraSources: [String: String] = [:]
    ) throws -> String {
        guard let modules = modulesDirectory else { return "" }
        let output = try SwiftGenerator(templates: try TemplateSet(), options: options)
            .generate(model, shards: nil, exampleFindings: tests ? findings : nil)
        return try typecheck(models: output.files, tests: output.tests ?? [], moduleName: options.moduleName, modules: modules,
                             flags: flags, extraSources: extraSources)
    }

    static func typecheck(
        models: [GeneratedFile], tests: [GeneratedFile], moduleName: String, modules: String, flags: [String],
        extraSources: [String: String]
    ) throws -> String {
        let dir = try temporaryDirectory()
        defer { if ProcessInfo.processInfo.environment["GRAPHDOC_KEEP_TYPECHECK"] == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let modelPaths = try write(models, extraSources, into: dir + "/Models")
        let common = ["swiftc", "-swift-version", "6", "-I", modules, "-package-name", "graphdoc"] + flags
        let modelOutput = try runCommand(common + ["-typecheck", "-module-name", moduleName] + modelPaths)
        guard !tests.isEmpty, modelOutput.isEmpty else { return modelOutput }
        // The tests import the models' module (emitting it may skip function bodies: hence the
        // type-check above).
        let built = dir + "/Built"
        try FileManager.default.createDirectory(atPath: built, withIntermediateDirectories: true)
        let moduleOutput = try runCommand(
            common + ["-emit-module", "-emit-module-path", built + "/\(moduleName).swiftmodule", "-module-name", moduleName] + modelPaths)
        guard moduleOutput.isEmpty else { return moduleOutput }
        let testPaths = try write(tests, [:], into: dir + "/Tests")
        // The built models come first: `.build/debug/Modules` holds the package's own `GraphModels`.
        return try runCommand(["swiftc", "-I", built] + common.dropFirst() + ["-typecheck", "-module-name", moduleName + "ExampleTests"] + testPaths)
    }

    /// Writes the files (and `extra`, name to text) below `folder`; their paths.
    private static func write(_ files: [GeneratedFile], _ extra: [String: String], into folder: String) throws -> [String] {
        var paths: [String] = []
        for (path, text) in files.map({ ($0.path, $0.contents) }) + extra.sorted(by: { $0.key < $1.key }) {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            paths.append(full)
        }
        return paths
    }
}

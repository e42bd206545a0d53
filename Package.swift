// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one module per layer (see DESIGN.md):
//   Ccmark -> GraphDocMarkdown -> GraphDocExtraction -> GraphDocIR -> GraphDocLint / GraphDocSwift -> graphdoc
// Dependencies point down the pipeline only.
let package = Package(
    name: "graphdoc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "graphdoc", targets: ["graphdoc"]),
        .library(name: "GraphDocIR", targets: ["GraphDocIR"]),
        .library(name: "GraphDocExtraction", targets: ["GraphDocExtraction"]),
        .library(name: "GraphDocLint", targets: ["GraphDocLint"]),
        .library(name: "GraphDocSwift", targets: ["GraphDocSwift"]),
        .library(name: "GraphDocDiff", targets: ["GraphDocDiff"]),
        .library(name: "GraphModelSupport", targets: ["GraphModelSupport"]),
        // A loopback HTTP server for tests that send generated requests (links GraphModelSupport).
        .library(name: "GraphModelTesting", targets: ["GraphModelTesting"]),
        // SwiftPM plugins (README, "Generating models at build time"): models generated into the
        // build from a target's pages, and regeneration / lint on demand.
        .plugin(name: "GraphDocGenerator", targets: ["GraphDocGenerator"]),
        .plugin(name: "GenerateGraphModels", targets: ["GenerateGraphModels"]),
        .plugin(name: "LintGraphDocs", targets: ["LintGraphDocs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "GraphDocIR"),
        .target(
            name: "GraphDocMarkdown",
            dependencies: ["Ccmark", "GraphDocIR", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "GraphDocExtraction", dependencies: ["GraphDocMarkdown", "GraphDocIR"]),
        .target(
            name: "GraphDocLint",
            dependencies: ["GraphDocIR", "GraphModelSupport", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GraphDocSwift",
            dependencies: [
                "GraphDocIR", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // API change reports between two versions of the docs; reads Swift names to say what a change
        // does to the generated module.
        .target(name: "GraphDocDiff", dependencies: ["GraphDocIR", "GraphDocSwift"]),
        // The runtime every generated module links: models, validation, requests, transport.
        .target(
            name: "GraphModelSupport",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HTTPTypesFoundation", package: "swift-http-types"),
            ]
        ),
        // A loopback HTTP server for tests that send requests; POSIX sockets only, nothing heavy,
        // since consumers' test targets link it.
        .target(
            name: "GraphModelTesting",
            dependencies: ["GraphModelSupport", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        // The Swift generated for docs-input (`graphdoc generate`), compiled and tested in every CI run.
        .target(name: "GraphModels", dependencies: ["GraphModelSupport"], path: "Generated/Sources/GraphModels"),
        .executableTarget(
            name: "graphdoc",
            dependencies: [
                "GraphDocIR", "GraphDocMarkdown", "GraphDocExtraction", "GraphDocLint", "GraphDocSwift", "GraphDocDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // The plugins are thin: they find pages, configuration and templates, and run `graphdoc`
        // (built from source). Shared code is in Plugins/PluginsShared, linked into each plugin.
        .plugin(name: "GraphDocGenerator", capability: .buildTool(), dependencies: ["graphdoc"]),
        .plugin(
            name: "GenerateGraphModels",
            capability: .command(
                intent: .custom(
                    verb: "generate-graph-models",
                    description: "Regenerate the committed Swift models of the package's graphdoc.yml files"),
                permissions: [.writeToPackageDirectory(reason: "graphdoc writes the generated Swift models into the package")]
            ),
            dependencies: ["graphdoc"]
        ),
        .plugin(
            name: "LintGraphDocs",
            capability: .command(
                intent: .custom(verb: "lint-graph-docs", description: "Lint the package's Graph documentation pages")),
            dependencies: ["graphdoc"]
        ),

        .testTarget(name: "GraphDocIRTests", dependencies: ["GraphDocIR"]),
        .testTarget(name: "GraphDocMarkdownTests", dependencies: ["GraphDocMarkdown"]),
        .testTarget(
            name: "GraphDocExtractionTests",
            dependencies: ["GraphDocExtraction", "GraphDocMarkdown", "GraphDocIR"]
        ),
        .testTarget(name: "GraphDocLintTests", dependencies: ["GraphDocLint", "GraphDocIR", "GraphDocExtraction", "GraphModelSupport"]),
        .testTarget(name: "GraphDocSwiftTests", dependencies: ["GraphDocSwift", "GraphDocIR", "GraphDocExtraction"]),
        .testTarget(name: "GraphDocDiffTests", dependencies: ["GraphDocDiff", "GraphDocExtraction", "GraphDocIR"]),
        .testTarget(
            name: "GraphModelSupportTests",
            dependencies: [
                "GraphModelSupport", "GraphModelTesting", .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "GraphModelsTests", dependencies: ["GraphModels", "GraphModelSupport", "GraphModelTesting"]),
        // Tests generated from the examples of docs-input (`testsOutput` in Generated/graphdoc.yml).
        .testTarget(
            name: "GraphModelsExampleTests", dependencies: ["GraphModels", "GraphModelSupport", "GraphModelTesting"],
            path: "Generated/Tests/GraphModelsExampleTests"),
    ],
    swiftLanguageModes: [.v6]
)

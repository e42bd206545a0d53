// swift-tools-version: 6.0
import PackageDescription

// A package that uses graphdoc the way an SDK would: the PhoneModels target holds Graph doc pages
// (copies of the repository's docs-input/ seed pages) and gets its Swift models generated at build
// time by the GraphDocGenerator plugin; nothing generated is committed. scripts/plugin-consumer.sh
// builds it from a clean state and runs its test (`make test-plugin`, part of `make test`).
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The repository itself. `name:` keeps `package: "graphdoc"` valid whatever the checkout's
        // folder is called.
        .package(name: "graphdoc", path: "../.."),
    ],
    targets: [
        .target(
            name: "PhoneModels",
            dependencies: [.product(name: "GraphModelSupport", package: "graphdoc")],
            plugins: [.plugin(name: "GraphDocGenerator", package: "graphdoc")]
        ),
        .testTarget(
            name: "PhoneModelsTests",
            dependencies: ["PhoneModels", .product(name: "GraphModelSupport", package: "graphdoc")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

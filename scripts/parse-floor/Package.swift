// swift-tools-version: 6.0
import PackageDescription

// The least any reader of Graph pages built from the parts graphdoc must use can take: read every
// page, parse its front matter with Yams and its markdown with cmark, on all cores, and nothing else.
// scripts/benchmark.sh times it beside `graphdoc ir` and the cmark tool, so that the share of
// graphdoc's time that is its own work (walking the tree, extraction, merging, writing the IR) shows.
// Not part of the build or the tests.
let package = Package(
    name: "parse-floor",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The repository's own cmark module (Sources/Ccmark, through a symbolic link).
        .systemLibrary(name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .executableTarget(
            name: "parse-floor",
            dependencies: ["Ccmark", .product(name: "Yams", package: "Yams")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

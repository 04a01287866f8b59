// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierState", targets: ["DossierState"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // The model: articles, extraction, linking, queries. Foundation only.
        .target(
            name: "DossierKit",
            dependencies: ["CXML2"],
            exclude: ["Generator"],
            resources: [.copy("Resources")]
        ),
        // The reading state (marks, stars, positions, named views) in SQLite.
        .target(
            name: "DossierState",
            dependencies: ["DossierKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // newsboat's SQLite cache as a store of feed items (read-only, through GRDB).
        .target(
            name: "DossierNewsboat",
            dependencies: ["DossierKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The synthetic corpus and the stage timings behind `dossier bench`.
        .target(
            name: "DossierBench",
            dependencies: ["DossierKit"]
        ),
        .target(
            name: "DossierTUI",
            dependencies: ["DossierKit", "DossierState", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        // libxml2: the HTML parser for saved pages, the streaming reader for RSS and Atom feeds.
        .systemLibrary(name: "CXML2", path: "Sources/CXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "DossierTerminal",
            dependencies: ["DossierTUI", "CNCurses"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierState", "DossierNewsboat", "DossierBench", "DossierTUI", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit", "DossierBench"]),
        .testTarget(name: "DossierTUITests", dependencies: ["DossierTUI", "DossierKit", "DossierState"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["dossier"]),
        .testTarget(name: "DossierNewsboatTests", dependencies: ["DossierKit", "DossierNewsboat", "DossierState", "dossier", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DossierStateTests", dependencies: ["DossierKit", "DossierState", "dossier", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "DossierKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Generator"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "DossierTUI",
            dependencies: ["DossierKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .target(
            name: "DossierTerminal",
            dependencies: ["DossierTUI", "CNCurses"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierTUI", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierTUITests", dependencies: ["DossierTUI", "DossierKit"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["dossier"]),
        .testTarget(name: "DossierStateTests", dependencies: ["DossierKit", "dossier", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)

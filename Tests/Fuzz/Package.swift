// swift-tools-version:6.0
// A libFuzzer target over the parser, extractor and linker. Built and run by Tests/Fuzz/run.sh,
// never by the main package.
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    dependencies: [.package(name: "Dossier", path: "../..")],
    targets: [
        .executableTarget(
            name: "FuzzExtractor",
            dependencies: [.product(name: "DossierKit", package: "Dossier")],
            path: "FuzzExtractor"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tifa",
    products: [
        .executable(name: "tifa", targets: ["tifa"]),
        .library(name: "TifaKit", targets: ["TifaKit"]),
    ],
    targets: [
        // The only code that includes ICU headers: Foundation on Linux carries its own
        // renamed ICU, so ICU's headers must never reach a Swift module.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Resources/lexicon/*.txt are the source of Segment/BuiltinLexiconData.swift
        // (scripts/gen-lexicon.sh), compiled into the binary; not bundled.
        .target(name: "TifaKit", dependencies: ["CICU"], exclude: ["Resources"]),
        .executableTarget(name: "tifa", dependencies: ["TifaKit"]),
        .testTarget(
            name: "TifaKitTests",
            dependencies: ["TifaKit", "CICU"],
            exclude: ["Fixtures"]
        ),
    ]
)

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
        // The general Chinese vocabulary (word + frequency), generated C data
        // (scripts/gen-general-lexicon.sh): a C string compiles in about a second where
        // the same data as a Swift literal would not.
        .target(name: "CGeneralLexicon"),
        // The built-in lexicon's trie as generated flat arrays (Segment/CompiledVocabularyTrie.swift),
        // so no run builds it.
        .target(name: "CVocabularyTrie"),
        // Resources/lexicon/*.txt are the source of Segment/BuiltinLexiconData.swift
        // (scripts/gen-lexicon.sh), compiled into the binary; not bundled.
        .target(name: "TifaKit", dependencies: ["CICU", "CGeneralLexicon", "CVocabularyTrie"], exclude: ["Resources"]),
        .executableTarget(name: "tifa", dependencies: ["TifaKit"]),
        // The fuzz target of `make fuzz` (libFuzzer); a plain build replays saved inputs.
        .executableTarget(name: "tifa-fuzz", dependencies: ["TifaKit"]),
        .testTarget(
            name: "TifaKitTests",
            dependencies: ["TifaKit", "CICU"],
            exclude: ["Fixtures"]
        ),
    ]
)

// swift-tools-version:6.0
import PackageDescription

// No package dependencies: the toolchain alone builds and tests everything.
let package = Package(
    name: "careers",
    products: [
        .library(name: "CareerCore", targets: ["CareerCore"]),
        .executable(name: "careers", targets: ["careers"]),
    ],
    targets: [
        // The guide as typed values, its loader and validator, and every query.
        .target(name: "CareerCore", dependencies: ["BundledGuide"]),
        // The bundled guide compiled (by generate-content) into the form CareerCore reads, as C data: the
        // binary maps it at start-up instead of parsing and indexing the guide on every run.
        .target(name: "BundledGuide"),
        // The command-line tool: argv in, text or JSON out. Release builds on Linux link it fully
        // statically: the dynamic loader's symbol binding was over half of a command's start-up
        // work (measured with callgrind), and the binary then needs nothing beside it, not even libstdc++.
        .executableTarget(
            name: "careers", dependencies: ["CareerCore"],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]),
        // Lays out Content/ and compiles it into Sources/BundledGuide/BundledGuide.c, after validating it.
        .executableTarget(name: "generate-content", dependencies: ["CareerCore"]),
        // Measures how CareerCore's costs grow with the size of the guide (Tests/Benchmarks/run.sh runs it).
        .executableTarget(
            name: "scale-benchmark", dependencies: ["CareerCore", "TestSupport"], path: "Tests/Benchmarks/ScaleBenchmark"),
        // What the tests, the benchmark and the fuzz targets share (never part of a product).
        .target(name: "TestSupport", dependencies: ["CareerCore"], path: "Tests/Support"),
        .testTarget(name: "CareerCoreTests", dependencies: ["CareerCore", "TestSupport"]),
        .testTarget(name: "careersTests", dependencies: ["careers", "CareerCore"]),
    ]
)

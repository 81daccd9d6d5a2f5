// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DataRaya",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dataraya", targets: ["dataraya"]),
        .library(name: "Columnar", targets: ["Columnar"]),
        .library(name: "TVET", targets: ["TVET"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // OpenBLAS (cblas.h) and LAPACKE (lapacke.h) from Debian's libopenblas-dev and liblapacke-dev.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        // The in-memory engine: knows nothing of TVET.
        .target(name: "Columnar"),
        // The domain: dataset schemas, value sets, MyKad rules, classification, the synthetic generator.
        .target(name: "TVET", dependencies: ["Columnar"]),
        .executableTarget(
            name: "dataraya",
            dependencies: [
                "TVET",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: fixtures, the independent dataset checker, running the binary.
        .target(name: "TestSupport", dependencies: ["TVET"], path: "Tests/TestSupport"),
        .testTarget(name: "CBLASTests", dependencies: ["CBLAS"]),
        // Queries/ holds query test cases as data files, read through #filePath.
        .testTarget(name: "ColumnarTests", dependencies: ["Columnar"], exclude: ["Queries"]),
        .testTarget(name: "TVETTests", dependencies: ["TVET", "TestSupport"]),
        // Runs the built `dataraya` binary and checks what a user sees.
        .testTarget(name: "CLITests", dependencies: ["TVET", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

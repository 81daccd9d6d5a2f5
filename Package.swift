// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DataRaya",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dataraya", targets: ["dataraya"]),
        .library(name: "Columnar", targets: ["Columnar"]),
        .library(name: "TVET", targets: ["TVET"]),
        .executable(name: "dataraya-bench", targets: ["DataRayaBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // OpenBLAS (cblas.h) and LAPACKE (lapacke.h) from Debian's libopenblas-dev and liblapacke-dev.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        // The in-memory engine: knows nothing of TVET.
        .target(name: "Columnar"),
        // The domain: dataset schemas, value sets, MyKad rules, classification, the access policy, CSV decoding.
        .target(name: "TVET", dependencies: ["Columnar"]),
        // The synthetic national dataset (`dataraya generate`), calibrated to published figures: demo and test data.
        .target(name: "SyntheticData", dependencies: ["TVET"]),
        // The durable store: SQLite through GRDB (migrations, batch writes, loading into Columnar, CSV import).
        .target(
            name: "Store",
            dependencies: [
                "TVET", "Columnar",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The raw SQLite C API, for binding and stepping on GRDB's statement handles in the hot loops.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // Digests of credentials, scrypt for passwords, Ed25519 for audit checkpoints.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Data sharing (seed 2.4): the catalogue of datasets, DCAT-AP, open downloads and the requests' workflow.
        .target(
            name: "Sharing",
            dependencies: [
                "TVET", "Columnar", "Store",
                .product(name: "Crypto", package: "swift-crypto"),
                // Deliveries are ZIP archives, and workbooks are ZIP packages too.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Job matching: the skill model (LAPACKE), qualification vectors, BLAS ranking both ways, explanations.
        .target(name: "Matching", dependencies: ["Columnar", "TVET", "CBLAS"]),
        // Dashboards, diagnostics, forecasts (LAPACKE) and disclosure control, computed on the engine.
        .target(
            name: "Analytics",
            dependencies: ["Columnar", "TVET", "CBLAS", .product(name: "Crypto", package: "swift-crypto")]),
        // Report pages: definitions in reports/, HTML with inline SVG charts, PDF through headless Chromium.
        .target(name: "Reports", dependencies: ["Analytics", "Columnar", "TVET"]),
        // Pages for people: Mustache templates, the text of every page in Bahasa Melayu and English, page models.
        .target(
            name: "Web", dependencies: ["TVET", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]),
        // The HTTP service (Hummingbird 2): envelope, faults, identity, classification, audit, the API of CONTRACT 3.
        .target(
            name: "Server",
            dependencies: [
                "TVET", "Columnar", "Store", "Matching", "Analytics", "Reports", "Web", "Sharing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "dataraya",
            dependencies: [
                "TVET", "Columnar", "SyntheticData", "Store", "Server", "Matching", "Analytics", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers shared by the test targets: project files, the independent dataset checker, running the binary.
        // They know the domain only, so the domain, store and matching tests never build the HTTP server.
        .target(name: "TestSupport", dependencies: ["TVET", "SyntheticData"], path: "Tests/TestSupport"),
        // Helpers for the tests that speak HTTP: reading the server's JSON, a live server on a free loopback port.
        .target(
            name: "ServerTestSupport",
            dependencies: [
                "Server", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/ServerTestSupport"
        ),
        .testTarget(name: "CBLASTests", dependencies: ["CBLAS"]),
        // Queries/ holds query test cases as data files, read through #filePath.
        .testTarget(name: "ColumnarTests", dependencies: ["Columnar"], exclude: ["Queries"]),
        .testTarget(name: "TVETTests", dependencies: ["TVET", "SyntheticData", "TestSupport"], exclude: ["PolicyTable"]),
        .testTarget(
            name: "AnalyticsTests",
            dependencies: ["Analytics", "Columnar", "TVET", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Analytics", "TVET", "TestSupport"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Columnar", "TVET", "TestSupport", "CBLAS"]),
        .testTarget(
            name: "SharingTests",
            dependencies: ["Sharing", "TVET", "Columnar", "Store", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "TestSupport"]),
        .testTarget(name: "WebTests", dependencies: ["Web", "TVET"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Store", "TVET", "Matching", "Analytics", "Reports", "Sharing", "Web", "TestSupport", "ServerTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Runs the built `dataraya` binary and checks what a user sees.
        .testTarget(name: "CLITests", dependencies: ["TVET", "Store", "TestSupport", "ServerTestSupport"]),
        // benchmarks/: start-up and the dashboard queries through the user's path, for `make bench`.
        .executableTarget(
            name: "DataRayaBench", dependencies: ["Store", "Columnar", "Server", "Matching", "TVET", "CBLAS"],
            path: "benchmarks/Sources/DataRayaBench"),
    ],
    swiftLanguageModes: [.v6]
)

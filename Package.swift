// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "casebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        .library(name: "CasebookKit", targets: ["CasebookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // One C header: the processor's prefetch, which Swift does not offer.
        .target(name: "CasebookC"),
        .target(
            name: "CasebookKit",
            dependencies: [
                "CCmark",
                "CasebookC",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's libmimalloc-dev replaces glibc's malloc for the whole process (it is named
            // before libc, so every library's malloc binds to it): a large build spends a tenth of
            // its CPU in the allocator, and glibc's arenas also hold ~45 MiB more at peak.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "CasebookKitTests",
            dependencies: [
                "CasebookKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)

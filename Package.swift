// swift-tools-version:6.0
import PackageDescription

// Linux only: the shell speaks to Glibc (flock, fsync, the terminal) and nothing else.
let package = Package(
    name: "buurtstart",
    products: [
        .executable(name: "buurtstart", targets: ["buurtstart"]),
    ],
    dependencies: [
        // Pinned to 1.8.x: UsageProblem reads its English messages, which a minor release may reword.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    ],
    targets: [
        // The domain and the conversation: no terminal, no files, no clock, no environment.
        .target(
            name: "BuurtstartCore",
            // Shipped presets, compiled into the binary: no bundle to look up at start-up.
            resources: [.embedInCode("Presets/katwijk.json"), .embedInCode("Presets/landelijk.json")]
        ),
        // The system's libedit: its headers at build time (from libedit-dev), the library itself
        // opened at run time by CEditLine. No pkg-config here: it would only add a link to
        // libedit, and with it a load of libedit at every start, terminal or not.
        .systemLibrary(
            name: "CLibEdit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Non-variadic wrappers over libedit's variadic el_wset/history_w calls. The library is
        // loaded with dlopen when a terminal session first needs it; CLibEdit gives the headers.
        .target(name: "CEditLine", dependencies: ["CLibEdit"], linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "BuurtstartTerminal", dependencies: ["BuurtstartCore", "CEditLine"]),
        // The folder on disk: atomic writes, documents replaced as a set, the lock, recordings.
        .target(name: "BuurtstartFiles", dependencies: ["BuurtstartCore", "CSystem"]),
        // Calls of the C library that Swift's Glibc module leaves out (syncfs, signalfd, posix_spawn_file_actions_addchdir_np).
        .target(name: "CSystem"),
        .executableTarget(
            name: "buurtstart",
            dependencies: [
                "BuurtstartCore",
                "BuurtstartTerminal",
                "BuurtstartFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks, apart from the tests: run by scripts/bench, never by scripts/test.
        .executableTarget(name: "buurtstart-bench", dependencies: ["BuurtstartCore", "CEditLine"], path: "Benchmarks/buurtstart-bench"),
        // Test support: sessions answered by question id, shared by the core and end-to-end tests.
        .target(name: "BuurtstartTestSupport", dependencies: ["BuurtstartCore"], path: "Tests/BuurtstartTestSupport"),
        .testTarget(name: "BuurtstartCoreTests", dependencies: ["BuurtstartCore", "BuurtstartTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["BuurtstartCore", "BuurtstartTestSupport"]),
        // Test support: a pseudo-terminal to run the built program in, as a person would.
        .target(name: "CPseudoTerminal"),
        .testTarget(name: "TerminalTests", dependencies: ["CPseudoTerminal"]),
    ],
    swiftLanguageModes: [.v6]
)

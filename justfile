# bestand: convenience recipes. CI and README use cargo directly (just is not preinstalled).

# Run what CI runs: format check, lints, tests
ci: lint test

# Run the tests
test:
    cargo test

# Check formatting and lints
lint:
    cargo fmt --check
    cargo clippy --all-targets -- -D warnings

# The main job on the sample inventories: writes output/
run:
    cargo run --release

# Read and validate the sample inventories only
check:
    cargo run --release -- check

# Benchmarks: the scale curve — calamine's bare read, `bestand check` and `bestand report`
# (the release binary) on 10k/50k/200k/400k measures over two years (BENCH_SIZES to choose,
# BENCH_DIR to keep the corpora), with peak memory, then the time per stage of a report;
# and the report rendering alone on the samples
bench:
    cargo build --release
    cargo bench --bench bench
    cargo bench --bench bench -- --report

# Mutation test at length: 5,000 damaged workbooks and CSVs on the release binary (crashes,
# hangs, memory over 1 GB, lost rows: all must be zero); `cargo test` runs 96 of them
fuzz cases="5000":
    MUTATION_CASES={{cases}} cargo test --release --test tests mutation -- --nocapture

# Windows package for the office's IT: bestand.exe (mingw-w64), a versioned zip in dist/
# with a German read-me and the samples, and the exe run under wine on the samples with
# outputs compared byte for byte to the Linux build's (not part of CI: a third polars build)
windows:
    rustup target add x86_64-pc-windows-gnu
    bash packaging/windows.sh

# Regenerate the sample inventories in input/
samples:
    cargo run --example samples

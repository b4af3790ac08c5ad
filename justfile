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

# Coverage-guided fuzzing (the nightly toolchain and cargo-fuzz): one workbook, one CSV and
# bestand.toml through the library as `check` reads them, seeded with the samples and the
# foreign fixtures; `seconds` per target. A panic in bestand's own code, memory over 2 GB or
# a case over 30 s is a crash, saved under fuzz/artifacts/<target>/.
fuzz-cov seconds="3600":
    cargo install cargo-fuzz --locked
    mkdir -p fuzz/corpus/workbook fuzz/corpus/csv fuzz/corpus/config
    cp input/20*/*.xlsx tests/fixtures/foreign/*.xls tests/fixtures/foreign/*.xlsx tests/fixtures/foreign/*.xlsm tests/fixtures/foreign/*.ods fuzz/corpus/workbook/
    cp input/20*/*.csv tests/fixtures/foreign/*.csv fuzz/corpus/csv/
    cp input/bestand.toml src/default.toml src/default.en.toml fuzz/corpus/config/
    cd fuzz && for t in workbook csv config; do cargo +nightly fuzz run $t corpus/$t -- -max_total_time={{seconds}} -rss_limit_mb=2048 -timeout=30; done

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

# Benchmarks: ingest and check on a generated corpus next to calamine alone (rows per
# second, peak memory), comparison of 50,000 vs 50,000 measures, report rendering time
bench:
    cargo build --release
    cargo bench --bench bench
    cargo bench --bench bench -- --report

# Regenerate the sample inventories in input/
samples:
    cargo run --example samples

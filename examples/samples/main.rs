//! Regenerates the sample inventories in `input/` (`just samples`).

// write_corpus is for the benchmark.
#[allow(dead_code)]
mod generator;

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
    let cfg = generator::example_config();
    let n = generator::write_samples(&dir, &cfg)?;
    println!("{n} sample inventories written to {}", dir.display());
    Ok(())
}

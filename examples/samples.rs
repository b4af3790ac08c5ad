//! Regenerates the sample inventories in `input/` (`just samples`).

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
    let cfg = bestand::config::Config::example();
    let n = bestand::samples::write_samples(&dir, &cfg)?;
    println!("{n} sample inventories written to {}", dir.display());
    Ok(())
}

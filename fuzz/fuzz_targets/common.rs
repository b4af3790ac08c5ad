//! What the file targets share: one department file in a year folder, read and interpreted
//! as `bestand check` does.

use bestand::config::Config;
use bestand::findings::Findings;

/// Installs a panic hook that lets the reader libraries' panics be caught (ingest turns
/// them into findings, as the binary does) but aborts on a panic in bestand's own code, so
/// the fuzzer reports it as a crash.
pub fn hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            // Reader crates live in cargo's registry; anything else is ours.
            let reader = at.contains("/.cargo/registry/") || at.starts_with("/rustc/");
            if !reader {
                eprintln!("panic in bestand at {at}: {info}");
                std::process::abort();
            }
            bestand::ingest::note_panic(at);
        }));
    });
}

/// Reads `bytes` as the department file `name` of 2024 and interprets it; a panic of our
/// own aborts (see [`hook`]), and an internal-error finding is a crash too.
pub fn run_file(bytes: &[u8], name: &str) {
    hook();
    let Ok(dir) = tempfile::tempdir() else { return };
    let year = dir.path().join("2024");
    if std::fs::create_dir(&year).is_err() || std::fs::write(year.join(name), bytes).is_err() {
        return;
    }
    let cfg = Config::default();
    let mut findings = Findings::new();
    let Ok(ingested) = bestand::ingest::run(dir.path(), &cfg, &mut findings, None) else {
        return;
    };
    let dataset = bestand::transform::run(&ingested, &cfg, &mut findings);
    for f in findings.items() {
        let text = format!("{f:?}");
        if text.contains("interner Fehler") || text.contains("internal error") {
            panic!("internal error finding: {text}");
        }
    }
    std::hint::black_box(dataset);
}

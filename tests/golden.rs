//! Golden files: the samples' tables, key figures and report text, compared byte for byte
//! with `tests/golden/`. Every change of content shows up here and in review; refresh the
//! files on purpose with `UPDATE_GOLDEN=1 cargo test golden` and say in the commit which
//! lines changed and why.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::pdf_text;

/// The files compared, as written by `bestand report`, plus the report's text.
const FILES: [&str; 5] = [
    "measures.csv",
    "findings.csv",
    "changes.csv",
    "summary.json",
    "report.html",
];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Runs `bestand report` on the shipped samples from a folder without a `bestand.toml`, so
/// that a developer's own configuration never changes the result.
fn sample_report(out: &Path) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cwd = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_bestand"))
        .current_dir(cwd.path())
        .args(["report", "--edition", "both"])
        .arg("--input")
        .arg(root.join("input"))
        .arg("--output")
        .arg(out)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .env("NO_COLOR", "1")
        .output()
        .expect("run bestand")
}

fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  golden: {x}\n  now:    {y}", i + 1);
        }
    }
    format!(
        "lengths differ: golden {} lines, now {} lines",
        a.lines().count(),
        b.lines().count()
    )
}

#[test]
fn golden_sample_outputs() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = sample_report(out.path());
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let mut now: Vec<(String, String)> = FILES
        .iter()
        .map(|f| {
            let bytes = std::fs::read(out.path().join(f)).expect("output written");
            (f.to_string(), String::from_utf8(bytes).expect("UTF-8"))
        })
        .collect();
    let pdf = std::fs::read(out.path().join("report.pdf")).expect("report.pdf");
    now.push(("report.txt".to_string(), pdf_text(&pdf)));
    // The internal edition: the public one plus data quality per file and every error.
    let intern = std::fs::read(out.path().join("report-intern.pdf")).expect("report-intern.pdf");
    now.push(("report-intern.txt".to_string(), pdf_text(&intern)));

    let dir = golden_dir();
    // Only `UPDATE_GOLDEN=1` rewrites, never under CI, and the run that rewrote fails: a
    // refresh is a decision, never a pass.
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        assert!(
            !crate::common::under_ci(),
            "UPDATE_GOLDEN=1 under CI: golden files are refreshed by hand, not by CI"
        );
        std::fs::create_dir_all(&dir).expect("mkdir golden");
        for (name, text) in &now {
            std::fs::write(dir.join(name), text).expect("write golden");
        }
        panic!(
            "golden files rewritten in tests/golden: review the diff, then run again without UPDATE_GOLDEN"
        );
    }
    let mut failures = Vec::new();
    for (name, text) in &now {
        let golden = std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|_| panic!("tests/golden/{name} missing: UPDATE_GOLDEN=1 cargo test"));
        if golden != *text {
            failures.push(format!("{name}: {}", first_difference(&golden, text)));
        }
    }
    assert!(
        failures.is_empty(),
        "outputs differ from tests/golden (refresh on purpose with UPDATE_GOLDEN=1):\n{}",
        failures.join("\n")
    );
}

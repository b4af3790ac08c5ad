//! The shipped sample inventories: what a new user sees with the README's first command.

use std::path::Path;

use crate::common::{Run, run_in};

fn check_samples(out: &Path) -> Run {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    run_in(root, &root.join("input"), out, &["check"])
}

#[test]
fn samples_read_with_the_expected_findings() {
    let out = tempfile::tempdir().unwrap();
    let run = check_samples(out.path());
    let years: std::collections::BTreeSet<&str> =
        run.measures.iter().map(|m| m["year"].as_str()).collect();
    assert_eq!(years.into_iter().collect::<Vec<_>>(), ["2023", "2024"]);
    for year in ["2023", "2024"] {
        let n = run.measures.iter().filter(|m| m["year"] == year).count();
        assert!((115..=140).contains(&n), "{year}: {n} measures");
        let departments: std::collections::BTreeSet<&str> = run
            .measures
            .iter()
            .filter(|m| m["year"] == year)
            .map(|m| m["department"].as_str())
            .collect();
        assert_eq!(departments.len(), 10, "{year}: {departments:?}");
    }
    let fields: std::collections::BTreeSet<&str> = run
        .measures
        .iter()
        .map(|m| m["field_of_action"].as_str())
        .collect();
    assert_eq!(fields.len(), 8);
    // The deliberate mistakes of the samples are all found.
    for code in [
        "unknown-value",
        "category-corrected",
        "serial-date",
        "range-count",
        "lower-bound-count",
        "duplicate-id",
        "missing-title",
        "unknown-list-item",
        "approximate-budget",
    ] {
        assert!(!run.with_code(code).is_empty(), "no {code} finding");
    }
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("Gesamt: 20 Dateien gelesen"),
        "{}",
        run.stdout
    );
}

#[test]
fn two_runs_give_byte_identical_tables() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    check_samples(a.path());
    check_samples(b.path());
    for f in ["measures.csv", "measures.parquet", "findings.csv"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between runs");
    }
}

#[test]
fn sample_generator_reproduces_the_committed_files() {
    let dir = tempfile::tempdir().unwrap();
    crate::generator::write_samples(dir.path(), &crate::generator::example_config()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
    let fresh = std::fs::read(dir.path().join("bestand.toml")).unwrap();
    let committed = std::fs::read(root.join("bestand.toml")).unwrap();
    assert!(
        fresh == committed,
        "input/bestand.toml differs: run `just samples`"
    );
    for year in ["2023", "2024"] {
        let mut names: Vec<String> = std::fs::read_dir(dir.path().join(year))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 10);
        for n in names {
            let fresh = std::fs::read(dir.path().join(year).join(&n)).unwrap();
            let committed = std::fs::read(root.join(year).join(&n)).unwrap();
            assert!(fresh == committed, "{year}/{n} differs: run `just samples`");
        }
    }
}

//! The accessible HTML twin: structure checks here, and axe-core (WCAG 2.x A and AA) in the
//! system Chromium through tests/a11y/axe.mjs (`npm install` in tests/a11y; .ci/run does it).

use std::path::Path;
use std::process::Command;

use crate::common::{HEADER, Work, have, row, run_in};

/// How to get what the axe-core check needs.
const SETUP: &str = "apt-get install chromium; (cd tests/a11y && npm install)";

/// Whether node, Chromium and the npm packages of tests/a11y are there (see `have`).
fn axe_ready() -> bool {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y");
    have("node", SETUP)
        && have("chromium", SETUP)
        && (dir.join("node_modules/puppeteer-core").is_dir() || {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("tests/a11y/node_modules is missing under CI=true ({SETUP})");
            }
            eprintln!("skipped the axe-core check: tests/a11y has no node_modules ({SETUP})");
            false
        })
}

fn axe(html: &Path) {
    if !axe_ready() {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y");
    let out = Command::new("node")
        .current_dir(&dir)
        .arg("axe.mjs")
        .arg(html)
        .output()
        .expect("node is needed for the accessibility check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.code() == Some(0),
        "axe-core found violations in {} (or could not run: npm install in tests/a11y, apt-get install chromium):\n{stdout}\n{}",
        html.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn structure(html: &str, lang: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(&format!("<html lang=\"{lang}\">")));
    assert_eq!(html.matches("<h1").count(), 1, "exactly one h1");
    assert!(html.contains("class=\"skip\" href=\"#inhalt\""));
    assert!(html.contains("<main id=\"inhalt\""));
    assert!(html.contains("<nav class=\"toc\""));
    assert!(!html.contains("<script"), "no JavaScript");
    // The samples' contact persons (integration1@… to integration10@…), never the imprint's
    // team mailbox.
    for n in 1..=10 {
        let contact = format!("integration{n}@region-hannover.example");
        assert!(!html.contains(&contact), "no contact persons");
    }
    // Headings never skip a level on the way down.
    let mut last = 1;
    for (i, _) in html.match_indices("<h") {
        if let Some(level) = html[i + 2..].chars().next().and_then(|c| c.to_digit(10)) {
            assert!(level <= last + 1, "heading h{level} after h{last}");
            last = level;
        }
    }
}

#[test]
fn sample_report_html_is_accessible() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = run_in(root, &root.join("input"), out.path(), &["report", "-q"]);
    assert_eq!(run.code, 0);
    let path = out.path().join("report.html");
    let html = std::fs::read_to_string(&path).unwrap();
    structure(&html, "de");
    assert!(html.contains("<th scope=\"col\">"));
    assert!(html.contains("<caption>"));
    assert!(html.contains("<svg role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\""));
    assert!(html.contains("Zahlen zum Diagramm: Maßnahmen nach Handlungsfeld und Status 2024"));
    assert!(html.contains("<a href=\"#abschnitt-1\">Vorwort</a>"));
    assert!(html.contains("<a href=\"#abschnitt-3\">Auf einen Blick</a>"));
    axe(&path);
}

#[test]
fn one_year_and_empty_reports_are_accessible() {
    let w = Work::new();
    let r = row("1", "Lotsen");
    w.sheet("2024", "a.xlsx", &[HEADER, &r]);
    assert_eq!(w.run(&["report", "--lang", "en"]).code, 0);
    let path = w.output().join("report.html");
    structure(&std::fs::read_to_string(&path).unwrap(), "en");
    axe(&path);

    let empty = Work::new();
    empty.sheet("2024", "leer.xlsx", &[HEADER]);
    assert_eq!(empty.run(&["report"]).code, 0);
    let path = empty.output().join("report.html");
    structure(&std::fs::read_to_string(&path).unwrap(), "de");
    axe(&path);
}

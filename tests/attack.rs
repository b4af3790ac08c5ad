//! Defects an attack on the release binary found, each pinned by the input that broke it:
//! memory from a repeated shared string, personal data in messages, configurations that
//! move a column, duplicate returns that are not duplicates, rows above the header, a
//! compare beside other tables, a million empty columns, one Windows-1252 line in a UTF-8
//! file, special files, and a report of nothing over a good one.

use std::io::{Read, Write};

use crate::common::{HEADER, Work, read_csv, row};

/// Replaces a text in one entry of an xlsx.
fn patch_xlsx(bytes: &[u8], entry: &str, from: &str, to: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut out = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut content = String::new();
            f.read_to_string(&mut content).unwrap();
            if name == entry {
                content = content.replace(from, to);
            }
            out.start_file(name.as_str(), opts).unwrap();
            out.write_all(content.as_bytes()).unwrap();
        }
        out.finish().unwrap();
    }
    buf.into_inner()
}

fn good(w: &Work) {
    w.sheet("2024", "gut.xlsx", &[HEADER, &row("1", "Lotsen")]);
}

#[test]
fn one_long_shared_string_in_many_cells_is_refused_not_copied() {
    let w = Work::new();
    good(&w);
    let mut header = HEADER.to_vec();
    header.push("Beschreibung");
    let mut rows: Vec<Vec<&str>> = vec![header];
    let titles: Vec<String> = (0..300).map(|i| format!("Kurs {i}")).collect();
    for t in &titles {
        let mut r = row("", t);
        r.push("PLATZHALTER");
        rows.push(r);
    }
    let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
    let path = w.sheet("2024", "lang.xlsx", &refs);
    // One shared string of a megabyte, used by 300 cells: 300 MB once copied into cells.
    let bytes = std::fs::read(&path).unwrap();
    let long = "x".repeat(1 << 20);
    std::fs::write(
        &path,
        patch_xlsx(&bytes, "xl/sharedStrings.xml", "PLATZHALTER", &long),
    )
    .unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 200_000);
    let run = w.run(&["check"]);
    let f: Vec<_> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "2024/lang.xlsx")
        .collect();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0]["message"].contains("MB Text"), "{}", f[0]["message"]);
    assert_eq!(run.measure("Lotsen")["year"], "2024");
}

#[test]
fn an_email_in_the_wrong_column_is_never_quoted() {
    let w = Work::new();
    // A missing cell shifts the contact into the status column.
    let text = "Maßnahme;Fachbereich;Handlungsfeld;Status;Ansprechperson\n\
                Lotsen;FB Soziales;Geflüchtete;erika.muster@example.org;\n";
    w.put("2024", "verschoben.csv", text.as_bytes());
    // A sheet without a header whose rows hold an address.
    w.sheet(
        "2024",
        "ohne-kopf.xlsx",
        &[
            &["X-1", "Sprachcafé", "Jugend", "person0@example.org"],
            &["X-2", "Lesepaten", "Jugend", "person1@example.org"],
        ],
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for f in &run.findings {
        assert!(!f["message"].contains("@example.org"), "{}", f["message"]);
    }
    assert!(!run.stdout.contains("@example.org"), "{}", run.stdout);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(!html.contains("@example.org"));
    assert!(
        run.findings
            .iter()
            .any(|f| f["message"].contains("[E-Mail]"))
    );
}

#[test]
fn a_header_meaning_two_columns_is_a_configuration_error() {
    let w = Work::new();
    good(&w);
    let mut cfg = bestand::config::Config::default();
    cfg.headers
        .get_mut(bestand::config::Field::Title)
        .synonyms
        .push("Ansprechperson".into());
    w.config(&cfg);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("Ansprechperson"), "{}", run.stderr);
    assert!(run.stderr.contains("Zeile"), "{}", run.stderr);
}

#[test]
fn two_teams_numbering_their_measures_alike_are_not_duplicate_returns() {
    let w = Work::new();
    let r = |id: &'static str, t: &'static str| {
        let mut x = row(id, t);
        x[2] = "Fachbereich Jugend";
        x
    };
    w.sheet(
        "2024",
        "03-jugend-team-a.xlsx",
        &[HEADER, &r("1", "Sport"), &r("2", "Musik")],
    );
    w.sheet(
        "2024",
        "03-jugend-team-b.xlsx",
        &[HEADER, &r("1", "Lesen"), &r("2", "Kochen")],
    );
    let run = w.run(&["check"]);
    assert!(
        run.with_code("superseded-row").is_empty(),
        "{:#?}",
        run.findings
    );
    assert!(run.with_code("duplicate-return").is_empty());
    // The same ids twice in one department are still named, as errors.
    assert_eq!(run.with_code("duplicate-id").len(), 2);
    assert_eq!(run.measures.len() + 2, 4);
}

#[test]
fn the_return_named_new_or_numbered_higher_wins() {
    let w = Work::new();
    let r = |status: &'static str| {
        let mut x = row("7", "Lotsen");
        x[5] = status;
        x
    };
    w.sheet("2024", "04-schulen.xlsx", &[HEADER, &r("geplant")]);
    w.sheet("2024", "04-schulen-neu.xlsx", &[HEADER, &r("laufend")]);
    w.sheet("2023", "07-umwelt-v2.xlsx", &[HEADER, &r("geplant")]);
    w.sheet("2023", "07-umwelt-v10.xlsx", &[HEADER, &r("abgeschlossen")]);
    let run = w.run(&["check"]);
    let by_year = |y: &str| {
        run.measures
            .iter()
            .find(|m| m["year"] == y)
            .map(|m| m["status"].clone())
            .unwrap()
    };
    assert_eq!(by_year("2024"), "laufend");
    assert_eq!(by_year("2023"), "abgeschlossen");
    assert_eq!(run.with_code("duplicate-return").len(), 2);
}

#[test]
fn a_row_above_the_header_is_named() {
    let w = Work::new();
    w.sheet(
        "2024",
        "b.xlsx",
        &[
            &["B-0", "Projekt über der Kopfzeile", "FB B", "Vernetzung"],
            HEADER,
            &row("1", "Lotsen"),
        ],
    );
    let run = w.run(&["check"]);
    let f = run.with_code("row-above-header");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert_eq!(f[0]["severity"], "error");
    assert_eq!(f[0]["cell"], "1");
}

#[test]
fn compare_never_leaves_changes_beside_measures_of_another_input() {
    let w = Work::new();
    good(&w);
    assert_eq!(w.run(&["report"]).code, 0);
    let other = Work::new();
    other.sheet("2023", "a.xlsx", &[HEADER, &row("1", "Sprachcafé")]);
    other.sheet("2024", "a.xlsx", &[HEADER, &row("1", "Sprachcafé")]);
    let run = crate::common::run_in(other.dir.path(), &other.input(), &w.output(), &["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let measures = read_csv(&w.output().join("measures.csv"));
    assert!(measures.iter().all(|m| m["title"] == "Sprachcafé"));
    assert!(!w.output().join("report.pdf").exists(), "stale report kept");
}

#[test]
fn a_hundred_thousand_stray_columns_are_one_finding() {
    let w = Work::new();
    let mut text = String::from("Maßnahme;Fachbereich;Handlungsfeld;Status");
    text.push_str(&";".repeat(100_000));
    text.push_str("\nLotsen;FB Soziales;Geflüchtete;laufend");
    text.push_str(&";x".repeat(100_000));
    text.push('\n');
    w.put("2024", "breit.csv", text.as_bytes());
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 1);
    let f = run.with_code("ignored-column");
    assert_eq!(f.len(), 1, "{}", f.len());
    assert!(
        f[0]["message"].starts_with("100000 Spalten"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn one_windows_1252_line_in_a_utf8_file_keeps_the_header() {
    let w = Work::new();
    let mut bytes =
        "Maßnahme;Fachbereich;Handlungsfeld;Status\nLotsen;FB Soziales;Geflüchtete;laufend\n"
            .as_bytes()
            .to_vec();
    // „Männercafé“ in Windows-1252.
    bytes.extend_from_slice(b"M\xe4nnercaf\xe9;FB Soziales;Vernetzung;geplant\n");
    w.put("2024", "gemischt.csv", &bytes);
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 2, "{:#?}", run.findings);
    assert_eq!(run.measure("Männercafé")["status"], "geplant");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_to_a_device_is_refused_without_hanging() {
    let w = Work::new();
    good(&w);
    let dir = w.input().join("2024");
    std::os::unix::fs::symlink("/dev/zero", dir.join("null.csv")).unwrap();
    let fifo = dir.join("rohr.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 1);
    let refused = run.with_code("unreadable-file");
    assert_eq!(
        refused.len(),
        if made { 2 } else { 1 },
        "{:#?}",
        run.findings
    );
    assert!(refused[0]["message"].contains("Keine gewöhnliche Datei"));
}

#[test]
fn a_report_of_nothing_never_replaces_a_good_one() {
    let w = Work::new();
    good(&w);
    assert_eq!(w.run(&["report"]).code, 0);
    let before = std::fs::read(w.output().join("report.pdf")).unwrap();
    std::fs::remove_file(w.input().join("2024/gut.xlsx")).unwrap();
    w.put("2024", "kaputt.xlsx", b"PK\x03\x04 kaputt");
    let run = w.run(&["report"]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        std::fs::read(w.output().join("report.pdf")).unwrap(),
        before
    );
}

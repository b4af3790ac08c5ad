//! Bad input: every case is a finding naming the file (and cell), the run goes on with the
//! other files, nothing panics.

use std::io::Write;

use crate::common::{HEADER, Work, row};

/// A good workbook next to each bad one proves that the run goes on.
fn with_good_file(w: &Work) {
    let r = row("1", "Gute Maßnahme");
    w.sheet("2024", "gut.xlsx", &[HEADER, &r]);
}

fn assert_file_error(w: &Work, file: &str, code: &str, needle: &str) {
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.measures.len(), 1, "the good file is still read");
    let f: Vec<_> = run
        .with_code(code)
        .into_iter()
        .filter(|f| f["file"] == file)
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert_eq!(f[0]["severity"], "error");
    assert!(f[0]["message"].contains(needle), "{}", f[0]["message"]);
    assert!(run.stdout.contains(file), "{}", run.stdout);
}

fn good_bytes() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..50u32 {
        for (c, v) in row("", &format!("Maßnahme {r}")).iter().enumerate() {
            ws.write_string(r, c as u16, v.to_string()).unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn truncated_workbook() {
    let w = Work::new();
    with_good_file(&w);
    let bytes = good_bytes();
    w.put("2024", "abgeschnitten.xlsx", &bytes[..bytes.len() / 2]);
    assert_file_error(
        &w,
        "2024/abgeschnitten.xlsx",
        "unreadable-file",
        "beschädigt",
    );
}

#[test]
fn corrupt_bytes_inside_a_zip() {
    let w = Work::new();
    with_good_file(&w);
    let mut bytes = good_bytes();
    // Damage the compressed data of the first entries, keep the directory intact.
    for b in bytes.iter_mut().skip(100).take(2000) {
        *b ^= 0x5A;
    }
    w.put("2024", "kaputt.xlsx", &bytes);
    let run = w.run(&["check"]);
    assert!(!run.stderr.contains("panicked"));
    assert_eq!(run.measures.len(), 1);
    assert_eq!(
        run.findings
            .iter()
            .filter(|f| f["file"] == "2024/kaputt.xlsx" && f["severity"] == "error")
            .count(),
        1,
        "{:#?}",
        run.findings
    );
}

#[test]
fn text_file_with_a_workbook_extension() {
    let w = Work::new();
    with_good_file(&w);
    w.put(
        "2024",
        "notiz.xlsx",
        b"Bitte melden Sie sich bei Frau Meier.\n",
    );
    assert_file_error(
        &w,
        "2024/notiz.xlsx",
        "unreadable-file",
        "keine Excel-Arbeitsmappe",
    );
}

#[test]
fn csv_saved_with_a_workbook_extension_is_read_with_a_warning() {
    let w = Work::new();
    w.put(
        "2024",
        "export.xls",
        "Maßnahme;Fachbereich;Handlungsfeld;Status\nLotsen;Soziales;Geflüchtete;laufend\n"
            .as_bytes(),
    );
    let run = w.run(&["check"]);
    assert_eq!(run.measure("Lotsen")["department"], "Soziales");
    assert_eq!(run.with_code("text-as-workbook").len(), 1);
}

#[test]
fn password_encrypted_workbook() {
    let w = Work::new();
    with_good_file(&w);
    // Made by tests/fixtures/make.py with msoffcrypto-tool (password "geheim").
    let bytes = std::fs::read("tests/fixtures/bad/encrypted.xlsx").unwrap();
    w.put("2024", "geheim.xlsx", &bytes);
    assert_file_error(&w, "2024/geheim.xlsx", "unreadable-file", "Kennwort");
}

#[test]
fn empty_files_and_workbooks() {
    let w = Work::new();
    with_good_file(&w);
    w.put("2024", "null.xlsx", b"");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet();
    w.put("2024", "leer.xlsx", &wb.save_to_buffer().unwrap());
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 1);
    let zero: Vec<_> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "2024/null.xlsx")
        .collect();
    assert!(zero[0]["message"].contains("leer"), "{:#?}", zero);
    let empty = run.with_code("empty-workbook");
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0]["file"], "2024/leer.xlsx");
}

#[test]
fn header_only_sheet() {
    let w = Work::new();
    w.sheet("2024", "vorlage.xlsx", &[HEADER]);
    let run = w.run(&["check"]);
    let f = run.with_code("no-data-rows");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["severity"], "warning");
    assert_eq!(f[0]["sheet"], "Maßnahmen");
}

#[test]
fn sheet_without_recognisable_header_says_what_was_expected_and_found() {
    let w = Work::new();
    with_good_file(&w);
    w.sheet(
        "2024",
        "eigen.xlsx",
        &[
            &["Projektidee", "Wer", "Wann"],
            &["Sprachcafé", "Bildung", "2024"],
        ],
    );
    let run = w.run(&["check"]);
    let f = run.with_code("no-header");
    assert_eq!(f.len(), 1);
    let msg = &f[0]["message"];
    assert!(
        msg.contains("„Maßnahme“") && msg.contains("„Status“"),
        "{msg}"
    );
    assert!(
        msg.contains("„Projektidee“") && msg.contains("„Wann“"),
        "{msg}"
    );
    assert_eq!(f[0]["sheet"], "Maßnahmen");
}

#[test]
fn lock_hidden_and_other_files_are_skipped_with_info() {
    let w = Work::new();
    with_good_file(&w);
    w.put("2024", "~$gut.xlsx", b"lock");
    w.put("2024", ".DS_Store", b"x");
    w.put("2024", "Anschreiben.docx", b"x");
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let skipped = run.with_code("skipped-file");
    assert_eq!(skipped.len(), 3);
    assert!(skipped.iter().all(|f| f["severity"] == "info"));
    assert!(skipped.iter().any(|f| f["message"].contains("Sperrdatei")));
}

fn limits_config(w: &Work, unpacked_mb: u64, cells: u64) -> String {
    let mut cfg = bestand::config::Config::default();
    cfg.limits.max_unpacked_mb = unpacked_mb;
    cfg.limits.max_cells_per_sheet = cells;
    let path = w.dir.path().join("limits.toml");
    std::fs::write(&path, toml::to_string(&cfg).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn zip_bomb_is_refused_before_unpacking() {
    let w = Work::new();
    with_good_file(&w);
    // 3 MB of zeros compress to a few kilobytes: over a 1 MB limit.
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/workbook.xml", opts).unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
        zip.write_all(&vec![b' '; 3 << 20]).unwrap();
        zip.finish().unwrap();
    }
    let bytes = buf.into_inner();
    assert!(bytes.len() < 100_000);
    w.put("2024", "bombe.xlsx", &bytes);
    let cfg = limits_config(&w, 1, 1_000_000);
    let run = w.run(&["check", "--config", &cfg]);
    assert_eq!(run.measures.len(), 1);
    let f: Vec<_> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "2024/bombe.xlsx")
        .collect();
    assert_eq!(f.len(), 1);
    assert!(
        f[0]["message"].contains("max_unpacked_mb"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn sheet_with_too_many_cells_is_refused() {
    let w = Work::new();
    w.put("2024", "gross.xlsx", &good_bytes());
    let cfg = limits_config(&w, 300, 100);
    let run = w.run(&["check", "--config", &cfg]);
    assert_eq!(run.measures.len(), 0);
    let f = run.with_code("unreadable-file");
    assert!(
        f[0]["message"].contains("max_cells_per_sheet"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn nothing_lost_every_row_is_a_measure_or_an_error() {
    let w = Work::new();
    let good = row("", "Gut");
    let mut no_title = row("", "");
    no_title[1] = "";
    let mut bad_status = row("", "Schlecht");
    bad_status[5] = "vielleicht";
    let mut bad_field = row("", "Falsch");
    bad_field[3] = "Sonstiges";
    let mut only_note: Vec<&str> = vec![""; HEADER.len()];
    only_note[8] = "Summe: 12.000";
    let dup = row("", "Gut");
    w.sheet(
        "2024",
        "fb.xlsx",
        &[
            HEADER,
            &good,
            &no_title,
            &bad_status,
            &bad_field,
            &only_note,
            &dup,
        ],
    );
    let run = w.run(&["check"]);
    let data_rows = 6;
    let rejected_rows: std::collections::BTreeSet<String> = run
        .findings
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            f["cell"]
                .trim_start_matches(char::is_alphabetic)
                .to_string()
        })
        .collect();
    assert_eq!(
        run.measures.len() + rejected_rows.len(),
        data_rows,
        "{:#?}",
        run.findings
    );
    assert_eq!(run.measures.len(), 1);
    assert!(run.stdout.contains("5 Zeilen abgewiesen"), "{}", run.stdout);
}

#[test]
fn unusable_input_folder_exits_3() {
    let w = Work::new();
    let run = w.run(&["check"]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("Der Eingabeordner"), "{}", run.stderr);
}

#[test]
fn second_table_without_header_is_an_error_not_silence() {
    let w = Work::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let data = wb.add_worksheet();
    data.set_name("Maßnahmen").unwrap();
    let r = row("1", "Lotsen");
    for (c, h) in HEADER.iter().enumerate() {
        data.write_string(0, c as u16, *h).unwrap();
        data.write_string(1, c as u16, r[c]).unwrap();
    }
    let other = wb.add_worksheet();
    other.set_name("Nachträge").unwrap();
    for (i, t) in ["Sprachcafé", "Elterntreff", "Lesepaten"]
        .iter()
        .enumerate()
    {
        other.write_string(i as u32, 0, *t).unwrap();
        other.write_string(i as u32, 1, "Bildung").unwrap();
        other.write_string(i as u32, 2, "laufend").unwrap();
    }
    w.put("2024", "fb.xlsx", &wb.save_to_buffer().unwrap());
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 1);
    let f = run.with_code("sheet-ignored");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert_eq!(
        (f[0]["severity"].as_str(), f[0]["sheet"].as_str()),
        ("error", "Nachträge")
    );
    assert_eq!(run.code, 1);
}

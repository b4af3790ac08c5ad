//! Nothing lost, nothing leaked, never down: the first attack's defects, each pinned by the
//! input that broke it (stray quote, contact in a missing-title message, one long cell,
//! silent subfolders, configurations that change meaning, a second run, an empty input,
//! negative numbers in CSV, control characters).

use crate::common::{HEADER, Work, read_csv, row};

#[test]
fn a_stray_quote_in_a_csv_loses_no_row_and_says_where() {
    let w = Work::new();
    let mut text = String::from("Maßnahme;Fachbereich;Handlungsfeld;Status;Beschreibung\n");
    text.push_str("Lotsen;FB Soziales;Geflüchtete;laufend;\"Begleitung zu Ämtern\n");
    for i in 0..100 {
        text.push_str(&format!("Kurs {i};FB Soziales;Geflüchtete;laufend;gut\n"));
    }
    w.put("2024", "fb.csv", text.as_bytes());
    let run = w.run(&["report", "--strict"]);
    assert_eq!(run.measures.len(), 101, "{}", run.stdout);
    let f = run.with_code("unclosed-quote");
    assert_eq!(f.len(), 1);
    assert!(
        f[0]["message"].starts_with("Textzeile 2:"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn the_contact_is_never_quoted_for_a_row_without_title() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Ansprechperson");
    let mut r = row("", "");
    r.push("Erika Mustermann, Tel. 0511 616-22222");
    w.sheet("2024", "fb.xlsx", &[&header, &r]);
    let run = w.run(&["report"]);
    let f = run.with_code("missing-title");
    assert_eq!(f.len(), 1);
    for f in &run.findings {
        assert!(!f["message"].contains("Mustermann"), "{}", f["message"]);
    }
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(!html.contains("Mustermann"));
}

#[test]
fn one_cell_longer_than_excel_allows_is_cut_in_the_workbook_only() {
    let w = Work::new();
    // A CSV: Excel's own writers refuse such a cell, a text export does not.
    let long = "Lang ".repeat(8_000);
    let text = format!(
        "Maßnahme;Fachbereich;Handlungsfeld;Status;Beschreibung\nLotsen;FB Soziales;Geflüchtete;laufend;{long}\n"
    );
    w.put("2024", "fb.csv", text.as_bytes());
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.with_code("long-text").len(), 1);
    // The CSV keeps the whole text; the workbook cuts it with a marker.
    assert_eq!(
        run.measure("Lotsen")["description"].len(),
        long.trim_end().len()
    );
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("measures.xlsx")).unwrap();
    let range = calamine::Reader::worksheet_range(&mut book, "Maßnahmen").unwrap();
    let cut = range
        .rows()
        .flat_map(|r| r.iter())
        .map(|c| c.to_string())
        .find(|c| c.starts_with("Lang Lang"))
        .unwrap();
    assert!(
        cut.ends_with("vollständig in measures.csv]"),
        "{}",
        &cut[cut.len() - 60..]
    );
    assert!(cut.chars().count() <= 32_767);
}

#[test]
fn a_subfolder_of_a_year_is_read_and_named() {
    let w = Work::new();
    w.sheet("2024", "fb.xlsx", &[HEADER, &row("1", "Lotsen")]);
    let late = w.input().join("2024/Nachzügler");
    std::fs::create_dir_all(&late).unwrap();
    std::fs::copy(w.input().join("2024/fb.xlsx"), late.join("jugend.xlsx")).unwrap();
    let run = w.run(&["check"]);
    assert!(
        run.measures
            .iter()
            .any(|m| m["source_file"] == "2024/Nachzügler/jugend.xlsx" && m["year"] == "2024"),
        "{:#?}",
        run.measures
    );
    assert_eq!(run.with_code("subfolder-read").len(), 1);
}

#[test]
fn configurations_that_would_change_meaning_are_refused() {
    let w = Work::new();
    w.sheet("2024", "fb.xlsx", &[HEADER, &row("1", "Lotsen")]);
    let mut same_synonym = bestand::config::Config::default();
    same_synonym.vocabularies.field_of_action[3]
        .synonyms
        .push("Vernetzung".into());
    let mut huge = bestand::config::Config::default();
    huge.limits.max_file_mb = 17_592_186_044_416;
    let mut zero = bestand::config::Config::default();
    zero.limits.max_cells_per_sheet = 0;
    for cfg in [same_synonym, huge, zero] {
        w.config(&cfg);
        let run = w.run(&["check"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("Zeile "), "{}", run.stderr);
    }
}

#[test]
fn a_second_run_into_the_same_folder_stops_at_once() {
    let w = Work::new();
    w.sheet("2024", "fb.xlsx", &[HEADER, &row("1", "Lotsen")]);
    std::fs::create_dir_all(w.output()).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(w.output().join(".bestand.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    let run = w.run(&["check"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("Ein anderer bestand-Lauf"),
        "{}",
        run.stderr
    );
    drop(lock);
    assert_eq!(w.run(&["check"]).code, 0);
}

#[test]
fn an_empty_input_folder_leaves_the_previous_report() {
    let w = Work::new();
    w.sheet("2024", "fb.xlsx", &[HEADER, &row("1", "Lotsen")]);
    assert_eq!(w.run(&["report"]).code, 0);
    std::fs::remove_file(w.input().join("2024/fb.xlsx")).unwrap();
    let run = w.run(&["report"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(w.output().join("report.pdf").exists());
    assert_eq!(read_csv(&w.output().join("measures.csv")).len(), 1);
}

#[test]
fn numbers_stay_numbers_in_csv_and_a_negative_budget_is_not_published() {
    let w = Work::new();
    let mut r = row("-7", "Lotsen");
    r[8] = "-2500";
    w.sheet("2024", "fb.xlsx", &[HEADER, &r]);
    let run = w.run(&["check"]);
    let m = run.measure("Lotsen");
    assert_eq!(m["budget_eur"], "", "a negative budget is left empty");
    assert_eq!(m["measure_id"], "'-7", "an id is text and stays guarded");
    assert_eq!(run.with_code("negative-money").len(), 1);
    let text = std::fs::read_to_string(w.output().join("measures.csv")).unwrap();
    let data = text.lines().nth(1).unwrap();
    assert!(
        data.starts_with("2024,"),
        "year unquoted, unguarded: {data}"
    );
}

#[test]
fn control_characters_never_reach_the_report() {
    let w = Work::new();
    w.sheet(
        "2024",
        "fb.xlsx",
        &[HEADER, &row("1", "Lotsen\u{7}\u{1b}[31m rot\u{1}")],
    );
    assert_eq!(w.run(&["report"]).code, 0);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(!html.contains('\u{7}') && !html.contains('\u{1b}') && !html.contains('\u{1}'));
    assert!(html.contains("Lotsen[31m rot"));
    let pdf = crate::common::pdf_text_from(&w.output().join("report.pdf"), 1);
    assert!(!pdf.contains('\u{1b}'));
}

#[test]
fn zips_read_as_made_on_unix_wherever_they_were_written() {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().unix_permissions(0o644);
        for name in ["a.xml", "b/c.xml"] {
            z.start_file(name, opts).unwrap();
            std::io::Write::write_all(&mut z, b"<x/>").unwrap();
        }
        z.finish().unwrap();
    }
    let unix = buf.into_inner();
    // As the zip writer on Windows leaves it: host byte 0 in each central entry.
    let mut windows = unix.clone();
    let mut changed = 0;
    for i in 0..windows.len() - 6 {
        if windows[i..].starts_with(&[0x50, 0x4b, 0x01, 0x02]) {
            windows[i + 5] = 0;
            changed += 1;
        }
    }
    assert_eq!(changed, 2);
    assert_ne!(windows, unix);
    assert_eq!(bestand::render::xlsx::zip_made_on_unix(windows), unix);
    assert_eq!(bestand::render::xlsx::zip_made_on_unix(unix.clone()), unix);
}

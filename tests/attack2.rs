//! The second attack round: outputs read as inputs, names that break file systems, figures
//! nobody checked.

use crate::common::{HEADER, Work};

use crate::common::return_of_titles as return_of;

#[test]
fn a_name_typed_with_decomposed_umlauts_is_the_same_department() {
    let w = Work::new();
    let composed = "Fachbereich Öffentliche Sicherheit";
    let decomposed = "Fachbereich O\u{308}ffentliche Sicherheit";
    return_of(
        &w,
        "2023",
        "a.xlsx",
        composed,
        &["Streife", "Präventionsrat"],
    );
    return_of(
        &w,
        "2024",
        "a.xlsx",
        decomposed,
        &["Streife", "Präventionsrat"],
    );
    let run = w.run(&["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.measures.iter().all(|m| m["department"] == composed));
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    assert!(
        changes.iter().all(|c| c["change"] == "continued"),
        "{changes:#?}"
    );
}

#[test]
fn long_and_reserved_department_names_never_stop_a_run() {
    let w = Work::new();
    let long = format!(
        "Fachbereich {}",
        "Integration und Teilhabe ".repeat(10).trim()
    );
    assert!(long.len() > 240);
    let mut bad = crate::common::row("", "Ferienpass");
    bad[2] = &long;
    bad[5] = "unklar";
    let mut con = crate::common::row("", "Streife");
    con[2] = "CON";
    con[5] = "unklar";
    w.sheet("2024", "lang.xlsx", &[HEADER, &bad, &con]);
    // check exits 1 for the error findings, report writes the draft and exits 0.
    for (command, code) in [("check", 1), ("report", 0)] {
        let run = w.run(&[command]);
        assert_eq!(run.code, code, "{command}: {}", run.stderr);
        let names: Vec<String> = std::fs::read_dir(w.output().join("rueckmeldungen"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.iter().all(|n| n.len() <= 90), "{names:?}");
        assert!(
            names.contains(&"con-fachbereich.xlsx".to_string()),
            "{names:?}"
        );
    }
    let run = w.run(&["template", "--year", "2025"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn outputs_are_never_read_as_inputs() {
    let w = Work::new();
    return_of(
        &w,
        "2024",
        "a.xlsx",
        "Fachbereich Jugend",
        &["Streife", "Ferienpass"],
    );
    let input = w.input();
    // An output folder inside a year folder, run twice: the second run reads no output.
    let inner = input.join("2024").join("out");
    for _ in 0..2 {
        let run = crate::common::run_in(w.dir.path(), &input, &inner, &["report"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.measures.len(), 2, "{:#?}", run.measures);
    }
    // measures.xlsx copied among the returns: named and skipped.
    std::fs::copy(inner.join("measures.xlsx"), w.file("2024", "measures.xlsx")).unwrap();
    std::fs::remove_dir_all(&inner).unwrap();
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 2, "{:#?}", run.measures);
    let skipped = run.with_code("skipped-file");
    assert_eq!(skipped.len(), 1, "{:#?}", run.findings);
    assert_eq!(skipped[0]["file"], "2024/measures.xlsx");
    // The input folder or a year folder as output: a usage error, nothing written.
    for output in [input.clone(), input.join("2024")] {
        let run = crate::common::run_in(w.dir.path(), &input, &output, &["report"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("würden als Rückmeldungen gelesen"),
            "{}",
            run.stderr
        );
    }
    assert!(!input.join("report.pdf").exists());
}

#[test]
fn figures_nobody_checked_are_questioned_and_the_report_says_they_are_included() {
    let w = Work::new();
    let mut huge = crate::common::row("", "Großprojekt");
    huge[8] = "1000000000000000";
    huge[9] = "1000000000000";
    let mut old = crate::common::row("", "Uraltprojekt");
    old[6] = "01.01.1900";
    let mut future = crate::common::row("", "Zukunftsprojekt");
    future[6] = "2999-03-01";
    w.sheet("2024", "a.xlsx", &[HEADER, &huge, &old, &future]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.with_code("implausible-budget").len(),
        1,
        "{:#?}",
        run.findings
    );
    assert_eq!(run.with_code("implausible-participants").len(), 1);
    let dates = run.with_code("implausible-date");
    assert_eq!(dates.len(), 2, "{:#?}", run.findings);
    assert!(dates.iter().all(|f| !f["message"].contains("nicht lesbar")));
    assert!(
        dates
            .iter()
            .any(|f| f["message"].starts_with("Das Datum 01.01.1900 (Beginn)"))
    );
    assert!(run.with_code("bad-date").is_empty());
    // Kept in the table, named in the report.
    assert_eq!(
        run.measure("Großprojekt")["budget_eur"],
        "1000000000000000.00"
    );
    assert_eq!(run.measure("Uraltprojekt")["start"], "");
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Die Summen enthalten 1 Maßnahme mit auffällig hohen Angaben"),
        "{flat}"
    );
}

#[test]
fn a_department_whose_every_row_was_rejected_still_gets_its_template() {
    let w = Work::new();
    return_of(
        &w,
        "2024",
        "ok.xlsx",
        "Fachbereich Soziales",
        &["Sprachcafé"],
    );
    let mut bad = crate::common::row("J-1", "Ferienpass");
    bad[2] = "Fachbereich Jugend";
    bad[5] = "unklar";
    w.sheet("2024", "jugend.xlsx", &[HEADER, &bad]);
    let run = w.run(&["template", "--year", "2025"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = w.output().join("vorlage-2025-fachbereich-jugend.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).expect("Jugend's template");
    let data = calamine::Reader::worksheet_range(&mut book, "Maßnahmen").unwrap();
    assert!(
        data.cells().any(|(_, _, c)| *c == "Ferienpass"),
        "its rejected row comes back as written"
    );
}

#[test]
fn settings_and_flags_out_of_bounds_are_refused_in_plain_words() {
    let w = Work::new();
    return_of(&w, "2024", "a.xlsx", "Fachbereich Jugend", &["Streife"]);
    for year in ["0", "1989", "2101"] {
        let run = w.run(&["template", "--year", year]);
        assert_eq!(run.code, 2, "--year {year}: {}", run.stderr);
    }
    let config = |text: &str| {
        std::fs::write(w.dir.path().join("bestand.toml"), text).unwrap();
        w.run(&["check"])
    };
    let run = config(&format!("title = \"{}\"\n", "x".repeat(1001)));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("der Text bei title hat 1001 Zeichen; höchstens 1000 sind erlaubt"),
        "{}",
        run.stderr
    );
    let goals: String = (0..10_001)
        .map(|i| {
            format!(
                "[[goals]]\nid = \"{i}\"\nfield_of_action = \"Geflüchtete\"\ntitle = \"Ziel {i}\"\n"
            )
        })
        .collect();
    let run = config(&goals);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("der Zielkatalog hat 10001 Ziele"),
        "{}",
        run.stderr
    );
    let run = config(&format!("# {}\n", "x".repeat(1 << 20)));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("eine bestand.toml hat höchstens 1 MB"),
        "{}",
        run.stderr
    );
}

/// Runs `bestand report` with one output made unreplaceable (debug builds only).
fn report_with_unreplaceable(w: &Work, name: Option<&str>) -> std::process::Output {
    report_with(w, "BESTAND_TEST_UNREPLACEABLE", name)
}

/// Runs `bestand report` with a test hook set to `name` (debug builds only).
fn report_with(w: &Work, hook: &str, name: Option<&str>) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_bestand"));
    command
        .current_dir(w.dir.path())
        .args(["report", "--input"])
        .arg(w.input())
        .arg("--output")
        .arg(w.output())
        .env("NO_COLOR", "1");
    if let Some(n) = name {
        command.env(hook, n);
    }
    command.output().unwrap()
}

/// Every file under the output folder with its bytes (hidden entries included).
fn snapshot(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            if rel == ".bestand.lock" {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn an_output_that_cannot_be_replaced_leaves_the_old_set_whole() {
    let w = Work::new();
    let mut bad = crate::common::row("", "Ferienpass");
    bad[5] = "unklar";
    w.sheet(
        "2024",
        "a.xlsx",
        &[HEADER, &crate::common::row("", "Streife"), &bad],
    );
    let first = report_with_unreplaceable(&w, None);
    assert_eq!(first.status.code(), Some(0));
    let before = snapshot(&w.output());
    // The next run has other data; each output in turn cannot be replaced.
    return_of(&w, "2024", "b.xlsx", "Fachbereich Jugend", &["Jugendtreff"]);
    for name in [
        "report.pdf",
        "measures.csv",
        "summary.json",
        "rueckmeldungen",
        "charts",
        "report.html",
    ] {
        let run = report_with_unreplaceable(&w, Some(name));
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(3), "{name}: {stderr}");
        assert!(
            stderr.contains(name),
            "{name}: the message names it: {stderr}"
        );
        assert_eq!(snapshot(&w.output()), before, "{name}: the old set, whole");
    }
    // Nothing to clear by hand: the next run replaces the set.
    let run = report_with_unreplaceable(&w, None);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let measures = crate::common::read_csv(&w.output().join("measures.csv"));
    assert_eq!(measures.len(), 2);
}

#[test]
fn files_someone_put_into_the_output_folder_are_kept_and_named() {
    let w = Work::new();
    let mut bad = crate::common::row("", "Ferienpass");
    bad[5] = "unklar";
    w.sheet("2024", "a.xlsx", &[HEADER, &bad]);
    assert_eq!(report_with_unreplaceable(&w, None).status.code(), Some(0));
    std::fs::write(
        w.output().join("rueckmeldungen").join("notiz.txt"),
        "an Frau M. schicken",
    )
    .unwrap();
    std::fs::write(w.output().join("charts").join("eigene.txt"), "meins").unwrap();
    let run = report_with_unreplaceable(&w, None);
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(w.output().join("rueckmeldungen").join("notiz.txt")).unwrap(),
        "an Frau M. schicken"
    );
    assert!(w.output().join("charts").join("eigene.txt").exists());
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("Nicht von bestand, behalten und in den neuen Ordner übernommen: charts/eigene.txt, rueckmeldungen/notiz.txt"),
        "{stdout}"
    );
}

#[test]
fn swapped_ids_publish_no_change_that_did_not_happen() {
    let w = Work::new();
    let row =
        |id: &'static str, title: &'static str, status: &'static str, budget: &'static str| {
            let mut r = crate::common::row(id, title);
            r[5] = status;
            r[8] = budget;
            r
        };
    w.sheet(
        "2023",
        "a.xlsx",
        &[
            HEADER,
            &row("S-1", "Sprachcafé im Stadtteil", "laufend", "1000"),
            &row("S-2", "Nähcafé für Frauen", "geplant", "5000"),
        ],
    );
    w.sheet(
        "2024",
        "a.xlsx",
        &[
            HEADER,
            &row("S-1", "Nähcafé für Frauen", "geplant", "5000"),
            &row("S-2", "Sprachcafé im Stadtteil", "laufend", "1000"),
        ],
    );
    let run = w.run(&["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(
        changes.iter().all(|c| c["change"] == "continued"),
        "{changes:#?}"
    );
    let swapped = run.with_code("id-swapped");
    assert_eq!(swapped.len(), 1, "{:#?}", run.findings);
    assert!(run.with_code("id-reused").is_empty());
}

#[test]
fn one_measure_reported_by_two_departments_counts_once_and_shows_under_both() {
    let w = Work::new();
    let mut joint_a = crate::common::row("7", "Sprachcafé im Rathaus");
    joint_a[2] = "Fachbereich Soziales";
    let mut own = crate::common::row("8", "Ferienpass");
    own[2] = "Fachbereich Soziales";
    let mut joint_b = crate::common::row("7", "Sprachcafé im Rathaus");
    joint_b[2] = "Fachbereich Jugend";
    // The same id with another title is another measure.
    let mut other = crate::common::row("8", "Streetwork");
    other[2] = "Fachbereich Jugend";
    w.sheet("2024", "soziales.xlsx", &[HEADER, &joint_a, &own]);
    w.sheet("2024", "jugend.xlsx", &[HEADER, &joint_b, &other]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Shown under both departments.
    assert_eq!(run.measures.len(), 4);
    let joint = run.with_code("joint-measure");
    assert_eq!(joint.len(), 2, "{joint:#?}");
    assert!(joint[0]["message"].contains("Fachbereich Jugend"));
    assert!(joint[0]["message"].contains("Fachbereich Soziales"));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.output().join("summary.json")).unwrap()).unwrap();
    let y = &json["years"][0];
    // Counted once in the organisation's figures, under each department in its own.
    assert_eq!(y["measures"], 3);
    assert_eq!(y["joint_measures"], 1);
    assert_eq!(y["by_status"]["laufend"], 3);
    assert_eq!(y["budget_total"], 3000.0);
    assert_eq!(y["participants_total"], 30);
    assert_eq!(y["by_department"]["Fachbereich Soziales"], 2);
    assert_eq!(y["by_department"]["Fachbereich Jugend"], 2);
    let report = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(
        report.contains("1 Maßnahme melden mehrere Fachbereiche gemeinsam"),
        "{report}"
    );
}

#[test]
fn a_writer_that_fails_leaves_the_others_written_and_is_named() {
    let w = Work::new();
    let mut bad = crate::common::row("", "Ferienpass");
    bad[5] = "unklar";
    w.sheet(
        "2024",
        "a.xlsx",
        &[HEADER, &crate::common::row("", "Streife"), &bad],
    );
    assert_eq!(report_with(&w, "", None).status.code(), Some(0));
    // The next run has another measure; the report cannot be made.
    return_of(&w, "2024", "b.xlsx", "Fachbereich Jugend", &["Jugendtreff"]);
    let run = report_with(&w, "BESTAND_TEST_FAILING_OUTPUT", Some("report.pdf"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("report.pdf"), "{stderr}");
    assert!(stderr.contains("Die übrigen sind geschrieben"), "{stderr}");
    // The others are this run's; the old report is gone, not left beside them.
    let out = w.output();
    assert_eq!(crate::common::read_csv(&out.join("measures.csv")).len(), 2);
    assert!(out.join("measures.xlsx").exists());
    assert!(
        out.join("rueckmeldungen/fachbereich-soziales.xlsx")
            .exists()
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["years"][0]["measures"], 2);
    for gone in ["report.pdf", "report.html", ".bestand-report"] {
        assert!(!out.join(gone).exists(), "{gone} is left from the old set");
    }
    // The correction workbooks fail: the report and the tables are still written.
    let run = report_with(&w, "BESTAND_TEST_FAILING_OUTPUT", Some("rueckmeldungen"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("rueckmeldungen"), "{stderr}");
    assert!(out.join("report.pdf").exists());
    assert!(!out.join("rueckmeldungen").exists());
    // The next run without the fault writes the whole set.
    assert_eq!(report_with(&w, "", None).status.code(), Some(0));
    assert!(
        out.join("rueckmeldungen/fachbereich-soziales.xlsx")
            .exists()
    );
}

#[test]
fn an_xls_whose_sector_chain_loops_is_refused_not_read_until_memory_runs_out() {
    // Found by the fuzzer (fuzz/): calamine follows a compound file's chains without
    // looking for loops. Here the directory chain of an xlwt file points back on itself.
    let mut bytes = std::fs::read("tests/fixtures/foreign/xlwt.xls").unwrap();
    let u32_at = |b: &[u8], o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    let size = 1usize << u16::from_le_bytes([bytes[0x1E], bytes[0x1F]]);
    let dir_start = u32_at(&bytes, 0x30) as usize;
    let fat_sector = u32_at(&bytes, 0x4C) as usize;
    let entry = (fat_sector + 1) * size + 4 * dir_start;
    bytes[entry..entry + 4].copy_from_slice(&(dir_start as u32).to_le_bytes());
    let w = Work::new();
    w.put("2024", "schleife.xls", &bytes);
    return_of(
        &w,
        "2024",
        "gut.xlsx",
        "Fachbereich Jugend",
        &["Jugendtreff"],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let broken = run.with_code("unreadable-file");
    assert_eq!(broken.len(), 1, "{:#?}", run.findings);
    assert_eq!(broken[0]["file"], "2024/schleife.xls");
    assert!(
        broken[0]["message"].contains("beschädigt")
            && broken[0]["message"].contains("(xls: sector chain)"),
        "{}",
        broken[0]["message"]
    );
    // The good file beside it is read.
    assert_eq!(run.measures.len(), 1);
}

#[test]
fn an_xls_with_one_cell_far_away_is_refused_before_a_dense_grid_is_built() {
    // Found by the fuzzer (fuzz/): calamine opens an xls as dense grids, so one cell moved
    // to row 65,520 and column 240 would cost half a gigabyte (a damaged row number more).
    let mut bytes = std::fs::read("tests/fixtures/foreign/xlwt.xls").unwrap();
    let at = bytes
        .windows(4)
        .position(|w| w == [0xFD, 0x00, 0x0A, 0x00])
        .expect("a LABELSST record");
    bytes[at + 4..at + 8].copy_from_slice(&[0xF0, 0xFF, 0xF0, 0x00]);
    let w = Work::new();
    w.put("2024", "weit.xls", &bytes);
    return_of(
        &w,
        "2024",
        "gut.xlsx",
        "Fachbereich Jugend",
        &["Jugendtreff"],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let refused = run.with_code("unreadable-file");
    assert_eq!(refused.len(), 1, "{:#?}", run.findings);
    assert!(
        refused[0]["message"].contains("mehr als 2000000 Zellen"),
        "{}",
        refused[0]["message"]
    );
    assert_eq!(run.measures.len(), 1);
}

#[test]
fn an_xls_declaring_a_huge_sheet_is_refused_before_calamine_reserves_it() {
    // Found by the fuzzer (fuzz/): calamine reserves the cells a sheet's DIMENSIONS record
    // declares (here a million rows: 4.8 GB) before it reads one.
    let mut bytes = std::fs::read("tests/fixtures/foreign/xlwt.xls").unwrap();
    let at = bytes
        .windows(4)
        .position(|w| w == [0x00, 0x02, 0x0E, 0x00])
        .expect("a DIMENSIONS record");
    bytes[at + 8..at + 12].copy_from_slice(&0x0010_0000u32.to_le_bytes());
    let w = Work::new();
    w.put("2024", "gross.xls", &bytes);
    return_of(
        &w,
        "2024",
        "gut.xlsx",
        "Fachbereich Jugend",
        &["Jugendtreff"],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let refused = run.with_code("unreadable-file");
    assert_eq!(refused.len(), 1, "{:#?}", run.findings);
    assert!(refused[0]["message"].contains("mehr als 2000000 Zellen"));
    assert_eq!(run.measures.len(), 1);
}

#[test]
fn an_xls_sheet_is_measured_where_calamine_reads_it() {
    // Found by the fuzzer: a sheet whose BOF says "workbook globals" was skipped by a check
    // that walked the stream in order, while calamine goes to the offset the sheet list gives
    // and reserves what the DIMENSIONS record there declares (7 PB asked for).
    let mut bytes = std::fs::read("tests/fixtures/foreign/xlwt.xls").unwrap();
    let bofs: Vec<usize> = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == [0x09, 0x08, 0x10, 0x00])
        .map(|(i, _)| i)
        .collect();
    assert!(bofs.len() >= 2, "globals and a sheet: {bofs:?}");
    // The sheet's BOF claims to begin the globals (substream type 0x0005).
    bytes[bofs[1] + 6..bofs[1] + 8].copy_from_slice(&0x0005u16.to_le_bytes());
    let at = bytes
        .windows(4)
        .position(|w| w == [0x00, 0x02, 0x0E, 0x00])
        .expect("a DIMENSIONS record");
    bytes[at + 8..at + 12].copy_from_slice(&0x0010_0000u32.to_le_bytes());
    let w = Work::new();
    w.put("2024", "getarnt.xls", &bytes);
    return_of(
        &w,
        "2024",
        "gut.xlsx",
        "Fachbereich Jugend",
        &["Jugendtreff"],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let refused = run.with_code("unreadable-file");
    assert_eq!(refused.len(), 1, "{:#?}", run.findings);
    assert!(refused[0]["message"].contains("mehr als 2000000 Zellen"));
    assert_eq!(run.measures.len(), 1);
}

//! The command line: exit codes, language, init, config errors, report vs check.

use crate::common::{HEADER, Work, row};

fn with_error(w: &Work) {
    let good = row("", "Gut");
    let mut bad = row("", "Schlecht");
    bad[5] = "vielleicht";
    w.sheet("2024", "fb.xlsx", &[HEADER, &good, &bad]);
}

#[test]
fn report_exits_0_with_errors_and_1_when_strict() {
    let w = Work::new();
    with_error(&w);
    assert_eq!(w.run(&[]).code, 0);
    assert_eq!(w.run(&["report"]).code, 0);
    assert_eq!(w.run(&["report", "--strict"]).code, 1);
    assert_eq!(w.run(&["check"]).code, 1);
    assert!(w.output().join("measures.parquet").exists());
}

#[test]
fn usage_error_exits_2() {
    let w = Work::new();
    with_error(&w);
    assert_eq!(w.run(&["--lang", "fr"]).code, 2);
    assert_eq!(w.run(&["frobnicate"]).code, 2);
    // In German, with a suggestion, and the help in German with examples and exit codes.
    let run = w.run(&["chek"]);
    assert!(
        run.stderr
            .contains("Unbekannter Befehl „chek“. Meinten Sie „check“?"),
        "{}",
        run.stderr
    );
    let help = w.run(&["--help"]);
    assert_eq!(help.code, 0);
    for part in [
        "Aufruf:",
        "Befehle:",
        "Optionen:",
        "Beispiele:",
        "Rückgabewerte:",
        "report.pdf",
    ] {
        assert!(help.stdout.contains(part), "{part}: {}", help.stdout);
    }
}

#[test]
fn one_language_per_run_in_help_and_refusals() {
    let w = Work::new();
    with_error(&w);
    // English with --lang en: help, headings, examples, exit codes, refusals.
    let help = w.run_bare(&["--lang", "en", "--help"]);
    for part in [
        "Usage:",
        "Commands:",
        "Options:",
        "Examples:",
        "Exit codes:",
    ] {
        assert!(help.stdout.contains(part), "{part}: {}", help.stdout);
    }
    for german in ["Aufruf", "Ordner", "Befehl", "Optionen"] {
        assert!(!help.stdout.contains(german), "{german}: {}", help.stdout);
    }
    let sub = w.run_bare(&["check", "--help", "--lang", "en"]);
    assert!(
        sub.stdout.contains("Usage: bestand check [OPTIONS]"),
        "{}",
        sub.stdout
    );
    // Every command's help has examples, what it writes and the exit codes, in German by
    // default and in English on request.
    for command in ["report", "check", "compare", "template", "init"] {
        let de = w.run_bare(&[command, "--help"]).stdout;
        let en = w.run_bare(&[command, "--help", "--lang", "en"]).stdout;
        assert!(
            de.contains("Beispiele:") && de.contains("Rückgabewerte:"),
            "{de}"
        );
        assert!(
            en.contains("Examples:") && en.contains("Exit codes:"),
            "{en}"
        );
        assert!(
            !en.contains("Beispiele") && !de.contains("Examples"),
            "{en}"
        );
    }
    let report = w.run_bare(&["report", "--help"]).stdout;
    assert!(
        report.contains("report.pdf, report.html und report.docx"),
        "{report}"
    );
    let refused = w.run_bare(&["--lang", "en", "chek"]);
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .contains("Unknown command \"chek\". Did you mean \"check\"?")
            && refused.stderr.contains("Help: bestand --help"),
        "{}",
        refused.stderr
    );
    // German subcommand help has no English usage line.
    let sub = w.run_bare(&["init", "--help"]);
    assert!(
        sub.stdout.contains("Aufruf: bestand init [OPTIONEN]"),
        "{}",
        sub.stdout
    );
    // lang = "en" in the configuration the run would load sets the language of the help too.
    w.config(&bestand::config::Config {
        lang: bestand::config::Lang::En,
        ..Default::default()
    });
    let help = w.run_bare(&["--help"]);
    assert!(help.stdout.contains("Exit codes:"), "{}", help.stdout);
    let help = w.run_bare(&["--lang", "de", "--help"]);
    assert!(help.stdout.contains("Rückgabewerte:"), "{}", help.stdout);
}

#[test]
fn init_does_not_offer_folders() {
    let w = Work::new();
    let help = w.run_bare(&["init", "--help"]);
    assert!(!help.stdout.contains("--input") && !help.stdout.contains("--output"));
    let run = w.run_bare(&["init", "--input", "x"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Unbekannte Angabe „--input“"),
        "{}",
        run.stderr
    );
    let run = w.run_bare(&["--output", "x", "init"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--config"), "{}", run.stderr);
    assert!(!w.dir.path().join("bestand.toml").exists());
}

#[test]
fn last_line_points_the_clerk_to_the_workbook() {
    let w = Work::new();
    with_error(&w);
    for args in [&["check"][..], &["report"], &["check", "--lang", "en"]] {
        let run = w.run(args);
        let last = run.stdout.lines().last().unwrap_or_default();
        assert!(
            last.contains("measures.xlsx") && !last.contains("findings.csv"),
            "{args:?}: {last}"
        );
        assert!(
            last.contains("Blatt „Meldungen“ (nach Fachbereich filterbar)")
                || last.contains("sheet \"Findings\" (filter by department)"),
            "{last}"
        );
    }
}

#[test]
fn english_messages() {
    let w = Work::new();
    with_error(&w);
    let run = w.run(&["check", "--lang", "en"]);
    assert!(run.stdout.contains("Total: 1 file read"), "{}", run.stdout);
    assert!(run.findings[0]["message"].contains("is not an allowed value"));
}

#[test]
fn quiet_prints_only_files_with_errors() {
    let w = Work::new();
    with_error(&w);
    let r = row("", "Anderes");
    w.sheet("2024", "ok.xlsx", &[HEADER, &r]);
    let run = w.run(&["check", "-q"]);
    assert!(run.stdout.contains("fb.xlsx"));
    assert!(!run.stdout.contains("ok.xlsx"), "{}", run.stdout);
}

#[test]
fn init_writes_a_config_that_loads_and_refuses_to_overwrite() {
    let w = Work::new();
    let path = w.dir.path().join("bestand.toml");
    let run = w.run_bare(&["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# bestand.toml"));
    let cfg = bestand::config::Config::from_toml(&text).unwrap();
    assert_eq!(cfg, bestand::config::Config::default());
    // The commented example, once uncommented, is the samples' configuration.
    let lines: Vec<&str> = text.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.contains("am Zeilenanfang entfernen"))
        .expect("example marker")
        + 2;
    let uncommented: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i >= from || l.starts_with("# organisation = ") {
                l.strip_prefix("# ").unwrap_or(l.trim_start_matches('#'))
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let example = bestand::config::Config::from_toml(&uncommented).unwrap();
    // The samples' region also has its own words for funding („Regionshaushalt“); those are
    // its own, not part of the example `init` offers.
    let mut samples = crate::generator::example_config();
    samples.vocabularies.funding = bestand::config::Config::default().vocabularies.funding;
    assert_eq!(example, samples);
    // Example texts beside it, which a report in this folder uses with the run's figures.
    let foreword = w.dir.path().join("texte/vorwort.md");
    let example = std::fs::read_to_string(&foreword).unwrap();
    assert!(example.contains("{{massnahmen}} Maßnahmen"), "{example}");
    assert!(w.dir.path().join("texte/ausblick.md").exists());
    w.sheet(
        "2024",
        "a.xlsx",
        &[crate::common::HEADER, &crate::common::row("1", "Lotsen")],
    );
    let report = w.run(&["report"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(
        report
            .findings
            .iter()
            .all(|f| !f["file"].starts_with("texte/"))
    );
    let pdf = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let pdf = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        pdf.contains("1 Maßnahmen aus 1 Organisationseinheiten"),
        "{pdf}"
    );
    assert_eq!(w.run_bare(&["init"]).code, 2);
    // The office's texts are never overwritten, not even with --force.
    std::fs::write(&foreword, "# Vorwort\n\nUnser Text.\n").unwrap();
    assert_eq!(w.run_bare(&["init", "--force"]).code, 0);
    assert_eq!(
        std::fs::read_to_string(&foreword).unwrap(),
        "# Vorwort\n\nUnser Text.\n"
    );
    // In English, the same settings with English comments.
    assert_eq!(w.run_bare(&["init", "--force", "--lang", "en"]).code, 0);
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(english.starts_with("# bestand.toml: settings of bestand."));
    assert_eq!(
        bestand::config::Config::from_toml(&english).unwrap(),
        bestand::config::Config {
            lang: bestand::config::Lang::En,
            ..Default::default()
        }
    );
}

#[test]
fn config_in_the_working_folder_is_used() {
    let w = Work::new();
    let mut cfg = bestand::config::Config::default();
    cfg.headers
        .get_mut(bestand::config::Field::Title)
        .synonyms
        .push("Angebot".into());
    std::fs::write(
        w.dir.path().join("bestand.toml"),
        toml::to_string(&cfg).unwrap(),
    )
    .unwrap();
    let mut header = HEADER.to_vec();
    header[1] = "Angebot";
    let r = row("", "Sprachcafé");
    w.sheet("2024", "fb.xlsx", &[&header, &r]);
    assert_eq!(w.run(&["check"]).measures.len(), 1);
}

#[test]
fn config_mistakes_name_the_line() {
    let w = Work::new();
    let mut text = toml::to_string(&bestand::config::Config::default()).unwrap();
    text = text.replacen("lang = \"de\"", "lang = \"de\"\ntitel = \"x\"", 1);
    let path = w.dir.path().join("x.toml");
    std::fs::write(&path, text).unwrap();
    std::fs::create_dir_all(w.input()).unwrap();
    let run = w.run(&["check", "--config", path.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("Zeile"), "{}", run.stderr);
    assert!(run.stderr.contains("titel"), "{}", run.stderr);
}

#[test]
fn goal_in_unknown_field_is_refused() {
    let mut cfg = crate::generator::example_config();
    cfg.goals[0].field_of_action = "Sport".into();
    let text = toml::to_string(&cfg).unwrap();
    let err = bestand::config::Config::from_toml(&text)
        .unwrap_err()
        .message(bestand::lang::Lang::De);
    assert!(err.contains("Sport"), "{err}");
    let line = text.lines().position(|l| l.contains("\"Sport\"")).unwrap() + 1;
    assert!(err.starts_with(&format!("Zeile {line}:")), "{err}");
}

#[test]
fn contact_stays_out_unless_asked() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Ansprechperson");
    let mut r = row("", "Lotsen");
    r.push("Frau Meier");
    w.sheet("2024", "fb.xlsx", &[&header, &r]);
    let run = w.run(&["check"]);
    assert!(!run.measures[0].contains_key("contact"));
    let csv = std::fs::read_to_string(w.output().join("measures.csv")).unwrap();
    assert!(!csv.contains("Meier"));
    let xlsx = std::fs::read(w.output().join("measures.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/sharedStrings.xml").unwrap(),
        &mut strings,
    )
    .unwrap();
    assert!(!strings.contains("Meier"));
    let cfg = bestand::config::Config {
        export_contact: true,
        ..Default::default()
    };
    let path = w.dir.path().join("c.toml");
    std::fs::write(&path, toml::to_string(&cfg).unwrap()).unwrap();
    let run = w.run(&["check", "--config", path.to_str().unwrap()]);
    assert_eq!(run.measures[0]["contact"], "Frau Meier");
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("measures.xlsx")).unwrap();
    let range = wb.worksheet_range("Maßnahmen").unwrap();
    assert_eq!(range.get((0, 21)).unwrap().to_string(), "Ansprechperson");
    assert_eq!(range.get((1, 21)).unwrap().to_string(), "Frau Meier");
}

#[test]
fn parquet_holds_the_same_rows_with_list_columns() {
    use polars::prelude::*;
    let w = Work::new();
    let mut r = row("", "Lotsen");
    r[4] = "Frauen; Geflüchtete";
    let r2 = row("", "Sprachcafé");
    w.sheet("2024", "fb.xlsx", &[HEADER, &r, &r2]);
    let run = w.run(&["check"]);
    let file = std::fs::File::open(w.output().join("measures.parquet")).unwrap();
    let df = ParquetReader::new(file).finish().unwrap();
    assert_eq!(df.height(), run.measures.len());
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    // SPEC's column order.
    assert_eq!(
        names,
        [
            "year",
            "measure_id",
            "title",
            "department",
            "field_of_action",
            "goals",
            "target_groups",
            "status",
            "start",
            "end",
            "budget_eur",
            "funding",
            "participants",
            "participants_unit",
            "municipalities",
            "partners",
            "description",
            "highlight",
            "source_file",
            "source_sheet",
            "source_row",
        ]
    );
    assert_eq!(df.column("year").unwrap().dtype(), &DataType::Int32);
    assert_eq!(df.column("source_row").unwrap().dtype(), &DataType::UInt32);
    assert_eq!(df.column("participants").unwrap().dtype(), &DataType::Int64);
    assert_eq!(df.column("start").unwrap().dtype(), &DataType::Date);
    assert_eq!(df.column("highlight").unwrap().dtype(), &DataType::Boolean);
    assert_eq!(
        df.column("target_groups").unwrap().dtype(),
        &DataType::List(Box::new(DataType::String))
    );
    assert_eq!(df.column("start").unwrap().dtype(), &DataType::Date);
}

#[test]
fn consolidated_workbook_holds_the_same_rows_and_keeps_text_as_text() {
    use calamine::{Data, Reader};
    let w = Work::new();
    let a = row("1", "=SUMME(A1:A3)");
    let b = row("2", "Sprachcafé");
    let mut bad = row("3", "Fehlerhaft");
    bad[5] = "vielleicht";
    w.sheet("2024", "fb.xlsx", &[HEADER, &a, &b, &bad]);
    let run = w.run(&["check"]);
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("measures.xlsx")).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["Maßnahmen", "Rücklauf", "Änderungen", "Meldungen"]
    );
    let range = wb.worksheet_range("Maßnahmen").unwrap();
    assert_eq!(range.height() - 1, run.measures.len());
    let titles: Vec<String> = range.rows().skip(1).map(|r| r[2].to_string()).collect();
    assert!(titles.contains(&"=SUMME(A1:A3)".to_string()), "{titles:?}");
    let formulas = wb.worksheet_formula("Maßnahmen").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell may be a formula"
    );
    // German date and euro formats: the start date is a real date cell.
    assert!(
        matches!(range.get((1, 8)), Some(Data::DateTime(_))),
        "{:?}",
        range.get((1, 8))
    );
    let findings = wb.worksheet_range("Meldungen").unwrap();
    let dept_col: Vec<String> = findings.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert!(
        dept_col.iter().any(|d| d == "Fachbereich Soziales"),
        "{dept_col:?}"
    );
}

#[test]
fn closed_stdout_pipe_is_not_a_panic() {
    // `bestand check | head -1` closes the pipe early; that must not end in a panic.
    let w = Work::new();
    let titles: Vec<String> = (0..30).map(|i| format!("Maßnahme {i}")).collect();
    for (i, t) in titles.iter().enumerate() {
        let mut bad = row("", t);
        bad[5] = "vielleicht";
        w.sheet("2024", &format!("fb{i}.xlsx"), &[HEADER, &bad]);
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_bestand"))
        .args(["check", "--input"])
        .arg(w.input())
        .arg("--output")
        .arg(w.output())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn many_findings_in_one_file_are_summed_up_on_the_terminal() {
    let w = Work::new();
    let titles: Vec<String> = (0..30).map(|i| format!("Maßnahme {i}")).collect();
    let rows: Vec<Vec<&str>> = titles
        .iter()
        .map(|t| {
            let mut r = row("", t);
            r[6] = "irgendwann";
            r
        })
        .collect();
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(|r| r.as_slice()));
    w.sheet("2024", "fb.xlsx", &all);
    let run = w.run(&["check"]);
    assert_eq!(run.with_code("bad-date").len(), 30);
    assert!(
        run.stdout
            .contains("… und 10 weitere (alle in findings.csv, oder mit -v)"),
        "{}",
        run.stdout
    );
    let verbose = w.run(&["check", "-v"]);
    assert!(!verbose.stdout.contains("weitere (alle in findings.csv"));
}

//! The yearly cycle as an office lives it: who answered and who did not, originals put
//! aside in an archive folder.

use crate::common::{HEADER, Work};

/// A return of `department` with `n` measures (titles `<prefix> 1` …).
fn return_of(w: &Work, year: &str, file: &str, department: &str, prefix: &str, n: usize) {
    let titles: Vec<String> = (1..=n).map(|i| format!("{prefix} {i}")).collect();
    let mut rows: Vec<Vec<&str>> = vec![HEADER.to_vec()];
    for t in &titles {
        rows.push(vec![
            "",
            t,
            department,
            "Geflüchtete",
            "Geflüchtete",
            "laufend",
            "01.01.2020",
            "",
            "1000",
            "10",
        ]);
    }
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    w.sheet(year, file, &rows);
}

fn summary(w: &Work) -> serde_json::Value {
    let text = std::fs::read_to_string(w.output().join("summary.json")).expect("summary.json");
    serde_json::from_str(&text).expect("json")
}

#[test]
fn the_return_list_names_who_never_answered() {
    let w = Work::new();
    let cfg = bestand::config::Config {
        departments: vec![
            "FD 32 Ordnung".into(),
            "FD 51 Jugend".into(),
            "FD 70 Umwelt".into(),
        ],
        ..bestand::config::Config::default()
    };
    w.config(&cfg);
    return_of(&w, "2024", "fd32.xlsx", "FD 32 Ordnung", "Streife", 2);
    return_of(&w, "2024", "fd51.xlsx", "FD 51 Jugend", "Jugendtreff", 3);
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 5, "{}", run.stdout);
    // The terminal: a summary line, then the missing department first.
    assert!(
        run.stdout.contains(
            "Rücklauf 2024: 3 angefragt, 2 geantwortet; keine Rückmeldung: FD 70 Umwelt."
        ),
        "{}",
        run.stdout
    );
    let list = &run.stdout[run.stdout.find("Rücklauf 2024").unwrap()..];
    let missing = list
        .find("FD 70 Umwelt — keine Rückmeldung")
        .expect("missing listed");
    let answered = list
        .find("FD 51 Jugend — 2024/fd51.xlsx (")
        .expect("file and date");
    assert!(missing < answered, "{list}");
    // summary.json, which check writes too.
    let s = summary(&w);
    let returns = &s["years"][0]["returns"];
    assert_eq!(returns["asked_from"], "configured");
    assert_eq!(returns["missing"], serde_json::json!(["FD 70 Umwelt"]));
    assert_eq!(
        returns["answered"],
        serde_json::json!(["FD 32 Ordnung", "FD 51 Jugend"])
    );
}

#[test]
fn the_report_says_who_did_not_answer_in_one_sentence() {
    let w = Work::new();
    return_of(
        &w,
        "2023",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        2,
    );
    return_of(
        &w,
        "2023",
        "schulen.xlsx",
        "Fachbereich Schulen",
        "Schulsozialarbeit",
        2,
    );
    return_of(
        &w,
        "2024",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        2,
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let s = summary(&w);
    let returns = &s["years"][1]["returns"];
    assert_eq!(returns["asked_from"], "seen");
    assert_eq!(
        returns["missing"],
        serde_json::json!(["Fachbereich Schulen"])
    );
    let html = std::fs::read_to_string(w.output().join("report.html")).expect("html");
    assert!(
        html.contains(
            "Rücklauf 2024: 1 von 2 Fach- und Servicebereichen, die im vorigen oder in diesem Berichtsjahr gemeldet haben, hat geantwortet; keine Rückmeldung: Fachbereich Schulen."
        ),
        "sentence missing"
    );
}

#[test]
fn originals_in_an_archive_folder_are_not_counted_again() {
    let w = Work::new();
    return_of(
        &w,
        "2024",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        3,
    );
    // The original the office moved aside, and a folder of old versions.
    let alt = w.input().join("2024").join("alt");
    std::fs::create_dir_all(&alt).unwrap();
    std::fs::copy(
        w.input().join("2024").join("jugend.xlsx"),
        alt.join("jugend-original.xlsx"),
    )
    .unwrap();
    let under = w.input().join("2024").join("_vorher");
    std::fs::create_dir_all(&under).unwrap();
    std::fs::copy(
        w.input().join("2024").join("jugend.xlsx"),
        under.join("jugend.xlsx"),
    )
    .unwrap();
    let run = w.run(&["check", "-v"]);
    assert_eq!(run.measures.len(), 3, "{}", run.stdout);
    let skipped = run.with_code("skipped-folder");
    let files: Vec<&str> = skipped.iter().map(|f| f["file"].as_str()).collect();
    assert_eq!(files, ["2024/_vorher", "2024/alt"]);
    assert!(skipped[0]["message"].contains("Archiv"), "{:?}", skipped[0]);
    // The return list says so too, without -v.
    let run = w.run(&["check"]);
    assert!(
        run.stdout.contains(
            "Nicht gelesene Ordner (Archiv, versteckt oder zu tief): 2024/_vorher, 2024/alt"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_department_listed_twice_is_a_configuration_error() {
    let w = Work::new();
    std::fs::write(
        w.dir.path().join("bestand.toml"),
        "departments = [\"Fachbereich Jugend\", \"fachbereich  jugend\"]\n",
    )
    .unwrap();
    return_of(
        &w,
        "2024",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        1,
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Zeile 1: Die Liste departments nennt einen Fachbereich zweimal"),
        "{}",
        run.stderr
    );
    // In the run's language.
    let run = w.run(&["check", "--lang", "en"]);
    assert!(
        run.stderr
            .contains("line 1: The list departments names one department twice"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_return_with_a_rejected_row_is_incomplete_everywhere() {
    let w = Work::new();
    let mut rows: Vec<Vec<&str>> = vec![HEADER.to_vec()];
    rows.push(crate::common::row("1", "Sprachcafé"));
    let mut bad = crate::common::row("2", "Beratung");
    bad[5] = "irgendwie";
    rows.push(bad);
    // The same id again: rejected as a repetition, not as evidence of a measure.
    rows.push(crate::common::row("1", "Sprachcafé"));
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    w.sheet("2024", "soziales.xlsx", &rows);
    let run = w.run(&["check"]);
    assert!(
        run.stdout
            .contains("Rücklauf 2024: 1 angefragt, 1 geantwortet, davon 1 unvollständig."),
        "{}",
        run.stdout
    );
    // Both rows count, the one rejected as a repetition too; the date is the workbook's own.
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("Fachbereich Soziales — 2024/soziales.xlsx ("))
        .expect("the department's line");
    assert!(line.ends_with("); 2 Zeilen nicht übernommen"), "{line}");
    let s = summary(&w);
    assert_eq!(
        s["years"][0]["returns"]["incomplete"],
        serde_json::json!(["Fachbereich Soziales"])
    );
    assert_eq!(
        s["years"][0]["returns"]["answered"],
        serde_json::json!(["Fachbereich Soziales"])
    );
}

#[test]
fn next_years_template_leaves_out_what_ended_and_it_is_not_counted_again() {
    let w = Work::new();
    let running = crate::common::row("S-1", "Sprachcafé");
    let mut done = crate::common::row("S-2", "Integrationskurs 2024");
    done[5] = "abgeschlossen";
    let mut stopped = crate::common::row("S-3", "Nähcafé");
    stopped[5] = "eingestellt";
    w.sheet(
        "2024",
        "soziales.xlsx",
        &[HEADER, &running, &done, &stopped],
    );
    let run = w.run(&["template", "--year", "2025"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("vorausgefüllt mit 1 Maßnahme aus 2024"),
        "{}",
        run.stdout
    );
    let file = w.output().join("vorlage-2025-fachbereich-soziales.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let data = calamine::Reader::worksheet_range(&mut book, "Maßnahmen").unwrap();
    let cells: Vec<String> = data.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(cells.iter().any(|c| c == "Sprachcafé"));
    assert!(
        !cells
            .iter()
            .any(|c| c == "Nähcafé" || c.starts_with("Integrationskurs"))
    );
    // The ended ones are listed on the instruction sheet for reference.
    let guide = calamine::Reader::worksheet_range(&mut book, "Anleitung").unwrap();
    let text: Vec<String> = guide.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        text.iter()
            .any(|l| l == "– S-2 – Integrationskurs 2024 (abgeschlossen)"),
        "{text:?}"
    );
    assert!(
        text.iter().any(|l| l == "– S-3 – Nähcafé (eingestellt)"),
        "{text:?}"
    );
    // Sent back as the 2025 return: the ended ones are `finished`, not „nicht mehr gemeldet“.
    let back = std::fs::read(&file).unwrap();
    w.put("2025", "soziales.xlsx", &back);
    let run = w.run(&["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    let kind = |title: &str| {
        changes
            .iter()
            .find(|c| c["title"] == title && c["to_year"] == "2025")
            .map(|c| c["change"].clone())
    };
    assert_eq!(kind("Nähcafé").as_deref(), Some("finished"));
    assert_eq!(kind("Integrationskurs 2024").as_deref(), Some("finished"));
    // Continued; its budget, per year, was left empty in the template.
    assert_eq!(kind("Sprachcafé").as_deref(), Some("changed"));
    let s = summary(&w);
    assert_eq!(s["years"][1]["changes"]["ended"], 0);
    assert_eq!(s["years"][1]["changes"]["finished"], 2);
    assert_eq!(
        s["years"][1]["by_status"]["abgeschlossen"],
        serde_json::Value::Null
    );
}

#[test]
fn a_listed_department_answers_to_its_other_names_without_a_word() {
    let w = Work::new();
    std::fs::write(
        w.dir.path().join("bestand.toml"),
        "departments = [{ name = \"FD 32 Ordnung\", synonyms = [\"Ordnungsamt\"] }, \"FD 51 Jugend\"]\n",
    )
    .unwrap();
    return_of(&w, "2024", "ordnung.xlsx", "Ordnungsamt", "Streife", 2);
    return_of(&w, "2024", "jugend.xlsx", "FD 51 Jugend", "Jugendtreff", 1);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.measures
            .iter()
            .filter(|m| m["department"] == "FD 32 Ordnung")
            .count()
            == 2
    );
    assert!(
        run.with_code("department-variant").is_empty(),
        "{:?}",
        run.findings
    );
    assert!(
        run.stdout
            .contains("Rücklauf 2024: 2 angefragt, 2 geantwortet."),
        "{}",
        run.stdout
    );
}

#[test]
fn last_years_return_sent_again_is_named_and_not_counted() {
    let w = Work::new();
    return_of(
        &w,
        "2023",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        3,
    );
    return_of(
        &w,
        "2023",
        "schulen.xlsx",
        "Fachbereich Schulen",
        "Schulsozialarbeit",
        1,
    );
    return_of(
        &w,
        "2024",
        "schulen.xlsx",
        "Fachbereich Schulen",
        "Schulsozialarbeit",
        1,
    );
    // The department sends last year's file again, as it was named.
    std::fs::copy(
        w.input().join("2023").join("jugend.xlsx"),
        w.file("2024", "jugend-2023.xlsx"),
    )
    .unwrap();
    let run = w.run(&["check"]);
    let resent = run.with_code("resent-return");
    assert_eq!(resent.len(), 1, "{:?}", run.findings);
    assert_eq!(resent[0]["file"], "2024/jugend-2023.xlsx");
    assert_eq!(resent[0]["severity"], "error");
    assert_eq!(
        resent[0]["message"],
        "Diese Datei ist dieselbe wie 2023/jugend.xlsx, die Rückmeldung für 2023; ihre 3 Zeilen zählen nicht für 2024. Bitte die Rückmeldung für 2024 schicken (hat sich nichts geändert, die vorausgefüllte Vorlage für 2024 zurückschicken)."
    );
    let in_2024: Vec<_> = run
        .measures
        .iter()
        .filter(|m| m["year"] == "2024")
        .collect();
    assert_eq!(in_2024.len(), 1, "{in_2024:#?}");
    // No year warnings about its rows: they were not read as this year's.
    assert!(run.with_code("year-mismatch").is_empty());
    assert!(
        run.stdout.contains("keine Rückmeldung: Fachbereich Jugend"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Alte Rückmeldung erneut geschickt, nicht gezählt: 2024/jugend-2023.xlsx"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_new_years_folder_still_empty_lists_everyone_as_missing() {
    let w = Work::new();
    return_of(
        &w,
        "2024",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        1,
    );
    return_of(
        &w,
        "2024",
        "schulen.xlsx",
        "Fachbereich Schulen",
        "Lernpaten",
        1,
    );
    std::fs::create_dir_all(w.input().join("2025")).unwrap();
    let run = w.run(&["check"]);
    assert!(
        run.stdout.contains(
            "Rücklauf 2025: 2 angefragt, 0 geantwortet; keine Rückmeldung: Fachbereich Jugend, Fachbereich Schulen."
        ),
        "{}",
        run.stdout
    );
    // The figures stay those of 2024: there is nothing for 2025 yet.
    assert_eq!(run.measures.len(), 2);
}

#[test]
fn a_rejected_row_that_says_it_ended_is_not_prefilled_again() {
    let w = Work::new();
    let running = crate::common::row("S-1", "Sprachcafé");
    // Rejected for its field of action, but it says it was stopped.
    let mut stopped = crate::common::row("S-3", "Kleiderkammer");
    stopped[3] = "Unsinn";
    stopped[5] = "eingestellt";
    w.sheet("2024", "soziales.xlsx", &[HEADER, &running, &stopped]);
    let run = w.run(&["template", "--year", "2025"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = w.output().join("vorlage-2025-fachbereich-soziales.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let data = calamine::Reader::worksheet_range(&mut book, "Maßnahmen").unwrap();
    assert!(
        !data
            .cells()
            .any(|(_, _, c)| *c == calamine::Data::String("Kleiderkammer".into()))
    );
    let guide = calamine::Reader::worksheet_range(&mut book, "Anleitung").unwrap();
    assert!(guide.cells().any(
        |(_, _, c)| *c == calamine::Data::String("– S-3 – Kleiderkammer (eingestellt)".into())
    ));
}

#[test]
fn a_completed_measure_of_a_department_without_a_return_is_finished_not_open() {
    let w = Work::new();
    let mut done = crate::common::row("B-1", "Erstorientierung");
    done[2] = "Fachbereich Bildung";
    done[5] = "abgeschlossen";
    w.sheet("2023", "bildung.xlsx", &[HEADER, &done]);
    return_of(
        &w,
        "2023",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        1,
    );
    return_of(
        &w,
        "2024",
        "jugend.xlsx",
        "Fachbereich Jugend",
        "Jugendtreff",
        1,
    );
    w.run(&["compare"]);
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    let c = changes
        .iter()
        .find(|c| c["title"] == "Erstorientierung")
        .expect("its change");
    assert_eq!(c["change"], "finished");
}

#[test]
fn a_department_back_after_a_missing_year_is_said_to_have_missed_that_year() {
    let w = Work::new();
    for year in ["2023", "2024", "2025"] {
        return_of(
            &w,
            year,
            "jugend.xlsx",
            "Fachbereich Jugend",
            "Jugendtreff",
            1,
        );
    }
    return_of(
        &w,
        "2023",
        "bildung.xlsx",
        "Fachbereich Bildung",
        "Sprachkurs",
        1,
    );
    return_of(
        &w,
        "2025",
        "bildung.xlsx",
        "Fachbereich Bildung",
        "Sprachkurs",
        1,
    );
    let run = w.run(&["compare"]);
    assert!(
        run.stdout.contains(
            "1 Maßnahme von Fachbereichen ohne Rückmeldung 2024 (Fachbereich Bildung): ob sie neu ist, ist offen"
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("keine lesbare Datei von: )"),
        "{}",
        run.stdout
    );
}

/// A correction workbook with `from` replaced by `to` in its cells, as a department fixes
/// it (the document properties, where its identity lives, untouched).
fn fixed(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut out = zip::ZipWriter::new(&mut buf);
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut content = Vec::new();
            f.read_to_end(&mut content).unwrap();
            if name == "xl/sharedStrings.xml" {
                let text = String::from_utf8(content).unwrap();
                assert!(text.contains(from), "{from} in the workbook");
                content = text.replace(from, to).into_bytes();
            }
            out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&content).unwrap();
        }
        out.finish().unwrap();
    }
    buf.into_inner()
}

/// A return of `department` whose measure `<prefix> 1` has the status „unklar“.
fn return_with_unclear_status(w: &Work, year: &str, file: &str, department: &str, prefix: &str) {
    let first = format!("{prefix} 1");
    let second = format!("{prefix} 2");
    let row = |title: &str, status: &str| {
        vec![
            "".to_string(),
            title.to_string(),
            department.to_string(),
            "Geflüchtete".into(),
            "Geflüchtete".into(),
            status.to_string(),
            "01.01.2020".into(),
            "".into(),
            "1000".into(),
            "10".into(),
        ]
    };
    let rows = [row(&first, "unklar"), row(&second, "laufend")];
    let mut all: Vec<Vec<&str>> = vec![HEADER.to_vec()];
    all.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    let all: Vec<&[&str]> = all.iter().map(Vec::as_slice).collect();
    w.sheet(year, file, &all);
}

fn set_modified(path: &std::path::Path, days_ago: u64) {
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(days_ago * 86_400);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

#[test]
fn a_correction_replaces_exactly_its_originals_whatever_they_are_called() {
    let w = Work::new();
    // Two originals of one department; the first one's name says „final“, which wins the
    // name rule against any copy.
    return_with_unclear_status(&w, "2025", "jugend_final.xlsx", "FD 51 Jugend", "Treff");
    return_of(
        &w,
        "2025",
        "jugend-nachtrag.xlsx",
        "FD 51 Jugend",
        "Nachtrag",
        1,
    );
    return_of(&w, "2025", "ordnung.xlsx", "FD 32 Ordnung", "Streife", 2);
    let run = w.run(&["check"]);
    assert_eq!(run.count("error"), 1, "{:#?}", run.findings);
    let book = w.output().join("rueckmeldungen").join("fd-51-jugend.xlsx");
    let bytes = std::fs::read(&book).unwrap();
    // The workbook knows what it is.
    let id = bestand::identity::read(&bytes).expect("identity");
    assert_eq!(id.kind, bestand::identity::Kind::Correction);
    assert_eq!(id.department.as_deref(), Some("FD 51 Jugend"));
    assert_eq!((id.year, id.round), (Some(2025), 1));
    // Made from the file with something to fix; the clean second file is not in it and
    // stays the department's return beside it.
    let sources: Vec<&str> = id.sources.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(sources, ["2025/jugend_final.xlsx"]);
    // The department fixes it and saves it as a copy with a name that sorts first; its
    // file date is older than the originals'.
    let back = w.put(
        "2025",
        "Kopie von vorlage.xlsx",
        &fixed(&bytes, ">unklar<", ">laufend<"),
    );
    set_modified(&back, 30);
    let run = w.run(&["check"]);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
    let jugend: Vec<_> = run
        .measures
        .iter()
        .filter(|m| m["department"] == "FD 51 Jugend")
        .collect();
    assert_eq!(jugend.len(), 3, "{jugend:#?}");
    assert_eq!(
        run.measure("Treff 1")["source_file"],
        "2025/Kopie von vorlage.xlsx"
    );
    assert_eq!(
        run.measure("Treff 2")["source_file"],
        "2025/Kopie von vorlage.xlsx"
    );
    assert_eq!(
        run.measure("Nachtrag 1")["source_file"],
        "2025/jugend-nachtrag.xlsx"
    );
    assert_eq!(run.measure("Treff 1")["status"], "laufend");
    let replaced = run.with_code("replaced-by-correction");
    assert_eq!(replaced.len(), 1, "{replaced:#?}");
    assert_eq!(replaced[0]["file"], "2025/jugend_final.xlsx");
    assert_eq!(replaced[0]["severity"], "info");
    assert_eq!(
        replaced[0]["message"],
        "Ersetzt durch die Korrekturdatei 2025/Kopie von vorlage.xlsx, die aus dieser Datei gemacht wurde; ihre 2 Zeilen zählen nicht, es gilt die Korrektur."
    );
    assert!(
        run.stdout.contains(
            "Durch Korrekturdateien ersetzt, nicht gezählt: 2025/jugend_final.xlsx (durch 2025/Kopie von vorlage.xlsx)"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "2025/jugend_final.xlsx — ersetzt durch 2025/Kopie von vorlage.xlsx, nicht gezählt"
        ),
        "{}",
        run.stdout
    );
    // Nothing asked again, nothing told twice, the other department untouched.
    assert!(run.with_code("duplicate-return").is_empty());
    assert!(
        !w.output()
            .join("rueckmeldungen")
            .join("fd-51-jugend.xlsx")
            .exists()
    );
    assert_eq!(run.measures.len(), 5);

    // The original changed after the correction was made still loses, with a warning.
    return_of(&w, "2025", "jugend_final.xlsx", "FD 51 Jugend", "Treff", 3);
    let run = w.run(&["check"]);
    let changed: Vec<_> = run
        .with_code("replaced-by-correction")
        .into_iter()
        .filter(|f| f["severity"] == "warning")
        .collect();
    assert_eq!(changed.len(), 1, "{:#?}", run.findings);
    assert_eq!(changed[0]["file"], "2025/jugend_final.xlsx");
    assert!(changed[0]["message"].starts_with(
        "Diese Datei wurde geändert, nachdem die Korrekturdatei 2025/Kopie von vorlage.xlsx aus ihr gemacht wurde."
    ));
    assert_eq!(run.measures.len(), 5, "{:#?}", run.measures);
}

#[test]
fn a_second_round_replaces_the_first_and_asks_only_about_what_is_left() {
    let w = Work::new();
    return_with_unclear_status(&w, "2025", "jugend.xlsx", "FD 51 Jugend", "Treff");
    w.run(&["check"]);
    let first = std::fs::read(w.output().join("rueckmeldungen").join("fd-51-jugend.xlsx")).unwrap();
    // Sent back with the status still unclear (another value, still no status).
    w.put(
        "2025",
        "runde1.xlsx",
        &fixed(&first, ">unklar<", ">weiß nicht<"),
    );
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 1, "{:#?}", run.measures);
    assert_eq!(run.count("error"), 1, "{:#?}", run.findings);
    let second =
        std::fs::read(w.output().join("rueckmeldungen").join("fd-51-jugend.xlsx")).unwrap();
    let id = bestand::identity::read(&second).expect("identity");
    assert_eq!(id.round, 2);
    // Made from the first round's return, and it names the original the first round
    // replaced: the whole chain.
    let sources: Vec<&str> = id.sources.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(sources, ["2025/runde1.xlsx", "2025/jugend.xlsx"]);
    w.put(
        "2025",
        "aaa.xlsx",
        &fixed(&second, ">weiß nicht<", ">laufend<"),
    );
    let run = w.run(&["check"]);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
    assert_eq!(run.measures.len(), 2);
    assert!(
        run.measures
            .iter()
            .all(|m| m["source_file"] == "2025/aaa.xlsx")
    );
    assert_eq!(run.with_code("replaced-by-correction").len(), 2);
    // The first round put away in an archive folder, as the tool advises: the original
    // stays replaced, nobody is asked again.
    std::fs::create_dir_all(w.input().join("2025").join("alt")).unwrap();
    std::fs::rename(
        w.file("2025", "runde1.xlsx"),
        w.file("2025", "alt/runde1.xlsx"),
    )
    .unwrap();
    let run = w.run(&["check"]);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
    assert_eq!(run.measures.len(), 2);
    assert!(
        !w.output()
            .join("rueckmeldungen")
            .join("fd-51-jugend.xlsx")
            .exists()
    );
}

#[test]
fn a_correction_of_last_year_in_this_years_folder_is_not_counted() {
    let w = Work::new();
    return_with_unclear_status(&w, "2024", "jugend.xlsx", "FD 51 Jugend", "Treff");
    w.run(&["check"]);
    let book = std::fs::read(w.output().join("rueckmeldungen").join("fd-51-jugend.xlsx")).unwrap();
    return_of(&w, "2025", "jugend.xlsx", "FD 51 Jugend", "Neu", 1);
    w.put(
        "2025",
        "korrektur.xlsx",
        &fixed(&book, ">unklar<", ">laufend<"),
    );
    let run = w.run(&["check"]);
    let resent = run.with_code("resent-return");
    assert_eq!(resent.len(), 1, "{:#?}", run.findings);
    assert_eq!(resent[0]["file"], "2025/korrektur.xlsx");
    assert!(resent[0]["message"].starts_with("Diese Datei ist die Korrekturdatei für 2024"));
    // It replaces nothing: the 2024 original and the 2025 return stand.
    assert_eq!(
        run.measures.iter().filter(|m| m["year"] == "2025").count(),
        1
    );
    assert_eq!(
        run.measures.iter().filter(|m| m["year"] == "2024").count(),
        1
    );
}

#[test]
fn a_correction_resaved_by_libreoffice_still_replaces_its_original() {
    if !crate::common::have("soffice", "apt-get install libreoffice-calc-nogui") {
        return;
    }
    let w = Work::new();
    return_with_unclear_status(&w, "2025", "jugend_final.xlsx", "FD 51 Jugend", "Treff");
    w.run(&["check"]);
    let book = std::fs::read(w.output().join("rueckmeldungen").join("fd-51-jugend.xlsx")).unwrap();
    // The department opens it in LibreOffice and saves it (as xlsx) under another name.
    let scratch = tempfile::tempdir().unwrap();
    let fixed_path = scratch.path().join("Rueckmeldung Jugend.xlsx");
    std::fs::write(&fixed_path, fixed(&book, ">unklar<", ">laufend<")).unwrap();
    let out_dir = scratch.path().join("gespeichert");
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            scratch.path().join("profile").display()
        ))
        .args(["--headless", "--convert-to", "xlsx", "--outdir"])
        .arg(&out_dir)
        .arg(&fixed_path)
        .output()
        .unwrap();
    let resaved = std::fs::read(out_dir.join("Rueckmeldung Jugend.xlsx")).unwrap_or_else(|_| {
        panic!(
            "LibreOffice wrote nothing: {}",
            String::from_utf8_lossy(&status.stderr)
        )
    });
    assert_ne!(resaved, fixed(&book, ">unklar<", ">laufend<"), "re-saved");
    assert_eq!(
        bestand::identity::read(&resaved),
        bestand::identity::read(&book)
    );
    w.put("2025", "Rueckmeldung Jugend.xlsx", &resaved);
    let run = w.run(&["check"]);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
    assert_eq!(run.measures.len(), 2);
    assert!(
        run.measures
            .iter()
            .all(|m| m["source_file"] == "2025/Rueckmeldung Jugend.xlsx")
    );
    assert_eq!(run.with_code("replaced-by-correction").len(), 1);
}

#[test]
fn a_department_finding_sits_on_the_department_cell_and_names_the_name_to_write() {
    use std::io::Read;
    let w = Work::new();
    let cfg = bestand::config::Config {
        departments: vec!["FD 51 Jugend".into(), "FD 32 Ordnung".into()],
        ..bestand::config::Config::default()
    };
    w.config(&cfg);
    return_of(&w, "2025", "jugend.xlsx", "Jugend", "Treff", 1);
    return_of(&w, "2025", "ordnung.xlsx", "Ordnungsamt Nord", "Streife", 1);
    let run = w.run(&["check"]);
    let unknown = run.with_code("unknown-department");
    assert_eq!(unknown.len(), 1, "{:#?}", run.findings);
    assert!(
        unknown[0]["message"]
            .ends_with("Meinten Sie „FD 32 Ordnung“? Dann bitte diesen Namen eintragen."),
        "{}",
        unknown[0]["message"]
    );
    assert!(
        run.findings
            .iter()
            .all(|f| !f["message"].contains("bestand.toml"))
    );
    let dir = w.output().join("rueckmeldungen");
    for (book, name) in [
        ("fd-51-jugend.xlsx", "FD 51 Jugend"),
        ("ordnungsamt-nord.xlsx", "FD 32 Ordnung"),
    ] {
        let bytes = std::fs::read(dir.join(book)).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut comments = String::new();
        zip.by_name("xl/comments1.xml")
            .unwrap()
            .read_to_string(&mut comments)
            .unwrap();
        // Column C of the template's order, the first data row (header in row 3).
        let at = comments
            .find("ref=\"C4\"")
            .expect("note on the department cell");
        assert!(comments[at..].contains(name), "{comments}");
        assert!(!comments.contains("ref=\"B4\""), "{comments}");
    }
}

#[test]
fn the_blank_template_offers_the_office_department_list() {
    use std::io::Read;
    let w = Work::new();
    let cfg = bestand::config::Config {
        departments: vec!["FD 51 Jugend".into(), "Amt 70 Umwelt".into()],
        ..bestand::config::Config::default()
    };
    w.config(&cfg);
    let run = w.run(&["template", "--year", "2026"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(w.output().join("vorlage-2026.xlsx")).unwrap();
    let id = bestand::identity::read(&bytes).expect("identity");
    assert_eq!(id.kind, bestand::identity::Kind::Template);
    assert_eq!(id.year, Some(2026));
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(&bytes)).unwrap();
    let lists = calamine::Reader::worksheet_range(&mut wb, "Listen").unwrap();
    let col = (0..lists.width())
        .find(|c| lists.get((0, *c)).map(|v| v.to_string()) == Some("department".into()))
        .expect("a department list");
    let names: Vec<String> = (1..=2)
        .map(|r| lists.get((r, col)).unwrap().to_string())
        .collect();
    assert_eq!(names, ["FD 51 Jugend", "Amt 70 Umwelt"]);
    // The department column's dropdown points at that list.
    let letter = (b'A' + col as u8) as char;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut sheets = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.name().unwrap().starts_with("xl/worksheets/sheet") {
            f.read_to_string(&mut sheets).unwrap();
        }
    }
    assert!(
        sheets.contains(&format!("Listen!${letter}$2:${letter}$3")),
        "{sheets}"
    );
}

#[test]
fn a_measure_ended_last_year_and_reported_again_as_ended_is_not_counted_twice() {
    let w = Work::new();
    let running = crate::common::row("S-1", "Sprachcafé");
    let mut done = crate::common::row("S-2", "Integrationskurs");
    done[5] = "abgeschlossen";
    w.sheet("2024", "soziales.xlsx", &[HEADER, &running, &done]);
    // The department copied last year's rows, the completed one included.
    let mut done_again = crate::common::row("S-2", "Integrationskurs");
    done_again[5] = "abgeschlossen";
    let mut newly_done = crate::common::row("S-1", "Sprachcafé");
    newly_done[5] = "abgeschlossen";
    w.sheet("2025", "soziales.xlsx", &[HEADER, &newly_done, &done_again]);
    let run = w.run(&["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let again = run.with_code("ended-before");
    assert_eq!(again.len(), 1, "{:#?}", run.findings);
    assert_eq!(again[0]["severity"], "info");
    assert_eq!(
        (again[0]["file"].as_str(), again[0]["cell"].as_str()),
        ("2025/soziales.xlsx", "3")
    );
    assert_eq!(
        again[0]["message"],
        "„Integrationskurs“ (abgeschlossen) war schon in der Bestandsaufnahme 2024 beendet und zählt nicht noch einmal als 2025 beendet. Die Zeile kann künftig entfallen."
    );
    // 2025 counts one completed measure: the one completed this year.
    let s = summary(&w);
    assert_eq!(s["years"][1]["by_status"]["abgeschlossen"], 1, "{s:#}");
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    let kind = |title: &str| {
        changes
            .iter()
            .find(|c| c["title"] == title && c["to_year"] == "2025")
            .map(|c| c["change"].clone())
    };
    assert_eq!(kind("Integrationskurs").as_deref(), Some("finished"));
    assert_eq!(kind("Sprachcafé").as_deref(), Some("changed"));
}

/// The issue's whole cycle: two years of an office with FD/Amt/Fachdienst names and a
/// configured list with synonyms; one department never answers, one resends last year's
/// file, a correction renamed by the department and dated older than its original, an
/// archive folder. Every figure is checked against a count by hand.
#[test]
fn two_years_of_an_office_add_up_to_a_hand_count() {
    let w = Work::new();
    std::fs::write(
        w.dir.path().join("bestand.toml"),
        r#"departments = [
    "FD 32 Ordnung",
    { name = "FD 51 Jugend", synonyms = ["Jugendamt"] },
    "Amt 70 Umwelt",
    "Fachdienst 80 Soziales",
]
"#,
    )
    .unwrap();
    // 2024: three answer (Jugend under its synonym), Soziales never does.
    return_of(&w, "2024", "fd32.xlsx", "FD 32 Ordnung", "Streife", 2);
    return_of(&w, "2024", "jugend.xlsx", "Jugendamt", "Treff", 3);
    return_of(
        &w,
        "2024",
        "umwelt.xlsx",
        "Amt 70 Umwelt",
        "Baumpflanzung",
        2,
    );
    // 2025: Ordnung's return has a row to fix; Jugend answers as „Fachdienst 51“ (its number
    // decides); Umwelt sends last year's file again; an archive folder holds a stale copy.
    return_with_unclear_status(&w, "2025", "FD32_final.xlsx", "FD 32 Ordnung", "Streife");
    return_of(
        &w,
        "2025",
        "jugend-2025.xlsx",
        "Fachdienst 51 Jugend",
        "Treff",
        4,
    );
    std::fs::copy(
        w.file("2024", "umwelt.xlsx"),
        w.file("2024", "../2025/umwelt-2024.xlsx"),
    )
    .unwrap();
    return_of(
        &w,
        "2025/Archiv",
        "jugend-alt.xlsx",
        "FD 51 Jugend",
        "Alt",
        5,
    );
    let first = w.run(&["check"]);
    assert_eq!(first.count("error"), 2, "{:#?}", first.findings);
    let book = std::fs::read(w.output().join("rueckmeldungen").join("fd-32-ordnung.xlsx"))
        .expect("Ordnung's correction workbook");
    // Ordnung fixes it, saves it under another name, and its date is older.
    let back = w.put(
        "2025",
        "Kopie von Rückmeldung.xlsx",
        &fixed(&book, ">unklar<", ">laufend<"),
    );
    set_modified(&back, 60);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // By hand: 2024 = 2 + 3 + 2 = 7; 2025 = 2 (Ordnung, corrected) + 4 (Jugend) = 6.
    let count = |year: &str, department: &str| {
        run.measures
            .iter()
            .filter(|m| m["year"] == year && m["department"] == department)
            .count()
    };
    assert_eq!(count("2024", "FD 32 Ordnung"), 2);
    assert_eq!(count("2024", "FD 51 Jugend"), 3);
    assert_eq!(count("2024", "Amt 70 Umwelt"), 2);
    assert_eq!(count("2025", "FD 32 Ordnung"), 2);
    assert_eq!(count("2025", "FD 51 Jugend"), 4);
    assert_eq!(count("2025", "Amt 70 Umwelt"), 0);
    assert_eq!(run.measures.len(), 13, "{:#?}", run.measures);
    assert!(
        run.measures
            .iter()
            .filter(|m| m["year"] == "2025" && m["department"] == "FD 32 Ordnung")
            .all(|m| m["source_file"] == "2025/Kopie von Rückmeldung.xlsx")
    );
    // The correction replaced exactly its original; the resent file is named; nothing
    // from the archive.
    let replaced = run.with_code("replaced-by-correction");
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0]["file"], "2025/FD32_final.xlsx");
    assert_eq!(
        run.with_code("resent-return")[0]["file"],
        "2025/umwelt-2024.xlsx"
    );
    assert!(
        run.measures
            .iter()
            .all(|m| !m["source_file"].contains("Archiv"))
    );
    assert!(run.with_code("duplicate-return").is_empty());
    // The return list: four asked, two answered, the missing named.
    let s = summary(&w);
    let y2025 = s["years"]
        .as_array()
        .unwrap()
        .iter()
        .find(|y| y["year"] == 2025)
        .unwrap();
    assert_eq!(
        y2025["returns"]["missing"],
        serde_json::json!(["Amt 70 Umwelt", "Fachdienst 80 Soziales"])
    );
    assert_eq!(
        y2025["returns"]["answered"],
        serde_json::json!(["FD 32 Ordnung", "FD 51 Jugend"])
    );
    assert!(
        run.stdout
            .contains("Rücklauf 2025: 4 angefragt, 2 geantwortet; keine Rückmeldung: Amt 70 Umwelt, Fachdienst 80 Soziales."),
        "{}",
        run.stdout
    );
    // No measure counted twice, none ended by mistake: Umwelt's measures are „no return“,
    // not ended; Jugend's three continue and one is new.
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    let of = |kind: &str| {
        changes
            .iter()
            .filter(|c| c["change"] == kind && c["to_year"] == "2025")
            .count()
    };
    assert_eq!(of("ended"), 0, "{changes:#?}");
    assert_eq!(of("no-return"), 2, "{changes:#?}");
    assert_eq!(of("new"), 1, "{changes:#?}");
    assert_eq!(of("not-taken-over"), 0, "{changes:#?}");
}

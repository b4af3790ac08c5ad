//! One correction round: every problem of a row named at once, correction workbooks as good
//! as the template.

use crate::common::{HEADER, Work};

#[test]
fn a_row_with_four_problems_gets_four_findings_in_one_run() {
    let w = Work::new();
    let mut bad = crate::common::row("J-2", "Ferienpass");
    bad[5] = "unklar"; // status: the row is rejected for it
    bad[6] = "irgendwann"; // start
    bad[8] = "viel Geld"; // budget
    bad[9] = "eine Menge"; // participants
    w.sheet("2024", "jugend.xlsx", &[HEADER, &bad]);
    let run = w.run(&["check"]);
    assert!(run.measures.is_empty());
    let row: Vec<(&str, &str)> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "2024/jugend.xlsx")
        .map(|f| (f["cell"].as_str(), f["severity"].as_str()))
        .collect();
    for cell in ["F2", "G2", "I2", "J2"] {
        assert!(
            row.iter().any(|(c, _)| *c == cell),
            "no finding at {cell}: {:#?}",
            run.findings
        );
    }
    assert!(row.contains(&("F2", "error")), "{row:?}");
}

/// The text of every entry of an xlsx whose name starts with `prefix`.
fn entries(bytes: &[u8], prefix: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.name().unwrap().starts_with(prefix) {
            f.read_to_string(&mut out).unwrap();
        }
    }
    out
}

#[test]
fn a_correction_workbook_is_as_good_as_the_template() {
    let w = Work::new();
    w.config(&bestand::config::Config {
        goals: vec![bestand::config::Goal {
            id: "4.1".into(),
            field_of_action: "Geflüchtete".into(),
            title: "Ankommen erleichtern".into(),
            target: None,
        }],
        ..bestand::config::Config::default()
    });
    let mut header = HEADER.to_vec();
    header.push("Bemerkung");
    let mut bad = crate::common::row("J-2", "Ferienpass");
    bad[2] = "Fachbereich Jugend";
    bad[5] = "unklar";
    bad.push("Zahlen vorläufig");
    let mut good = crate::common::row("J-1", "Streetwork");
    good[2] = "Fachbereich Jugend";
    good.push("Bitte mit Stabsstelle abstimmen!");
    w.sheet("2024", "jugend.xlsx", &[&header, &good, &bad]);
    w.run(&["check"]);
    let path = w
        .output()
        .join("rueckmeldungen")
        .join("fachbereich-jugend.xlsx");
    let bytes = std::fs::read(&path).unwrap();
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let names = calamine::Reader::sheet_names(&book);
    assert_eq!(
        names,
        [
            "Was zu tun ist",
            "Anleitung",
            "Maßnahmen",
            "Listen",
            "Ziele"
        ]
    );
    let data = calamine::Reader::worksheet_range(&mut book, "Maßnahmen").unwrap();
    // Header in row 3 (0-based 2): the template's columns, then the department's own.
    let head: Vec<String> = (0..data.width())
        .map(|c| data.get((2, c)).map(|v| v.to_string()).unwrap_or_default())
        .collect();
    let remark = head
        .iter()
        .position(|h| h == "Bemerkung")
        .expect("column kept");
    assert_eq!(
        data.get((3, remark)).map(|v| v.to_string()).as_deref(),
        Some("Bitte mit Stabsstelle abstimmen!")
    );
    assert_eq!(
        data.get((4, remark)).map(|v| v.to_string()).as_deref(),
        Some("Zahlen vorläufig")
    );
    // Values in their types: the budget a number, the start a date.
    let budget = head.iter().position(|h| h.starts_with("Budget")).unwrap();
    assert!(
        matches!(data.get((3, budget)), Some(calamine::Data::Float(f)) if *f == 1000.0),
        "{:?}",
        data.get((3, budget))
    );
    let start = head.iter().position(|h| h.starts_with("Beginn")).unwrap();
    assert!(
        matches!(data.get((3, start)), Some(calamine::Data::DateTime(_))),
        "{:?}",
        data.get((3, start))
    );
    // The template's dropdowns and input messages, and the flagged cell's note.
    let sheets = entries(&bytes, "xl/worksheets/sheet");
    assert!(sheets.contains("<dataValidation "), "validations");
    assert!(sheets.contains("Listen!$"), "dropdown lists");
    let comments = entries(&bytes, "xl/comments");
    assert!(comments.contains("unklar"), "{comments}");
    // The first sheet says what to do, without a count of nothing.
    let todo = calamine::Reader::worksheet_range(&mut book, "Was zu tun ist").unwrap();
    let lines: Vec<String> = todo.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        lines.contains(&"1 Zeile konnte nicht übernommen werden (rot markiert).".to_string()),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.starts_with("0 ")), "{lines:?}");
}

#[test]
fn the_departments_remarks_reach_the_office_workbook_and_never_the_report() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Bemerkung");
    let mut row = crate::common::row("S-1", "Sprachcafé");
    row.push("Zahlen vorläufig, bitte mit Stabsstelle abstimmen");
    w.sheet("2024", "soziales.xlsx", &[&header, &row]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = w.output().join("measures.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheet = calamine::Reader::sheet_names(&book)[0].clone();
    let data = calamine::Reader::worksheet_range(&mut book, &sheet).unwrap();
    let head: Vec<String> = (0..data.width())
        .map(|c| data.get((0, c)).map(|v| v.to_string()).unwrap_or_default())
        .collect();
    let c = head
        .iter()
        .position(|h| h == "Bemerkungen der Fachbereiche")
        .expect("remarks column");
    assert_eq!(
        data.get((1, c)).map(|v| v.to_string()).as_deref(),
        Some("Zahlen vorläufig, bitte mit Stabsstelle abstimmen")
    );
    // Not in the tables others get, not in the published report.
    let csv = std::fs::read_to_string(w.output().join("measures.csv")).unwrap();
    assert!(!csv.contains("vorläufig"));
    let report = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    assert!(!report.contains("vorläufig"));
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(!html.contains("vorläufig"));
    // The finding says where the column went.
    let note = run.with_code("ignored-column");
    assert!(
        note[0]["message"]
            .starts_with("Spalte „Bemerkung“ wird als Bemerkung des Fachbereichs übernommen"),
        "{note:#?}"
    );
}

#[test]
fn a_measure_on_hold_is_neither_running_nor_ended() {
    let w = Work::new();
    let running = crate::common::row("S-1", "Sprachcafé");
    let other = crate::common::row("S-2", "Nähcafé");
    w.sheet("2024", "soziales.xlsx", &[HEADER, &running, &other]);
    let mut paused = crate::common::row("S-1", "Sprachcafé");
    paused[5] = "Pause";
    w.sheet("2025", "soziales.xlsx", &[HEADER, &paused, &other]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.measure_in("2025", "Sprachcafé")["status"], "ruht");
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(w.output().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(s["years"][1]["by_status"]["ruht"], 1);
    assert_eq!(s["years"][1]["by_status"]["laufend"], 1);
    // Not ended: the comparison calls it changed, not ended.
    let changes = crate::common::read_csv(&w.output().join("changes.csv"));
    let change = changes
        .iter()
        .find(|c| c["title"] == "Sprachcafé" && c["to_year"] == "2025")
        .unwrap();
    assert_eq!(change["change"], "changed", "{change:#?}");
    // Its own tile in the report.
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let tiles = &text[..text.find("gemeldetes Budget").expect("tiles")];
    assert!(tiles.contains("ruht"), "{tiles}");
}

#[test]
fn six_hundred_assignments_are_listed_and_never_added_to_people() {
    let w = Work::new();
    let mut pool = crate::common::row("S-1", "Dolmetscherpool");
    pool[9] = "600 Einsätze";
    let mut cafe = crate::common::row("S-2", "Sprachcafé");
    cafe[9] = "ca. 20 TN";
    let kurs = crate::common::row("S-3", "Deutschkurs"); // 10 people
    w.sheet("2024", "soziales.xlsx", &[HEADER, &pool, &cafe, &kurs]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = run.measure("Dolmetscherpool");
    assert_eq!(
        (m["participants"].as_str(), m["participants_unit"].as_str()),
        ("600", "Einsätze")
    );
    assert_eq!(run.measure("Sprachcafé")["participants_unit"], "");
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(w.output().join("summary.json")).unwrap())
            .unwrap();
    let y = &s["years"][0];
    assert_eq!(y["participants_total"], 30, "people only: 20 + 10");
    assert_eq!(y["participants_measures"], 2);
    assert_eq!(y["participants_approx"], 1);
    assert_eq!(
        y["other_counts"],
        serde_json::json!([{ "unit": "Einsätze", "total": 600, "measures": 1 }])
    );
    let unit = run.with_code("participants-unit");
    assert_eq!(unit.len(), 1, "{:#?}", run.findings);
    assert_eq!(unit[0]["cell"], "J2");
    // A question to the department: in its correction workbook, on the cell.
    let book = std::fs::read(
        w.output()
            .join("rueckmeldungen")
            .join("fachbereich-soziales.xlsx"),
    )
    .expect("the question reaches the department");
    assert!(entries(&book, "xl/comments").contains("zählt keine Personen"));
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("rund 30"), "{flat}");
    assert!(
        flat.contains("erreichte Personen (gemeldet, aus 2 Maßnahmen)"),
        "{flat}"
    );
    assert!(
        flat.contains("Nicht als Personen gezählt, weil die Maßnahmen etwas anderes zählen: 600 Einsätze (1 Maßnahme)."),
        "{flat}"
    );
    // The same in English.
    let run = w.run(&["report", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("about 30"), "{flat}");
    assert!(
        flat.contains("people reached (reported, from 2 measures)"),
        "{flat}"
    );
    assert!(flat.contains("600 Einsätze (1 measure)"), "{flat}");
}

#[test]
fn dates_that_passed_are_questions_to_the_department_never_statements_in_the_report() {
    let w = Work::new();
    let mut planned = crate::common::row("S-1", "Sprachcafé");
    planned[5] = "geplant";
    planned[6] = "01.03.2024";
    let mut running = crate::common::row("S-2", "Nähcafé");
    running[7] = "30.06.2024";
    let fine = crate::common::row("S-3", "Deutschkurs");
    w.sheet(
        "2024",
        "soziales.xlsx",
        &[HEADER, &planned, &running, &fine],
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let start = run.with_code("deadline-start-passed");
    assert_eq!(start.len(), 1, "{:#?}", run.findings);
    assert_eq!(
        (start[0]["severity"].as_str(), start[0]["cell"].as_str()),
        ("info", "2")
    );
    assert!(
        start[0]["message"]
            .starts_with("Rückfrage: „Sprachcafé“ beginnt laut Tabelle am 01.03.2024")
    );
    let end = run.with_code("deadline-end-passed");
    assert_eq!(end.len(), 1, "{:#?}", run.findings);
    assert!(end[0]["message"].contains("endet laut Tabelle am 30.06.2024"));
    // In the department's correction workbook, on the cells, marked blue.
    let book = std::fs::read(
        w.output()
            .join("rueckmeldungen")
            .join("fachbereich-soziales.xlsx"),
    )
    .expect("a correction workbook for the questions");
    let comments = entries(&book, "xl/comments");
    // Header in row 3: Beginn of the first data row is H4, Ende of the second I5.
    let at_start = comments.find("ref=\"H4\"").expect("note on the start cell");
    assert!(comments[at_start..].contains("Rückfrage"), "{comments}");
    assert!(comments.contains("ref=\"I5\""), "{comments}");
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("measures.xlsx")).unwrap();
    let questions = calamine::Reader::worksheet_range(&mut wb, "Rückfragen").unwrap();
    assert_eq!(questions.height(), 3, "header and two questions");
    // Not a word of it in the published report.
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    assert!(!text.contains("Rückfrage"));
    assert!(!text.contains("laut Tabelle"));
}

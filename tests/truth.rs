//! A report that stays true when departments make mistakes: rejected rows are evidence,
//! a missing return is no ending, duplicate returns count once, one department is one
//! department, totals are no measures, statuses mean their role, and nothing is borrowed.

use std::collections::HashMap;

use crate::common::{HEADER, Run, Work, read_csv};

/// A row: id, title, department, status (field and target group fixed).
fn r<'a>(id: &'a str, title: &'a str, dept: &'a str, status: &'a str) -> Vec<&'a str> {
    vec![
        id,
        title,
        dept,
        "Geflüchtete",
        "Geflüchtete",
        status,
        "01.01.2020",
        "",
        "1000",
        "10",
    ]
}

fn inventory(w: &Work, year: &str, name: &str, rows: &[Vec<&str>]) {
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(|r| r.as_slice()));
    w.sheet(year, name, &all);
}

fn changes(w: &Work) -> Vec<HashMap<String, String>> {
    read_csv(&w.output().join("changes.csv"))
}

fn kinds(c: &[HashMap<String, String>]) -> Vec<(String, String)> {
    let mut k: Vec<(String, String)> = c
        .iter()
        .map(|x| (x["title"].clone(), x["change"].clone()))
        .collect();
    k.sort();
    k
}

fn html(w: &Work) -> String {
    std::fs::read_to_string(w.output().join("report.html")).expect("report.html")
}

fn report(w: &Work) -> Run {
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    run
}

#[test]
fn a_rejected_row_is_neither_ended_nor_new() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "soziales.xlsx",
        &[
            r("1", "Sprachcafé", "Fachbereich Soziales", "laufend"),
            r("2", "Lotsenprojekt", "Fachbereich Soziales", "laufend"),
            r("3", "Kleiderkammer", "Fachbereich Soziales", "laufend"),
            // Rejected in the earlier year, fine in the later one.
            r("4", "Elterncafé", "Fachbereich Soziales", "unbekannt"),
        ],
    );
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[
            r("1", "Sprachcafé", "Fachbereich Soziales", "laufend"),
            // A typo in the status and a missing title (the id still tells which it is).
            r("2", "Lotsenprojekt", "Fachbereich Soziales", "unklar"),
            r("3", "", "Fachbereich Soziales", "laufend"),
            r("4", "Elterncafé", "Fachbereich Soziales", "laufend"),
            r("5", "Nähwerkstatt", "Fachbereich Soziales", "geplant"),
        ],
    );
    report(&w);
    let c = changes(&w);
    assert_eq!(
        kinds(&c),
        [
            ("Elterncafé".to_string(), "not-taken-over".to_string()),
            ("Kleiderkammer".into(), "not-taken-over".into()),
            ("Lotsenprojekt".into(), "not-taken-over".into()),
            ("Nähwerkstatt".into(), "new".into()),
            ("Sprachcafé".into(), "continued".into()),
        ]
    );
    let lotsen = c.iter().find(|x| x["title"] == "Lotsenprojekt").unwrap();
    assert!(
        lotsen["detail"].contains("2024 gemeldet, aber nicht übernommen"),
        "{}",
        lotsen["detail"]
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.output().join("summary.json")).unwrap()).unwrap();
    let y = &summary["years"][1];
    assert_eq!(y["changes"]["new"], 1);
    assert_eq!(y["changes"]["ended"], 0);
    assert_eq!(y["changes"]["not_taken_over"], 3);
    assert_eq!(y["rows_not_taken_over"], 2);
    let page = html(&w);
    assert!(
        page.contains("Gemeldet, aber nicht übernommen (3)"),
        "no section"
    );
    assert!(
        page.contains("Nicht in diesen Zahlen: 2 Zeilen für 2024"),
        "key-figure page does not say what is missing"
    );
    assert!(
        page.contains("Entwurf"),
        "no draft notice while errors remain"
    );
}

#[test]
fn a_department_without_a_return_has_not_ended_its_measures() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "jugend.xlsx",
        &[
            r("", "Jugendtreff", "Fachbereich Jugend", "laufend"),
            r("", "Ferienpass", "Fachbereich Jugend", "laufend"),
        ],
    );
    inventory(
        &w,
        "2023",
        "soziales.xlsx",
        &[r("", "Sprachcafé", "Fachbereich Soziales", "laufend")],
    );
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[r("", "Sprachcafé", "Fachbereich Soziales", "laufend")],
    );
    // The youth department's return is there but unreadable.
    w.put("2024", "jugend.xlsx", b"PK\x03\x04 not really a workbook");
    report(&w);
    let c = changes(&w);
    assert_eq!(
        kinds(&c),
        [
            ("Ferienpass".to_string(), "no-return".to_string()),
            ("Jugendtreff".into(), "no-return".into()),
            ("Sprachcafé".into(), "continued".into()),
        ]
    );
    let page = html(&w);
    assert!(
        page.contains("Ohne lesbare Rückmeldung für 2024: Fachbereich Jugend"),
        "key-figure page does not name the department"
    );
    assert!(page.contains("Ohne Rückmeldung 2024 (1)"));
    assert!(page.contains("Ihre 2 Maßnahmen aus 2023 gelten nicht als beendet"));
}

#[test]
fn one_measure_without_a_return_is_named_in_the_singular() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "jugend.xlsx",
        &[r("", "Jugendtreff", "Fachbereich Jugend", "laufend")],
    );
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[r("", "Sprachcafé", "Fachbereich Soziales", "laufend")],
    );
    w.put("2024", "jugend.xlsx", b"PK\x03\x04 not really a workbook");
    let run = report(&w);
    let page = html(&w);
    assert!(
        page.contains("Ihre 1 Maßnahme aus 2023 gilt nicht als beendet, sondern als offen."),
        "singular sentence missing"
    );
    assert!(
        page.contains("ist 2024 1 Maßnahme gemeldet"),
        "field chapter"
    );
    assert!(
        page.contains("Beteiligt ist 1 Fach- oder Servicebereich"),
        "field chapter"
    );
    assert!(
        run.stdout.contains("1 Maßnahme ohne Rückmeldung 2024"),
        "{}",
        run.stdout
    );
}

#[test]
fn duplicate_returns_count_each_measure_once() {
    let w = Work::new();
    inventory(
        &w,
        "2024",
        "jugend.xlsx",
        &[
            r("J1", "Jugendtreff", "Fachbereich Jugend", "geplant"),
            r("J2", "Ferienpass", "Fachbereich Jugend", "laufend"),
        ],
    );
    inventory(
        &w,
        "2024",
        "jugend-korrigiert.xlsx",
        &[
            r("J1", "Jugendtreff", "Fachbereich Jugend", "laufend"),
            r("J3", "Hausaufgabenhilfe", "Fachbereich Jugend", "laufend"),
        ],
    );
    let run = w.run(&["check"]);
    let titles: Vec<(&str, &str, &str)> = run
        .measures
        .iter()
        .map(|m| {
            (
                m["title"].as_str(),
                m["status"].as_str(),
                m["source_file"].as_str(),
            )
        })
        .collect();
    // The corrected file wins for the shared measure; the rest of both files stays.
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(titles.contains(&("Jugendtreff", "laufend", "2024/jugend-korrigiert.xlsx")));
    assert!(titles.contains(&("Ferienpass", "laufend", "2024/jugend.xlsx")));
    let f = run.with_code("duplicate-return");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert!(f[0]["message"].contains("2024/jugend.xlsx"));
    assert!(f[0]["message"].contains("2024/jugend-korrigiert.xlsx"));
    let s = run.with_code("superseded-row");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["severity"], "info");
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
}

#[test]
fn one_department_under_several_spellings_is_one_department() {
    let w = Work::new();
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[
            r("", "Jugendtreff", "FB Jugend", "laufend"),
            r("", "Ferienpass", "fachbereich jugend", "laufend"),
        ],
    );
    inventory(
        &w,
        "2024",
        "b.xlsx",
        &[r("", "Hausaufgabenhilfe", "Fachbereich Jugend", "laufend")],
    );
    let run = report(&w);
    let depts: std::collections::BTreeSet<&str> = run
        .measures
        .iter()
        .map(|m| m["department"].as_str())
        .collect();
    assert_eq!(
        depts.into_iter().collect::<Vec<_>>(),
        ["Fachbereich Jugend"]
    );
    let f = run.with_code("department-variant");
    assert_eq!(f.len(), 2, "{:#?}", run.findings);
    assert!(f.iter().any(|x| x["message"].contains("„FB Jugend“")));
    let page = html(&w);
    assert!(!page.contains("FB Jugend"), "a variant got its own heading");
    assert!(
        !page.contains("fachbereich jugend"),
        "a variant got its own heading"
    );
}

#[test]
fn with_a_department_list_unknown_names_stay_with_a_suggestion() {
    let w = Work::new();
    w.config(&bestand::config::Config {
        departments: vec!["Fachbereich Jugend".into(), "Fachbereich Soziales".into()],
        ..Default::default()
    });
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[
            r("", "Jugendtreff", "FB Jugend", "laufend"),
            r("", "Sprachcafé", "Fachbereich Sozialles", "laufend"),
        ],
    );
    let run = w.run(&["check"]);
    assert_eq!(
        run.measure("Jugendtreff")["department"],
        "Fachbereich Jugend"
    );
    assert_eq!(
        run.measure("Sprachcafé")["department"],
        "Fachbereich Sozialles"
    );
    let f = run.with_code("unknown-department");
    assert_eq!(f.len(), 1);
    assert!(
        f[0]["message"].contains("Meinten Sie „Fachbereich Soziales“?"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn total_rows_are_no_measures_and_nothing_is_lost() {
    let w = Work::new();
    let rows: Vec<Vec<&str>> = vec![
        r("", "Jugendtreff", "Fachbereich Jugend", "laufend"),
        r("", "Gesamtkonzept Jugend", "Fachbereich Jugend", "laufend"),
        r("", "", "Fachbereich Jugend", "laufend"),
        vec!["", "Summe:", "", "", "", "", "", "", "2000", "20"],
        vec!["Gesamt", "", "", "", "", "", "", "", "2000", ""],
    ];
    inventory(&w, "2024", "jugend.xlsx", &rows);
    let run = w.run(&["check"]);
    // „Gesamtkonzept…“ is a title, not a total.
    assert_eq!(run.measures.len(), 2);
    let totals = run.with_code("total-row");
    assert_eq!(totals.len(), 2, "{:#?}", run.findings);
    assert!(totals.iter().all(|f| f["severity"] == "info"));
    assert_eq!(
        totals
            .iter()
            .map(|f| f["cell"].as_str())
            .collect::<Vec<_>>(),
        ["5", "6"]
    );
    // Nothing lost: measures + rows with an error + rows set aside = the data rows.
    let rows_with_error: std::collections::BTreeSet<String> = run
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
        run.measures.len() + rows_with_error.len() + totals.len(),
        rows.len()
    );
}

#[test]
fn everyday_status_words_are_read_and_open_ones_are_refused_without_a_guess() {
    let w = Work::new();
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[
            r("", "Jugendtreff", "Fachbereich Jugend", "lfd."),
            r("", "Ferienpass", "Fachbereich Jugend", "in Arbeit"),
            r(
                "",
                "Hausaufgabenhilfe",
                "Fachbereich Jugend",
                "in Vorbereitung",
            ),
            r("", "Elterncafé", "Fachbereich Jugend", "unklar"),
            r("", "Sprachpaten", "Fachbereich Jugend", "pausiert"),
        ],
    );
    let run = w.run(&["check"]);
    // On hold is a status of its own, neither running nor ended.
    assert_eq!(run.measure("Sprachpaten")["status"], "ruht");
    assert_eq!(run.measure("Jugendtreff")["status"], "laufend");
    assert_eq!(run.measure("Ferienpass")["status"], "laufend");
    assert_eq!(run.measure("Hausaufgabenhilfe")["status"], "geplant");
    assert_eq!(run.with_code("category-corrected").len(), 3);
    let open = run.with_code("unknown-value");
    assert_eq!(open.len(), 1);
    assert!(
        !open[0]["message"].contains("Meinten Sie"),
        "{}",
        open[0]["message"]
    );
    assert!(
        open[0]["message"].contains("Erlaubt: geplant, laufend, ruht, abgeschlossen, eingestellt"),
        "{}",
        open[0]["message"]
    );
}

#[test]
fn renamed_and_reordered_statuses_keep_their_meaning() {
    let figures = |cfg: &bestand::config::Config, statuses: [&str; 2]| {
        let w = Work::new();
        std::fs::write(
            w.dir.path().join("bestand.toml"),
            toml::to_string(cfg).unwrap(),
        )
        .unwrap();
        let mut header = HEADER.to_vec();
        header.push("Ziele");
        let mut a = r("", "Jugendtreff", "Fachbereich Jugend", statuses[0]);
        a.push("3.1");
        let mut b = r("", "Ferienpass", "Fachbereich Jugend", statuses[1]);
        b.push("3.2");
        w.sheet("2024", "a.xlsx", &[&header, &a, &b]);
        let run = report(&w);
        assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
        let s: serde_json::Value =
            serde_json::from_slice(&std::fs::read(w.output().join("summary.json")).unwrap())
                .unwrap();
        let svg = std::fs::read_to_string(w.output().join("charts/entwicklung.svg"))
            .or_else(|_| {
                std::fs::read_to_string(w.output().join("charts/massnahmen-nach-handlungsfeld.svg"))
            })
            .unwrap();
        (s["years"][0]["goal_coverage"]["Geflüchtete"].clone(), svg)
    };
    let standard = crate::generator::example_config();
    let mut renamed = standard.clone();
    // An office that calls its statuses differently and lists them in another order.
    renamed.vocabularies.status.reverse();
    for t in &mut renamed.vocabularies.status {
        t.name = match t.name.as_str() {
            "laufend" => "in Durchführung (aktiv)".into(),
            "geplant" => "vorbereitet".into(),
            other => other.to_uppercase(),
        };
        t.synonyms.clear();
        t.also_read.clear();
    }
    let (a, svg_a) = figures(&standard, ["laufend", "geplant"]);
    let (b, svg_b) = figures(&renamed, ["in Durchführung (aktiv)", "vorbereitet"]);
    assert_eq!(a, b);
    assert_eq!(a["with_running_or_done"], 1);
    // The running status has the same colour (Okabe–Ito blue) in both charts.
    assert!(svg_a.contains("#0072B2") && svg_b.contains("#0072B2"));
}

#[test]
fn without_a_configuration_nothing_is_borrowed() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Kommunen");
    let mut a = r("", "Jugendtreff", "Fachbereich Jugend", "laufend");
    a.push("Bielefeld");
    w.sheet("2024", "a.xlsx", &[&header, &a]);
    let run = report(&w);
    assert_eq!(run.measure("Jugendtreff")["municipalities"], "Bielefeld");
    assert!(
        run.with_code("unknown-list-item").is_empty(),
        "{:#?}",
        run.findings
    );
    assert_eq!(
        run.stdout.matches("eingebauten Voreinstellungen").count(),
        1
    );
    let page = html(&w);
    assert!(!page.contains("Region Hannover"), "borrowed organisation");
    assert!(
        !page.contains("Koordinierungsstelle"),
        "borrowed organisation"
    );
    assert!(
        !page.contains("Migrantenorganisationen an Entscheidungen"),
        "borrowed goals"
    );
}

#[test]
fn the_configuration_beside_the_inventories_is_used() {
    let w = Work::new();
    let cfg = bestand::config::Config {
        organisation: "Stadt Musterhausen".into(),
        ..Default::default()
    };
    std::fs::create_dir_all(w.input()).unwrap();
    std::fs::write(
        w.input().join("bestand.toml"),
        toml::to_string(&cfg).unwrap(),
    )
    .unwrap();
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[r("", "Jugendtreff", "Fachbereich Jugend", "laufend")],
    );
    let run = report(&w);
    assert!(!run.stdout.contains("Voreinstellungen"), "{}", run.stdout);
    assert!(
        run.with_code("skipped-file").is_empty(),
        "{:#?}",
        run.findings
    );
    assert!(html(&w).contains("Stadt Musterhausen"));
}

#[test]
fn check_after_report_never_leaves_a_contradicting_workbook() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "a.xlsx",
        &[r("1", "Jugendtreff", "Fachbereich Jugend", "geplant")],
    );
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[r("1", "Jugendtreff", "Fachbereich Jugend", "laufend")],
    );
    report(&w);
    // The same input: the report stays, the workbook keeps its changes sheet.
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(w.output().join("report.pdf").exists());
    let xlsx = w.output().join("measures.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheets = calamine::Reader::sheet_names(&book);
    assert_eq!(sheets[2], "Änderungen");
    let changes = calamine::Reader::worksheet_range(&mut book, &sheets[2]).unwrap();
    assert_eq!(changes.height(), 2, "header and one change");
    // Changed input: the old report no longer matches and is taken away.
    inventory(
        &w,
        "2024",
        "a.xlsx",
        &[r("1", "Jugendtreff", "Fachbereich Jugend", "abgeschlossen")],
    );
    let run = w.run(&["check"]);
    assert!(!w.output().join("report.pdf").exists());
    assert!(!w.output().join("report.html").exists());
    assert!(run.stdout.contains("entfernt"), "{}", run.stdout);
}

#[test]
fn a_measure_under_a_taken_id_is_not_ended_and_a_reused_id_is_named() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "jugend.xlsx",
        &[
            r("J-1", "Streetwork", "Fachbereich Jugend", "laufend"),
            r("J-2", "Ferienpass", "Fachbereich Jugend", "laufend"),
            r("J-3", "Schuldnerberatung", "Fachbereich Jugend", "laufend"),
        ],
    );
    let mut moved = r(
        "J-3",
        "Hitzeschutz für Obdachlose",
        "Fachbereich Jugend",
        "geplant",
    );
    moved[3] = "Gesundheit und Pflege";
    inventory(
        &w,
        "2024",
        "jugend.xlsx",
        &[
            r("J-1", "Streetwork", "Fachbereich Jugend", "laufend"),
            // Ferienpass copied the id of the row above by mistake: rejected, not ended.
            r("J-1", "Ferienpass", "Fachbereich Jugend", "laufend"),
            moved,
        ],
    );
    report(&w);
    let c = changes(&w);
    let ferien = c.iter().find(|x| x["title"] == "Ferienpass").unwrap();
    assert_eq!(ferien["change"], "not-taken-over", "{c:#?}");
    let run = w.run(&["check"]);
    let reused = run.with_code("id-reused");
    assert_eq!(reused.len(), 1, "{:#?}", run.findings);
    assert!(reused[0]["message"].contains("Schuldnerberatung"));
}

#[test]
fn a_department_back_after_a_missing_year_has_no_new_measures() {
    let w = Work::new();
    for year in ["2023", "2025"] {
        inventory(
            &w,
            year,
            "gesundheit.xlsx",
            &[r(
                "G-1",
                "Impfberatung",
                "Fachbereich Gesundheit",
                "laufend",
            )],
        );
    }
    for year in ["2023", "2024", "2025"] {
        inventory(
            &w,
            year,
            "soziales.xlsx",
            &[r("S-1", "Sprachcafé", "Fachbereich Soziales", "laufend")],
        );
    }
    report(&w);
    let c = changes(&w);
    let impf: Vec<(&str, &str)> = c
        .iter()
        .filter(|x| x["title"] == "Impfberatung")
        .map(|x| (x["to_year"].as_str(), x["change"].as_str()))
        .collect();
    assert_eq!(
        impf,
        [("2024", "no-return"), ("2025", "no-return")],
        "{c:#?}"
    );
}

#[test]
fn rows_rejected_in_both_years_stay_in_the_changes() {
    let w = Work::new();
    for year in ["2023", "2024"] {
        inventory(
            &w,
            year,
            "jugend.xlsx",
            &[
                r("J-1", "Streetwork", "Fachbereich Jugend", "laufend"),
                r("J-2", "Ferienpass", "Fachbereich Jugend", "unklar"),
            ],
        );
    }
    report(&w);
    let c = changes(&w);
    let ferien: Vec<&str> = c
        .iter()
        .filter(|x| x["title"] == "Ferienpass")
        .map(|x| x["change"].as_str())
        .collect();
    assert_eq!(ferien, ["not-taken-over"], "{c:#?}");
}

#[test]
fn a_department_whose_rows_were_all_rejected_still_has_its_section() {
    let w = Work::new();
    inventory(
        &w,
        "2024",
        "jugend.xlsx",
        &[r("J-1", "Streetwork", "Fachbereich Jugend", "unklar")],
    );
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[r("S-1", "Sprachcafé", "Fachbereich Soziales", "laufend")],
    );
    report(&w);
    let page = html(&w);
    assert!(page.contains(">Fachbereich Jugend</h3>"), "no section");
    assert!(page.contains("keine ihrer Zeilen konnte übernommen werden"));
}

/// A goal is checked against the office's catalogue where there is one; without one (none is
/// built in) it is taken as written, and no finding claims it is missing from a catalogue.
#[test]
fn goals_are_checked_only_against_a_catalogue_that_exists() {
    let mut header = HEADER.to_vec();
    header.push("Ziele");
    let mut known = r("1", "Sprachcafé", "Fachbereich Soziales", "laufend");
    known.push("1.1");
    let mut unknown = r("2", "Lotsenprojekt", "Fachbereich Soziales", "laufend");
    unknown.push("9.9; Teilhabe stärken");

    let w = Work::new();
    w.sheet("2024", "soziales.xlsx", &[&header, &known, &unknown]);
    let run = w.run(&["check"]);
    assert!(
        run.with_code("unknown-goal").is_empty(),
        "{:#?}",
        run.findings
    );
    assert_eq!(run.measure("Sprachcafé")["goals"], "1.1");
    assert_eq!(
        run.measure("Lotsenprojekt")["goals"],
        "9.9; Teilhabe stärken"
    );

    let w = Work::new();
    w.config(&crate::generator::example_config());
    w.sheet("2024", "soziales.xlsx", &[&header, &known, &unknown]);
    let run = w.run(&["check"]);
    let cells: Vec<&str> = run
        .with_code("unknown-goal")
        .iter()
        .map(|f| f["cell"].as_str())
        .collect();
    assert_eq!(cells, ["K3", "K3"], "{:#?}", run.findings);
    assert_eq!(run.measure("Sprachcafé")["goals"], "1.1");
}

/// Numbered departments are listed as a person counts: „Fachbereich 2“ before „Fachbereich
/// 10“, in the report's department chapter and in measures.csv.
#[test]
fn numbered_departments_are_in_counting_order() {
    let w = Work::new();
    for (file, dept) in [
        ("fb10.xlsx", "Fachbereich 10"),
        ("fb2.xlsx", "Fachbereich 2"),
        ("fb1.xlsx", "Fachbereich 1"),
    ] {
        let title = format!("Sprachcafé {dept}");
        inventory(&w, "2024", file, &[r("1", &title, dept, "laufend")]);
    }
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let order: Vec<&str> = run
        .measures
        .iter()
        .map(|m| m["department"].as_str())
        .collect();
    assert_eq!(order, ["Fachbereich 1", "Fachbereich 2", "Fachbereich 10"]);
    let html = std::fs::read_to_string(w.output().join("report.html")).expect("report.html");
    let at = |name: &str| {
        html.find(&format!(">{name}</h3>"))
            .unwrap_or_else(|| panic!("no heading {name}"))
    };
    assert!(at("Fachbereich 1") < at("Fachbereich 2"));
    assert!(at("Fachbereich 2") < at("Fachbereich 10"));
}

#[test]
fn departments_differing_by_number_are_not_merged() {
    let w = Work::new();
    for (file, dept, id, title) in [
        (
            "fb3.xlsx",
            "Fachbereich 3 (Soziales)",
            "1",
            "Schuldnerberatung",
        ),
        ("fb3b.xlsx", "FB 3 Soziales", "2", "Sozialpass"),
        (
            "fb10.xlsx",
            "Fachbereich 10 (Soziales)",
            "3",
            "Seniorentreff",
        ),
        ("soziales.xlsx", "Fachbereich Soziales", "4", "Tafel"),
    ] {
        inventory(&w, "2024", file, &[r(id, title, dept, "laufend")]);
    }
    let run = w.run(&["check"]);
    let dept = |title: &str| {
        run.measures
            .iter()
            .find(|m| m["title"] == title)
            .map(|m| m["department"].clone())
            .unwrap_or_else(|| panic!("{title} missing"))
    };
    assert_eq!(dept("Schuldnerberatung"), "Fachbereich 3 (Soziales)");
    assert_eq!(dept("Sozialpass"), "Fachbereich 3 (Soziales)");
    assert_eq!(dept("Seniorentreff"), "Fachbereich 10 (Soziales)");
    // Without a number the name fits both: kept as written, and the department is asked.
    assert_eq!(dept("Tafel"), "Fachbereich Soziales");
    let f = run.with_code("department-ambiguous");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert_eq!(f[0]["file"], "2024/soziales.xlsx");
    assert!(f[0]["message"].contains("„Fachbereich 3 (Soziales)“, „Fachbereich 10 (Soziales)“"));
    assert_eq!(
        run.with_code("department-variant").len(),
        1,
        "{:#?}",
        run.findings
    );
}

#[test]
fn a_configured_list_names_its_rows_and_itself() {
    let w = Work::new();
    w.config(&bestand::config::Config {
        departments: vec!["Fachbereich 3 (Soziales)".into()],
        ..Default::default()
    });
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[
            r("1", "Sozialpass", "FB3 Soziales", "laufend"),
            r("2", "Tafel", "FB3 Soziales", "laufend"),
        ],
    );
    inventory(
        &w,
        "2024",
        "jugend.xlsx",
        &[r("3", "Jugendtreff", "FB 7 Soziales", "laufend")],
    );
    let run = w.run(&["check"]);
    let variant = run.with_code("department-variant");
    assert_eq!(variant.len(), 1, "{:#?}", run.findings);
    assert!(
        variant[0]["message"].contains("„FB3 Soziales“ (2 Zeilen) gelesen als „Fachbereich 3 (Soziales)“, wie er in der Liste der Fachbereiche heißt"),
        "{}",
        variant[0]["message"]
    );
    let unknown = run.with_code("unknown-department");
    assert_eq!(unknown.len(), 1, "{:#?}", run.findings);
    // Another number is not suggested as if it were a typo.
    assert_eq!(
        unknown[0]["message"],
        "Fachbereich „FB 7 Soziales“ (1 Zeile) steht nicht in der Liste der Fachbereiche; er wird wie geschrieben übernommen."
    );
}

#[test]
fn a_return_without_the_department_number_makes_no_return_uncertain() {
    // 2023: two numbered departments. 2024: FB 10 returns under its number, FB 3's return
    // names the department without its number, which fits both.
    let w = Work::new();
    inventory(
        &w,
        "2023",
        "fb3.xlsx",
        &[r("", "Schuldnerberatung", "FB 3 Soziales", "laufend")],
    );
    inventory(
        &w,
        "2023",
        "fb10.xlsx",
        &[r("", "Seniorentreff", "FB 10 Soziales", "laufend")],
    );
    inventory(
        &w,
        "2024",
        "fb10.xlsx",
        &[r("", "Seniorentreff", "FB 10 Soziales", "laufend")],
    );
    inventory(
        &w,
        "2024",
        "soziales.xlsx",
        &[r("", "Sozialpass", "Soziales", "laufend")],
    );
    let run = report(&w);
    let c = changes(&w);
    let old = c
        .iter()
        .find(|x| x["title"] == "Schuldnerberatung")
        .expect("Schuldnerberatung");
    // Not ended, and not said to have no return as a fact.
    assert_eq!(old["change"], "no-return");
    assert!(
        old["detail"].starts_with("Rückmeldung für 2024 nicht eindeutig"),
        "{:?}",
        old
    );
    let page = html(&w);
    assert!(
        page.contains("Nicht sicher ist das bei FB 3 Soziales: Eine Rückmeldung für 2024 nennt einen Fachbereich ohne Nummer"),
        "report does not say it is uncertain"
    );
    assert!(
        run.stdout.contains("davon nicht sicher: FB 3 Soziales"),
        "{}",
        run.stdout
    );
}

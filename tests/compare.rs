//! Year-over-year comparison: matching by id and title, moves, links, ties, key figures.

use std::collections::HashMap;

use crate::common::{HEADER, Run, Work, read_csv};

/// A row: id, title, department, field, status, budget.
fn r<'a>(
    id: &'a str,
    title: &'a str,
    dept: &'a str,
    status: &'a str,
    budget: &'a str,
) -> Vec<&'a str> {
    vec![
        id,
        title,
        dept,
        "Geflüchtete",
        "Geflüchtete",
        status,
        "01.01.2020",
        "",
        budget,
        "10",
    ]
}

fn inventory(w: &Work, year: &str, rows: &[Vec<&str>]) {
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(|r| r.as_slice()));
    w.sheet(year, &format!("inventar-{year}.xlsx"), &all);
}

fn changes(w: &Work) -> Vec<HashMap<String, String>> {
    read_csv(&w.output().join("changes.csv"))
}

fn change<'a>(c: &'a [HashMap<String, String>], title: &str) -> &'a HashMap<String, String> {
    c.iter()
        .find(|x| x["title"] == title)
        .unwrap_or_else(|| panic!("no change for {title:?}: {c:#?}"))
}

fn run_compare(w: &Work, args: &[&str]) -> Run {
    let mut a = vec!["compare"];
    a.extend_from_slice(args);
    w.run(&a)
}

#[test]
fn renamed_with_same_id_is_changed_with_the_title_in_detail() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[r("7", "Dolmetscherpool", "FB Personal", "laufend", "12000")],
    );
    inventory(
        &w,
        "2024",
        &[r(
            "7",
            "Sprachmittlung für Ämter",
            "FB Personal",
            "laufend",
            "15500",
        )],
    );
    let run = run_compare(&w, &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let c = changes(&w);
    assert_eq!(c.len(), 1, "{c:#?}");
    let x = change(&c, "Sprachmittlung für Ämter");
    assert_eq!(x["change"], "changed");
    assert_eq!(
        x["detail"],
        "Titel: „Dolmetscherpool“ → „Sprachmittlung für Ämter“; Budget: 12.000 € → 15.500 €"
    );
    assert_eq!(
        (x["from_year"].as_str(), x["to_year"].as_str()),
        ("2023", "2024")
    );
}

#[test]
fn no_id_and_a_small_title_change_is_matched_by_title() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[
            r("", "Dolmetscherpool", "FB Personal", "geplant", "12000"),
            r("", "Elterncafé", "FB Jugend", "laufend", "1000"),
        ],
    );
    inventory(
        &w,
        "2024",
        &[
            r(
                "",
                "Dolmetscherpool für die Verwaltung",
                "FB Personal",
                "laufend",
                "12000",
            ),
            r("", "Elterncafé", "FB Jugend", "laufend", "1000"),
        ],
    );
    run_compare(&w, &[]);
    let c = changes(&w);
    assert_eq!(c.len(), 2, "{c:#?}");
    let x = change(&c, "Dolmetscherpool für die Verwaltung");
    assert_eq!(x["change"], "changed");
    assert!(
        x["detail"].contains("Status: geplant → laufend"),
        "{}",
        x["detail"]
    );
    assert_eq!(change(&c, "Elterncafé")["change"], "continued");
    assert_eq!(change(&c, "Elterncafé")["detail"], "");
}

#[test]
fn measure_moved_between_departments() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[r(
            "",
            "Sprachkurs Deutsch im Beruf",
            "FB Wirtschaft",
            "laufend",
            "5000",
        )],
    );
    inventory(
        &w,
        "2024",
        &[r(
            "",
            "Sprachkurs Deutsch im Beruf",
            "FB Bildung",
            "laufend",
            "5000",
        )],
    );
    run_compare(&w, &[]);
    let c = changes(&w);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0]["change"], "changed");
    assert_eq!(c[0]["detail"], "Fachbereich: FB Wirtschaft → FB Bildung");
    assert_eq!(c[0]["department"], "FB Bildung");
}

#[test]
fn an_ended_measure_and_a_new_one_with_a_similar_title_stay_apart() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[r(
            "",
            "Sprachkurs für Frauen",
            "FB Bildung",
            "abgeschlossen",
            "5000",
        )],
    );
    inventory(
        &w,
        "2024",
        &[r(
            "",
            "Sprachkurs für Senioren",
            "FB Bildung",
            "geplant",
            "5000",
        )],
    );
    run_compare(&w, &[]);
    let c = changes(&w);
    // Completed in 2023: its absence in 2024 is expected (finished), not an end.
    assert_eq!(change(&c, "Sprachkurs für Frauen")["change"], "finished");
    assert_eq!(change(&c, "Sprachkurs für Senioren")["change"], "new");
}

#[test]
fn links_file_forces_and_forbids() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[
            r("", "Lotsenprojekt", "FB Soziales", "laufend", "1000"),
            r("", "Elterncafé", "FB Jugend", "laufend", "1000"),
        ],
    );
    inventory(
        &w,
        "2024",
        &[
            r("", "Integrationslotsen", "FB Soziales", "laufend", "1000"),
            r("", "Elterncafé", "FB Jugend", "laufend", "1000"),
        ],
    );
    std::fs::write(
        w.input().join("links.csv"),
        "alt;neu;verknüpfen\nLotsenprojekt;Integrationslotsen;ja\nElterncafé;Elterncafé;nein\n",
    )
    .unwrap();
    let run = run_compare(&w, &[]);
    assert!(
        run.findings.iter().all(|f| f["file"] != "links.csv"),
        "{:#?}",
        run.findings
    );
    let c = changes(&w);
    let x = change(&c, "Integrationslotsen");
    assert_eq!(x["change"], "changed");
    assert!(x["detail"].starts_with("Titel:"));
    let kinds: Vec<&str> = c
        .iter()
        .filter(|x| x["title"] == "Elterncafé")
        .map(|x| x["change"].as_str())
        .collect();
    assert_eq!(kinds, ["new", "ended"]);
}

#[test]
fn every_unusable_line_of_the_links_file_is_a_finding() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[r("", "Lotsenprojekt", "FB Soziales", "laufend", "1000")],
    );
    inventory(
        &w,
        "2024",
        &[r(
            "",
            "Integrationslotsen",
            "FB Soziales",
            "laufend",
            "1000",
        )],
    );
    std::fs::write(
        w.input().join("links.csv"),
        "alt;neu;verknüpfen\nLotsenprojekt;;ja\n;;\n\nLotsenprojekt;Integrationslotsen;vielleicht\n",
    )
    .unwrap();
    let run = run_compare(&w, &[]);
    let lines: Vec<&str> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "links.csv")
        .map(|f| f["cell"].as_str())
        .collect();
    // Line 2 lacks "neu", lines 3 and 4 are empty (no finding), line 5 is neither yes nor
    // no: the lines as an editor counts them.
    assert_eq!(lines, ["2", "5"], "{:#?}", run.findings);
    // And the terminal of check shows them, under the file's name.
    let checked = w.run(&["check"]);
    assert!(checked.stdout.contains("links.csv"), "{}", checked.stdout);
    assert!(checked.stdout.contains("vielleicht"), "{}", checked.stdout);
}

#[test]
fn ties_are_matched_once_and_flagged_for_a_person() {
    let w = Work::new();
    inventory(
        &w,
        "2023",
        &[
            r("", "Sprachcafé Nord", "FB Bildung", "laufend", "1000"),
            r("", "Sprachcafé Süd", "FB Bildung", "laufend", "1000"),
        ],
    );
    inventory(
        &w,
        "2024",
        &[r("", "Sprachcafé", "FB Bildung", "laufend", "1000")],
    );
    let run = run_compare(&w, &[]);
    let c = changes(&w);
    assert_eq!(
        c.iter().filter(|x| x["change"] == "changed").count(),
        1,
        "{c:#?}"
    );
    assert_eq!(c.iter().filter(|x| x["change"] == "ended").count(), 1);
    let f = run.with_code("uncertain-match");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert!(
        f[0]["message"].contains("Sprachcafé Nord") && f[0]["message"].contains("Sprachcafé Süd")
    );
}

#[test]
fn three_years_are_compared_pairwise_and_from_to_picks_two() {
    let w = Work::new();
    inventory(&w, "2022", &[r("1", "A", "FB", "geplant", "100")]);
    inventory(
        &w,
        "2023",
        &[
            r("1", "A", "FB", "laufend", "100"),
            r("2", "B", "FB", "laufend", "100"),
        ],
    );
    inventory(&w, "2024", &[r("2", "B", "FB", "laufend", "100")]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0);
    let c = changes(&w);
    let pairs: Vec<(&str, &str, &str, &str)> = c
        .iter()
        .map(|x| {
            (
                x["from_year"].as_str(),
                x["to_year"].as_str(),
                x["title"].as_str(),
                x["change"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("2022", "2023", "B", "new"),
            ("2022", "2023", "A", "changed"),
            ("2023", "2024", "A", "ended"),
            ("2023", "2024", "B", "continued"),
        ]
    );
    run_compare(&w, &["--from", "2022", "--to", "2024"]);
    let c = changes(&w);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(
        c.iter()
            .all(|x| x["from_year"] == "2022" && x["to_year"] == "2024")
    );
    assert_eq!(run_compare(&w, &["--from", "2019"]).code, 2);
}

#[test]
fn summary_json_equals_a_hand_count() {
    let w = Work::new();
    w.config(&crate::generator::example_config());
    let mut a = r("1", "A", "FB Soziales", "laufend", "1000");
    a[3] = "Bildung und Sprache";
    a[4] = "Frauen; Kinder und Jugendliche";
    let mut b = r("2", "B", "FB Soziales", "geplant", "3000");
    b[4] = "Frauen";
    let c = r("3", "C", "FB Jugend", "laufend", "");
    inventory(&w, "2023", &[r("1", "A", "FB Soziales", "geplant", "500")]);
    inventory(&w, "2024", &[a, b, c]);
    w.run(&["report"]);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.output().join("summary.json")).unwrap()).unwrap();
    let y = &json["years"][1];
    assert_eq!(y["year"], 2024);
    assert_eq!(y["measures"], 3);
    assert_eq!(y["by_status"]["laufend"], 2);
    assert_eq!(y["by_status"]["geplant"], 1);
    assert_eq!(y["by_field"]["Bildung und Sprache"], 1);
    assert_eq!(y["by_field"]["Geflüchtete"], 2);
    assert_eq!(y["by_field_status"]["Geflüchtete"]["geplant"], 1);
    assert_eq!(y["by_department"]["FB Soziales"], 2);
    assert_eq!(y["by_target_group"]["Frauen"], 2);
    assert_eq!(y["by_target_group"]["Geflüchtete"], 1);
    assert_eq!(y["by_target_group"]["Kinder und Jugendliche"], 1);
    assert_eq!(y["budget_total"], 4000.0);
    assert_eq!(y["budget_by_field"]["Geflüchtete"], 3000.0);
    assert_eq!(y["participants_total"], 30);
    assert_eq!(y["changes"]["new"], 2);
    assert_eq!(y["changes"]["changed"], 1);
    assert_eq!(y["delta"]["measures"], 2);
    assert_eq!(y["delta"]["budget_total"], 3500.0);
    assert_eq!(y["goal_coverage"]["Geflüchtete"]["goals"], 3);
    assert_eq!(y["goal_coverage"]["Geflüchtete"]["with_measure"], 0);
    // Stable output: a second run writes the same bytes.
    let first = std::fs::read(w.output().join("summary.json")).unwrap();
    w.run(&["report"]);
    assert_eq!(
        first,
        std::fs::read(w.output().join("summary.json")).unwrap()
    );
}

//! The office's indicator workbook (`input/indikatoren.xlsx`): the signs of official
//! statistics keep their meaning, every check names its cell, the template round-trips,
//! and the report shows gaps where a sign says there is no value.

use crate::common::{Work, read_csv, return_of_titles as return_of};
use rust_xlsxwriter::Workbook;

/// The default headers of the indicator workbook.
const HEAD: [&str; 13] = [
    "Indikator-ID",
    "Indikator",
    "Handlungsfeld",
    "Jahr",
    "Gruppe",
    "Wert",
    "Zähler",
    "Nenner",
    "Einheit",
    "Quelle",
    "Stand",
    "Zeitreihenbruch",
    "Anmerkung",
];

/// A work folder with one return and an indicator workbook whose rows are given as text
/// (a number stays text, as in a CSV; the year and counts are read from text too).
fn with_indicators(rows: &[[&str; 13]]) -> Work {
    let w = Work::new();
    return_of(&w, "2024", "a.xlsx", "Fachbereich Jugend", &["Jugendtreff"]);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Indikatoren").unwrap();
    // A title line above the header: the header is found by its content.
    ws.write_string(0, 0, "Integrationsmonitoring der Region")
        .unwrap();
    for (c, h) in HEAD.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32 + 3, c as u16, *v).unwrap();
            }
        }
    }
    std::fs::create_dir_all(w.input()).unwrap();
    std::fs::write(
        w.input().join("indikatoren.xlsx"),
        wb.save_to_buffer().unwrap(),
    )
    .unwrap();
    w
}

/// A row: id, field, year, group, value, unit; name = id, the rest empty.
fn row<'a>(
    id: &'a str,
    field: &'a str,
    year: &'a str,
    group: &'a str,
    value: &'a str,
    unit: &'a str,
) -> [&'a str; 13] {
    [
        id, id, field, year, group, value, "", "", unit, "Amt", "2025", "", "",
    ]
}

/// The indicators of `summary.json`.
fn summary(w: &Work) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(w.output().join("summary.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["indicators"].as_array().cloned().unwrap_or_default()
}

/// The value and sign of an indicator's year in `summary.json`.
fn value_of(indicators: &[serde_json::Value], id: &str, year: i64) -> (serde_json::Value, String) {
    let ind = indicators
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {indicators:#?}"));
    let v = ind["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["year"] == year)
        .unwrap_or_else(|| panic!("{id} {year} not in {ind:#?}"));
    (v["value"].clone(), v["sign"].as_str().unwrap().to_string())
}

#[test]
fn every_sign_keeps_its_meaning_and_no_value_sign_is_ever_0() {
    let field = "Bildung und Sprache";
    let signs = [
        ("2017", "–"),
        ("2018", "0"),
        ("2019", "."),
        ("2020", "x"),
        ("2021", "…"),
        ("2022", "/"),
        ("2023", "(12,3)"),
        ("2024", "*"),
    ];
    let rows: Vec<[&str; 13]> = signs
        .iter()
        .map(|(y, s)| row("S1", field, y, "Gesamt", s, "%"))
        .collect();
    let w = with_indicators(&rows);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.findings
            .iter()
            .all(|f| !f["code"].starts_with("indicator")),
        "{:#?}",
        run.findings
    );
    let ind = summary(&w);
    for (year, sign) in signs {
        let (value, written) = value_of(&ind, "S1", year.parse().unwrap());
        match sign {
            "–" | "0" => assert_eq!(value, serde_json::json!(0.0), "{sign}"),
            "(12,3)" => assert_eq!(value, serde_json::json!(12.3)),
            _ => assert!(value.is_null(), "{sign} must have no value: {value}"),
        }
        let expected = if sign == "(12,3)" { "()" } else { sign };
        assert_eq!(written, expected);
    }
    // The measures are untouched: the indicator workbook is no return.
    assert_eq!(run.measures.len(), 1);
    assert!(w.output().join("indicators.parquet").is_file());
}

#[test]
fn numerator_and_denominator_give_the_value() {
    let mut share = row("Q1", "Wirtschaft und Arbeit", "2024", "Gesamt", "", "%");
    share[6] = "1.234";
    share[7] = "10.000";
    let mut rate = row(
        "Q2",
        "Wirtschaft und Arbeit",
        "2024",
        "Gesamt",
        "",
        "je Person",
    );
    rate[6] = "30";
    rate[7] = "12";
    let w = with_indicators(&[share, rate]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ind = summary(&w);
    let (q1, _) = value_of(&ind, "Q1", 2024);
    assert!((q1.as_f64().unwrap() - 12.34).abs() < 1e-9, "{q1}");
    let (q2, _) = value_of(&ind, "Q2", 2024);
    assert!((q2.as_f64().unwrap() - 2.5).abs() < 1e-9, "{q2}");
}

#[test]
fn each_check_names_its_cell_and_the_fix() {
    let f = "Wirtschaft und Arbeit";
    let mut zero = row("N1", f, "2024", "Gesamt", "", "%");
    zero[6] = "5";
    zero[7] = "0";
    let rows = [
        // Row 4: a denominator of 0 (H4).
        zero,
        // Row 5: a share over 100 % (F5).
        row("P1", f, "2024", "Gesamt", "112,5", "%"),
        // Rows 6 and 7: the same year twice; the second is not taken.
        row("D1", f, "2023", "Gesamt", "4", "%"),
        row("D1", f, "2023", "Gesamt", "5", "%"),
        // Row 8: a field of action nobody knows (C8).
        row("F1", "Raumfahrt", "2024", "Gesamt", "1", "%"),
        // Rows 9 and 10: 2021 and 2022 are missing between them.
        row("G1", f, "2020", "Gesamt", "3", "%"),
        row("G1", f, "2023", "Gesamt", "3", "%"),
        // Rows 11 and 12: the unit changes.
        row("U1", f, "2023", "Gesamt", "3", "%"),
        row("U1", f, "2024", "Gesamt", "300", "Anzahl"),
        // Row 13: a value that is neither number nor sign (F13).
        row("V1", f, "2024", "Gesamt", "k. A.", "%"),
        // Row 14: no id and no name.
        [
            "", "", f, "2024", "Gesamt", "3", "", "", "%", "", "", "", "",
        ],
        // Row 15: a year that is none (D15).
        row("Y1", f, "zweitausend", "Gesamt", "3", "%"),
        // Row 16: no value at all (F16).
        row("E1", f, "2024", "Gesamt", "", "%"),
        // Rows 17 and 18: shares typed as 0,12 (Excel's per-cent format) under the unit %.
        row("X1", f, "2023", "Gesamt", "0,12", "%"),
        row("X1", f, "2024", "Gesamt", "0,15", "%"),
    ];
    let w = with_indicators(&rows);
    let run = w.run(&["check"]);
    let at = |code: &str| -> Vec<String> {
        run.with_code(code)
            .iter()
            .map(|f| {
                assert_eq!(f["file"], "indikatoren.xlsx");
                assert_eq!(f["sheet"], "Indikatoren");
                assert!(
                    f["message"].to_lowercase().contains("bitte"),
                    "no fix: {}",
                    f["message"]
                );
                f["cell"].clone()
            })
            .collect()
    };
    assert_eq!(at("indicator-denominator-zero"), ["H4"]);
    assert_eq!(at("indicator-percent"), ["F5"]);
    assert_eq!(at("indicator-year-twice"), ["7"]);
    assert_eq!(at("indicator-unknown-field"), ["C8"]);
    assert_eq!(at("indicator-year-gap"), ["10"]);
    assert_eq!(at("indicator-unit-changed"), ["12"]);
    assert_eq!(at("indicator-value"), ["F13"]);
    assert_eq!(at("indicator-no-id"), ["14"]);
    assert_eq!(at("indicator-year"), ["D15"]);
    assert_eq!(at("indicator-value-missing"), ["F16"]);
    assert_eq!(at("indicator-fraction"), ["17"]);
    // Errors make check exit 1; the rows not taken are not in the series.
    assert_eq!(run.code, 1, "{}", run.stderr);
    let ind = summary(&w);
    assert!(ind.iter().all(|i| i["id"] != "N1" && i["id"] != "Y1"));
    let (d1, _) = value_of(&ind, "D1", 2023);
    assert_eq!(d1, serde_json::json!(4.0), "the first row of a year counts");
    assert!(
        ind.iter()
            .any(|i| i["id"] == "F1" && i["field_of_action"].is_null())
    );
}

#[test]
fn a_workbook_without_the_header_is_named_and_nothing_else_is_lost() {
    let w = Work::new();
    return_of(&w, "2024", "a.xlsx", "Fachbereich Jugend", &["Jugendtreff"]);
    std::fs::create_dir_all(w.input()).unwrap();
    std::fs::write(w.input().join("indikatoren.csv"), "Kennzahl;Betrag\nA;1\n").unwrap();
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let missing = run.with_code("indicator-no-header");
    assert_eq!(missing.len(), 1, "{:#?}", run.findings);
    assert_eq!(missing[0]["file"], "indikatoren.csv");
    assert_eq!(run.measures.len(), 1);
    assert!(!w.output().join("indicators.parquet").exists());
}

#[test]
fn the_indicator_template_round_trips() {
    let f = "Partizipation und Teilhabe";
    let mut first = row("E1", f, "2023", "Gesamt", "2,1", "%");
    first[1] = "Einbürgerungsquote";
    let mut broken = row("E1", f, "2024", "Gesamt", "(2,4)", "%");
    broken[1] = "Einbürgerungsquote";
    broken[11] = "ja";
    broken[12] = "neue Abgrenzung";
    let mut foreign = [
        row("E1", f, "2023", "Ausländer/-innen", ".", "%"),
        row("E1", f, "2024", "Ausländer/-innen", "3", "%"),
    ];
    for r in &mut foreign {
        r[1] = "Einbürgerungsquote";
    }
    let w = with_indicators(&[first, broken, foreign[0], foreign[1]]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = summary(&w);

    let made = w.run(&["template", "--indicators", "--year", "2025"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(
        made.stdout
            .contains("4 bisherige Zeilen und 2 neue Zeilen für 2025, jede unter ihrer Zeitreihe"),
        "{}",
        made.stdout
    );
    let bytes = std::fs::read(w.output().join("indikatoren-2025.xlsx")).unwrap();
    // The new rows: each group of the latest year, pre-filled for 2025, the value empty.
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
    use calamine::Reader;
    let names = book.sheet_names();
    assert_eq!(names, ["Anleitung", "Indikatoren", "Handlungsfelder"]);
    let sheet = book.worksheet_range("Indikatoren").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 7, "{rows:#?}");
    // Each new row right under its series.
    assert_eq!(
        rows[3][..6],
        ["E1", "Einbürgerungsquote", f, "2025", "Gesamt", ""]
    );
    assert_eq!(
        rows[6][..6],
        [
            "E1",
            "Einbürgerungsquote",
            f,
            "2025",
            "Ausländer/-innen",
            ""
        ]
    );
    assert_eq!(rows[5][3], "2024");

    // Put back as the input's workbook, it reads as before, with the new year to fill.
    std::fs::write(w.input().join("indikatoren.xlsx"), bytes).unwrap();
    let again = w.run(&["check"]);
    let after = summary(&w);
    for (year, group) in [
        (2023, "Gesamt"),
        (2024, "Gesamt"),
        (2023, "Ausländer/-innen"),
    ] {
        let find = |list: &[serde_json::Value]| {
            list[0]["values"]
                .as_array()
                .unwrap()
                .iter()
                .find(|v| v["year"] == year && v["group"] == group)
                .cloned()
                .unwrap()
        };
        assert_eq!(find(&before), find(&after), "{year} {group}");
    }
    assert_eq!(before[0]["series_breaks"], after[0]["series_breaks"]);
    assert_eq!(again.with_code("indicator-value-missing").len(), 2);
}

#[test]
fn charts_leave_a_gap_where_a_sign_says_there_is_no_value() {
    let f = "Bildung und Sprache";
    let w = with_indicators(&[
        row("K1", f, "2022", "Gesamt", "5", "%"),
        row("K1", f, "2023", "Gesamt", ".", "%"),
        row("K1", f, "2024", "Gesamt", "7", "%"),
    ]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("Ausgangslage"));
    // The chart of K1: two bars in the group's colour, the gap marked with its sign.
    let desc = html
        .find("Balkendiagramm „K1“")
        .expect("the indicator's chart");
    let svg_start = html[..desc].rfind("<svg").unwrap();
    let start = desc + html[desc..].find("</svg>").unwrap();
    let svg = &html[svg_start..start];
    let bars = svg.matches("fill=\"#0072B2\"").count();
    assert_eq!(bars, 2, "one bar per value, none for the sign");
    assert!(
        svg.contains(">\n.\n</text>"),
        "the sign stands where the bar would be"
    );
    // Its table shows the sign, never 0.
    let table_at = html[start..].find("<table").unwrap() + start;
    let table = &html[table_at..table_at + html[table_at..].find("</table>").unwrap()];
    assert!(
        table.contains("<td class=\"num\">.</td>") || table.contains(">.</td>"),
        "{table}"
    );
    assert!(!table.contains(">0</td>"), "{table}");
    // The chart is also a file of its own, for the office's slides.
    assert!(w.output().join("charts/indikator-k1.png").is_file());
    assert!(w.output().join("charts/indikator-k1.svg").is_file());
    // The sign is explained under the table.
    assert!(html.contains("Zahlenwert unbekannt oder geheim zu halten"));
}

#[test]
fn without_an_indicator_workbook_nothing_of_it_appears_and_an_old_export_goes() {
    let w = with_indicators(&[row("K1", "Bildung und Sprache", "2024", "Gesamt", "5", "%")]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(w.output().join("indicators.parquet").is_file());
    std::fs::remove_file(w.input().join("indikatoren.xlsx")).unwrap();
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!w.output().join("indicators.parquet").exists());
    assert!(summary(&w).is_empty());
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(!html.contains("Ausgangslage") && !html.contains("Indikatoren"));
    let _ = read_csv(&w.output().join("findings.csv"));
}

#[test]
fn what_the_attack_on_the_reader_found_is_said_or_read_right() {
    let f = "Wirtschaft und Arbeit";
    let mut rate = row("R1", f, "2024", "Gesamt", "", "je 1.000 Einw.");
    rate[6] = "1";
    rate[7] = "3";
    let mut half = row("R2", f, "2024", "Gesamt", "", "%");
    half[6] = "abc";
    half[7] = "4";
    let mut renamed = row("R3", f, "2024", "Gesamt", "5", "%");
    renamed[1] = "Eine andere Quote";
    let w = with_indicators(&[
        // Row 4: a rate per 1,000 from numerator and denominator.
        rate,
        // Row 5: a numerator that is no number (G5).
        half,
        // Rows 6 and 7: one id, two names.
        row("R3", f, "2023", "Gesamt", "4", "%"),
        renamed,
        // Row 8: 2042 typed for 2024.
        row("R4", f, "2042", "Gesamt", "5", "%"),
        // Row 9: a figure beyond 64 bits.
        row("R5", f, "2024", "Gesamt", "100000000000000000000", "Anzahl"),
        // Row 10: the header again, pasted under the table: skipped.
        HEAD,
    ]);
    let run = w.run(&["check"]);
    let at = |code: &str| -> Vec<String> {
        run.with_code(code)
            .iter()
            .map(|f| f["cell"].clone())
            .collect()
    };
    assert_eq!(at("indicator-ratio"), ["G5"]);
    assert_eq!(at("indicator-id-twice"), ["7"]);
    assert_eq!(at("indicator-year-future"), ["8"]);
    assert!(at("indicator-year").is_empty(), "{:#?}", run.findings);
    let ind = summary(&w);
    let (r1, _) = value_of(&ind, "R1", 2024);
    assert!((r1.as_f64().unwrap() - 1000.0 / 3.0).abs() < 1e-9, "{r1}");
    let (r2, _) = value_of(&ind, "R2", 2024);
    assert!(r2.is_null());
    let report = w.run(&["report"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("100.000.000.000.000.000.000"));

    // The template carries every row as written, the one with a problem too.
    let made = w.run(&["template", "--indicators", "--year", "2025"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("indikatoren-2025.xlsx")).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("Indikatoren").unwrap();
    let texts: Vec<String> = sheet
        .rows()
        .map(|r| r[0].to_string() + "|" + &r[6].to_string())
        .collect();
    assert!(texts.iter().any(|t| t == "R2|abc"), "{texts:#?}");
    assert!(texts.iter().any(|t| t == "R4|"), "{texts:#?}");
}

#[test]
fn the_indicator_workbook_in_a_year_folder_is_named_not_read_as_a_return() {
    let w = Work::new();
    return_of(&w, "2024", "a.xlsx", "Fachbereich Jugend", &["Jugendtreff"]);
    w.put(
        "2024",
        "indikatoren.csv",
        "Indikator-ID;Jahr;Wert\nA1;2024;5\n".as_bytes(),
    );
    let run = w.run(&["check"]);
    let misplaced = run.with_code("indicator-file-misplaced");
    assert_eq!(misplaced.len(), 1, "{:#?}", run.findings);
    assert_eq!(misplaced[0]["file"], "2024/indikatoren.csv");
    assert!(run.with_code("no-header").is_empty(), "{:#?}", run.findings);
    assert_eq!(run.measures.len(), 1);
}

#[test]
fn a_workbook_of_thousands_of_indicators_is_bounded_in_the_report_not_in_the_exports() {
    let f = "Bildung und Sprache";
    let w = with_indicators(&[
        row("L1", f, "2024", "Gesamt", "1", "%"),
        row("L2", f, "2024", "Gesamt", "2", "%"),
        row("L3", f, "2024", "Gesamt", "3", "%"),
    ]);
    let mut cfg = bestand::config::Config::default();
    cfg.limits.report_indicators = 2;
    w.config(&cfg);
    let run = w.run(&["report", "--edition", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("Der Bericht zeigt die ersten 2 Indikatoren des Monitorings; ein weiterer ist hier nicht dargestellt."));
    assert!(!html.contains("Balkendiagramm „L3“"));
    let intern = std::fs::read_to_string(w.output().join("report-intern.html")).unwrap();
    assert!(intern.contains("limits.report_indicators = 2"));
    assert!(!w.output().join("charts/indikator-l3.png").exists());
    // The exports keep all three.
    assert_eq!(summary(&w).len(), 3);
}

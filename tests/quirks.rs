//! One test per quirk of real returns: the workbook is made here, the binary reads it.

use rust_xlsxwriter::{ExcelDateTime, Format, Formula};

use crate::common::{HEADER, Work, row};

#[test]
fn header_below_title_rows_is_found() {
    let w = Work::new();
    let r1 = row("1", "Dolmetscherpool");
    w.sheet(
        "2024",
        "fb.xlsx",
        &[
            &["Bestandsaufnahme 2024"],
            &["Stand: 15.01.2025"],
            &[],
            HEADER,
            &r1,
        ],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.measures.len(), 1);
    let m = run.measure("Dolmetscherpool");
    assert_eq!(m["source_row"], "5");
    assert_eq!(m["source_sheet"], "Maßnahmen");
    assert_eq!(m["source_file"], "2024/fb.xlsx");
    assert_eq!(m["year"], "2024");
}

#[test]
fn synonym_headers_with_case_breaks_and_punctuation() {
    let w = Work::new();
    w.sheet(
        "2024",
        "fb.xlsx",
        &[
            &[
                "NR.",
                "Maßnahme / Projekt",
                "bereich",
                "Handlungsfeld\n(Baustein)",
                "Umsetzungs-stand",
                "Laufzeit von",
                "Laufzeit bis",
                "Kosten in EUR",
                "Anzahl Teilnehmende",
                "Status (bitte wählen)",
            ],
            &[
                "7",
                "Sprachcafé",
                "FB Bildung",
                "Sprache",
                "",
                "2019",
                "2021",
                "2.500",
                "40",
                "in Umsetzung",
            ],
        ],
    );
    let run = w.run(&["check"]);
    // "Umsetzungs-stand" and "Status (bitte wählen)" both mean status: the first is used,
    // the second is named.
    assert_eq!(run.with_code("repeated-column").len(), 1, "{}", run.stdout);
    assert_eq!(run.with_code("missing-value").len(), 1, "{}", run.stdout);
    let w = Work::new();
    w.sheet(
        "2024",
        "fb.xlsx",
        &[
            &[
                "NR.",
                "Maßnahme / Projekt",
                "bereich",
                "Handlungsfeld\n(Baustein)",
                "Laufzeit von",
                "Laufzeit bis",
                "Kosten in EUR",
                "Anzahl Teilnehmende",
                "Status (bitte wählen)",
            ],
            &[
                "7",
                "Sprachcafé",
                "FB Bildung",
                "Sprache",
                "2019",
                "2021",
                "2.500",
                "40",
                "in Umsetzung",
            ],
        ],
    );
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let m = run.measure("Sprachcafé");
    assert_eq!(m["measure_id"], "7");
    assert_eq!(m["department"], "FB Bildung");
    assert_eq!(m["field_of_action"], "Bildung und Sprache");
    assert_eq!(m["status"], "laufend");
    assert_eq!(m["start"], "2019-01-01");
    assert_eq!(m["end"], "2021-12-31");
    assert_eq!(m["budget_eur"], "2500");
    assert_eq!(m["participants"], "40");
}

#[test]
fn merged_department_applies_to_every_row() {
    let w = Work::new();
    w.workbook_with("2024", "fb.xlsx", |ws| {
        for (c, h) in HEADER.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for r in 1..=3u32 {
            let values = row("", "");
            for (c, v) in values.iter().enumerate() {
                if c != 2 && !v.is_empty() {
                    ws.write_string(r, c as u16, *v).unwrap();
                }
            }
            ws.write_string(r, 1, format!("Maßnahme {r}")).unwrap();
        }
        ws.merge_range(1, 2, 3, 2, "Fachbereich Jugend", &Format::new())
            .unwrap();
    });
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.measures.len(), 3);
    assert!(
        run.measures
            .iter()
            .all(|m| m["department"] == "Fachbereich Jugend")
    );
    assert!(run.with_code("department-from-above").is_empty());
}

#[test]
fn department_from_cell_above_or_file_name() {
    let w = Work::new();
    let header: Vec<&str> = HEADER
        .iter()
        .copied()
        .filter(|h| *h != "Fachbereich")
        .collect();
    let mut r1 = row("1", "Welcome Center");
    r1.remove(2);
    w.sheet(
        "2024",
        "a.xlsx",
        &[&["Fachbereich: Öffentliche Sicherheit"], &header, &r1],
    );
    let mut r2 = row("1", "Jobbörse");
    r2.remove(2);
    w.sheet("2024", "FB_Wirtschaft.xlsx", &[&header, &r2]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        run.measure("Welcome Center")["department"],
        "Öffentliche Sicherheit"
    );
    assert_eq!(run.measure("Jobbörse")["department"], "FB Wirtschaft");
    assert_eq!(run.with_code("department-fallback").len(), 2);
}

#[test]
fn data_sheet_found_by_header_not_position() {
    let w = Work::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let info = wb.add_worksheet();
    info.set_name("Anleitung").unwrap();
    info.write_string(0, 0, "Bitte ausfüllen").unwrap();
    let data = wb.add_worksheet();
    data.set_name("Daten").unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        data.write_string(2, c as u16, *h).unwrap();
    }
    for (c, v) in row("1", "Lotsen").iter().enumerate() {
        data.write_string(3, c as u16, *v).unwrap();
    }
    w.put("2024", "fb.xlsx", &wb.save_to_buffer().unwrap());
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.measure("Lotsen")["source_sheet"], "Daten");
    assert_eq!(run.measure("Lotsen")["source_row"], "4");
}

#[test]
fn dates_in_every_form_people_write() {
    let w = Work::new();
    let cases: &[(&str, &str, &str, &str)] = &[
        ("A", "01.03.2019", "", "2019-03-01"),
        ("B", "1.3.2019", "", "2019-03-01"),
        ("C", "03/2019", "", "2019-03-01"),
        ("D", "März 2019", "", "2019-03-01"),
        ("E", "2019", "", "2019-01-01"),
        ("F", "seit 2016", "", "2016-01-01"),
        ("G", "2019-03-01", "", "2019-03-01"),
        ("H", "2016-2020", "", "2016-01-01"),
        ("I", "01.01.2020", "laufend", "2020-01-01"),
        ("J", "01.01.2020", "03/2021", "2020-01-01"),
    ];
    w.workbook_with("2024", "fb.xlsx", |ws| {
        for (c, h) in HEADER.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (i, (title, start, end, _)) in cases.iter().enumerate() {
            let mut r = row("", title);
            r[6] = start;
            r[7] = end;
            for (c, v) in r.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string(i as u32 + 1, c as u16, *v).unwrap();
                }
            }
        }
        // A real date cell, and a date cell that lost its format.
        let n = cases.len() as u32 + 1;
        for (c, v) in row("", "K").iter().enumerate() {
            ws.write_string(n, c as u16, *v).unwrap();
        }
        let date = ExcelDateTime::from_ymd(2018, 4, 1).unwrap();
        ws.write_datetime_with_format(n, 6, &date, &Format::new().set_num_format("dd.mm.yyyy"))
            .unwrap();
        for (c, v) in row("", "L").iter().enumerate() {
            ws.write_string(n + 1, c as u16, *v).unwrap();
        }
        ws.write_number(n + 1, 6, 43040.0).unwrap();
    });
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    for (title, _, _, start) in cases {
        assert_eq!(run.measure(title)["start"], *start, "{title}");
    }
    assert_eq!(run.measure("H")["end"], "2020-12-31");
    assert_eq!(run.measure("I")["end"], "");
    assert_eq!(run.measure("J")["end"], "2021-03-31");
    assert_eq!(run.measure("K")["start"], "2018-04-01");
    assert_eq!(run.measure("L")["start"], "2017-11-01");
    let serial = run.with_code("serial-date");
    assert_eq!(serial.len(), 1);
    assert_eq!(serial[0]["cell"], "G13");
}

#[test]
fn unreadable_date_is_a_warning_and_the_measure_stays() {
    let w = Work::new();
    let mut r = row("", "Sprachkurs");
    r[6] = "irgendwann";
    w.sheet("2024", "fb.xlsx", &[HEADER, &r]);
    let run = w.run(&["check"]);
    assert_eq!(run.measure("Sprachkurs")["start"], "");
    let f = run.with_code("bad-date");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["cell"], "G2");
    assert!(
        f[0]["message"].contains("irgendwann"),
        "{}",
        f[0]["message"]
    );
}

#[test]
fn money_and_counts() {
    let w = Work::new();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // title, budget, participants, expected budget, expected participants
        ("A", "12.500 €", "120", "12500", "120"),
        ("B", "12.500,50", "ca. 120", "12500.50", "120"),
        ("C", "12500 EUR", ">100", "12500", "100"),
        ("D", "ca. 5.000", "120-150", "5000", "120"),
        ("E", "k.A.", "-", "", ""),
        ("F", "viel", "viele", "", ""),
    ];
    let rows: Vec<Vec<&str>> = cases
        .iter()
        .map(|(t, b, p, _, _)| {
            let mut r = row("", t);
            r[8] = b;
            r[9] = p;
            r
        })
        .collect();
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(|r| r.as_slice()));
    w.sheet("2024", "fb.xlsx", &all);
    let run = w.run(&["check"]);
    for (t, _, _, budget, participants) in cases {
        assert_eq!(run.measure(t)["budget_eur"], *budget, "{t}");
        assert_eq!(run.measure(t)["participants"], *participants, "{t}");
    }
    assert_eq!(run.with_code("approximate-budget").len(), 1);
    assert_eq!(run.with_code("approximate-count").len(), 1);
    assert_eq!(run.with_code("lower-bound-count").len(), 1);
    assert_eq!(run.with_code("range-count").len(), 1);
    assert_eq!(run.with_code("bad-money")[0]["cell"], "I7");
    assert_eq!(run.with_code("bad-count")[0]["cell"], "J7");
    assert_eq!(run.count("error"), 0);
}

#[test]
fn lists_are_split_and_mapped_to_the_vocabulary() {
    let w = Work::new();
    let mut r = row("", "Lotsen");
    r[4] = "Flüchtlinge, Frauen\nSenioren / Schüler";
    w.sheet("2024", "fb.xlsx", &[HEADER, &r]);
    let run = w.run(&["check"]);
    assert_eq!(
        run.measure("Lotsen")["target_groups"],
        "Geflüchtete; Frauen; Ältere Menschen; Schüler"
    );
    let unknown = run.with_code("unknown-list-item");
    assert_eq!(unknown.len(), 1);
    assert!(unknown[0]["message"].contains("Schüler"));
}

#[test]
fn unknown_category_rejects_the_row_with_a_suggestion() {
    let w = Work::new();
    let mut bad = row("", "Sprachkurs");
    bad[3] = "Bildung und Sprach-Förderung";
    let mut close = row("", "Lotsen");
    close[5] = "abgeschlosen";
    let mut missing = row("", "Gesundheitslotsen");
    missing[5] = "";
    w.sheet("2024", "fb.xlsx", &[HEADER, &bad, &close, &missing]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "errors make check exit 1");
    assert_eq!(run.measures.len(), 1);
    assert_eq!(run.measure("Lotsen")["status"], "abgeschlossen");
    assert_eq!(run.with_code("category-corrected")[0]["cell"], "F3");
    let unknown = run.with_code("unknown-value");
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0]["severity"], "error");
    assert_eq!(unknown[0]["cell"], "D2");
    assert!(
        unknown[0]["message"].contains("Meinten Sie „Bildung und Sprache“?"),
        "{}",
        unknown[0]["message"]
    );
    assert_eq!(run.with_code("missing-value")[0]["cell"], "F4");
}

#[test]
fn formulas_count_with_their_saved_result() {
    let w = Work::new();
    w.workbook_with("2024", "fb.xlsx", |ws| {
        for (c, h) in HEADER.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (c, v) in row("1", "Lotsen").iter().enumerate() {
            ws.write_string(1, c as u16, *v).unwrap();
        }
        ws.write_formula(1, 8, Formula::new("=12000+3500").set_result("15500"))
            .unwrap();
        ws.write_formula(1, 9, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
    });
    let run = w.run(&["check"]);
    let m = run.measure("Lotsen");
    assert_eq!(m["budget_eur"], "15500");
    assert_eq!(m["participants"], "");
    let err = run.with_code("excel-error");
    assert_eq!(err.len(), 1, "{:#?}", run.findings);
    assert_eq!(err[0]["cell"], "J2");
    assert!(err[0]["message"].contains("#DIV/0!"));
}

#[test]
fn duplicates_within_a_department() {
    let w = Work::new();
    let a = row("7", "Lotsen");
    let b = row("7", "Lotsen (Kopie)");
    let c = row("", "Sprachcafé");
    let d = row("", "Sprachcafé");
    let mut e = row("", "Sprachcafé");
    e[8] = "2000";
    w.sheet("2024", "fb.xlsx", &[HEADER, &a, &b, &c, &d, &e]);
    let run = w.run(&["check"]);
    assert_eq!(run.with_code("duplicate-id")[0]["cell"], "3");
    assert_eq!(run.with_code("duplicate-row")[0]["cell"], "5");
    assert_eq!(run.with_code("duplicate-title")[0]["cell"], "6");
    assert_eq!(run.measures.len(), 3);
}

#[test]
fn year_folder_rules_over_a_contradicting_year_cell() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Berichtsjahr");
    let mut r = row("", "Lotsen");
    r.push("2023");
    let mut same = row("", "Elterncafé");
    same.push("2024");
    w.sheet("2024", "fb.xlsx", &[&header, &r, &same]);
    let run = w.run(&["check"]);
    // The row counts in the folder's year; no second year appears.
    assert_eq!(run.measure("Lotsen")["year"], "2024");
    assert!(run.measures.iter().all(|m| m["year"] == "2024"));
    let f = run.with_code("year-mismatch");
    assert_eq!(f.len(), 1, "{:#?}", run.findings);
    assert_eq!(f[0]["severity"], "warning");
    assert_eq!(f[0]["cell"], "K2");
    assert!(f[0]["message"].contains("2023"), "{}", f[0]["message"]);
}

#[test]
fn without_year_folders_the_year_comes_from_the_column_then_the_name() {
    let w = Work::new();
    let flat = w.dir.path().join("Rückläufe 2025");
    std::fs::create_dir_all(&flat).unwrap();
    let put = |name: &str, rows: &[&[&str]]| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
        std::fs::write(flat.join(name), wb.save_to_buffer().unwrap()).unwrap();
    };
    let mut header = HEADER.to_vec();
    header.push("Berichtsjahr");
    let mut a = row("", "Lotsen");
    a.push("2023");
    put("a.xlsx", &[&header, &a]);
    put("jugend-2024.xlsx", &[HEADER, &row("", "Elterncafé")]);
    put("soziales.xlsx", &[HEADER, &row("", "Sprachcafé")]);
    let out = w.output();
    let run = crate::common::run_in(w.dir.path(), &flat, &out, &["check"]);
    assert_eq!(run.measure("Lotsen")["year"], "2023");
    assert_eq!(run.measure("Elterncafé")["year"], "2024");
    // The folder's name gives the year of a file without one of its own.
    assert_eq!(run.measure("Sprachcafé")["year"], "2025");
    assert!(run.with_code("missing-year").is_empty());
}

#[test]
fn file_outside_a_year_folder_without_year_column_is_named() {
    let w = Work::new();
    std::fs::create_dir_all(w.input()).unwrap();
    let r = row("", "Lotsen");
    w.sheet("2024", "ok.xlsx", &[HEADER, &r]);
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
        ws.write_string(1, c as u16, r[c]).unwrap();
    }
    std::fs::write(w.input().join("lose.xlsx"), wb.save_to_buffer().unwrap()).unwrap();
    // A second file with several rows: still one error for the file, not one per row.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
        for r in 1..=5u32 {
            ws.write_string(r, c as u16, row("", &format!("Kurs {r}"))[c])
                .unwrap();
        }
    }
    std::fs::write(
        w.input().join("lose-viele.xlsx"),
        wb.save_to_buffer().unwrap(),
    )
    .unwrap();
    let run = w.run(&["check"]);
    let f = run.with_code("missing-year");
    assert_eq!(f.len(), 2, "{:#?}", f);
    assert_eq!(f[0]["file"], "lose-viele.xlsx");
    assert!(f[0]["message"].contains("5 Zeilen"), "{}", f[0]["message"]);
    assert_eq!(f[1]["file"], "lose.xlsx");
    assert_eq!(f[0]["severity"], "error");
    assert_eq!(run.measures.len(), 1);
}

#[test]
fn semicolon_csv_from_german_excel_in_windows_1252() {
    let w = Work::new();
    let text = "Maßnahme;Fachbereich;Handlungsfeld;Status;Budget (EUR);Zielgruppen\r\n\
                Frauenfrühstück;Gleichstellung;Willkommenskultur;laufend;1.250,50;\"Frauen; Geflüchtete\"\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    w.put("2024", "gleichstellung.csv", &bytes);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let m = run.measure("Frauenfrühstück");
    assert_eq!(m["budget_eur"], "1250.50");
    assert_eq!(m["target_groups"], "Frauen; Geflüchtete");
    assert_eq!(m["source_row"], "2");
}

#[test]
fn comma_csv_in_utf8_with_bom() {
    let w = Work::new();
    w.put(
        "2024",
        "a.csv",
        "\u{feff}Maßnahme,Fachbereich,Handlungsfeld,Status\nÄrztliche Sprechstunde,Gesundheit,Gesundheit,läuft\n"
            .as_bytes(),
    );
    let run = w.run(&["check"]);
    let m = run.measure("Ärztliche Sprechstunde");
    assert_eq!(m["status"], "laufend");
    assert_eq!(m["field_of_action"], "Gesundheit und Pflege");
}

#[test]
fn text_that_excel_would_run_as_formula_is_defused() {
    let w = Work::new();
    let r = row("", "=HYPERLINK(\"http://x\")");
    w.sheet("2024", "fb.xlsx", &[HEADER, &r]);
    let run = w.run(&["check"]);
    assert_eq!(run.measures[0]["title"], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn blank_rows_and_notes_columns() {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Bemerkungen");
    let mut a = row("", "A");
    a.push("intern");
    let b = row("", "B");
    w.sheet("2024", "fb.xlsx", &[&header, &a, &[], &[], &b]);
    let run = w.run(&["check"]);
    assert_eq!(run.measures.len(), 2);
    let ignored = run.with_code("ignored-column");
    assert_eq!(ignored.len(), 1);
    assert_eq!(ignored[0]["cell"], "K1");
}

//! The departments' template: written by `bestand template`, filled in by code, read back.

use std::io::Read;

use bestand::config::{Config, Field};
use bestand::render::template::{Cell, Layout, workbook};

use crate::common::Work;

fn filled(cfg: &Config, layout: &Layout, rows: Vec<Vec<(Field, &str)>>) -> Vec<u8> {
    let cells: Vec<Vec<Cell>> = rows
        .into_iter()
        .map(|r| {
            layout
                .fields
                .iter()
                .map(|f| {
                    r.iter()
                        .find(|(k, _)| Some(*k) == *f)
                        .map_or(Cell::Empty, |(_, v)| Cell::from(*v))
                })
                .collect()
        })
        .collect();
    workbook(cfg, layout, &cells).unwrap()
}

fn valid(title: &str) -> Vec<(Field, &str)> {
    vec![
        (Field::MeasureId, "1"),
        (Field::Title, title),
        (Field::Department, "Fachbereich Jugend"),
        (Field::FieldOfAction, "Bildung und Sprache"),
        (Field::Goals, "4.1"),
        (Field::TargetGroups, "Kinder und Jugendliche"),
        (Field::Status, "laufend"),
        (Field::Start, "01.03.2024"),
        (Field::BudgetEur, "12500"),
        (Field::Funding, "Land"),
        (Field::Participants, "40"),
        (Field::Municipalities, "Hannover"),
        (Field::Highlight, "ja"),
    ]
}

#[test]
fn template_command_writes_dropdowns_and_a_hidden_list_sheet() {
    let w = Work::new();
    let run = w.run(&[
        "template",
        "--year",
        "2025",
        "--department",
        "FB Öffentliche Sicherheit",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = w
        .output()
        .join("vorlage-2025-fb-oeffentliche-sicherheit.xlsx");
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    use calamine::Reader;
    assert_eq!(wb.sheet_names(), ["Anleitung", "Maßnahmen", "Listen"]);
    let hidden: Vec<&calamine::Sheet> = wb
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible != calamine::SheetVisible::Visible)
        .collect();
    assert_eq!(hidden.len(), 1);
    let data = wb.worksheet_range("Maßnahmen").unwrap();
    assert_eq!(
        data.get_value((1, 0)).unwrap().to_string(),
        "Fachbereich: FB Öffentliche Sicherheit"
    );
    // Required columns are marked with a star (which the reader ignores).
    assert_eq!(data.get_value((2, 1)).unwrap().to_string(), "Maßnahme *");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet2.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.matches("<dataValidation ").count() >= 9, "{xml}");
    assert!(xml.contains("Listen!$A$2:$A$9"), "field of action list");
    // The blank template of the configured departments too.
    assert_eq!(w.run(&["template", "--year", "2025"]).code, 0);
    assert!(w.output().join("vorlage-2025.xlsx").exists());
}

#[test]
fn template_filled_with_valid_values_reads_without_findings() {
    let cfg = crate::generator::example_config();
    let mut layout = Layout::standard(&cfg, chrono::NaiveDateTime::default());
    layout.rows_above = vec!["Bestandsaufnahme Integrationsmaßnahmen 2024".into()];
    let w = Work::new();
    w.config(&cfg);
    w.put(
        "2024",
        "jugend.xlsx",
        &filled(&cfg, &layout, vec![valid("Sprachförderung in Kitas")]),
    );
    let run = w.run(&["check"]);
    assert_eq!(run.findings.len(), 0, "{:#?}", run.findings);
    let m = run.measure("Sprachförderung in Kitas");
    assert_eq!(m["start"], "2024-03-01");
    assert_eq!(m["budget_eur"], "12500");
    assert_eq!(m["highlight"], "true");
}

#[test]
fn every_dropdown_value_reads_back() {
    let cfg = crate::generator::example_config();
    let layout = Layout::standard(&cfg, chrono::NaiveDateTime::default());
    let names =
        |terms: &[bestand::config::Term]| terms.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    let fields = names(&cfg.vocabularies.field_of_action);
    let statuses = names(&cfg.vocabularies.status);
    let funding = names(&cfg.vocabularies.funding);
    let places = names(&cfg.vocabularies.municipalities);
    let groups = names(&cfg.vocabularies.target_groups);
    let titles: Vec<String> = (0..fields.len() * statuses.len())
        .map(|i| format!("Maßnahme {i}"))
        .collect();
    let ids: Vec<String> = (0..titles.len()).map(|i| i.to_string()).collect();
    let mut rows = Vec::new();
    for (i, title) in titles.iter().enumerate() {
        let mut r = valid(title);
        r.retain(|(f, _)| {
            !matches!(
                f,
                Field::FieldOfAction
                    | Field::Status
                    | Field::Funding
                    | Field::Municipalities
                    | Field::TargetGroups
                    | Field::Highlight
                    | Field::MeasureId
            )
        });
        r.push((Field::MeasureId, &ids[i]));
        r.push((Field::FieldOfAction, &fields[i % fields.len()]));
        r.push((Field::Status, &statuses[i / fields.len()]));
        r.push((Field::Funding, &funding[i % funding.len()]));
        r.push((Field::Municipalities, &places[i % places.len()]));
        r.push((Field::TargetGroups, &groups[i % groups.len()]));
        // Both values of the list, at most five marked (more is a warning of its own).
        r.push((
            Field::Highlight,
            if i % 2 == 0 && i < 10 { "ja" } else { "nein" },
        ));
        rows.push(r);
    }
    let w = Work::new();
    w.config(&cfg);
    w.put("2024", "alle.xlsx", &filled(&cfg, &layout, rows));
    let run = w.run(&["check"]);
    // Only the questions about planned measures whose start has passed (by the fixture's
    // dates), nothing about the values.
    let other: Vec<_> = run
        .findings
        .iter()
        .filter(|f| f["code"] != "deadline-start-passed")
        .collect();
    assert_eq!(other.len(), 0, "{other:#?}");
    assert_eq!(run.measures.len(), titles.len());
    for (i, title) in titles.iter().enumerate() {
        let m = run.measure(title);
        assert_eq!(m["field_of_action"], fields[i % fields.len()]);
        assert_eq!(m["status"], statuses[i / fields.len()]);
        assert_eq!(m["funding"], funding[i % funding.len()]);
        assert_eq!(m["municipalities"], places[i % places.len()]);
        let marked = i % 2 == 0 && i < 10;
        assert_eq!(m["highlight"], marked.to_string());
    }
}

#[test]
fn wrong_values_give_exactly_the_expected_findings() {
    let cfg = crate::generator::example_config();
    let layout = Layout::standard(&cfg, chrono::NaiveDateTime::default());
    let set = |mut r: Vec<(Field, &'static str)>, f: Field, v: &'static str| {
        r.retain(|(k, _)| *k != f);
        r.push((f, v));
        r
    };
    let rows = vec![
        set(valid("A"), Field::FieldOfAction, "Sport"),
        set(
            set(valid("B"), Field::Status, "lfd."),
            Field::MeasureId,
            "2",
        ),
        set(
            set(valid("C"), Field::BudgetEur, "viel"),
            Field::MeasureId,
            "3",
        ),
        set(
            set(valid("D"), Field::Participants, "viele"),
            Field::MeasureId,
            "4",
        ),
        set(
            set(valid("E"), Field::Highlight, "vielleicht"),
            Field::MeasureId,
            "5",
        ),
        set(
            set(valid("F"), Field::Municipalities, "Berlin"),
            Field::MeasureId,
            "6",
        ),
    ];
    let w = Work::new();
    w.config(&cfg);
    w.put("2024", "falsch.xlsx", &filled(&cfg, &layout, rows));
    let run = w.run(&["check"]);
    let mut codes: Vec<(&str, &str)> = run
        .findings
        .iter()
        .map(|f| (f["code"].as_str(), f["cell"].as_str()))
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        [
            ("bad-count", "L5"),
            ("bad-money", "J4"),
            ("bad-yes-no", "P6"),
            ("category-corrected", "G3"),
            ("unknown-list-item", "M7"),
            ("unknown-value", "D2"),
        ]
    );
    assert_eq!(run.measures.len(), 5);
}

#[test]
fn next_years_templates_are_prefilled_with_each_departments_measures() {
    let w = Work::new();
    let mut no_id = crate::common::row("", "Elterncafé");
    no_id[2] = "Fachbereich Jugend";
    let mut with_id = crate::common::row("J-7", "Ferienpass");
    with_id[2] = "Fachbereich Jugend";
    let mut rejected = crate::common::row("J-8", "Jugendtreff");
    rejected[2] = "Fachbereich Jugend";
    rejected[5] = "unklar";
    let other = crate::common::row("S-1", "Sprachcafé");
    w.sheet("2023", "alt.xlsx", &[crate::common::HEADER, &other]);
    w.sheet(
        "2024",
        "jugend.xlsx",
        &[crate::common::HEADER, &no_id, &with_id, &rejected],
    );
    w.sheet("2024", "soziales.xlsx", &[crate::common::HEADER, &other]);
    let run = w.run(&["template", "--year", "2025"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("vorausgefüllt mit 3 Maßnahmen aus 2024"),
        "{}",
        run.stdout
    );
    let file = w.output().join("vorlage-2025-fachbereich-jugend.xlsx");
    let bytes = std::fs::read(&file).unwrap();
    // The data sheet is protected without a password (the id cells are locked).
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet2.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(sheet.contains("<sheetProtection"), "no protection");
    assert!(!sheet.contains("password"), "protected with a password");
    assert!(
        sheet.contains("insertRows=\"0\""),
        "inserting rows must stay allowed"
    );
    // Only the filled id cells are locked: the other cells and columns are unlocked.
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(
        styles.contains("locked=\"0\""),
        "unlocked styles for the editable cells"
    );
    // Sent back unchanged as next year's return: every measure pairs by id, nothing is new
    // or ended, the rejected row comes back as written (and is rejected again).
    let back = Work::new();
    back.put("2025", "jugend.xlsx", &bytes);
    back.sheet(
        "2024",
        "jugend.xlsx",
        &[crate::common::HEADER, &no_id, &with_id, &rejected],
    );
    let run = back.run(&["compare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m: Vec<_> = run
        .measures
        .iter()
        .filter(|m| m["year"] == "2025")
        .collect();
    assert_eq!(m.len(), 2, "{m:#?}");
    let cafe = m.iter().find(|m| m["title"] == "Elterncafé").unwrap();
    assert_eq!(
        cafe["measure_id"], "JUG-001",
        "a stable id for a measure without one"
    );
    assert_eq!(cafe["budget_eur"], "", "budget is per year: left empty");
    let ferien = m.iter().find(|m| m["title"] == "Ferienpass").unwrap();
    assert_eq!(ferien["measure_id"], "J-7");
    assert_eq!(ferien["start"], "2020-01-01");
    let rejected_again = run.with_code("unknown-value");
    assert!(
        rejected_again
            .iter()
            .any(|f| f["file"] == "2025/jugend.xlsx"),
        "{:#?}",
        run.findings
    );
    let changes = crate::common::read_csv(&back.output().join("changes.csv"));
    assert!(
        changes
            .iter()
            .all(|c| c["change"] != "new" && c["change"] != "ended"),
        "{changes:#?}"
    );
}

#[test]
fn a_blank_template_marks_required_columns_explains_cells_and_skips_its_example_row() {
    let w = Work::new();
    w.config(&crate::generator::example_config());
    std::fs::create_dir_all(w.input()).unwrap();
    let run = w.run(&[
        "template",
        "--year",
        "2025",
        "--department",
        "Fachbereich Jugend",
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let file = w.output().join("vorlage-2025-fachbereich-jugend.xlsx");
    let bytes = std::fs::read(&file).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<&Vec<u8>>>, name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let workbook = read(&mut zip, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Ziele\""), "goal catalogue sheet");
    let sheet = read(&mut zip, "xl/worksheets/sheet2.xml");
    assert!(sheet.contains("promptTitle="), "input messages");
    assert!(
        sheet.contains("Ziele!$A$2:$A$23"),
        "goal ids offered from the catalogue"
    );
    assert!(
        sheet.contains("errorStyle=\"information\""),
        "several goal ids stay possible"
    );
    assert!(sheet.contains("orientation=\"landscape\""), "landscape");
    assert!(
        sheet.contains("fitToWidth") || sheet.contains("fitToPage"),
        "fit to width"
    );
    let strings = read(&mut zip, "xl/sharedStrings.xml");
    assert!(strings.contains("Maßnahme *"), "required columns marked");
    // Sent back with its example row untouched: the example is no measure, and the run has
    // no error (the goal catalogue sheet is not taken for data).
    let back = Work::new();
    back.config(&crate::generator::example_config());
    back.put("2025", "jugend.xlsx", &bytes);
    let run = back.run(&["check"]);
    assert_eq!(run.measures.len(), 0, "{:#?}", run.measures);
    assert_eq!(run.with_code("example-row").len(), 1, "{:#?}", run.findings);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
}

#[test]
fn new_template_ids_never_collide_with_ids_in_another_spelling() {
    let w = Work::new();
    let mut a = crate::common::row("", "Streetwork");
    a[2] = "Fachbereich Jugend";
    let mut b = crate::common::row("JUG-001", "Ferienpass");
    b[2] = "Fachbereich Jugend";
    let mut c = crate::common::row("jug 002", "Elterncafé");
    c[2] = "Fachbereich Jugend";
    w.sheet("2024", "jugend.xlsx", &[crate::common::HEADER, &a, &b, &c]);
    assert_eq!(w.run(&["template", "--year", "2025"]).code, 0);
    let bytes = std::fs::read(w.output().join("vorlage-2025-fachbereich-jugend.xlsx")).unwrap();
    let back = Work::new();
    back.put("2025", "jugend.xlsx", &bytes);
    back.sheet("2024", "jugend.xlsx", &[crate::common::HEADER, &a, &b, &c]);
    let run = back.run(&["compare"]);
    assert!(
        run.with_code("duplicate-id").is_empty(),
        "{:#?}",
        run.findings
    );
    let street = run
        .measures
        .iter()
        .find(|m| m["year"] == "2025" && m["title"] == "Streetwork")
        .unwrap();
    assert_eq!(street["measure_id"], "JUG-003");
}

#[test]
fn correction_workbooks_flag_the_cells_and_read_back_as_the_return() {
    use std::io::{Read, Write};
    let w = Work::new();
    let mut header = crate::common::HEADER.to_vec();
    header.push("Ansprechperson");
    let mut bad = crate::common::row("J-2", "Ferienpass");
    bad[2] = "Fachbereich Jugend";
    bad[5] = "unklar";
    bad.push("erika@example.org");
    let mut good = crate::common::row("J-1", "Streetwork");
    good[2] = "Fachbereich Jugend";
    good.push("");
    let mut other = crate::common::row("S-1", "Sprachcafé");
    other.push("");
    w.sheet("2024", "jugend.xlsx", &[&header, &good, &bad]);
    w.sheet("2024", "soziales.xlsx", &[&header, &other]);
    let run = w.run(&["check"]);
    assert!(run.stdout.contains("Korrekturmappen"), "{}", run.stdout);
    let dir = w.output().join("rueckmeldungen");
    // Only the department with something to fix gets one.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["fachbereich-jugend.xlsx"]);
    let bytes = std::fs::read(dir.join("fachbereich-jugend.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut comments = String::new();
    zip.by_name("xl/comments1.xml")
        .unwrap()
        .read_to_string(&mut comments)
        .unwrap();
    // The status finding sits at the status cell of the second data row (G5: header in
    // row 3, the template's column order).
    assert!(comments.contains("ref=\"G5\""), "{comments}");
    assert!(comments.contains("unklar"), "{comments}");
    // Read back as the department's corrected return: with the status fixed the finding is
    // gone and both measures are there; the contact stayed in the department's copy.
    let fixed = {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut out = zip::ZipWriter::new(&mut buf);
            let opts = zip::write::SimpleFileOptions::default();
            for i in 0..archive.len() {
                let mut f = archive.by_index(i).unwrap();
                let name = f.name().unwrap().to_string();
                let mut content = Vec::new();
                f.read_to_end(&mut content).unwrap();
                if name == "xl/sharedStrings.xml" {
                    let text = String::from_utf8(content).unwrap();
                    assert!(text.contains("erika@example.org"), "contact kept");
                    content = text.replace(">unklar<", ">laufend<").into_bytes();
                }
                out.start_file(name.as_str(), opts).unwrap();
                out.write_all(&content).unwrap();
            }
            out.finish().unwrap();
        }
        buf.into_inner()
    };
    let back = Work::new();
    back.put("2024", "jugend-korrigiert.xlsx", &fixed);
    let run = back.run(&["check"]);
    assert_eq!(run.count("error"), 0, "{:#?}", run.findings);
    assert_eq!(run.measure("Ferienpass")["status"], "laufend");
    assert_eq!(run.measures.len(), 2);
}

//! Workbooks written by other programs than rust_xlsxwriter (see tests/fixtures/make.py):
//! openpyxl, xlwt, LibreOffice (xlsx, xlsm, xls, ods) and a German-Excel CSV in Windows-1252.
//! All hold the same inventory with the same quirks.

use crate::common::{Run, Work};

fn run_fixture(name: &str) -> Run {
    let w = Work::new();
    let bytes = std::fs::read(format!("tests/fixtures/foreign/{name}")).unwrap();
    w.put("2024", name, &bytes);
    w.run(&["check"])
}

/// (title, department, field, status, start, end, budget, participants, highlight)
const EXPECTED: [[&str; 9]; 4] = [
    [
        "Dolmetscherpool für die Verwaltung",
        "Fachbereich Soziales",
        "Interkulturelle Öffnung",
        "laufend",
        "2016-03-01",
        "",
        "12500",
        "120",
        "true",
    ],
    [
        "Psychosoziale Beratung für Geflüchtete",
        "Fachbereich Soziales",
        "Geflüchtete",
        "laufend",
        "2018-04-01",
        "2025-12-31",
        "12500.50",
        "80",
        "true",
    ],
    [
        "Sprachkurs für Mütter",
        "Fachbereich Soziales",
        "Bildung und Sprache",
        "geplant",
        "2025-03-01",
        "",
        "5000",
        "100",
        "false",
    ],
    [
        "Orientierungsberatung in der Ausländerbehörde",
        "Fachbereich Öffentliche Sicherheit",
        "Geflüchtete",
        "abgeschlossen",
        "2017-11-01",
        "2023-06-30",
        "8000",
        "",
        "false",
    ],
];

const KEYS: [&str; 9] = [
    "title",
    "department",
    "field_of_action",
    "status",
    "start",
    "end",
    "budget_eur",
    "participants",
    "highlight",
];

/// Checks the four valid measures and the one rejected row; `no_formula_result` says the
/// writer saved formulas without results (openpyxl, xlwt), `epoch1904` the date system.
fn check(name: &str, no_formula_result: bool, epoch1904: bool) {
    let run = run_fixture(name);
    // Four valid measures, and one whose status „lfd.“ is read as „laufend“ with a warning.
    assert_eq!(run.measures.len(), 5, "{name}: {}", run.stdout);
    assert_eq!(run.measure("Bewerbungstraining")["status"], "laufend");
    for expected in EXPECTED {
        let m = run.measure(expected[0]);
        for (k, v) in KEYS.iter().zip(expected) {
            let want = match (*k, v) {
                ("budget_eur", "5000") if no_formula_result => "",
                ("start", "2017-11-01") if epoch1904 => "2021-11-02",
                _ => v,
            };
            assert_eq!(m[*k], want, "{name}: {} {k}", expected[0]);
        }
    }
    let rejected = run.with_code("category-corrected");
    assert_eq!(rejected.len(), 1, "{name}");
    assert_eq!(
        rejected[0]["cell"].trim_start_matches('F'),
        if name.ends_with(".csv") { "6" } else { "9" }
    );
    assert_eq!(run.with_code("serial-date").len(), 1, "{name}");
    assert_eq!(run.with_code("lower-bound-count").len(), 1, "{name}");
    // xlwt saves no result for any formula, so its #DIV/0! is a formula without result too.
    let (formulas, errors) = match (no_formula_result, name.starts_with("xlwt")) {
        (true, true) => (2, 0),
        (true, false) => (1, 1),
        (false, _) => (0, 1),
    };
    assert_eq!(
        run.with_code("formula-without-value").len(),
        formulas,
        "{name}: {:#?}",
        run.findings
    );
    assert_eq!(
        run.with_code("excel-error").len(),
        errors,
        "{name}: {:#?}",
        run.findings
    );
    assert_eq!(run.count("error"), 0, "{name}: {:#?}", run.findings);
}

#[test]
fn openpyxl_xlsx() {
    check("openpyxl.xlsx", true, false);
}

#[test]
fn openpyxl_xlsx_in_the_1904_date_system() {
    check("openpyxl-1904.xlsx", true, true);
}

#[test]
fn xlwt_xls() {
    check("xlwt.xls", true, false);
}

#[test]
fn libreoffice_xlsx() {
    check("libreoffice.xlsx", false, false);
}

#[test]
fn libreoffice_xls() {
    check("libreoffice.xls", false, false);
}

#[test]
fn libreoffice_xlsm() {
    check("libreoffice.xlsm", false, false);
}

#[test]
fn libreoffice_ods() {
    check("libreoffice.ods", false, false);
}

#[test]
fn german_excel_csv_in_windows_1252() {
    check("german-excel.csv", false, false);
}

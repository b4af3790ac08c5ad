//! Charts as files: every chart for the samples, one year, no data and long labels; SVGs
//! are well-formed XML with their labels, PNGs are at print width.

use std::path::Path;

use crate::common::{HEADER, Work, row, run_in};

fn well_formed(svg: &str) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(svg);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{}", path.display());
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

fn chart_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn sample_charts_exist_with_labels_and_print_size() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = run_in(root, &root.join("input"), out.path(), &["report", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dir = out.path().join("charts");
    let names = chart_names(&dir);
    for name in [
        "massnahmen-nach-handlungsfeld",
        "vorjahresvergleich",
        "zielabdeckung",
        "budget-nach-handlungsfeld",
        "zielgruppen",
        "fachbereiche",
    ] {
        assert!(
            names.contains(&format!("{name}.svg")),
            "{name}.svg missing: {names:?}"
        );
        let (w, h) = png_size(&dir.join(format!("{name}.png")));
        assert!(w >= 1600 && h > 400, "{name}.png is {w}x{h}");
        let svg = std::fs::read_to_string(dir.join(format!("{name}.svg"))).unwrap();
        well_formed(&svg).unwrap_or_else(|e| panic!("{name}.svg: {e}"));
        assert!(svg.contains("<title>"), "{name}.svg has no title");
        assert!(
            svg.contains("Datenstand: Bestandsaufnahmen 2023, 2024"),
            "{name}.svg has no data note"
        );
    }
    let status = std::fs::read_to_string(dir.join("massnahmen-nach-handlungsfeld.svg")).unwrap();
    for label in [
        "Interkulturelle Öffnung",
        "laufend",
        "eingestellt",
        "Anzahl Maßnahmen",
    ] {
        assert!(status.contains(label), "{label} missing");
    }
    let budget = std::fs::read_to_string(dir.join("budget-nach-handlungsfeld.svg")).unwrap();
    assert!(budget.contains("000.000 €"), "German euro format missing");
    // Only two years: no trend chart.
    assert!(!names.iter().any(|n| n.starts_with("entwicklung")));
}

#[test]
fn one_year_three_years_and_no_data() {
    let w = Work::new();
    let r = row("1", "Lotsen");
    w.sheet("2024", "a.xlsx", &[HEADER, &r]);
    assert_eq!(w.run(&["report"]).code, 0);
    let names = chart_names(&w.output().join("charts"));
    assert!(
        !names.iter().any(|n| n.starts_with("vorjahresvergleich")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.starts_with("zielgruppen")));
    // One inventory is named in the singular, in the charts and in the report.
    let svg = std::fs::read_to_string(w.output().join("charts/zielgruppen.svg")).unwrap();
    assert!(svg.contains("Datenstand: Bestandsaufnahme 2024 "), "{svg}");
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    assert!(
        text.contains("Bestandsaufnahme 2024") && !text.contains("Bestandsaufnahmen 2024"),
        "{text}"
    );
    assert!(
        text.contains("Rückmeldungen der Fach- und Servicebereiche zur Bestandsaufnahme 2024.")
    );
    // The internal edition counts the files.
    assert_eq!(w.run(&["report", "--edition", "internal"]).code, 0);
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    assert!(text.contains("Gelesen wurden 1 Datei aus der Bestandsaufnahme 2024."));

    w.sheet("2022", "a.xlsx", &[HEADER, &r]);
    w.sheet("2023", "a.xlsx", &[HEADER, &r]);
    w.run(&["report"]);
    let trend = std::fs::read_to_string(w.output().join("charts/entwicklung.svg")).unwrap();
    well_formed(&trend).unwrap();
    assert!(trend.contains("2022") && trend.contains("2024"));

    let empty = Work::new();
    empty.sheet("2024", "leer.xlsx", &[HEADER]);
    assert_eq!(empty.run(&["report"]).code, 0);
    let svg = std::fs::read_to_string(empty.output().join("charts/fachbereiche.svg")).unwrap();
    well_formed(&svg).unwrap();
    assert!(svg.contains("Keine Daten vorhanden."), "{svg}");
    let (w_png, _) = png_size(&empty.output().join("charts/fachbereiche.png"));
    assert!(w_png >= 1600);
}

#[test]
fn very_long_labels_are_wrapped_or_shortened() {
    let w = Work::new();
    let long = "Fachbereich für ganz besonders lange Bezeichnungen der Organisationseinheiten und ihrer Unterabteilungen in der Verwaltung";
    let mut r = row("1", "Lotsen");
    r[2] = long;
    w.sheet("2024", "a.xlsx", &[HEADER, &r]);
    assert_eq!(w.run(&["report"]).code, 0);
    let svg = std::fs::read_to_string(w.output().join("charts/fachbereiche.svg")).unwrap();
    well_formed(&svg).unwrap();
    // The label is split over lines (the full text never stands in one text element).
    assert!(!svg.contains(&format!(">{long}<")));
    assert!(svg.contains("Fachbereich für ganz"));
}

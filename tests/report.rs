//! The PDF report, read back with poppler-utils and lopdf: sections, page numbers,
//! outline, metadata, text with umlauts, determinism, no personal data.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{HEADER, Work, have, pdf_text_from, row, run_in};

const POPPLER: &str = "apt-get install poppler-utils qpdf";

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (apt-get install poppler-utils qpdf): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sample_report(out: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(env!("CARGO_BIN_EXE_bestand"))
        .current_dir(root)
        .args(["report", "-q", "--input"])
        .arg(root.join("input"))
        .arg("--output")
        .arg(out)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .unwrap();
    assert!(status.status.success());
    out.join("report.pdf")
}

#[test]
fn sample_report_reads_like_a_publication() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = sample_report(dir.path());
    let p = pdf.to_str().unwrap();

    // Read in Rust, so it runs on every machine: page count, sections in order, text.
    let doc = lopdf::Document::load(&pdf).unwrap();
    let pages = doc.get_pages().len();
    assert!((10..80).contains(&pages), "{pages} pages");
    // Body text from page 3 on (after cover and contents): sections in order.
    let body = pdf_text_from(&pdf, 3);
    let mut last = 0;
    for heading in [
        "Auf einen Blick",
        "Handlungsfelder",
        "Aus den Fach- und Servicebereichen",
        "Veränderungen seit der letzten",
        "Zielabdeckung",
        "Datenqualität",
        "Anhang: Übersicht aller Maßnahmen",
        "Hinweise zur Methode",
    ] {
        let at = body[last..]
            .find(heading)
            .unwrap_or_else(|| panic!("{heading} missing or out of order"));
        last += at + heading.len();
    }
    let all = pdf_text_from(&pdf, 1);
    assert!(all.contains(&format!("Seite 3 von {pages}")));
    assert!(all.contains("Psychosoziale Beratung für Geflüchtete"));
    assert!(
        all.contains("„Dolmetscherpool für die Verwaltung“"),
        "German quotes"
    );
    assert!(all.contains(" €"));
    assert!(
        all.contains("Maßnahmen nach Handlungsfeld und Status 2024"),
        "chart title as text"
    );
    assert!(all.contains("Anzahl Maßnahmen"), "chart axis label as text");
    // The samples' contact persons (integration1@… to integration10@…); no e-mail address
    // at all (the imprint gives the office's web page).
    assert!(!all.contains('@'), "contact persons must not appear");
    assert!(all.contains("www.region-hannover.example/integration"));

    // With poppler and qpdf: metadata, embedded fonts and the file's structure as other
    // readers see them.
    if have("pdfinfo", POPPLER) && have("pdffonts", POPPLER) && have("qpdf", POPPLER) {
        let info = tool("pdfinfo", &[p]);
        assert!(
            info.contains("Title:           Integrationsbericht"),
            "{info}"
        );
        assert!(info.contains("Author:          Region Hannover"), "{info}");
        assert!(info.contains("A4"), "{info}");
        assert!(
            info.contains("CreationDate:    Thu Jan  1 00:00:00 2026"),
            "{info}"
        );
        assert!(
            info.contains(&format!("Pages:           {pages}")),
            "{info}"
        );
        let fonts = tool("pdffonts", &[p]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|l| l.contains(" yes yes yes ")), "{fonts}");
        tool("qpdf", &["--check", p]);
    }

    // Outline: every section, fields of action nested below theirs; language set.
    let doc = lopdf::Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"de-DE");
    let outlines = doc
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let mut titles = Vec::new();
    let mut next = outlines
        .get(b"First")
        .ok()
        .and_then(|o| o.as_reference().ok());
    while let Some(id) = next {
        let item = doc.get_dictionary(id).unwrap();
        let raw = item.get(b"Title").unwrap().as_str().unwrap();
        let utf16: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        let children = item
            .get(b"Count")
            .ok()
            .and_then(|c| c.as_i64().ok())
            .unwrap_or(0)
            .abs();
        titles.push((String::from_utf16(&utf16).unwrap(), children));
        next = item.get(b"Next").ok().and_then(|o| o.as_reference().ok());
    }
    // The office's own chapters (input/texte) around the figures.
    let names: Vec<&str> = titles.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        names[..3],
        ["Vorwort", "Zusammenfassung", "Auf einen Blick"]
    );
    assert_eq!(titles.len(), 14, "{titles:?}");
    assert_eq!(names[13], "Impressum");
    assert_eq!(names[9], "Ausblick");
    // Goal attainment (the need for action, then all goals with a target) and the indicator
    // chapter, by the five fields of action the samples' indicators belong to.
    assert_eq!(names[7], "Zielerreichung");
    assert!(
        titles.contains(&("Zielerreichung".to_string(), 2)),
        "{titles:?}"
    );
    assert_eq!(names[8], "Indikatoren");
    assert!(
        titles.contains(&("Indikatoren".to_string(), 5)),
        "{titles:?}"
    );
    assert!(
        titles.contains(&("Handlungsfelder".to_string(), 8)),
        "{titles:?}"
    );
}

#[test]
fn two_runs_give_byte_identical_pdfs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let x = std::fs::read(sample_report(a.path())).unwrap();
    let y = std::fs::read(sample_report(b.path())).unwrap();
    assert!(x == y, "report.pdf differs between runs");
    assert!(x.starts_with(b"%PDF-"));
    assert!(x.len() < 2_000_000, "{} bytes", x.len());
}

#[test]
fn appendix_beyond_the_limit_shows_counts_and_points_to_the_csv() {
    let w = Work::new();
    let titles: Vec<String> = (0..12).map(|i| format!("Maßnahme {i}")).collect();
    let rows: Vec<Vec<&str>> = titles.iter().map(|t| row("", t)).collect();
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(|r| r.as_slice()));
    w.sheet("2024", "a.xlsx", &all);
    let mut cfg = bestand::config::Config::default();
    cfg.limits.appendix_rows = 5;
    let path = w.dir.path().join("c.toml");
    std::fs::write(&path, toml::to_string(&cfg).unwrap()).unwrap();
    let run = run_in(
        w.dir.path(),
        &w.input(),
        &w.output(),
        &[
            "report",
            "--config",
            path.to_str().unwrap(),
            "--edition",
            "both",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The internal edition points to the office's files; the public one names none.
    let text = pdf_text_from(&w.output().join("report-intern.pdf"), 1);
    assert!(text.contains("measures.csv"), "{text}");
    assert!(text.contains("Grenze von 5 Zeilen"));
    let public = pdf_text_from(&w.output().join("report.pdf"), 1);
    let public = public.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!public.contains("measures.csv") && !public.contains("appendix_rows"));
    assert!(
        public.contains("Die Bestandsaufnahme umfasst 12 Maßnahmen"),
        "{public}"
    );
}

#[test]
fn english_report() {
    let w = Work::new();
    let r = row("1", "Lotsen");
    w.sheet("2024", "a.xlsx", &[HEADER, &r]);
    assert_eq!(w.run(&["report", "--lang", "en"]).code, 0);
    let text = pdf_text_from(&w.output().join("report.pdf"), 1);
    assert!(text.contains("At a glance") && !text.contains("Page 1 of"));
    assert!(text.contains("Page 2 of"));
    let doc = lopdf::Document::load(w.output().join("report.pdf")).unwrap();
    assert_eq!(
        doc.catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap(),
        b"en-GB"
    );
}

#[test]
fn tagged_pdf_structure_follows_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = sample_report(dir.path());
    let p = pdf.to_str().unwrap();
    // Every chart is a Figure with alternative text naming what it shows, and so is the
    // office's logo on the cover (read in Rust).
    let doc = lopdf::Document::load(&pdf).unwrap();
    let (mut charts, mut logos) = (0, 0);
    for (_, obj) in doc.objects.iter() {
        if let Ok(d) = obj.as_dict()
            && d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure".as_slice())
        {
            let raw = d.get(b"Alt").expect("Figure without Alt").as_str().unwrap();
            let utf16: Vec<u16> = raw[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            let alt = String::from_utf16(&utf16).unwrap();
            if alt == "Logo von Region Hannover, Koordinierungsstelle Integration" {
                logos += 1;
            } else {
                assert!(alt.contains("diagramm") || alt.contains("Balken"), "{alt}");
                charts += 1;
            }
        }
    }
    // As many chart figures as the web page has charts.
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert_eq!(charts, html.matches("<svg role=\"img\"").count());
    assert_eq!(logos, 1);
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "structure tree");
    assert!(catalog.get(b"Metadata").is_ok(), "XMP metadata");
    if !have("pdfinfo", POPPLER) {
        return;
    }
    let info = tool("pdfinfo", &[p]);
    assert!(info.contains("Tagged:          yes"));
    assert!(
        info.contains("Metadata Stream: yes"),
        "XMP with title and language"
    );
    assert!(tool("pdfinfo", &["-meta", p]).contains("<rdf:li>de-DE</rdf:li>"));
    let tree = tool("pdfinfo", &["-struct-text", p]);
    assert!(
        tree.starts_with("Document"),
        "{}",
        &tree[..200.min(tree.len())]
    );
    assert!(
        !tree.contains("Seite 3 von"),
        "running footers must be artifacts"
    );
    // Section headings in the structure appear in the order of the bookmarks.
    let mut last = 0;
    for heading in [
        "\"Auf einen Blick\"",
        "\"Handlungsfelder\"",
        "\"Zielabdeckung\"",
        "\"Hinweise zur Methode\"",
    ] {
        let body = &tree[last..];
        let at = body
            .find(&format!("H1 (block)\n    {heading}"))
            .unwrap_or_else(|| panic!("{heading} not an H1 in order"));
        last += at + heading.len();
    }
    // Header cells come before their data cells, with the column scope.
    let th = tree.find("TH:").unwrap();
    let td = tree.find("TD").unwrap();
    assert!(th < td);
    assert!(tree.contains("/Scope /Column"));
    assert!(
        tree.contains("Figure:\n     /BBox ["),
        "figures carry their page area"
    );
}

#[test]
fn the_public_edition_names_no_file_and_no_finding_and_the_internal_one_does() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = crate::common::run_in(
        root,
        &root.join("input"),
        out.path(),
        &["report", "--edition", "both"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = |name: &str| -> String {
        let bytes = std::fs::read(out.path().join(name)).unwrap();
        if name.ends_with(".pdf") {
            flat(&crate::common::pdf_text(&bytes))
        } else {
            flat(&String::from_utf8(bytes).unwrap())
        }
    };
    let inputs: Vec<String> = ["2023", "2024"]
        .iter()
        .flat_map(|y| std::fs::read_dir(root.join("input").join(y)).unwrap())
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(inputs.len(), 20);
    // The error findings' words (the beginning of each message, as the report would set it).
    let errors: Vec<String> = run
        .findings
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| flat(&f["message"]).chars().take(40).collect())
        .collect();
    assert_eq!(errors.len(), 3);
    for name in ["report.pdf", "report.html"] {
        let public = text(name);
        for file in &inputs {
            assert!(!public.contains(file.as_str()), "{name} names {file}");
        }
        for e in &errors {
            assert!(!public.contains(e.as_str()), "{name} has the finding {e:?}");
        }
        assert!(!public.contains("findings.csv") && !public.contains("links.csv"));
        assert!(public.contains("Für 2024 haben 10 von 10 angefragten Fach- und Servicebereichen eine lesbare Rückmeldung geschickt."));
    }
    for name in ["report-intern.pdf", "report-intern.html"] {
        let internal = text(name);
        assert!(internal.contains("Interne Fassung – nicht zur Veröffentlichung"));
        assert!(internal.contains("2024/08-bildung-2024.xlsx"), "{name}");
        for e in &errors {
            assert!(
                internal.contains(e.as_str()),
                "{name} lacks the finding {e:?}"
            );
        }
    }
    // No contact person in either edition (the samples give one per department).
    for name in [
        "report.pdf",
        "report.html",
        "report-intern.pdf",
        "report-intern.html",
    ] {
        let t = text(name);
        for n in 1..=10 {
            let contact = format!("integration{n}@region-hannover.example");
            assert!(!t.contains(&contact), "{name} has a contact");
        }
    }
}

#[test]
fn the_report_claims_pdf_ua_and_the_checker_finds_nothing_against_it() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = sample_report(dir.path());
    // The claim itself, read in Rust.
    let doc = lopdf::Document::load(&pdf).unwrap();
    let meta = doc
        .catalog()
        .unwrap()
        .get(b"Metadata")
        .and_then(|m| m.as_reference())
        .and_then(|r| doc.get_object(r))
        .and_then(|o| o.as_stream())
        .map(|s| String::from_utf8_lossy(&s.content).into_owned())
        .unwrap();
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    if !have("pdfua", "python3 -m pip install pdfua") {
        return;
    }
    let out = Command::new("pdfua")
        .args(["check"])
        .arg(&pdf)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("errors=0 warnings=0 info=0"),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

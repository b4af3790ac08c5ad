//! The Word twin of the report: read back with the zip crate, opened by LibreOffice, in
//! bestand's own look and in an office's Word template (tests/fixtures/word, made by
//! python-docx).

use std::io::Read;
use std::path::Path;

use crate::common::{Work, have, under_ci};

/// The parts of a docx by name (XML and relationships as text, media empty).
pub fn parts(path: &Path) -> std::collections::BTreeMap<String, String> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            out.insert(name, text);
        } else {
            out.insert(name, String::new());
        }
    }
    out
}

/// A workspace with one return and the Word template `fixture` (of tests/fixtures/word) as
/// the office's texte/vorlage.docx.
fn with_template(fixture: &str) -> Work {
    let w = Work::new();
    let r = crate::common::row("1", "Lotsen");
    w.sheet("2024", "a.xlsx", &[crate::common::HEADER, &r]);
    let texts = w.input().join("texte");
    std::fs::create_dir_all(&texts).unwrap();
    std::fs::copy(
        Path::new("tests/fixtures/word").join(fixture),
        texts.join("vorlage.docx"),
    )
    .unwrap();
    w
}

/// The text of a Word file converted to PDF by LibreOffice; `None` (said in a line) where
/// only LibreOffice Calc is installed outside CI, since Calc alone cannot open a Word file.
fn converted(docx: &Path, test: &str) -> Option<String> {
    let conv = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(conv.path())
        .arg(docx)
        .env("HOME", conv.path())
        .output()
        .unwrap();
    let pdf = conv.path().join("report.pdf");
    if !pdf.exists() && !under_ci() {
        eprintln!(
            "skipped part of {test}: LibreOffice Writer is not installed (apt-get install libreoffice-writer-nogui)"
        );
        return None;
    }
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&status.stderr));
    Some(crate::common::pdf_text(&std::fs::read(&pdf).unwrap()))
}

/// The samples' report, dated by SOURCE_DATE_EPOCH as a reproducible build would be.
fn sample(out: &Path, args: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cwd = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_bestand"))
        .current_dir(cwd.path())
        .args(["report", "-q", "--input"])
        .arg(root.join("input"))
        .arg("--output")
        .arg(out)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn the_word_twin_carries_headings_contents_tables_images_language_and_page_numbers() {
    let out = tempfile::tempdir().unwrap();
    sample(out.path(), &[]);
    let p = parts(&out.path().join("report.docx"));
    let doc = &p["word/document.xml"];
    // Every heading of the model in Word's heading styles, as many as the web page has.
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    // (The web page's contents heading is an h2; Word's is its TOC heading.)
    for (level, tag, toc) in [(1, "<h2", 1), (2, "<h3", 0), (3, "<h4", 0)] {
        assert_eq!(
            doc.matches(&format!("<w:pStyle w:val=\"Heading{level}\"/>"))
                .count()
                + toc,
            html.matches(tag).count(),
            "level {level}"
        );
    }
    assert!(p["word/styles.xml"].contains("<w:name w:val=\"heading 1\"/>"));
    // The contents as a field Word fills on opening, prefilled with the chapters.
    assert!(doc.contains("TOC \\o \"1-2\" \\h \\z \\u"));
    assert!(p["word/settings.xml"].contains("<w:updateFields w:val=\"true\"/>"));
    let first_entry = doc
        .split("<w:pStyle w:val=\"TOC1\"/>")
        .nth(1)
        .and_then(|p| p.split("</w:p>").next())
        .unwrap();
    assert!(first_entry.contains("<w:fldChar w:fldCharType=\"begin\""));
    assert!(first_entry.contains(">Vorwort</w:t>"), "{first_entry}");
    // Every table repeats its header row; every image has a description.
    let tables = doc.matches("<w:tbl>").count();
    assert!(tables > 20, "{tables}");
    assert_eq!(doc.matches("<w:tblHeader/>").count(), tables);
    let images: Vec<&str> = doc.split("<wp:docPr ").skip(1).collect();
    assert_eq!(
        images.len(),
        html.matches("<svg role=\"img\"").count() + 1,
        "the charts and the logo"
    );
    for i in &images {
        let descr = i
            .split("descr=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(descr.len() > 10, "{i}");
    }
    assert!(p.contains_key("word/media/image1.png"));
    // The language on the styles and in the properties; the page numbers as fields.
    assert!(p["word/styles.xml"].contains("<w:lang w:val=\"de-DE\""));
    assert!(p["docProps/core.xml"].contains("<dc:title>Integrationsbericht</dc:title>"));
    assert!(p["docProps/core.xml"].contains("<dc:language>de-DE</dc:language>"));
    let footer = &p["word/footer1.xml"];
    assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));
    assert!(footer.contains(">Seite </w:t>") && footer.contains("> von </w:t>"));
    // While there are error findings every page says it is a draft, as the PDF does.
    assert!(p["word/header1.xml"].contains("Entwurf · Integrationsbericht"));
    assert!(p["word/settings.xml"].contains("compatibilityMode"));
    // The cover is a section of its own (no page number on it).
    assert_eq!(doc.matches("<w:sectPr>").count(), 2);
    // The same report gives the same bytes.
    let again = tempfile::tempdir().unwrap();
    sample(again.path(), &[]);
    let a = std::fs::read(out.path().join("report.docx")).unwrap();
    let b = std::fs::read(again.path().join("report.docx")).unwrap();
    assert!(a == b, "report.docx differs between two runs");

    // In English: en-GB.
    let en = tempfile::tempdir().unwrap();
    sample(en.path(), &["--lang", "en"]);
    let p = parts(&en.path().join("report.docx"));
    assert!(p["word/styles.xml"].contains("<w:lang w:val=\"en-GB\""));
    assert!(p["word/footer1.xml"].contains(">Page </w:t>"));
}

#[test]
fn the_offices_word_template_gives_its_styles_and_page() {
    let w = with_template("vorlage.docx");
    let texts = w.input().join("texte");
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.with_code("word-template-unusable").is_empty());
    let p = parts(&w.output().join("report.docx"));
    let doc = &p["word/document.xml"];
    // The template's German ids for Word's headings and body text.
    assert!(doc.contains("<w:pStyle w:val=\"berschrift1\"/>"));
    assert!(!doc.contains("<w:pStyle w:val=\"Heading1\"/>"));
    assert!(!doc.contains("<w:pStyle w:val=\"Normal\"/>"));
    assert!(doc.contains("<w:pStyle w:val=\"Standard\"/>"));
    // Its styles (Georgia, its red), with bestand's added where it has none.
    let styles = &p["word/styles.xml"];
    assert!(styles.contains("Georgia") && styles.contains("8B1A1A"));
    assert!(
        styles.contains("w:styleId=\"Note\"") && styles.contains("<w:basedOn w:val=\"Standard\"/>")
    );
    // Its page: 3 cm left margin; the charts fit its text width.
    assert!(doc.contains("w:left=\"1701\""));
    let sect = doc.rsplit("<w:sectPr>").next().unwrap();
    let attr = |el: &str, name: &str| -> u64 {
        let el = &sect[sect.find(el).unwrap()..];
        let at = el.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        el[at..].split('"').next().unwrap().parse().unwrap()
    };
    let text_emu =
        (attr("<w:pgSz", "w:w") - attr("<w:pgMar", "w:left") - attr("<w:pgMar", "w:right")) * 635;
    let widths: Vec<u64> = doc
        .split("<wp:extent cx=\"")
        .skip(1)
        .map(|x| x.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(
        !widths.is_empty() && widths.iter().all(|w| *w <= text_emu),
        "{widths:?} > {text_emu}"
    );
    // The report's language, not the template's.
    let defaults = styles
        .split("<w:rPrDefault>")
        .nth(1)
        .unwrap()
        .split("</w:rPrDefault>")
        .next()
        .unwrap();
    assert!(defaults.contains("<w:lang w:val=\"de-DE\"/>"), "{defaults}");
    assert_eq!(defaults.matches("<w:lang ").count(), 1);

    // A file that is no Word document: a warning, and bestand's own look.
    std::fs::write(texts.join("vorlage.docx"), "keine Vorlage").unwrap();
    let run = w.run(&["report"]);
    assert_eq!(run.with_code("word-template-unusable").len(), 1);
    let p = parts(&w.output().join("report.docx"));
    assert!(p["word/document.xml"].contains("<w:pStyle w:val=\"Heading1\"/>"));
}

#[test]
fn libreoffice_opens_the_word_twin_and_converts_it() {
    if !have("soffice", "apt-get install libreoffice-writer-nogui") {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    sample(out.path(), &[]);
    let Some(text) = converted(
        &out.path().join("report.docx"),
        "libreoffice_opens_the_word_twin_and_converts_it",
    ) else {
        return;
    };
    let pages = text.matches("--- Seite ").count();
    assert!(pages > 20, "{pages} pages");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Vorwort") && flat.contains("Auf einen Blick"));
    assert!(
        flat.contains(&format!("Seite 2 von {pages}")),
        "page numbers from the footer fields"
    );
}

#[test]
fn the_templates_letterhead_and_footer_come_along_with_the_page_numbers() {
    let w = with_template("vorlage-kopf.docx");
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = w.output().join("report.docx");
    let p = parts(&path);
    // The letterhead with its logo, renamed beside the report's own images.
    let header = &p["word/header1.xml"];
    assert!(
        header.contains("Region Hannover · Koordinierungsstelle Integration"),
        "{header}"
    );
    let rels = &p["word/_rels/header1.xml.rels"];
    assert!(rels.contains("Target=\"media/kopf1.png\""), "{rels}");
    assert!(p.contains_key("word/media/kopf1.png"));
    // The template's footer line, and the report's page numbers under it (it has none).
    let footer = &p["word/footer1.xml"];
    assert!(footer.contains("Drucksache Nr. 1234/2025 (II)"));
    assert!(
        footer.contains(" PAGE ") && footer.contains(" NUMPAGES "),
        "{footer}"
    );
    let doc = &p["word/document.xml"];
    assert!(doc.contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"));

    if !have("soffice", "apt-get install libreoffice-writer-nogui") {
        return;
    }
    let Some(text) = converted(
        &path,
        "the_templates_letterhead_and_footer_come_along_with_the_page_numbers",
    ) else {
        return;
    };
    let pages = text.matches("--- Seite ").count();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Koordinierungsstelle Integration"));
    assert!(flat.contains("Drucksache Nr. 1234/2025 (II)"));
    assert!(flat.contains(&format!("Seite 2 von {pages}")), "{flat}");
}

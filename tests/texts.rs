//! The office's own texts (texte/*.md): placed in the report, live figures filled in from
//! the run, every problem a finding with file and line.

use crate::common::{HEADER, Work, row};

/// A 2024 return: two running measures and one planned, in „Geflüchtete“, 1,500 € each.
fn inventory(w: &Work) {
    let a = row("1", "Lotsen");
    let b = row("2", "Sprachcafé");
    let mut c = row("3", "Patenschaften");
    c[5] = "geplant";
    let mut rows: Vec<&[&str]> = vec![HEADER];
    rows.extend([a.as_slice(), b.as_slice(), c.as_slice()]);
    w.sheet("2024", "soziales.xlsx", &rows);
}

fn text(w: &Work, name: &str, body: &str) {
    let dir = w.input().join("texte");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), body).unwrap();
}

#[test]
fn the_offices_texts_reach_the_report_with_the_runs_figures() {
    let w = Work::new();
    inventory(&w);
    text(
        &w,
        "vorwort.md",
        "# Vorwort\n\nIm Jahr {{jahr}} sind es {{massnahmen}} Maßnahmen, davon {{ laufend }} laufend \
         und {{geplant}} geplant; Budget {{budget}}.\n\n- erster Punkt\n- zweiter Punkt\n\n\
         1. Schritt eins\n2. Schritt zwei\n\n> Ein Zitat.\n\n| Bereich | Zahl |\n|---|---:|\n\
         | Geflüchtete | {{handlungsfeld.Geflüchtete.massnahmen}} |\n\nMehr dazu[^q].\n\n\
         [^q]: Eine Quelle.\n",
    );
    text(
        &w,
        "gefluechtete.md",
        "Im Feld {{handlungsfeld.Geflüchtete.laufend}} laufende Maßnahmen.\n",
    );
    text(
        &w,
        "ausblick.md",
        "# Ausblick\n\nWeiter so mit\n{{massnahmen_neu}} Maßnahmen.\n",
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let unknown = run.with_code("text-placeholder-unknown");
    assert_eq!(unknown.len(), 1, "{:#?}", run.findings);
    assert_eq!(unknown[0]["file"], "texte/ausblick.md");
    assert_eq!(unknown[0]["cell"], "4");
    assert_eq!(unknown[0]["severity"], "error");
    assert!(unknown[0]["message"].contains("{{massnahmen_neu}}"));
    assert!(run.stdout.contains("texte/ausblick.md"), "{}", run.stdout);

    let pdf = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (pdf, html_text) = (flat(&pdf), flat(&html));
    for expected in [
        "Im Jahr 2024 sind es 3 Maßnahmen, davon 2 laufend und 1 geplant; Budget 3.000 €.",
        "Im Feld 2 laufende Maßnahmen.",
        "erster Punkt",
        "1. Schritt eins",
        "Ein Zitat.",
        "Mehr dazu[1].",
        "[1] Eine Quelle.",
        // An unknown placeholder stays visible, and the draft says it is one of the texts.
        "Weiter so mit {{massnahmen_neu}} Maßnahmen.",
        "Entwurf: 1 Platzhalter in den eigenen Texten ist unbekannt und steht markiert im Text.",
    ] {
        assert!(pdf.contains(expected), "PDF lacks {expected:?}:\n{pdf}");
        assert!(html_text.contains(expected), "HTML lacks {expected:?}");
    }
    assert!(html.contains("<li>zweiter Punkt</li>"), "{html}");
    assert!(!pdf.contains("Fehlermeldung"), "no data error is claimed");
    assert!(html.contains("<caption>Vorwort</caption>") || html.contains(">Vorwort</caption>"));
    // The foreword comes before the key figures, the outlook after the fields of action.
    let at = |s: &str| pdf.rfind(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("Im Jahr 2024") < at("Auf einen Blick"));
    assert!(at("Weiter so mit") > at("Im Feld 2 laufende"));

    // `check` names the mistyped placeholder too, before any report is made.
    let check = w.run(&["check"]);
    assert_eq!(check.with_code("text-placeholder-unknown").len(), 1);
}

#[test]
fn a_text_for_an_unknown_field_and_a_skipped_heading_are_named_and_the_rest_is_used() {
    let w = Work::new();
    inventory(&w);
    text(
        &w,
        "extra.md",
        "---\nhandlungsfeld: Raumfahrt\n---\nText über Raumfahrt.\n",
    );
    text(
        &w,
        "ausblick.md",
        "# Ausblick\n\n### Zu tief\n\nDer Rest steht.\n",
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let field = run.with_code("text-unknown-field");
    assert_eq!(field.len(), 1, "{:#?}", run.findings);
    assert_eq!(field[0]["file"], "texte/extra.md");
    let skip = run.with_code("text-heading-skips");
    assert_eq!(skip.len(), 1);
    assert_eq!(skip[0]["cell"], "3");
    let pdf = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    assert!(pdf.contains("Der Rest steht."));
    assert!(pdf.contains("Zu tief"));
    assert!(!pdf.contains("Raumfahrt"));
}

/// The fill colours a PDF's pages use (`rg` operators), as 0–255 RGB.
fn fill_colours(pdf: &[u8]) -> std::collections::BTreeSet<(u8, u8, u8)> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut out = std::collections::BTreeSet::new();
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page);
        for op in lopdf::content::Content::decode(&content)
            .unwrap()
            .operations
        {
            if op.operator == "rg" {
                let v: Vec<u8> = op
                    .operands
                    .iter()
                    .map(|o| (o.as_float().unwrap() * 255.0).round() as u8)
                    .collect();
                out.insert((v[0], v[1], v[2]));
            }
        }
    }
    out
}

#[test]
fn the_offices_colour_heads_the_report_unless_it_is_too_pale() {
    let w = Work::new();
    inventory(&w);
    let mut cfg = bestand::config::Config {
        colour: Some("#6a1b4d".into()),
        ..Default::default()
    };
    w.config(&cfg);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.with_code("colour-contrast").is_empty());
    let pdf = std::fs::read(w.output().join("report.pdf")).unwrap();
    assert!(fill_colours(&pdf).contains(&(0x6a, 0x1b, 0x4d)));
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("#6a1b4d"));
    assert!(!html.contains("#0b3c5d"), "the built-in blue is gone");

    // A pale yellow would leave headings unreadable: a warning, and the built-in blue.
    cfg.colour = Some("#ffd700".into());
    w.config(&cfg);
    let run = w.run(&["report"]);
    let pale = run.with_code("colour-contrast");
    assert_eq!(pale.len(), 1, "{:#?}", run.findings);
    assert!(
        pale[0]["message"].contains("1,4 : 1"),
        "{}",
        pale[0]["message"]
    );
    let pdf = std::fs::read(w.output().join("report.pdf")).unwrap();
    let colours = fill_colours(&pdf);
    assert!(colours.contains(&(0x0b, 0x3c, 0x5d)) && !colours.contains(&(0xff, 0xd7, 0x00)));
}

/// The alternative texts of a PDF's Figure structure elements.
fn figure_alts(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut out = Vec::new();
    for (_, obj) in doc.objects.iter() {
        if let Ok(d) = obj.as_dict()
            && d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure".as_slice())
            && let Ok(raw) = d.get(b"Alt").and_then(|a| a.as_str())
        {
            let utf16: Vec<u16> = raw[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            out.push(String::from_utf16(&utf16).unwrap());
        }
    }
    out
}

#[test]
fn images_with_alternative_text_reach_both_editions_and_those_without_are_named() {
    let w = Work::new();
    inventory(&w);
    // A PNG made here with the image crate: 300 x 150 pixels, red.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(300, 150, image::Rgba([200, 30, 30, 255]))
        .write_to(
            &mut std::io::Cursor::new(&mut png),
            image::ImageOutputFormat::Png,
        )
        .unwrap();
    let dir = w.input().join("texte");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("karte.png"), &png).unwrap();
    std::fs::write(
        dir.join("plan.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
    )
    .unwrap();
    text(
        &w,
        "vorwort.md",
        "# Vorwort\n\n![Karte der Region mit den Standorten](karte.png \"Standorte 2024\")\n\n\
         ![](karte.png)\n\n![Fehlt](nicht-da.png)\n\n![Nur als SVG](plan.svg)\n\n\
         ![Aus dem Netz](https://example.org/bild.png)\n",
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = |code: &str| -> Vec<String> {
        run.with_code(code)
            .iter()
            .map(|f| f["cell"].clone())
            .collect()
    };
    assert_eq!(line("text-image-alt"), ["5"]);
    assert_eq!(line("text-image-missing"), ["7", "11"]);
    assert_eq!(line("text-image-svg-only"), ["9"]);
    let pdf = std::fs::read(w.output().join("report.pdf")).unwrap();
    let alts = figure_alts(&pdf);
    assert_eq!(
        alts.iter()
            .filter(|a| *a == "Karte der Region mit den Standorten")
            .count(),
        1,
        "{alts:?}"
    );
    let text = crate::common::pdf_text(&pdf);
    assert!(text.contains("Standorte 2024"));
    assert!(text.contains("[Abbildung in der Webfassung: Nur als SVG]"));
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("<img src=\"data:image/png;base64,"));
    assert!(html.contains(
        "alt=\"Karte der Region mit den Standorten\"><figcaption>Standorte 2024</figcaption>"
    ));
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    assert!(html.contains("alt=\"Nur als SVG\""));
    assert!(!html.contains("example.org"));
}

#[test]
fn texts_as_clerks_save_them_are_read_and_strays_are_named() {
    let w = Work::new();
    inventory(&w);
    let dir = w.input().join("texte");
    std::fs::create_dir_all(&dir).unwrap();
    // Notepad's byte order mark, front matter with a title, nested lists.
    std::fs::write(
        dir.join("gruss.md"),
        "\u{feff}---\ntitel: Grußwort\nnach: vorwort\n---\nVorweg:\n\n- Ebene 1\n  - Ebene 2\n- Zweiter\n\n1. Eins\n   - Unterpunkt\n",
    )
    .unwrap();
    // Windows-1252, as an old editor saves it.
    std::fs::write(dir.join("ausblick.md"), b"Gr\xfc\xdfe aus dem Amt\r\n").unwrap();
    std::fs::write(dir.join("zusammenfassung.md"), "\n").unwrap();
    std::fs::write(dir.join("notiz.txt"), "merken").unwrap();
    std::fs::write(dir.join("gefluechtete.md"), "Erste Einleitung.\n").unwrap();
    std::fs::write(
        dir.join("zweite.md"),
        "---\nhandlungsfeld: Geflüchtete\n---\nZweite Einleitung.\n",
    )
    .unwrap();
    std::fs::write(dir.join("bildung-sprache.md"), "Fast ein Handlungsfeld.\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", dir.join("fremd.md")).unwrap();
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let at = |code: &str| -> Vec<String> {
        run.with_code(code)
            .iter()
            .map(|f| f["file"].clone())
            .collect()
    };
    assert_eq!(at("text-encoding"), ["texte/ausblick.md"]);
    assert_eq!(at("text-empty"), ["texte/zusammenfassung.md"]);
    assert_eq!(at("text-ignored-file"), ["texte/notiz.txt"]);
    assert_eq!(at("text-field-twice"), ["texte/zweite.md"]);
    assert_eq!(at("text-near-field"), ["texte/bildung-sprache.md"]);
    #[cfg(unix)]
    assert_eq!(at("text-link"), ["texte/fremd.md"]);
    let pdf = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Grußwort Vorweg:",
        "Ebene 1 – Ebene 2",
        "Zweiter",
        "1. Eins – Unterpunkt",
        "Grüße aus dem Amt",
        "Erste Einleitung.",
    ] {
        assert!(flat.contains(expected), "{expected:?} missing:\n{flat}");
    }
    assert!(!flat.contains("Zweite Einleitung") && !flat.contains("root:"));
    // The terminal says where the texts came from.
    assert!(run.stdout.contains("Eigene Texte aus"), "{}", run.stdout);
}

#[test]
fn the_cover_takes_the_offices_subtitle_and_date_line_with_live_figures() {
    let w = Work::new();
    inventory(&w);
    w.config(&bestand::config::Config {
        subtitle: Some("Fortschrittsbericht {{jahr}}: {{massnahmen}} Maßnahmen".into()),
        date_line: Some("Vorgelegt im Ausschuss, Stand {{jahrr}}".into()),
        ..Default::default()
    });
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let unknown = run.with_code("text-placeholder-unknown");
    assert_eq!(unknown.len(), 1, "{:#?}", run.findings);
    assert_eq!(unknown[0]["file"], "bestand.toml");
    assert!(unknown[0]["message"].contains("vielleicht {{jahr}}"));
    let pdf = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    let first = pdf.split("--- Seite 2 ---").next().unwrap();
    assert!(
        first.contains("Fortschrittsbericht 2024: 3 Maßnahmen"),
        "{first}"
    );
    assert!(
        first.contains("Vorgelegt im Ausschuss, Stand {{jahrr}}"),
        "{first}"
    );
    // The draft names the placeholder, not a row or file.
    assert!(pdf.contains("Entwurf: 1 Platzhalter"));
    assert!(!pdf.contains("Fehlermeldung"));
}

/// The UTF-16 text of a PDF string as lopdf gives it (with its byte-order mark).
fn utf16(raw: &[u8]) -> String {
    let units: Vec<u16> = raw
        .get(2..)
        .unwrap_or_default()
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
        .collect();
    String::from_utf16_lossy(&units)
}

#[test]
fn emphasis_and_links_reach_the_pdf_the_web_page_and_the_word_file() {
    let w = Work::new();
    inventory(&w);
    text(
        &w,
        "vorwort.md",
        "# Vorwort\n\nWir danken **allen Fachbereichen** und *besonders* dem \
         [Integrationsbeirat](https://www.example.org/beirat) sowie [dieser Seite](javascript:alert(1)).\n\n\
         - **Punkt eins:** mehr dazu\n\nGezählt wurde genau[^q].\n\n[^q]: Eine Quelle mit {{massnahmen}} Maßnahmen.\n\n\
         Der [Bericht](https://www.example.org/bericht-{{jahr}}.pdf) und <stelle@example.org>.\n",
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The web page: strong, em, a live link; an address that is no web or mail address
    // stays words.
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    for expected in [
        "<strong>allen Fachbereichen</strong>",
        "<em>besonders</em>",
        "<a href=\"https://www.example.org/beirat\">Integrationsbeirat</a>",
        "<li><strong>Punkt eins:</strong> mehr dazu</li>",
        "dieser Seite (javascript:alert(1))",
        "<p class=\"note\" role=\"doc-footnote\">[1] Eine Quelle mit 3 Maßnahmen.</p>",
        // A figure in an address is filled in; a mail autolink is a mail link.
        "<a href=\"https://www.example.org/bericht-2024.pdf\">Bericht</a>",
        "<a href=\"mailto:stelle@example.org\">stelle@example.org</a>",
    ] {
        assert!(html.contains(expected), "HTML lacks {expected:?}");
    }
    assert!(
        !html.contains("href=\"javascript"),
        "a script address became a link"
    );

    // The PDF: the words in their faces, the link an annotation with its address and its
    // words, under a Link structure element that points to it.
    let bytes = std::fs::read(w.output().join("report.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let name = |d: &lopdf::Dictionary, key: &[u8]| {
        d.get(key)
            .ok()
            .and_then(|o| o.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
    };
    let mut annots = Vec::new();
    let mut link_elements = Vec::new();
    let mut fonts = Vec::new();
    let mut notes = 0;
    let mut mixed = 0;
    for (id, obj) in doc.objects.iter() {
        let Ok(d) = obj.as_dict() else { continue };
        if name(d, b"Subtype").as_deref() == Some("Link") {
            let uri = d
                .get(b"A")
                .and_then(|a| a.as_dict())
                .and_then(|a| a.get(b"URI"))
                .and_then(|u| u.as_str())
                .map(|u| String::from_utf8_lossy(u).into_owned())
                .unwrap_or_default();
            let words = d
                .get(b"Contents")
                .and_then(|c| c.as_str())
                .map(utf16)
                .unwrap_or_default();
            assert!(
                d.get(b"StructParent").is_ok(),
                "an annotation outside the structure tree"
            );
            annots.push((*id, uri, words));
        }
        if name(d, b"S").as_deref() == Some("Link") {
            link_elements.push(d.clone());
        }
        if let Some(font) = name(d, b"BaseFont") {
            fonts.push(font);
        }
        if name(d, b"S").as_deref() == Some("Note") {
            assert!(d.get(b"ID").is_ok(), "a Note without its ID");
            notes += 1;
        }
        // A paragraph with a link reads in order: its first words before the link.
        if name(d, b"S").as_deref() == Some("P")
            && let Ok(kids) = d.get(b"K").and_then(|k| k.as_array())
            && kids.iter().any(|k| k.as_reference().is_ok())
        {
            assert!(
                kids[0].as_dict().is_ok(),
                "a paragraph starts with its link: {kids:?}"
            );
            mixed += 1;
        }
    }
    assert_eq!(notes, 1, "the footnote is no Note element");
    assert!(mixed >= 2, "no paragraph holds a link element");
    let uris: Vec<&str> = annots.iter().map(|a| a.1.as_str()).collect();
    let known = [
        "https://www.example.org/beirat",
        "https://www.example.org/bericht-2024.pdf",
        "mailto:stelle@example.org",
    ];
    assert!(
        !uris.is_empty() && uris.iter().all(|u| known.contains(u)),
        "{annots:?}"
    );
    assert!(
        annots.iter().any(|a| a.2 == "Integrationsbeirat"),
        "{annots:?}"
    );
    assert!(!uris.iter().any(|u| u.starts_with("javascript")));
    for (id, _, _) in &annots {
        let owned = link_elements.iter().any(|e| {
            e.get(b"K").and_then(|k| k.as_array()).is_ok_and(|kids| {
                kids.iter().any(|k| {
                    k.as_dict().is_ok_and(|k| {
                        name(k, b"Type").as_deref() == Some("OBJR")
                            && k.get(b"Obj").and_then(|o| o.as_reference()).ok() == Some(*id)
                    })
                })
            })
        });
        assert!(owned, "annotation {id:?} belongs to no Link element");
    }
    assert!(
        fonts
            .iter()
            .any(|f| f.ends_with("Italic") && !f.contains("Bold")),
        "{fonts:?}"
    );
    let pdf = crate::common::pdf_text(&bytes);
    let flat = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Wir danken allen Fachbereichen und besonders dem Integrationsbeirat"),
        "{flat}"
    );

    // The Word file: bold and italic runs, an external hyperlink.
    let docx = crate::docx::parts(&w.output().join("report.docx"));
    let body = &docx["word/document.xml"];
    let rels = &docx["word/_rels/document.xml.rels"];
    assert!(
        body.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">allen Fachbereichen</w:t>"),
        "{body}"
    );
    assert!(body.contains("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">besonders</w:t>"));
    assert!(
        body.contains("<w:hyperlink r:id=\"rIdLink1\""),
        "no hyperlink"
    );
    assert!(
        rels.contains("Target=\"https://www.example.org/beirat\" TargetMode=\"External\""),
        "{rels}"
    );
    assert!(!rels.contains("javascript"));
    // The footnote is Word's own, at its mark, with the run's figure; not repeated after
    // the text.
    assert!(body.contains("<w:footnoteReference w:id=\"1\"/>"), "{body}");
    assert!(docx["word/footnotes.xml"].contains("Eine Quelle mit 3 Maßnahmen."));
    assert!(
        !body.contains("[1] Eine Quelle"),
        "the footnote stands in the text too"
    );
    assert!(rels.contains("Target=\"footnotes.xml\""));
    assert!(docx["[Content_Types].xml"].contains("/word/footnotes.xml"));
}

#[test]
fn a_cover_picture_stands_on_the_cover_with_its_alternative_text_and_credit() {
    let w = Work::new();
    inventory(&w);
    // A PNG made here with the image crate: 400 x 200 pixels, blue.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(400, 200, image::Rgba([30, 60, 160, 255]))
        .write_to(
            &mut std::io::Cursor::new(&mut png),
            image::ImageOutputFormat::Png,
        )
        .unwrap();
    let dir = w.input().join("texte");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("titelbild.png"), &png).unwrap();
    text(
        &w,
        "titelbild.md",
        "![Menschen im Gespräch beim Sprachcafé](titelbild.png \"Foto: Koordinierungsstelle\")\n",
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.with_code("text-cover-no-image").is_empty());
    // The PDF: a Figure with the picture's words on the first page.
    let bytes = std::fs::read(w.output().join("report.pdf")).unwrap();
    assert!(
        figure_alts(&bytes).contains(&"Menschen im Gespräch beim Sprachcafé".to_string()),
        "{:?}",
        figure_alts(&bytes)
    );
    // Not a chapter of its own.
    let pdf = crate::common::pdf_text(&bytes);
    assert!(
        !pdf.contains("titelbild"),
        "the cover text became a chapter"
    );
    // The web page and the Word file: the picture with its words and its credit.
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    let cover = html.split("</header>").next().unwrap();
    assert!(cover.contains("alt=\"Menschen im Gespräch beim Sprachcafé\""));
    assert!(cover.contains(">Foto: Koordinierungsstelle</figcaption>"));
    let docx = crate::docx::parts(&w.output().join("report.docx"));
    assert!(docx["word/document.xml"].contains("descr=\"Menschen im Gespräch beim Sprachcafé\""));

    // A cover text without a picture is named.
    text(&w, "titelbild.md", "Nur Worte.\n");
    let run = w.run(&["report"]);
    assert_eq!(
        run.with_code("text-cover-no-image").len(),
        1,
        "{:#?}",
        run.findings
    );
}

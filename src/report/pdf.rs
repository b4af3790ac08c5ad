//! The PDF writer: turns laid-out pages into printpdf operations, adds the running header,
//! the footer with page numbers, metadata, document language and a nested outline, and
//! returns the bytes. Fonts are embedded and subsetted by printpdf.

use std::hash::{Hash, Hasher};

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use plotters::prelude::IntoDrawingArea;
use printpdf::{
    Color, FontId, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::charts::{self, fonts, pdf::PdfBackend};

use super::layout::{Item, Layout, PAGE_H, PAGE_W, color};
use super::model::Document;

fn rgb(c: (u8, u8, u8)) -> Color {
    Color::Rgb(Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn text_ops(
    ops: &mut Vec<Op>,
    font: &FontId,
    x: f64,
    y: f64,
    size: f64,
    c: (u8, u8, u8),
    text: &str,
) {
    ops.extend([
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(size as f32),
        },
        Op::SetFillColor { col: rgb(c) },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(x as f32),
                y: Pt((PAGE_H - y) as f32),
            },
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        },
        Op::EndTextSection,
    ]);
}

fn rect_ops(ops: &mut Vec<Op>, x: f64, y: f64, w: f64, h: f64, c: (u8, u8, u8)) {
    let p = |x: f64, y: f64| LinePoint {
        p: Point {
            x: Pt(x as f32),
            y: Pt((PAGE_H - y) as f32),
        },
        bezier: false,
    };
    ops.push(Op::SetFillColor { col: rgb(c) });
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing {
                points: vec![p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h)],
            }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
}

/// A PDF text string: UTF-16BE with byte-order mark, so umlauts survive in the outline.
fn pdf_text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend(u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Writes the outline: sections with their subsections as children.
fn outline(doc: &mut lopdf::Document, layout: &Layout) -> Option<ObjectId> {
    let pages = doc.get_pages();
    if layout.anchors.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    // Group level-2 anchors under the level-1 anchor before them.
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, a) in layout.anchors.iter().enumerate() {
        if a.level == 1 || groups.is_empty() {
            groups.push((i, Vec::new()));
        } else if let Some(g) = groups.last_mut() {
            g.1.push(i);
        }
    }
    let ids: Vec<ObjectId> = layout.anchors.iter().map(|_| doc.new_object_id()).collect();
    let dest = |i: usize| -> Object {
        let a = &layout.anchors[i];
        let page = pages.get(&(a.page as u32 + 1)).copied().unwrap_or((1, 0));
        Object::Array(vec![
            Object::Reference(page),
            Object::Name(b"XYZ".to_vec()),
            Object::Null,
            Object::Real((PAGE_H - a.y + 12.0) as f32),
            Object::Null,
        ])
    };
    let link = |d: &mut Dictionary, list: &[usize], pos: usize| {
        if pos > 0 {
            d.set("Prev", Object::Reference(ids[list[pos - 1]]));
        }
        if pos + 1 < list.len() {
            d.set("Next", Object::Reference(ids[list[pos + 1]]));
        }
    };
    let tops: Vec<usize> = groups.iter().map(|g| g.0).collect();
    for (pos, (top, children)) in groups.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", pdf_text(&layout.anchors[*top].text));
        d.set("Parent", Object::Reference(root));
        d.set("Dest", dest(*top));
        link(&mut d, &tops, pos);
        if let (Some(first), Some(last)) = (children.first(), children.last()) {
            d.set("First", Object::Reference(ids[*first]));
            d.set("Last", Object::Reference(ids[*last]));
            // Negative: the subsections start closed, so the outline opens as a short list.
            d.set("Count", Object::Integer(-(children.len() as i64)));
        }
        doc.objects.insert(ids[*top], Object::Dictionary(d));
        for (cpos, child) in children.iter().enumerate() {
            let mut c = Dictionary::new();
            c.set("Title", pdf_text(&layout.anchors[*child].text));
            c.set("Parent", Object::Reference(ids[*top]));
            c.set("Dest", dest(*child));
            link(&mut c, children, cpos);
            doc.objects.insert(ids[*child], Object::Dictionary(c));
        }
    }
    let mut r = Dictionary::new();
    r.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (tops.first(), tops.last()) {
        r.set("First", Object::Reference(ids[*first]));
        r.set("Last", Object::Reference(ids[*last]));
    }
    r.set("Count", Object::Integer(tops.len() as i64));
    doc.objects.insert(root, Object::Dictionary(r));
    Some(root)
}

/// Renders the laid-out document; `created` is a Unix time (from SOURCE_DATE_EPOCH when set).
pub fn write(doc: &Document, layout: &Layout, created: i64) -> Result<Vec<u8>, String> {
    let mut font_warnings = Vec::new();
    let regular = ParsedFont::from_bytes(fonts::REGULAR, 0, &mut font_warnings)
        .ok_or("cannot read the embedded regular font")?;
    let bold = ParsedFont::from_bytes(fonts::BOLD, 0, &mut font_warnings)
        .ok_or("cannot read the embedded bold font")?;
    let mut warnings = Vec::new();
    let mut pdf = PdfDocument::new(&doc.title);
    let rid = pdf.add_font(&regular);
    let bid = pdf.add_font(&bold);
    let total = layout.pages.len();
    let mut pages = Vec::with_capacity(total);
    charts::fonts::register();
    for (i, page) in layout.pages.iter().enumerate() {
        let mut ops = Vec::new();
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    size,
                    bold,
                    color,
                    text,
                } => {
                    let f = if *bold { &bid } else { &rid };
                    text_ops(&mut ops, f, *x, *y, *size, *color, text);
                }
                Item::Rect { x, y, w, h, color } => rect_ops(&mut ops, *x, *y, *w, *h, *color),
                Item::Chart { chart, x, y, scale } => {
                    let size = (charts::WIDTH, chart.height());
                    let (backend, chart_ops) =
                        PdfBackend::new(size, (*x, PAGE_H - *y), *scale, rid.clone(), bid.clone());
                    let root = backend.into_drawing_area();
                    charts::draw(&root, chart, 1.0).map_err(|e| e.to_string())?;
                    drop(root);
                    ops.extend(chart_ops.borrow_mut().drain(..));
                }
            }
        }
        if !page.cover {
            text_ops(&mut ops, &rid, 62.0, 40.0, 8.0, color::MUTED, &doc.title);
            rect_ops(&mut ops, 62.0, 46.0, PAGE_W - 118.0, 0.5, color::RULE);
            let label = doc
                .page_label
                .replace("{page}", &(i + 1).to_string())
                .replace("{pages}", &total.to_string());
            let w = fonts::text_width(&label, 8.0, false);
            text_ops(
                &mut ops,
                &rid,
                PAGE_W - 56.0 - w,
                PAGE_H - 36.0,
                8.0,
                color::MUTED,
                &label,
            );
        }
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let date = printpdf::OffsetDateTime::from_unix_timestamp(created).map_err(|e| e.to_string())?;
    let info = &mut pdf.metadata.info;
    info.document_title = doc.title.clone();
    info.author = doc.author.clone();
    info.subject = doc.subject.clone();
    info.keywords = doc.keywords.clone();
    info.creator = "bestand".into();
    info.producer = format!("bestand {}", env!("CARGO_PKG_VERSION"));
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    pdf.with_pages(pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);

    let outline_id = outline(&mut lo, layout);
    let catalog = lo.catalog_mut().map_err(|e| e.to_string())?;
    catalog.set(
        "Lang",
        Object::String(doc.language.as_bytes().to_vec(), StringFormat::Literal),
    );
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if let Some(id) = outline_id {
        catalog.set("Outlines", Object::Reference(id));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    // printpdf draws the file id from a counter; derive it from the content instead, so the
    // same input gives the same bytes.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (doc.title.as_str(), created, total, layout.anchors.len()).hash(&mut h);
    format!(
        "{:?}",
        layout
            .pages
            .iter()
            .map(|p| p.items.len())
            .collect::<Vec<_>>()
    )
    .hash(&mut h);
    let id = format!("{:016x}{:016x}", h.finish(), h.finish().rotate_left(17));
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.as_bytes().to_vec(), StringFormat::Literal),
            Object::String(id.as_bytes().to_vec(), StringFormat::Literal),
        ]),
    );
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

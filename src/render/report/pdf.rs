//! The PDF writer: turns laid-out pages into printpdf operations, adds the running header,
//! the footer with page numbers, metadata, document language and a nested outline, and
//! returns the bytes. Fonts are embedded and subsetted by printpdf.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use plotters::prelude::IntoDrawingArea;
use printpdf::{
    Color, DictItem, FontId, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, RawImage, RawImageData,
    RawImageFormat, Rgb, TextItem, WindingOrder, XObjectId, XObjectTransform,
};
use rayon::prelude::*;

use crate::render::charts::{self, fonts, pdf::PdfBackend};

use super::layout::{ARTIFACT, Item, Layout, PAGE_H, PAGE_W, Page, ROOT, color};
use super::model::Document;
use super::pdf_file::Prewritten;

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
            items: vec![TextItem::Text(crate::text::printable(text))],
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

/// XMP metadata: title, author, subject, language and dates, which assistive technology
/// and archives read from the metadata stream rather than the document info.
fn xmp_metadata(doc: &Document, created: i64) -> String {
    let date = chrono::DateTime::from_timestamp(created, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default();
    let lang = crate::text::escape_markup(&doc.language);
    format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:CreatorTool>bestand</xmp:CreatorTool>
<pdf:Producer>bestand {version}</pdf:Producer>
<pdf:Keywords>{keywords}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        title = crate::text::escape_markup(&doc.title),
        author = crate::text::escape_markup(&doc.author),
        subject = crate::text::escape_markup(&doc.subject),
        keywords = crate::text::escape_markup(&doc.keywords.join(", ")),
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// Per page, the structure node of each MCID and the link areas.
struct Marked<'a> {
    mcids: &'a [Vec<usize>],
    links: &'a [Vec<PageLink>],
}

/// A web address as a PDF URI: 7-bit ASCII, other bytes percent-encoded.
fn uri(url: &str) -> Vec<u8> {
    crate::texts::inline::address(url).into_bytes()
}

/// Writes each link's annotation (its address, its words as /Contents, its place in the
/// parent tree after the pages' entries) and puts it on its page; returns, per structure
/// node, the annotations that belong to it.
fn link_annotations(
    doc: &mut lopdf::Document,
    page_ids: &[ObjectId],
    links: &[Vec<PageLink>],
) -> BTreeMap<usize, Vec<(usize, ObjectId)>> {
    let mut by_node: BTreeMap<usize, Vec<(usize, ObjectId)>> = BTreeMap::new();
    let mut key = page_ids.len() as i64;
    for (p, page_links) in links.iter().enumerate() {
        let mut annots = Vec::new();
        for l in page_links {
            let mut action = Dictionary::new();
            action.set("S", Object::Name(b"URI".to_vec()));
            action.set("URI", Object::String(uri(&l.url), StringFormat::Literal));
            let mut a = Dictionary::new();
            a.set("Type", Object::Name(b"Annot".to_vec()));
            a.set("Subtype", Object::Name(b"Link".to_vec()));
            a.set(
                "Rect",
                Object::Array(l.rect.iter().map(|v| Object::Real(*v as f32)).collect()),
            );
            a.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
            a.set("F", Object::Integer(4));
            a.set("A", Object::Dictionary(action));
            a.set("Contents", pdf_text(&l.words));
            a.set("P", Object::Reference(page_ids[p]));
            a.set("StructParent", Object::Integer(key));
            key += 1;
            let id = doc.add_object(Object::Dictionary(a));
            annots.push(Object::Reference(id));
            by_node.entry(l.node).or_default().push((p, id));
        }
        if !annots.is_empty()
            && let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_ids[p])
        {
            page.set("Annots", Object::Array(annots));
        }
    }
    by_node
}

/// Writes the structure tree (tagged PDF): one element per layout node, leaves pointing to
/// their marked content (and a link to its annotation), and the parent tree that maps each
/// page's MCIDs and each annotation back.
fn structure_tree(
    doc: &mut lopdf::Document,
    written: &mut Prewritten,
    layout: &Layout,
    marked: &Marked,
) -> Result<ObjectId, String> {
    let page_mcids = marked.mcids;
    let pages = doc.get_pages();
    let page_ids: Vec<ObjectId> = (0..page_mcids.len())
        .map(|i| pages.get(&(i as u32 + 1)).copied().ok_or("page missing"))
        .collect::<Result<_, _>>()?;
    let annotations = link_annotations(doc, &page_ids, marked.links);
    let root_id = doc.new_object_id();
    let ids: Vec<ObjectId> = layout.nodes.iter().map(|_| doc.new_object_id()).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); layout.nodes.len()];
    for (i, n) in layout.nodes.iter().enumerate().skip(ROOT + 1) {
        children[n.parent].push(i);
    }
    let mut marked: Vec<Vec<(usize, usize)>> = vec![Vec::new(); layout.nodes.len()];
    for (p, mcids) in page_mcids.iter().enumerate() {
        for (mcid, node) in mcids.iter().enumerate() {
            marked[*node].push((p, mcid));
        }
    }
    // Where each element's content begins (page, MCID), its own or its children's; a child
    // is always made after its parent, so one pass from the last element up suffices.
    let mut first: Vec<(usize, usize)> = marked
        .iter()
        .map(|m| m.first().copied().unwrap_or((usize::MAX, 0)))
        .collect();
    for i in (ROOT + 1..layout.nodes.len()).rev() {
        let parent = layout.nodes[i].parent;
        first[parent] = first[parent].min(first[i]);
    }
    for (i, n) in layout.nodes.iter().enumerate().skip(ROOT) {
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"StructElem".to_vec()));
        d.set("S", Object::Name(n.kind.as_bytes().to_vec()));
        let parent = if i == ROOT { root_id } else { ids[n.parent] };
        d.set("P", Object::Reference(parent));
        let mcr = |(p, mcid): (usize, usize)| {
            let mut mcr = Dictionary::new();
            mcr.set("Type", Object::Name(b"MCR".to_vec()));
            mcr.set("Pg", Object::Reference(page_ids[p]));
            mcr.set("MCID", Object::Integer(mcid as i64));
            Object::Dictionary(mcr)
        };
        // The kids in reading order: an element with both text of its own and elements
        // inside (a paragraph with a link) interleaves them by where each begins.
        let mut order: Vec<((usize, usize), Object)> =
            marked[i].iter().map(|at| (*at, mcr(*at))).collect();
        let mixed = !order.is_empty() && !children[i].is_empty();
        for c in &children[i] {
            let at = if mixed { first[*c] } else { (usize::MAX, 0) };
            order.push((at, Object::Reference(ids[*c])));
        }
        if mixed {
            order.sort_by_key(|(at, _)| *at);
        } else {
            // Unmixed: the elements first, as they were made (then any own text).
            order.rotate_left(marked[i].len());
        }
        let mut kids: Vec<Object> = order.into_iter().map(|(_, o)| o).collect();
        for (p, annot) in annotations.get(&i).into_iter().flatten() {
            let mut objr = Dictionary::new();
            objr.set("Type", Object::Name(b"OBJR".to_vec()));
            objr.set("Pg", Object::Reference(page_ids[*p]));
            objr.set("Obj", Object::Reference(*annot));
            kids.push(Object::Dictionary(objr));
        }
        d.set("K", Object::Array(kids));
        if let Some(alt) = &n.alt {
            d.set("Alt", pdf_text(alt));
        }
        // PDF/UA: every Note has an identifier of its own.
        if n.kind == "Note" {
            d.set(
                "ID",
                Object::String(format!("note-{i}").into_bytes(), StringFormat::Literal),
            );
        }
        if let Some(b) = n.bbox {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Layout".to_vec()));
            a.set(
                "BBox",
                Object::Array(b.iter().map(|v| Object::Real(*v as f32)).collect()),
            );
            d.set("A", Object::Dictionary(a));
        }
        if n.kind == "TH" {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Table".to_vec()));
            a.set("Scope", Object::Name(b"Column".to_vec()));
            d.set("A", Object::Dictionary(a));
        }
        written.add(doc, ids[i], Object::Dictionary(d));
    }
    let mut nums = Vec::new();
    for (p, mcids) in page_mcids.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Array(
            mcids.iter().map(|n| Object::Reference(ids[*n])).collect(),
        ));
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_ids[p]) {
            page.set("StructParents", Object::Integer(p as i64));
            page.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    // The annotations' keys follow the pages', in the order they were numbered.
    let mut by_key: Vec<(i64, usize)> = Vec::new();
    for (node, list) in &annotations {
        for (_, annot) in list {
            if let Ok(Object::Dictionary(a)) = doc.get_object(*annot)
                && let Ok(k) = a.get(b"StructParent").and_then(Object::as_i64)
            {
                by_key.push((k, *node));
            }
        }
    }
    by_key.sort_unstable();
    let next_key = page_mcids.len() as i64 + by_key.len() as i64;
    for (k, node) in by_key {
        nums.push(Object::Integer(k));
        nums.push(Object::Reference(ids[node]));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let parent_tree_id = doc.new_object_id();
    written.add(doc, parent_tree_id, Object::Dictionary(parent_tree));
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", Object::Reference(ids[ROOT]));
    root.set("ParentTree", Object::Reference(parent_tree_id));
    root.set("ParentTreeNextKey", Object::Integer(next_key));
    written.add(doc, root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// Renders the laid-out document; `created` is a Unix time (from SOURCE_DATE_EPOCH when set).
///
/// Takes the layout by value: each page's text is freed once its operations are made, and
/// printpdf's copy of them once the PDF objects exist, so a report of many hundred pages does
/// not hold three copies of its text at once.
pub fn write(doc: &Document, layout: Layout, created: i64) -> Result<Vec<u8>, String> {
    let id = file_id(doc, &layout, created);
    let Layout {
        pages: laid_pages,
        anchors,
        nodes,
        pictures,
    } = layout;
    let layout = Layout {
        pages: Vec::new(),
        anchors,
        nodes,
        pictures: Vec::new(),
    };
    let mut font_warnings = Vec::new();
    let regular = ParsedFont::from_bytes(fonts::REGULAR, 0, &mut font_warnings)
        .ok_or("cannot read the embedded regular font")?;
    let bold = ParsedFont::from_bytes(fonts::BOLD, 0, &mut font_warnings)
        .ok_or("cannot read the embedded bold font")?;
    // The italic faces only where the office's texts use them: no font is embedded unused.
    let uses = |bold: bool| {
        laid_pages.iter().any(|p| {
            p.items
                .iter()
                .any(|i| matches!(i, Item::Text { italic: true, bold: b, .. } if *b == bold))
        })
    };
    let (italic, bold_italic) = (uses(false), uses(true));
    let mut warnings = Vec::new();
    let mut pdf = PdfDocument::new(&doc.title);
    let mut face = |used: bool, bytes: &[u8]| -> Result<Option<FontId>, String> {
        if !used {
            return Ok(None);
        }
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut font_warnings)
            .ok_or("cannot read an embedded italic font")?;
        Ok(Some(pdf.add_font(&parsed)))
    };
    let italic = face(italic, fonts::ITALIC)?;
    let bold_italic = face(bold_italic, fonts::BOLD_ITALIC)?;
    let fonts = PageFonts {
        regular: pdf.add_font(&regular),
        bold: pdf.add_font(&bold),
        italic,
        bold_italic,
        images: pictures
            .iter()
            .map(|p| {
                let id = pdf.add_image(&RawImage {
                    pixels: RawImageData::U8(p.rgba.clone()),
                    width: p.width as usize,
                    height: p.height as usize,
                    data_format: RawImageFormat::RGBA8,
                    tag: Vec::new(),
                });
                (id, p.width)
            })
            .collect(),
    };
    let total = laid_pages.len();
    let layout_covers: Vec<bool> = laid_pages.iter().map(|p| p.cover).collect();
    let mut pages = Vec::with_capacity(total);
    charts::fonts::register();
    // Per page, the structure node of each marked-content id (MCID), for the parent tree.
    let mut page_mcids: Vec<Vec<usize>> = Vec::with_capacity(total);
    let mut page_links: Vec<Vec<PageLink>> = Vec::with_capacity(total);
    // Pages are independent: their operations are made on both cores.
    let page_ops: Vec<_> = laid_pages
        .into_par_iter()
        .map(|page| content_ops(&layout, &page, &fonts))
        .collect();
    // The first page that fails is the one reported, whichever thread drew it.
    let page_ops = page_ops.into_iter().collect::<Result<Vec<_>, String>>()?;
    for (i, (mut ops, mcids, links)) in page_ops.into_iter().enumerate() {
        page_mcids.push(mcids);
        page_links.push(links);
        if !layout_covers[i] {
            running_head(&mut ops, doc, &fonts.regular, i, total);
        }
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    set_info(&mut pdf, doc, created)?;
    pdf.with_pages(pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    drop(pdf);

    // printpdf always claims a PDF/X version in the document info; this file makes no such
    // claim, so the key goes (and an empty identifier with it).
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(|o| o.as_reference())
        && let Ok(Object::Dictionary(info)) = lo.get_object_mut(info_id)
    {
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
    }
    // The structure tree's objects are written out as they are made (see `Prewritten`).
    let mut written = Prewritten::default();
    let marked = Marked {
        mcids: &page_mcids,
        links: &page_links,
    };
    fill_catalog(&mut lo, &mut written, doc, &layout, &marked, created)?;
    drop((layout, page_mcids, page_links));
    // printpdf draws the file id from a counter; derive it from the content instead (`id`,
    // above), so the same input gives the same bytes.
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.as_bytes().to_vec(), StringFormat::Literal),
            Object::String(id.as_bytes().to_vec(), StringFormat::Literal),
        ]),
    );
    // What lopdf's Document::compress does, one stream per core.
    lo.objects.par_iter_mut().for_each(|(_, object)| {
        if let Object::Stream(stream) = object
            && stream.allows_compression
        {
            // As lopdf does: a stream that cannot be compressed stays as it is.
            let _ = stream.compress();
        }
    });
    // Object streams pack the many small structure-tree objects (a third of the size).
    lo.version = "1.7".into();
    super::pdf_file::save_with(lo, written)
}

/// The embedded fonts a page is drawn with.
struct PageFonts {
    regular: FontId,
    bold: FontId,
    /// Italic and bold italic, where the texts use them.
    italic: Option<FontId>,
    bold_italic: Option<FontId>,
    /// The images with their width in pixels, by their index in the layout.
    images: Vec<(XObjectId, u32)>,
}

/// A link's area on a page, for its annotation.
struct PageLink {
    /// The Link structure node.
    node: usize,
    /// x1, y1, x2, y2 in PDF points from the bottom left.
    rect: [f64; 4],
    url: String,
    words: String,
}

/// What one page gives: its operations, the structure node of each MCID, its links.
type PageContent = (Vec<Op>, Vec<usize>, Vec<PageLink>);

/// The operations of one page's content, each structure node's run in one marked-content
/// sequence, the structure node of each MCID on the page, and the page's link areas.
fn content_ops(layout: &Layout, page: &Page, fonts: &PageFonts) -> Result<PageContent, String> {
    let (rid, bid) = (&fonts.regular, &fonts.bold);
    let mut ops = Vec::new();
    let mut mcids: Vec<usize> = Vec::new();
    let mut links: Vec<PageLink> = Vec::new();
    let mut open: Option<usize> = None;
    for (item, node) in page.items.iter().zip(page.nodes.iter().copied()) {
        // Consecutive content of one structure node shares one marked-content sequence; a
        // link area is no content (its annotation is added to the node afterwards).
        if open != Some(node) && !matches!(item, Item::Link { .. }) {
            if open.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            if node == ARTIFACT {
                ops.push(Op::BeginMarkedContent {
                    tag: "Artifact".into(),
                });
            } else {
                let kind = layout.nodes.get(node).map_or("P", |n| n.kind);
                let mut map = BTreeMap::new();
                map.insert("MCID".to_string(), DictItem::Int(mcids.len() as i64));
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: kind.to_string(),
                    properties: DictItem::Dict { map },
                });
                mcids.push(node);
            }
            open = Some(node);
        }
        match item {
            Item::Text {
                x,
                y,
                size,
                bold,
                italic,
                color,
                text,
            } => {
                let f = match (*bold, *italic) {
                    (false, true) => fonts.italic.as_ref().unwrap_or(rid),
                    (true, true) => fonts.bold_italic.as_ref().unwrap_or(bid),
                    (true, false) => bid,
                    (false, false) => rid,
                };
                text_ops(&mut ops, f, *x, *y, *size, *color, text);
            }
            Item::Link {
                x,
                y,
                w,
                h,
                url,
                words,
            } => links.push(PageLink {
                node,
                rect: [*x, PAGE_H - y - h, x + w, PAGE_H - y],
                url: url.clone(),
                words: words.clone(),
            }),
            Item::Rect { x, y, w, h, color } => rect_ops(&mut ops, *x, *y, *w, *h, *color),
            Item::Image {
                picture,
                x,
                y,
                w,
                h,
            } => {
                let Some((id, px)) = fonts.images.get(*picture) else {
                    continue;
                };
                // printpdf sizes an image by its resolution: the dpi that makes it `w` wide.
                let dpi = (f64::from(*px) * 72.0 / w) as f32;
                ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: XObjectTransform {
                        translate_x: Some(Pt(*x as f32)),
                        translate_y: Some(Pt((PAGE_H - y - h) as f32)),
                        dpi: Some(dpi),
                        ..Default::default()
                    },
                });
            }
            Item::Chart { chart, x, y, scale } => {
                let size = (chart.width, chart.height());
                let (backend, chart_ops) =
                    PdfBackend::new(size, (*x, PAGE_H - *y), *scale, rid.clone(), bid.clone());
                let root = backend.into_drawing_area();
                charts::draw(&root, chart, 1.0).map_err(|e| e.to_string())?;
                drop(root);
                ops.extend(chart_ops.borrow_mut().drain(..));
            }
        }
    }
    if open.is_some() {
        ops.push(Op::EndMarkedContent);
    }
    Ok((ops, mcids, links))
}

/// Appends the running head, its rule and the page number of page `i` (of `total`).
fn running_head(ops: &mut Vec<Op>, doc: &Document, rid: &FontId, i: usize, total: usize) {
    // Running head, rule and page number are pagination artifacts, not content.
    ops.push(Op::BeginMarkedContent {
        tag: "Artifact".into(),
    });
    text_ops(ops, rid, 62.0, 40.0, 8.0, color::MUTED, &doc.running_head);
    rect_ops(ops, 62.0, 46.0, PAGE_W - 118.0, 0.5, doc.theme.rule);
    let label = doc
        .page_label
        .replace("{page}", &(i + 1).to_string())
        .replace("{pages}", &total.to_string());
    let w = fonts::text_width(&label, 8.0, false);
    text_ops(
        ops,
        rid,
        PAGE_W - 56.0 - w,
        PAGE_H - 36.0,
        8.0,
        color::MUTED,
        &label,
    );
    ops.push(Op::EndMarkedContent);
}

/// Fills the document info: title, author, subject, keywords, tools and dates.
fn set_info(pdf: &mut PdfDocument, doc: &Document, created: i64) -> Result<(), String> {
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
    Ok(())
}

/// Adds the XMP metadata, outline and structure tree, and sets them, the language and the
/// viewer preferences in the catalog.
fn fill_catalog(
    lo: &mut lopdf::Document,
    written: &mut Prewritten,
    doc: &Document,
    layout: &Layout,
    marked: &Marked,
    created: i64,
) -> Result<(), String> {
    let xmp = xmp_metadata(doc, created);
    let mut xmp_dict = Dictionary::new();
    xmp_dict.set("Type", Object::Name(b"Metadata".to_vec()));
    xmp_dict.set("Subtype", Object::Name(b"XML".to_vec()));
    let xmp_id = lo.add_object(Object::Stream(
        lopdf::Stream::new(xmp_dict, xmp.into_bytes()).with_compression(false),
    ));
    let outline_id = outline(lo, layout);
    let tree = structure_tree(lo, written, layout, marked)?;
    let catalog = lo.catalog_mut().map_err(|e| e.to_string())?;
    catalog.set("StructTreeRoot", Object::Reference(tree));
    catalog.set("Metadata", Object::Reference(xmp_id));
    let mut mark = Dictionary::new();
    mark.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark));
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
    Ok(())
}

/// The file id, derived from the content so the same input gives the same bytes.
fn file_id(doc: &Document, layout: &Layout, created: i64) -> String {
    // A stable hash (std's DefaultHasher may change between Rust versions).
    let pages = format!(
        "{:?}",
        layout
            .pages
            .iter()
            .map(|p| p.items.len())
            .collect::<Vec<_>>()
    );
    let counts = format!("{created} {} {}", layout.pages.len(), layout.anchors.len());
    let a = crate::text::stable_hash(&[doc.title.as_bytes(), counts.as_bytes(), pages.as_bytes()]);
    let b = crate::text::stable_hash(&[pages.as_bytes(), doc.title.as_bytes(), counts.as_bytes()]);
    format!("{a:016x}{b:016x}")
}

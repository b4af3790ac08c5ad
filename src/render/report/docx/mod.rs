//! The report as a Word document (`report.docx`), the third writer of the same model as
//! the PDF and the HTML: it chooses no words and no colours of its own.
//!
//! Written as WordprocessingML by hand with the zip crate already in the build: docx-rs
//! (the one maintained crate) has no repeated table header rows, no image descriptions and
//! no document language in its stored versions, which are what makes a Word report
//! accessible. What Word needs is here: its built-in heading styles (the navigation pane and
//! a table of contents work), a contents field filled when the file is opened and prefilled
//! with the headings, tables with a caption above and a header row repeated on every page,
//! images with their alternative text as description, the language on the styles, page
//! numbers as fields in the footer, the cover as a section of its own. With the office's
//! Word template (`texte/vorlage.docx` or `.dotx`) its styles, page size and margins are
//! used instead of bestand's own.

use std::fmt::Write as _;
use std::io::Write as _;

use super::model::{Align, Block, Document, Inline, Table, Tile, Tone};

mod template;
use super::theme::Rgb;
use crate::render::charts::{self, BarChart};
use crate::text::escape_markup as esc;
pub use template::TemplatePart;

/// A4 in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// Margins (twips): 2.5 cm top and bottom, 2.2 cm left, 2 cm right, as the PDF.
const MARGIN_LEFT: u32 = 1247;
const MARGIN_RIGHT: u32 = 1134;
const MARGIN_TOP: u32 = 1418;
const MARGIN_BOTTOM: u32 = 1418;
/// The width of the text (twips).
const TEXT_W: u32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
/// EMU (the drawing unit) per twip.
const EMU_PER_TWIP: u64 = 635;

/// The office's Word template: its styles and, where it has them, its page setup.
#[derive(Debug, Clone, Default)]
pub struct Template {
    /// `word/styles.xml` of the template.
    pub styles: String,
    /// Its page size and margins (the `w:pgSz` and `w:pgMar` elements).
    pub page: Option<String>,
    /// The width of its text (twips): page width less the margins.
    pub text_width: Option<u32>,
    /// Its header (a letterhead, a logo), where it has one.
    pub header: Option<TemplatePart>,
    /// Its footer, where it has one.
    pub footer: Option<TemplatePart>,
}

impl Template {
    /// Reads a Word template (docx or dotx); `None` when it is not one.
    pub fn read(bytes: &[u8]) -> Option<Template> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
        let part = |zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str| {
            let mut text = String::new();
            let f = zip.by_name(name).ok()?;
            // A styles part is tens of kilobytes; a bigger one is not read whole.
            std::io::Read::read_to_string(&mut std::io::Read::take(f, 8 << 20), &mut text).ok()?;
            Some(text)
        };
        let styles = part(&mut zip, "word/styles.xml")?;
        let document = part(&mut zip, "word/document.xml").unwrap_or_default();
        let sect = document.rfind("<w:sectPr").map(|at| &document[at..]);
        let size = sect.and_then(|s| element(s, "w:pgSz"));
        let margins = sect.and_then(|s| element(s, "w:pgMar"));
        let page = size.zip(margins).map(|(s, m)| format!("{s}{m}"));
        let number = |el: Option<&str>, attr: &str| -> Option<u32> {
            let el = el?;
            let at = el.find(&format!(" {attr}=\""))? + attr.len() + 3;
            el[at..].split('"').next()?.parse().ok()
        };
        let text_width = number(size, "w:w")
            .and_then(|w| w.checked_sub(number(margins, "w:left")? + number(margins, "w:right")?));
        let header = template::read_part(&mut zip, &document, "header");
        let footer = template::read_part(&mut zip, &document, "footer");
        Some(Template {
            styles,
            page,
            text_width: text_width.filter(|w| *w > 1440),
            header,
            footer,
        })
    }
}

/// The id of the paragraph style whose (built-in) name is `name`, case ignored.
fn style_id(styles: &str, name: &str) -> Option<String> {
    let mut rest = styles;
    while let Some(at) = rest.find("<w:style ") {
        rest = &rest[at..];
        let end = rest.find("</w:style>").unwrap_or(rest.len());
        let style = &rest[..end];
        let named = style
            .find("<w:name w:val=\"")
            .map(|i| &style[i + 15..])
            .and_then(|s| s.split('"').next());
        if named.is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            let id = style.find("w:styleId=\"")?;
            return style[id + 11..].split('"').next().map(str::to_string);
        }
        rest = &rest[end.min(rest.len())..];
        if rest.len() <= 10 {
            break;
        }
        rest = &rest[10..];
    }
    None
}

/// One empty or short XML element (`<w:pgSz …/>`) of a part, as written.
fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let at = xml.find(&format!("<{name} "))?;
    let end = xml[at..].find("/>")?;
    Some(&xml[at..at + end + 2])
}

/// An image of the document: the file for `word/media`, its size in twips and its
/// descriptions.
struct Media {
    bytes: Vec<u8>,
    extension: &'static str,
}

/// The parts being written.
struct Writer<'a> {
    doc: &'a Document,
    body: String,
    media: Vec<Media>,
    /// The web and mail addresses the text links to, in order (`rIdLink1` …).
    links: Vec<String>,
    /// The footnotes' words, in order (ids 1 …).
    footnotes: Vec<String>,
    /// The width of the text (twips): bestand's A4 or the template's page.
    text_w: u32,
}

/// The report as a Word document; `created` (Unix seconds) dates its properties.
pub fn write(doc: &Document, template: Option<&Template>, created: i64) -> Result<Vec<u8>, String> {
    let mut w = Writer {
        doc,
        body: String::new(),
        media: Vec::new(),
        links: Vec::new(),
        footnotes: Vec::new(),
        text_w: template.and_then(|t| t.text_width).unwrap_or(TEXT_W),
    };
    let page = template
        .and_then(|t| t.page.clone())
        .unwrap_or_else(|| {
            format!(
                "<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/><w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
            )
        });
    for block in &doc.blocks {
        w.block(block, &page)?;
    }
    let ours = our_styles(doc);
    let notes = footnotes_part(&w.footnotes);
    // While error findings remain, every page says it is a draft, as the PDF's running head.
    let draft = (doc.running_head != doc.title).then(|| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"left\"/></w:pPr>{}</w:p>",
            runs(&doc.running_head, false)
        )
    });
    // The template's header and footer where it has them: the draft line goes on top of its
    // header, and the page numbers under its footer unless it numbers its pages itself.
    let (t_header, t_footer) = (
        template.and_then(|t| t.header.as_ref()),
        template.and_then(|t| t.footer.as_ref()),
    );
    let header = match (t_header, &draft) {
        (Some(part), d) => Some(part.with("w:hdr", d.as_deref().unwrap_or_default(), true)),
        (None, Some(d)) => Some(format!("{XML}<w:hdr {NS}>{d}</w:hdr>")),
        (None, None) => None,
    };
    let footer = match t_footer {
        Some(part) if template::numbers_pages(&part.xml) => part.xml.clone(),
        Some(part) => part.with("w:ftr", &footer_paragraph(doc), false),
        None => footer(doc),
    };
    let (styles, body, footer, notes, header) = match template {
        Some(t) => {
            let (styles, ids) = merged_styles(&t.styles, &ours, &doc.language);
            (
                styles,
                rename_styles(&w.body, &ids),
                rename_styles(&footer, &ids),
                notes.map(|n| rename_styles(&n, &ids)),
                header.map(|h| rename_styles(&h, &ids)),
            )
        }
        None => (styles_part(doc, &ours), w.body, footer, notes, header),
    };
    let header_ref = if header.is_some() {
        "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
    } else {
        ""
    };
    let document = format!(
        "{XML}<w:document {NS}><w:body>{body}<w:sectPr>{header_ref}<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>{page}</w:sectPr></w:body></w:document>"
    );
    let parts = Parts {
        document: &document,
        styles: &styles,
        footer: &footer,
        header: header.as_deref(),
        footnotes: notes.as_deref(),
        header_files: t_header.map(|p| p.packed("kopf")),
        footer_files: t_footer.map(|p| p.packed("fuss")),
    };
    package(doc, &w.media, &w.links, &parts, created)
}

/// The footnotes part: Word's two separators, then each footnote as a note paragraph with
/// its number; none without footnotes.
fn footnotes_part(notes: &[String]) -> Option<String> {
    if notes.is_empty() {
        return None;
    }
    let mut out = format!(
        "{XML}<w:footnotes {NS}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    );
    for (i, text) in notes.iter().enumerate() {
        let _ = write!(
            out,
            "<w:footnote w:id=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>{}</w:p></w:footnote>",
            i + 1,
            runs(&format!(" {text}"), false)
        );
    }
    out.push_str("</w:footnotes>");
    Some(out)
}

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

/// A run of text; line breaks become Word line breaks.
fn runs(text: &str, bold: bool) -> String {
    runs_with(text, if bold { "<w:b/>" } else { "" })
}

/// Runs of text with the given run properties (`<w:b/>` …).
fn runs_with(text: &str, props: &str) -> String {
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    text.split('\n')
        .map(|line| {
            format!(
                "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                esc(line)
            )
        })
        .collect::<Vec<_>>()
        .join("<w:r><w:br/></w:r>")
}

/// A paragraph of a style.
fn para(style: &str, text: &str, bold: bool) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{}</w:p>",
        runs(text, bold)
    )
}

impl Writer<'_> {
    /// Running text as runs: bold and italic as such, a web or mail address as a Word
    /// hyperlink (in the link colour, underlined), line breaks as breaks.
    fn inline(&mut self, text: &Inline, bold: bool) -> String {
        let mut out = String::new();
        for span in text.spans() {
            if let Some(note) = &span.style.note {
                // Word numbers its footnotes itself; ids 1 and up (0 and -1 are the
                // separators).
                self.footnotes.push(note.text.clone());
                let _ = write!(
                    out,
                    "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"{}\"/></w:r>",
                    self.footnotes.len()
                );
                continue;
            }
            let mut props = String::new();
            if bold || span.style.bold {
                props.push_str("<w:b/>");
            }
            if span.style.italic {
                props.push_str("<w:i/>");
            }
            let link = span
                .style
                .link
                .as_ref()
                .filter(|url| crate::texts::inline::linkable(url));
            if link.is_some() {
                let _ = write!(
                    props,
                    "<w:color w:val=\"{}\"/><w:u w:val=\"single\"/>",
                    hex(self.doc.theme.link)
                );
            }
            let runs = runs_with(&span.text, &props);
            match link {
                Some(url) => {
                    self.links.push(url.clone());
                    let _ = write!(
                        out,
                        "<w:hyperlink r:id=\"rIdLink{}\" w:history=\"1\">{runs}</w:hyperlink>",
                        self.links.len()
                    );
                }
                None => out.push_str(&runs),
            }
        }
        out
    }

    /// A picture of the cover, `width` twips wide, with its alternative text and credit.
    fn picture(&mut self, p: Option<&crate::texts::Picture>, width: u32) -> Result<(), String> {
        if let Some(p) = p
            && let Some(px) = &p.pixels
        {
            let png = png_of(px)?;
            let ratio = f64::from(px.height) / f64::from(px.width.max(1));
            let caption = p.caption.clone().unwrap_or_default();
            let height = (f64::from(width) * ratio) as u32;
            self.image(png, "png", width, height, &p.alt, &caption);
        }
        Ok(())
    }

    fn block(&mut self, block: &Block, page: &str) -> Result<(), String> {
        match block {
            Block::Cover(c) => {
                // The logo small above the title, the cover picture across the text's width
                // under the subtitle.
                self.picture(c.logo.as_ref(), 3000)?;
                self.body.push_str(&para("Title", &c.title, false));
                self.body.push_str(&para("Subtitle", &c.subtitle, false));
                self.picture(c.image.as_ref(), self.text_w)?;
                if !c.organisation.is_empty() {
                    self.body.push_str(&para("Normal", &c.organisation, true));
                }
                self.body.push_str(&para("Normal", &c.date, false));
                if let Some(d) = &self.doc.draft {
                    self.body.push_str(&para("Normal", d, true));
                }
                // The cover is a section of its own: no page number on it.
                let _ = write!(
                    self.body,
                    "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/>{page}</w:sectPr></w:pPr></w:p>"
                );
            }
            Block::Contents { title } => self.contents(title),
            Block::Heading { level, text } => {
                let style = format!("Heading{}", level.clamp(&1, &3));
                // A chapter starts a new page, as in the PDF.
                let break_before = if *level == 1 {
                    "<w:pageBreakBefore/>"
                } else {
                    ""
                };
                let _ = write!(
                    self.body,
                    "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{break_before}</w:pPr>{}</w:p>",
                    runs(text, false)
                );
            }
            // Word sets a footnote at its mark (see `inline`), not after the text; a note whose
            // mark stood where marks are plain (a heading, a table cell) stays a paragraph.
            Block::Paragraph {
                text,
                tone: Tone::Footnote,
            } if {
                let plain = text.plain();
                let words = plain.split_once("] ").map_or("", |(_, t)| t);
                self.footnotes.iter().any(|n| n == words)
            } => {}
            Block::Paragraph { text, tone } => {
                let (style, bold) = match tone {
                    Tone::Normal => ("Normal", false),
                    Tone::Lead => ("Lead", false),
                    Tone::Note | Tone::Footnote => ("Note", false),
                    Tone::Strong => ("Normal", true),
                };
                let runs = self.inline(text, bold);
                let _ = write!(
                    self.body,
                    "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{runs}</w:p>"
                );
            }
            Block::Bullets(items) => {
                for item in items {
                    let runs = self.inline(item, false);
                    let _ = write!(
                        self.body,
                        "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>{runs}</w:p>"
                    );
                }
            }
            Block::Tiles(tiles) => self.tiles(tiles),
            Block::Table(t) => self.table(t),
            Block::Chart(c) => self.chart(c)?,
            Block::Image(p) => {
                let Some(px) = &p.pixels else {
                    let words = &self.doc.words;
                    self.body.push_str(&para(
                        "Note",
                        &format!("[{}: {}]", words.image_elsewhere, p.alt),
                        false,
                    ));
                    return Ok(());
                };
                let (bytes, ext) = match p.mime {
                    "image/jpeg" => (p.bytes.as_slice().to_vec(), "jpeg"),
                    "image/png" => (p.bytes.as_slice().to_vec(), "png"),
                    _ => (png_of(px)?, "png"),
                };
                // At 150 dpi, at most the text's width.
                let natural = px.width * 1440 / 150;
                let width = natural.min(self.text_w);
                let height =
                    (f64::from(width) * f64::from(px.height) / f64::from(px.width.max(1))) as u32;
                let caption = p.caption.clone().unwrap_or_default();
                self.image(bytes, ext, width, height, &p.alt, &caption);
                if !caption.is_empty() {
                    self.body.push_str(&para("Caption", &caption, false));
                }
            }
        }
        Ok(())
    }

    /// The contents: Word's TOC field over the headings of levels 1 and 2, prefilled with
    /// them (so it is never empty) and updated when the file is opened.
    fn contents(&mut self, title: &str) {
        self.body.push_str(&para("TOCHeading", title, false));
        let entries: Vec<(u8, &str)> = self
            .doc
            .blocks
            .iter()
            .skip_while(|b| !matches!(b, Block::Contents { .. }))
            .filter_map(|b| match b {
                Block::Heading { level, text } if *level <= 2 => Some((*level, text.as_str())),
                _ => None,
            })
            .collect();
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        if entries.is_empty() {
            let _ = write!(self.body, "<w:p>{begin}{end}</w:p>");
            return;
        }
        let last = entries.len() - 1;
        for (i, (level, text)) in entries.iter().enumerate() {
            let _ = write!(
                self.body,
                "<w:p><w:pPr><w:pStyle w:val=\"TOC{level}\"/></w:pPr>{}{}{}</w:p>",
                if i == 0 { begin } else { "" },
                runs(text, false),
                if i == last { end } else { "" }
            );
        }
    }

    /// The key figures as a table: value, what it counts, the change.
    fn tiles(&mut self, tiles: &[Tile]) {
        let t = Table {
            caption: String::new(),
            columns: vec![
                column(&self.doc.words.value, 1.2, Align::Right),
                column(&self.doc.words.category, 2.4, Align::Left),
                column(&self.doc.words.change, 2.0, Align::Left),
            ],
            rows: tiles
                .iter()
                .map(|t| vec![t.value.clone(), t.label.clone(), t.delta.clone()])
                .collect(),
            highlighted: Vec::new(),
        };
        self.table(&t);
    }

    /// A table: its caption above, the header row repeated on every page, numbers right.
    fn table(&mut self, t: &Table) {
        if !t.caption.is_empty() {
            let _ = write!(
                self.body,
                "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>{}</w:p>",
                runs(&t.caption, false)
            );
        }
        let total: f64 = t.columns.iter().map(|c| c.weight).sum::<f64>().max(0.1);
        let widths: Vec<u32> = t
            .columns
            .iter()
            .map(|c| (f64::from(self.text_w) * c.weight / total) as u32)
            .collect();
        let head_fill = hex(self.doc.theme.header_bg);
        self.body.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for w in &widths {
            let _ = write!(self.body, "<w:gridCol w:w=\"{w}\"/>");
        }
        self.body
            .push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (c, w) in t.columns.iter().zip(&widths) {
            self.cell(&c.title, *w, c.align, Some(&head_fill), true);
        }
        self.body.push_str("</w:tr>");
        for (i, row) in t.rows.iter().enumerate() {
            let fill = t
                .highlighted
                .get(i)
                .copied()
                .unwrap_or(false)
                .then(|| hex(super::theme::color::MARK));
            self.body.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (k, (c, w)) in t.columns.iter().zip(&widths).enumerate() {
                let text = row.get(k).map(String::as_str).unwrap_or_default();
                self.cell(text, *w, c.align, fill.as_deref(), false);
            }
            self.body.push_str("</w:tr>");
        }
        self.body.push_str("</w:tbl>");
        // Word joins two tables that touch: a paragraph keeps them apart.
        self.body
            .push_str("<w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr></w:p>");
    }

    fn cell(&mut self, text: &str, width: u32, align: Align, fill: Option<&str>, bold: bool) {
        // An amount never breaks before its euro sign.
        let text = &text.replace(" €", "\u{a0}€");
        let shade = fill
            .map(|f| format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{f}\"/>"))
            .unwrap_or_default();
        let jc = if align == Align::Right {
            "<w:jc w:val=\"right\"/>"
        } else {
            ""
        };
        let _ = write!(
            self.body,
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shade}</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>{jc}</w:pPr>{}</w:p></w:tc>",
            runs(text, bold)
        );
    }

    /// A chart as a PNG at print resolution, its title and description as the picture's,
    /// then its numbers as a table (as on the web page).
    fn chart(&mut self, c: &BarChart) -> Result<(), String> {
        let png = charts::to_png(c)?;
        let height = (f64::from(self.text_w) * f64::from(c.height()) / f64::from(c.width)) as u32;
        let alt = format!("{}. {}", c.title, c.description);
        self.image(png, "png", self.text_w, height, &alt, &c.title);
        self.body.push_str(&para("Note", &c.description, false));
        if !c.is_empty() && !c.table_follows {
            let table = super::html::chart_table(c, &self.doc.words);
            self.table(&table);
        }
        Ok(())
    }

    /// An inline picture in a paragraph of its own; `alt` becomes its description.
    fn image(
        &mut self,
        bytes: Vec<u8>,
        extension: &'static str,
        width: u32,
        height: u32,
        alt: &str,
        title: &str,
    ) {
        self.media.push(Media { bytes, extension });
        let n = self.media.len();
        let (cx, cy) = (
            u64::from(width) * EMU_PER_TWIP,
            u64::from(height) * EMU_PER_TWIP,
        );
        let (alt, title, ext) = (esc(alt), esc(title), extension);
        let _ = write!(
            self.body,
            "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{n}\" name=\"Bild {n}\" descr=\"{alt}\" title=\"{title}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"image{n}.{ext}\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
        );
    }
}

fn column(title: &str, weight: f64, align: Align) -> super::model::Column {
    super::model::Column {
        title: title.to_string(),
        weight,
        align,
    }
}

fn hex((r, g, b): Rgb) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

/// Pixels as a PNG file.
fn png_of(px: &crate::texts::Pixels) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, px.width, px.height);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header().map_err(|e| e.to_string())?;
    w.write_image_data(&px.rgba).map_err(|e| e.to_string())?;
    drop(w);
    Ok(out)
}

/// One paragraph or table style of bestand's: its id, Word's built-in name for it (so a
/// template's style of that name takes its place) and its definition.
struct Style {
    id: &'static str,
    name: &'static str,
    xml: String,
}

/// bestand's own styles: Word's built-in names (so Word treats them as its headings), the
/// theme's colour on the headings.
fn our_styles(doc: &Document) -> Vec<Style> {
    let head = hex(doc.theme.head);
    let muted = hex(super::theme::color::MUTED);
    let ink = hex(super::theme::color::INK);
    let style = |id: &'static str, name: &'static str, ppr: &str, rpr: &str| Style {
        id,
        name,
        xml: format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        ),
    };
    let heading = |id: &'static str, name: &'static str, n: u8, size: u32| {
        style(
            id,
            name,
            &format!(
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"{}\" w:after=\"120\"/><w:outlineLvl w:val=\"{}\"/>",
                if n == 1 { 0 } else { 240 },
                n - 1
            ),
            &format!(
                "<w:b/><w:color w:val=\"{}\"/><w:sz w:val=\"{size}\"/>",
                if n == 3 { &ink } else { &head }
            ),
        )
    };
    vec![
        heading("Heading1", "heading 1", 1, 36),
        heading("Heading2", "heading 2", 2, 28),
        heading("Heading3", "heading 3", 3, 22),
        style(
            "Title",
            "Title",
            "<w:spacing w:before=\"2400\" w:after=\"240\"/>",
            &format!("<w:b/><w:color w:val=\"{head}\"/><w:sz w:val=\"56\"/>"),
        ),
        style(
            "Subtitle",
            "Subtitle",
            "<w:spacing w:after=\"1200\"/>",
            &format!("<w:color w:val=\"{head}\"/><w:sz w:val=\"32\"/>"),
        ),
        style("Lead", "Lead", "", "<w:sz w:val=\"24\"/>"),
        style(
            "Note",
            "Note",
            "",
            &format!("<w:color w:val=\"{muted}\"/><w:sz w:val=\"17\"/>"),
        ),
        style(
            "Caption",
            "caption",
            "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/>",
            &format!("<w:b/><w:color w:val=\"{head}\"/><w:sz w:val=\"18\"/>"),
        ),
        style(
            "TableText",
            "Table Text",
            "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
            "<w:sz w:val=\"16\"/>",
        ),
        style(
            "ListBullet",
            "List Bullet",
            "<w:ind w:left=\"360\" w:hanging=\"360\"/>",
            "",
        ),
        style(
            "TOCHeading",
            "TOC Heading",
            "<w:spacing w:before=\"240\" w:after=\"240\"/>",
            &format!("<w:b/><w:color w:val=\"{head}\"/><w:sz w:val=\"36\"/>"),
        ),
        style(
            "TOC1",
            "toc 1",
            "<w:spacing w:before=\"120\" w:after=\"0\"/>",
            "<w:b/>",
        ),
        style(
            "TOC2",
            "toc 2",
            "<w:ind w:left=\"240\"/><w:spacing w:after=\"0\"/>",
            "",
        ),
        style(
            "Footer",
            "footer",
            "<w:jc w:val=\"right\"/>",
            &format!("<w:color w:val=\"{muted}\"/><w:sz w:val=\"16\"/>"),
        ),
        Style {
            id: "ReportTable",
            name: "Report Table",
            xml: format!(
                "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:tblPr><w:tblBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"{rule}\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"{rule}\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
                rule = hex(doc.theme.rule)
            ),
        },
    ]
}

/// bestand's own styles part: the document's language and font as defaults, then the styles.
fn styles_part(doc: &Document, ours: &[Style]) -> String {
    let lang = esc(&doc.language);
    let ink = hex(super::theme::color::INK);
    let mut out = format!(
        "{XML}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" w:cs=\"Liberation Sans\" w:eastAsia=\"Liberation Sans\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"{lang}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rPr><w:color w:val=\"{ink}\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:style>"
    );
    for s in ours {
        out.push_str(&s.xml);
    }
    out.push_str("</w:styles>");
    out
}

/// A template's styles with bestand's added where it has none of that built-in name, and
/// the ids bestand's styles take in it (a German template's „Überschrift 1“ is
/// `berschrift1`, its body text `Standard`).
fn merged_styles(
    template: &str,
    ours: &[Style],
    language: &str,
) -> (String, Vec<(String, String)>) {
    // The report's language wins over the template's default (a German text spell-checked
    // as US English would be marked through).
    let template = &with_language(template, language);
    let normal = style_id(template, "Normal").unwrap_or_else(|| "Normal".to_string());
    let mut ids = vec![("Normal".to_string(), normal.clone())];
    let mut added = String::new();
    for s in ours {
        match style_id(template, s.name) {
            Some(id) => ids.push((s.id.to_string(), id)),
            None => added.push_str(
                &s.xml
                    .replace(
                        "<w:basedOn w:val=\"Normal\"/>",
                        &format!("<w:basedOn w:val=\"{normal}\"/>"),
                    )
                    .replace(
                        "<w:next w:val=\"Normal\"/>",
                        &format!("<w:next w:val=\"{normal}\"/>"),
                    ),
            ),
        }
    }
    let styles = match template.rfind("</w:styles>") {
        Some(at) => format!("{}{added}{}", &template[..at], &template[at..]),
        None => template.to_string(),
    };
    (styles, ids)
}

/// A styles part whose default run properties carry `language`.
fn with_language(styles: &str, language: &str) -> String {
    let lang = format!("<w:lang w:val=\"{}\"/>", esc(language));
    let Some(start) = styles.find("<w:rPrDefault>") else {
        // No defaults at all: give the part some, first thing inside it.
        return match styles
            .find("<w:styles")
            .and_then(|at| styles[at..].find('>').map(|e| at + e + 1))
        {
            Some(at) => format!(
                "{}<w:docDefaults><w:rPrDefault><w:rPr>{lang}</w:rPr></w:rPrDefault></w:docDefaults>{}",
                &styles[..at],
                &styles[at..]
            ),
            None => styles.to_string(),
        };
    };
    let end = styles[start..]
        .find("</w:rPrDefault>")
        .map_or(styles.len(), |e| start + e);
    let mut defaults = styles[start..end].to_string();
    // Drop the template's own language, then put ours last in the run properties.
    while let Some(at) = defaults.find("<w:lang ") {
        let close = defaults[at..]
            .find("/>")
            .map_or(defaults.len(), |e| at + e + 2);
        defaults.replace_range(at..close, "");
    }
    let defaults = match defaults.rfind("</w:rPr>") {
        Some(at) => format!("{}{lang}{}", &defaults[..at], &defaults[at..]),
        None => defaults.replace(
            "<w:rPrDefault>",
            &format!("<w:rPrDefault><w:rPr>{lang}</w:rPr>"),
        ),
    };
    format!("{}{defaults}{}", &styles[..start], &styles[end..])
}

/// The paragraph styles of a part renamed to the template's ids.
fn rename_styles(xml: &str, ids: &[(String, String)]) -> String {
    let mut out = xml.to_string();
    for (ours, theirs) in ids.iter().filter(|(a, b)| a != b) {
        out = out.replace(
            &format!("<w:pStyle w:val=\"{ours}\"/>"),
            &format!("<w:pStyle w:val=\"{theirs}\"/>"),
        );
    }
    out
}

/// The footer: the page label with the page number and the page count as fields.
fn footer(doc: &Document) -> String {
    format!("{XML}<w:ftr {NS}>{}</w:ftr>", footer_paragraph(doc))
}

/// The footer's paragraph: the page label with the page number and count as fields.
fn footer_paragraph(doc: &Document) -> String {
    let field = |code: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    let mut runs_xml = String::new();
    let mut rest = doc.page_label.as_str();
    while !rest.is_empty() {
        let next = [("{page}", "PAGE"), ("{pages}", "NUMPAGES")]
            .iter()
            .filter_map(|(slot, code)| rest.find(slot).map(|i| (i, *slot, *code)))
            .min_by_key(|(i, _, _)| *i);
        match next {
            Some((i, slot, code)) => {
                runs_xml.push_str(&runs(&rest[..i], false));
                runs_xml.push_str(&field(code));
                rest = &rest[i + slot.len()..];
            }
            None => {
                runs_xml.push_str(&runs(rest, false));
                rest = "";
            }
        }
    }
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>{runs_xml}</w:p>"
    )
}

/// The parts written from the model.
struct Parts<'a> {
    document: &'a str,
    styles: &'a str,
    footer: &'a str,
    /// The draft's running head, while there are error findings.
    header: Option<&'a str>,
    /// The office's footnotes, where its texts have any.
    footnotes: Option<&'a str>,
    /// The relationships and images of the template's header and footer.
    header_files: Option<template::Packed<'a>>,
    footer_files: Option<template::Packed<'a>>,
}

/// The zip of parts, with fixed timestamps so the same report gives the same bytes.
fn package(
    doc: &Document,
    media: &[Media],
    links: &[String],
    parts: &Parts,
    created: i64,
) -> Result<Vec<u8>, String> {
    let date = chrono::DateTime::from_timestamp(created, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default();
    let mut types = String::from(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>",
    );
    for (part, kind) in [
        ("/word/document.xml", "wordprocessingml.document.main"),
        ("/word/styles.xml", "wordprocessingml.styles"),
        ("/word/settings.xml", "wordprocessingml.settings"),
        ("/word/numbering.xml", "wordprocessingml.numbering"),
        ("/word/footer1.xml", "wordprocessingml.footer"),
        ("/word/header1.xml", "wordprocessingml.header"),
        ("/word/footnotes.xml", "wordprocessingml.footnotes"),
    ] {
        if (part == "/word/header1.xml" && parts.header.is_none())
            || (part == "/word/footnotes.xml" && parts.footnotes.is_none())
        {
            continue;
        }
        let _ = write!(
            types,
            "<Override PartName=\"{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>"
        );
    }
    // The extensions of the template's header and footer images beyond PNG and JPEG.
    let mut extensions: Vec<String> = Vec::new();
    for (_, files) in [&parts.header_files, &parts.footer_files]
        .into_iter()
        .flatten()
    {
        for (name, _) in files {
            let ext = template::extension(name).to_ascii_lowercase();
            if !["png", "jpeg", "xml", "rels"].contains(&ext.as_str()) && !extensions.contains(&ext)
            {
                extensions.push(ext);
            }
        }
    }
    for ext in &extensions {
        let _ = write!(
            types,
            "<Default Extension=\"{ext}\" ContentType=\"{}\"/>",
            template::content_type(ext)
        );
    }
    types.push_str("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>");
    let rels = format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"
    );
    let rel = |id: &str, kind: &str, target: &str| {
        format!(
            "<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{target}\"/>"
        )
    };
    let mut doc_rels = format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{}{}{}{}",
        rel("rIdStyles", "styles", "styles.xml"),
        rel("rIdSettings", "settings", "settings.xml"),
        rel("rIdNumbering", "numbering", "numbering.xml"),
        rel("rIdFooter", "footer", "footer1.xml"),
    );
    if parts.footnotes.is_some() {
        doc_rels.push_str(&rel("rIdFootnotes", "footnotes", "footnotes.xml"));
    }
    if parts.header.is_some() {
        doc_rels.push_str(&rel("rIdHeader", "header", "header1.xml"));
    }
    for (i, m) in media.iter().enumerate() {
        doc_rels.push_str(&rel(
            &format!("rIdImage{}", i + 1),
            "image",
            &format!("media/image{}.{}", i + 1, m.extension),
        ));
    }
    for (i, url) in links.iter().enumerate() {
        let _ = write!(
            doc_rels,
            "<Relationship Id=\"rIdLink{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            i + 1,
            esc(&crate::texts::inline::address(url))
        );
    }
    doc_rels.push_str("</Relationships>");
    let core = format!(
        "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>",
        esc(&doc.title),
        esc(&doc.subject),
        esc(&doc.author),
        esc(&doc.keywords.join(", ")),
        esc(&doc.language)
    );
    let app = format!(
        "{XML}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>bestand {}</Application></Properties>",
        env!("CARGO_PKG_VERSION")
    );
    let settings = format!(
        "{XML}<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"{}\"/></w:settings>",
        esc(&doc.language)
    );
    let numbering = format!(
        "{XML}<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        // A fixed date for every entry: the same report gives the same bytes.
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        let mut put = |name: &str, bytes: &[u8]| -> Result<(), String> {
            zip.start_file(name, opts).map_err(|e| e.to_string())?;
            zip.write_all(bytes).map_err(|e| e.to_string())
        };
        put("[Content_Types].xml", format!("{XML}{types}").as_bytes())?;
        put("_rels/.rels", rels.as_bytes())?;
        put("docProps/core.xml", core.as_bytes())?;
        put("docProps/app.xml", app.as_bytes())?;
        put("word/document.xml", parts.document.as_bytes())?;
        put("word/_rels/document.xml.rels", doc_rels.as_bytes())?;
        put("word/styles.xml", parts.styles.as_bytes())?;
        put("word/settings.xml", settings.as_bytes())?;
        put("word/numbering.xml", numbering.as_bytes())?;
        put("word/footer1.xml", parts.footer.as_bytes())?;
        if let Some(notes) = parts.footnotes {
            put("word/footnotes.xml", notes.as_bytes())?;
        }
        if let Some(header) = parts.header {
            put("word/header1.xml", header.as_bytes())?;
        }
        for (part, files) in [
            ("header1.xml", &parts.header_files),
            ("footer1.xml", &parts.footer_files),
        ] {
            if let Some((rels, files)) = files {
                put(&format!("word/_rels/{part}.rels"), rels.as_bytes())?;
                for (name, bytes) in files {
                    put(&format!("word/{name}"), bytes)?;
                }
            }
        }
        for (i, m) in media.iter().enumerate() {
            put(
                &format!("word/media/image{}.{}", i + 1, m.extension),
                &m.bytes,
            )?;
        }
        zip.finish().map_err(|e| e.to_string())?;
    }
    // As the workbooks: the same bytes whichever system wrote them.
    Ok(crate::render::xlsx::zip_made_on_unix(buf.into_inner()))
}

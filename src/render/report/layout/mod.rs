//! Layout: places the document model on A4 pages with the embedded font's real widths.
//! Text wraps on word boundaries, tables break across pages and repeat their header, a
//! section starts a new page, headings keep with what follows. The contents get their page
//! numbers from a first pass.

use crate::render::charts::{BarChart, fonts};

use super::model::{Align, Block, Document, Inline, Table, Tile, Tone};

mod rich;
pub use rich::wrap_inline;

/// A4 width in points.
pub const PAGE_W: f64 = 595.28;
/// A4 height in points.
pub const PAGE_H: f64 = 841.89;
const LEFT: f64 = 62.0;
const RIGHT: f64 = 56.0;
const TOP: f64 = 72.0;
const BOTTOM: f64 = 70.0;
const CONTENT_W: f64 = PAGE_W - LEFT - RIGHT;

pub use super::theme::color;

/// Something placed on a page; y grows downwards from the top edge.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f64,
        /// Baseline.
        y: f64,
        /// Font size in points.
        size: f64,
        /// Bold face.
        bold: bool,
        /// Italic face.
        italic: bool,
        /// Colour.
        color: (u8, u8, u8),
        /// The text.
        text: String,
    },
    /// The area of a link's words: the PDF makes it a link annotation of the structure
    /// node it belongs to.
    Link {
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// The web or mail address.
        url: String,
        /// The link's words, its description for assistive technology.
        words: String,
    },
    /// A filled rectangle.
    Rect {
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
        /// Fill.
        color: (u8, u8, u8),
    },
    /// An image: the pixels of [`Layout::pictures`] at this index, in this box.
    Image {
        /// Index into the layout's pictures.
        picture: usize,
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
    },
    /// A chart drawn as vector graphics.
    Chart {
        /// The chart.
        chart: Box<BarChart>,
        /// Left.
        x: f64,
        /// Top.
        y: f64,
        /// Points per chart unit.
        scale: f64,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is on it.
    pub items: Vec<Item>,
    /// For each item, the structure node it belongs to (0: an artifact, e.g. decoration).
    pub nodes: Vec<usize>,
    /// The cover has no running header or footer.
    pub cover: bool,
}

/// A node of the PDF structure tree (tagged PDF): what a piece of content is.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Standard structure type: Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD,
    /// Caption, Figure, TOC, TOCI.
    pub kind: &'static str,
    /// Parent node (0 for the document root and for the artifact placeholder).
    pub parent: usize,
    /// Alternative text (figures).
    pub alt: Option<String>,
    /// Page area of a figure in PDF points from the bottom left: x1, y1, x2, y2.
    pub bbox: Option<[f64; 4]>,
}

/// Index of the artifact placeholder node.
pub const ARTIFACT: usize = 0;
/// Index of the document root node.
pub const ROOT: usize = 1;

/// A heading's place, for the contents and the bookmarks.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    /// Heading level.
    pub level: u8,
    /// Heading text.
    pub text: String,
    /// 0-based page index.
    pub page: usize,
    /// Top of the heading on the page.
    pub y: f64,
}

/// The result of layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Pages in order.
    pub pages: Vec<Page>,
    /// Headings of levels 1 and 2, in order.
    pub anchors: Vec<Anchor>,
    /// The structure tree: node 0 is the artifact placeholder, node 1 the document.
    pub nodes: Vec<Node>,
    /// The pixels of the images placed ([`Item::Image`]).
    pub pictures: Vec<std::sync::Arc<crate::texts::Pixels>>,
}

/// Breaks text into lines no wider than `width` at the given size.
pub fn wrap(text: &str, size: f64, bold: bool, width: f64) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        // A unit stays with its number: „13.081.000 €“ never leaves the € alone on a line.
        let mut words: Vec<String> = Vec::new();
        for w in paragraph.split_whitespace() {
            match words.last_mut() {
                Some(last) if w.starts_with('€') || w.starts_with('%') => {
                    last.push(' ');
                    last.push_str(w);
                }
                _ => words.push(w.to_string()),
            }
        }
        for word in words.iter().map(String::as_str) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if fonts::text_width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            // A word longer than the line (a file name, a URL, a compound) is broken after
            // a / - _ or . where there is one, else by characters.
            if fonts::text_width(word, size, bold) > width {
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if fonts::text_width(&piece, size, bold) > width && piece.chars().count() > 1 {
                        piece.pop();
                        // After the last / - or _ (a file's name keeps its extension),
                        // else after the last dot.
                        let after = |marks: &str| {
                            piece
                                .char_indices()
                                .rev()
                                .find(|(i, ch)| *i > 0 && marks.contains(*ch))
                                .map(|(i, ch)| i + ch.len_utf8())
                        };
                        let cut = after("/-_").or_else(|| after("."));
                        match cut {
                            Some(i) if i == piece.len() => out.push(std::mem::take(&mut piece)),
                            Some(i) => {
                                let rest = piece.split_off(i);
                                out.push(std::mem::replace(&mut piece, rest));
                            }
                            None => {
                                // Nowhere to break and wider than the column even at its
                                // widest: hyphenated where the line ends, so the reader
                                // sees the word goes on.
                                let mut carry = String::new();
                                while piece.chars().count() > 1
                                    && fonts::text_width(&format!("{piece}-"), size, bold) > width
                                {
                                    if let Some(ch) = piece.pop() {
                                        carry.insert(0, ch);
                                    }
                                }
                                piece.push('-');
                                out.push(std::mem::replace(&mut piece, carry));
                            }
                        }
                        piece.push(c);
                    }
                }
                line = piece;
            } else {
                line = word.to_string();
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

struct Flow<'a> {
    pages: Vec<Page>,
    page: Page,
    y: f64,
    anchors: Vec<Anchor>,
    toc: &'a [Anchor],
    nodes: Vec<Node>,
    /// The structure node that text goes to.
    cur: usize,
    /// Set for the next chart when it is drawn smaller to stay with its heading.
    shrink: Option<f64>,
    /// The colours that follow the organisation's.
    theme: super::theme::Theme,
    /// The pixels of the images placed so far.
    pictures: Vec<std::sync::Arc<crate::texts::Pixels>>,
}

impl Flow<'_> {
    fn node(&mut self, kind: &'static str, parent: usize) -> usize {
        self.nodes.push(Node {
            kind,
            parent,
            alt: None,
            bbox: None,
        });
        self.nodes.len() - 1
    }

    /// Makes a new node under `parent` the target of the following text.
    fn tag(&mut self, kind: &'static str, parent: usize) -> usize {
        self.cur = self.node(kind, parent);
        self.cur
    }

    fn text(&mut self, x: f64, y: f64, size: f64, bold: bool, color: (u8, u8, u8), text: String) {
        self.styled(x, y, size, (bold, false), color, text);
    }

    /// Text in the bold and/or italic face, `face` as (bold, italic).
    fn styled(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        face: (bool, bool),
        color: (u8, u8, u8),
        text: String,
    ) {
        self.page.items.push(Item::Text {
            x,
            y,
            size,
            bold: face.0,
            italic: face.1,
            color,
            text,
        });
        self.page.nodes.push(self.cur);
    }

    /// Rectangles are backgrounds and rules: decoration, never content.
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, color: (u8, u8, u8)) {
        self.page.items.push(Item::Rect { x, y, w, h, color });
        self.page.nodes.push(ARTIFACT);
    }

    fn new_page(&mut self) {
        let page = std::mem::take(&mut self.page);
        self.pages.push(page);
        self.y = TOP;
    }

    fn at_top(&self) -> bool {
        self.y <= TOP + 0.1
    }

    /// Starts a new page unless `h` more points fit.
    fn ensure(&mut self, h: f64) {
        if self.y + h > PAGE_H - BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    fn paragraph(&mut self, text: &str, size: f64, bold: bool, color: (u8, u8, u8), indent: f64) {
        self.running(&Inline::from(text), size, bold, color, indent);
    }

    /// Running text with its emphasis; a link's words are a Link element of the paragraph,
    /// in the link colour and underlined, with the area the PDF makes clickable.
    fn running(&mut self, text: &Inline, size: f64, bold: bool, color: (u8, u8, u8), indent: f64) {
        let leading = size * 1.4;
        let paragraph = self.cur;
        for line in wrap_inline(text, size, bold, CONTENT_W - indent) {
            self.ensure(leading);
            let y = self.y + size;
            for p in line {
                let x = LEFT + indent + p.dx;
                let face = (p.bold, p.italic);
                match p.link.filter(|url| crate::texts::inline::linkable(url)) {
                    Some(url) => {
                        self.tag("Link", paragraph);
                        let link = self.theme.link;
                        self.styled(x, y, size, face, link, p.text.clone());
                        self.page.items.push(Item::Link {
                            x,
                            y: y - size,
                            w: p.w,
                            h: size * 1.3,
                            url,
                            words: p.text,
                        });
                        self.page.nodes.push(self.cur);
                        self.rect(x, y + size * 0.12, p.w, size * 0.06, link);
                        self.cur = paragraph;
                    }
                    None => self.styled(x, y, size, face, color, p.text),
                }
            }
            self.y += leading;
        }
    }

    fn heading(&mut self, level: u8, text: &str) {
        let (size, before, after, keep) = match level {
            1 => (20.0, 0.0, 14.0, 0.0),
            2 => (14.0, 16.0, 6.0, 80.0),
            _ => (11.0, 10.0, 3.0, 50.0),
        };
        if level == 1 && !self.at_top() {
            self.new_page();
        }
        let lines = wrap(text, size, true, CONTENT_W);
        let h = before + lines.len() as f64 * size * 1.25 + after;
        self.ensure(h + keep);
        if !self.at_top() {
            self.y += before;
        }
        if level <= 2 {
            self.anchors.push(Anchor {
                level,
                text: text.to_string(),
                page: self.pages.len(),
                y: self.y,
            });
        }
        self.tag(["H1", "H2", "H3"][usize::from(level.clamp(1, 3) - 1)], ROOT);
        let color = if level == 3 {
            color::INK
        } else {
            self.theme.head
        };
        for line in lines {
            let y = self.y + size;
            self.text(LEFT, y, size, true, color, line);
            self.y += size * 1.25;
        }
        if level == 1 {
            self.rect(LEFT, self.y + 2.0, CONTENT_W, 0.8, self.theme.rule);
            self.y += 4.0;
        }
        self.y += after;
    }

    fn cover(&mut self, cover: &super::model::Cover) {
        self.page.cover = true;
        // The logo stands at the right, level with the organisation's name, on white.
        let beside = match cover
            .logo
            .as_ref()
            .and_then(|l| l.pixels.clone().map(|p| (l, p)))
        {
            Some((l, px)) => {
                let (max_w, max_h) = (150.0, 70.0);
                let ratio = f64::from(px.height) / f64::from(px.width.max(1));
                let (w, h) = if ratio * max_w > max_h {
                    (max_h / ratio, max_h)
                } else {
                    (max_w, ratio * max_w)
                };
                let x = PAGE_W - RIGHT - w;
                self.place_picture(px, &l.alt, x, 620.0, w, h);
                w + 20.0
            }
            None => 0.0,
        };
        self.rect(0.0, 0.0, PAGE_W, 300.0, self.theme.head);
        self.tag("H1", ROOT);
        let mut y = 170.0;
        for line in wrap(&cover.title, 32.0, true, CONTENT_W) {
            self.text(LEFT, y, 32.0, true, color::WHITE, line);
            y += 38.0;
        }
        self.tag("P", ROOT);
        let mut y = 360.0;
        for line in wrap(&cover.subtitle, 18.0, false, CONTENT_W) {
            self.text(LEFT, y, 18.0, false, self.theme.head, line);
            y += 24.0;
        }
        // The cover picture between the subtitle and the organisation, as large as fits.
        if let Some((p, px)) = cover
            .image
            .as_ref()
            .and_then(|p| p.pixels.clone().map(|px| (p, px)))
        {
            // Room for its credit in small print under it, where the text names one.
            let credit = if p.caption.is_some() { 12.0 } else { 0.0 };
            let (top, max_h) = (y + 16.0, 600.0 - (y + 16.0) - credit);
            let ratio = f64::from(px.height) / f64::from(px.width.max(1));
            let (w, h) = if ratio * CONTENT_W > max_h {
                (max_h / ratio, max_h)
            } else {
                (CONTENT_W, ratio * CONTENT_W)
            };
            if h > 20.0 {
                self.place_picture(px, &p.alt, LEFT, top, w, h);
                if let Some(words) = &p.caption {
                    self.tag("P", ROOT);
                    self.text(LEFT, top + h + 9.0, 7.5, false, color::MUTED, words.clone());
                }
            }
        }
        self.tag("P", ROOT);
        let mut y = 640.0;
        for line in wrap(&cover.organisation, 13.0, true, CONTENT_W - beside) {
            self.text(LEFT, y, 13.0, true, color::INK, line);
            y += 18.0;
        }
        self.tag("P", ROOT);
        for line in wrap(&cover.date, 10.0, false, CONTENT_W) {
            self.text(LEFT, y + 4.0, 10.0, false, color::MUTED, line);
            y += 14.0;
        }
        self.new_page();
    }

    fn contents(&mut self, title: &str, entries: &[(u8, String)]) {
        let size = 20.0;
        self.tag("H1", ROOT);
        self.text(
            LEFT,
            self.y + size,
            size,
            true,
            self.theme.head,
            title.to_string(),
        );
        self.y += size * 1.25 + 18.0;
        let toc = self.node("TOC", ROOT);
        for (i, (level, text)) in entries.iter().enumerate() {
            let item = self.node("TOCI", toc);
            let (level, text) = (*level, text.clone());
            // The first pass knows the headings but not yet their pages; the lines take the
            // same room either way, so the pages found are the pages shown.
            let page = self.toc.get(i).map(|a| a.page + 1);
            let (size, indent, bold) = if level == 1 {
                (10.5, 0.0, true)
            } else {
                (9.5, 14.0, false)
            };
            let gap = if level == 1 && i > 0 { 6.0 } else { 0.0 };
            // A long entry wraps; its page number stands on its last line.
            let lines = wrap(&text, size, bold, CONTENT_W - indent - 40.0);
            self.ensure(gap + 15.0 + 12.0 * (lines.len() - 1) as f64);
            self.y += gap;
            let number = page.map(|p| p.to_string()).unwrap_or_default();
            let nw = fonts::text_width(&number, size, bold);
            self.tag("P", item);
            let last = lines.len() - 1;
            for (k, line) in lines.into_iter().enumerate() {
                self.text(LEFT + indent, self.y + size, size, bold, color::INK, line);
                if k < last {
                    self.y += 12.0;
                }
            }
            self.tag("Lbl", item);
            self.text(
                LEFT + CONTENT_W - nw,
                self.y + size,
                size,
                bold,
                color::INK,
                number,
            );
            self.y += 15.0;
        }
        self.new_page();
    }

    fn tiles(&mut self, tiles: &[Tile]) {
        let per_row = 4usize;
        let gap = 8.0;
        let w = (CONTENT_W - gap * (per_row as f64 - 1.0)) / per_row as f64;
        let h = 66.0;
        let list = self.node("L", ROOT);
        for row in tiles.chunks(per_row) {
            self.ensure(h + gap);
            for (i, tile) in row.iter().enumerate() {
                let item = self.node("LI", list);
                self.tag("LBody", item);
                let x = LEFT + i as f64 * (w + gap);
                let y = self.y;
                self.rect(x, y, w, h, self.theme.tile);
                let mut size = 17.0;
                while fonts::text_width(&tile.value, size, true) > w - 12.0 && size > 9.0 {
                    size -= 1.0;
                }
                self.text(
                    x + 6.0,
                    y + 6.0 + size,
                    size,
                    true,
                    self.theme.head,
                    tile.value.clone(),
                );
                // Two lines of label at 8 pt; a longer one is set smaller on three lines
                // rather than cut.
                let (mut size, mut leading) = (8.0, 10.0);
                let mut lines = wrap(&tile.label, size, false, w - 12.0);
                if lines.len() > 2 {
                    (size, leading) = (7.0, 8.5);
                    lines = wrap(&tile.label, size, false, w - 12.0);
                }
                let mut ly = y + 30.0;
                for line in lines.into_iter().take(3) {
                    self.text(x + 6.0, ly + size, size, false, color::INK, line);
                    ly += leading;
                }
                if !tile.delta.is_empty() {
                    // One line at the tile's foot: a long comparison is set smaller, never cut.
                    let mut size = 7.5;
                    while fonts::text_width(&tile.delta, size, false) > w - 12.0 && size > 5.0 {
                        size -= 0.5;
                    }
                    let line = wrap(&tile.delta, size, false, w - 12.0).join(" ");
                    self.text(x + 6.0, y + h - 5.0, size, false, color::MUTED, line);
                }
            }
            self.y += h + gap;
        }
        self.y += 6.0;
    }

    fn table(&mut self, t: &Table, continued: &str) {
        let (leading, pad) = (CELL_LEADING, CELL_PAD);
        let widths = column_widths(t);
        let header: Vec<String> = t.columns.iter().map(|c| c.title.clone()).collect();
        let header_lines = cell_lines(&header, &widths, true);
        let header_h =
            header_lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * leading + 2.0 * pad;
        // The first caption and header are content; repeats on later pages are artifacts.
        let table = self.node("Table", ROOT);
        let g = TableFrame {
            t,
            widths,
            header_lines,
            header_h,
            table,
        };
        // A table never starts at a page's foot with fewer than three rows (or all of it).
        let start_h = table_start_height(t, &g.widths, 3).min(PAGE_H - TOP - BOTTOM - 4.0);
        self.ensure(start_h + 4.0);
        self.y += 4.0;
        self.table_head(&g, &t.caption, true);
        // No row may be taller than a page: overlong cells are cut with an ellipsis.
        let max_lines =
            ((PAGE_H - TOP - BOTTOM - CAPTION_H - header_h - 2.0 * pad) / leading) as usize;
        let rows = table_body_lines(t, &g.widths, max_lines);
        let n = rows.len();
        for (i, (lines, h)) in rows.iter().enumerate() {
            let (lines, h) = (lines, *h);
            let marked = t.highlighted.get(i).copied().unwrap_or(false);
            // The last row never stands alone under a repeated header: the last two go together.
            let keep = if n >= 3 && i == n - 2 {
                rows[n - 1].1
            } else {
                0.0
            };
            if self.y + h + keep > PAGE_H - BOTTOM {
                self.new_page();
                self.table_head(&g, &format!("{} {continued}", t.caption), false);
            }
            let bg = if marked {
                Some(color::MARK)
            } else if i % 2 == 1 {
                Some(color::ZEBRA)
            } else {
                None
            };
            let tr = self.node("TR", table);
            let style = RowStyle {
                bold: marked,
                bg,
                tr,
                cell_kind: "TD",
            };
            self.table_row(&g, lines, h, &style);
        }
        self.rect(LEFT, self.y, CONTENT_W, 0.6, self.theme.rule);
        self.y += 12.0;
    }

    /// Draws a table's caption and header row: tagged the first time, artifacts when
    /// repeated on a later page.
    fn table_head(&mut self, g: &TableFrame, caption: &str, first: bool) {
        if first {
            self.tag("Caption", g.table);
        } else {
            self.cur = ARTIFACT;
        }
        self.text(
            LEFT,
            self.y + 9.0,
            9.0,
            true,
            self.theme.head,
            caption.to_string(),
        );
        self.y += CAPTION_H;
        let tr = if first {
            self.node("TR", g.table)
        } else {
            ARTIFACT
        };
        let style = RowStyle {
            bold: true,
            bg: Some(self.theme.header_bg),
            tr,
            cell_kind: "TH",
        };
        self.table_row(g, &g.header_lines, g.header_h, &style);
    }

    /// Draws one table row of height `h`: its background, then each cell's lines, aligned
    /// as its column.
    fn table_row(&mut self, g: &TableFrame, lines: &[Vec<String>], h: f64, style: &RowStyle) {
        let (size, leading, pad) = (CELL_SIZE, CELL_LEADING, CELL_PAD);
        if let Some(bg) = style.bg {
            self.rect(LEFT, self.y, CONTENT_W, h, bg);
        }
        let mut x = LEFT;
        for ((cell, w), column) in lines.iter().zip(&g.widths).zip(&g.t.columns) {
            if style.tr == ARTIFACT {
                self.cur = ARTIFACT;
            } else {
                self.tag(style.cell_kind, style.tr);
            }
            let mut y = self.y + pad + size;
            for l in cell {
                let lx = match column.align {
                    Align::Left => x + pad,
                    Align::Right => x + w - pad - fonts::text_width(l, size, style.bold),
                };
                self.text(lx, y, size, style.bold, color::INK, l.clone());
                y += leading;
            }
            x += w;
        }
        self.y += h;
    }

    /// Puts pixels on the page as a figure with its alternative text.
    fn place_picture(
        &mut self,
        px: std::sync::Arc<crate::texts::Pixels>,
        alt: &str,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    ) {
        let figure = self.node("Figure", ROOT);
        self.nodes[figure].alt = Some(alt.to_string());
        self.nodes[figure].bbox = Some([x, PAGE_H - y - h, x + w, PAGE_H - y]);
        self.pictures.push(px);
        self.page.items.push(Item::Image {
            picture: self.pictures.len() - 1,
            x,
            y,
            w,
            h,
        });
        self.page.nodes.push(figure);
    }

    /// An image of the office's texts: at 150 dpi, at most the text's width and half a
    /// page high, its caption under it. Without pixels (an SVG alone) its alternative text
    /// stands in its place, saying where the image is.
    fn image(&mut self, p: &crate::texts::Picture, elsewhere: &str) {
        let Some(px) = p.pixels.clone() else {
            self.tag("P", ROOT);
            self.paragraph(
                &format!("[{elsewhere}: {}]", p.alt),
                9.0,
                false,
                color::MUTED,
                0.0,
            );
            self.y += 5.0;
            return;
        };
        let natural = f64::from(px.width) * 72.0 / 150.0;
        let ratio = f64::from(px.height) / f64::from(px.width.max(1));
        let max_h = (PAGE_H - TOP - BOTTOM) / 2.0;
        let mut w = natural.min(CONTENT_W);
        if w * ratio > max_h {
            w = max_h / ratio;
        }
        let h = w * ratio;
        self.ensure(h + 8.0);
        let y = self.y;
        self.place_picture(px, &p.alt, LEFT, y, w, h);
        self.y += h + 6.0;
        if let Some(caption) = &p.caption {
            self.tag("P", ROOT);
            self.paragraph(caption, 8.5, false, color::MUTED, 0.0);
        }
        self.y += 6.0;
    }

    fn chart(&mut self, chart: &BarChart) {
        let full = f64::from(chart.height()) * CONTENT_W / f64::from(chart.width);
        let room = PAGE_H - BOTTOM - self.y;
        // A chart that would leave this page more than half empty shrinks a little to fit.
        let half_empty = self.y - TOP < (PAGE_H - TOP - BOTTOM) / 2.0;
        let fit =
            (half_empty && full > room && full * MIN_CHART_SCALE <= room).then(|| room / full);
        // A chart taller than a page (many departments) is drawn to the page's height, so
        // no row runs over the footer.
        let page = (PAGE_H - TOP - BOTTOM) / full;
        let shrink = self.shrink.take().or(fit).unwrap_or(1.0).min(page);
        let scale = CONTENT_W / f64::from(chart.width) * shrink;
        let h = f64::from(chart.height()) * scale;
        self.ensure(h);
        let figure = self.node("Figure", ROOT);
        self.nodes[figure].alt = Some(format!("{}. {}", chart.title, chart.description));
        self.nodes[figure].bbox = Some([
            LEFT,
            PAGE_H - self.y - h,
            LEFT + CONTENT_W * shrink,
            PAGE_H - self.y,
        ]);
        self.page.items.push(Item::Chart {
            chart: Box::new(chart.clone()),
            x: LEFT,
            y: self.y,
            scale,
        });
        self.page.nodes.push(figure);
        self.y += h + 10.0;
    }
}

fn pass(doc: &Document, toc: &[Anchor]) -> Layout {
    let continued = doc.words.continued.as_str();
    let entries: Vec<(u8, String)> = {
        let mut after = false;
        let mut out = Vec::new();
        for b in &doc.blocks {
            match b {
                Block::Contents { .. } => after = true,
                Block::Heading { level, text } if after && *level <= 2 => {
                    out.push((*level, text.clone()))
                }
                _ => {}
            }
        }
        out
    };
    let nodes = vec![
        Node {
            kind: "Artifact",
            parent: ARTIFACT,
            alt: None,
            bbox: None,
        },
        Node {
            kind: "Document",
            parent: ARTIFACT,
            alt: None,
            bbox: None,
        },
    ];
    let mut f = Flow {
        pages: Vec::new(),
        page: Page::default(),
        y: TOP,
        anchors: Vec::new(),
        toc,
        nodes,
        cur: ROOT,
        shrink: None,
        theme: doc.theme,
        pictures: Vec::new(),
    };
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Cover(c) => f.cover(c),
            Block::Contents { title } => f.contents(title, &entries),
            Block::Heading { level, text } => {
                // A heading keeps its intro and the chart or table start that follows on one
                // page, where that fits on a page at all.
                if *level >= 2 {
                    let keep = keep_with_heading(&doc.blocks[i..], *level, text);
                    let room = PAGE_H - BOTTOM - f.y;
                    // Rather than move, a chart may shrink a little (its labels stay
                    // readable at 85 %).
                    if let Some(chart_h) = chart_after(&doc.blocks[i..]).filter(|_| keep > room) {
                        let scale = 1.0 - (keep - room) / chart_h;
                        if scale >= MIN_CHART_SCALE && !f.at_top() {
                            f.shrink = Some(scale);
                        }
                    }
                    if f.shrink.is_none() && keep < (PAGE_H - TOP - BOTTOM) * 0.9 {
                        f.ensure(keep);
                    }
                }
                f.heading(*level, text)
            }
            Block::Paragraph { text, tone } => {
                let (size, bold, color) = match tone {
                    Tone::Normal => (10.0, false, color::INK),
                    Tone::Lead => (12.0, false, color::INK),
                    Tone::Note | Tone::Footnote => (8.5, false, color::MUTED),
                    Tone::Strong => (10.0, true, color::INK),
                };
                f.tag(if *tone == Tone::Footnote { "Note" } else { "P" }, ROOT);
                f.running(text, size, bold, color, 0.0);
                f.y += 5.0;
            }
            Block::Bullets(items) => {
                let list = f.node("L", ROOT);
                for item in items {
                    f.ensure(14.0);
                    let li = f.node("LI", list);
                    f.tag("Lbl", li);
                    let y = f.y + 10.0;
                    f.text(LEFT + 2.0, y, 10.0, false, color::INK, "•".into());
                    f.tag("LBody", li);
                    f.running(item, 10.0, false, color::INK, 14.0);
                    f.y += 4.0;
                }
            }
            Block::Tiles(tiles) => f.tiles(tiles),
            Block::Table(t) => f.table(t, continued),
            Block::Chart(c) => {
                // A chart keeps the note under it (and its table, where its numbers follow
                // as one) on its page, where they fit on one at all.
                if f.shrink.is_none() {
                    let keep = chart_with_table(c, &doc.blocks[i + 1..]);
                    if keep < (PAGE_H - TOP - BOTTOM) * 0.9 {
                        f.ensure(keep);
                    }
                }
                f.chart(c)
            }
            Block::Image(p) => f.image(p, &doc.words.image_elsewhere),
        }
    }
    if !f.page.items.is_empty() || f.pages.is_empty() {
        f.new_page();
    }
    Layout {
        pages: f.pages,
        anchors: f.anchors,
        nodes: f.nodes,
        pictures: f.pictures,
    }
}

/// The smallest a chart is drawn to keep with its heading or fill a page: its labels stay
/// readable.
const MIN_CHART_SCALE: f64 = 0.85;

/// Table text size, line height and cell padding.
const CELL_SIZE: f64 = 8.0;
const CELL_LEADING: f64 = 10.0;
const CELL_PAD: f64 = 3.0;
/// Height of a table's caption line.
const CAPTION_H: f64 = 16.0;

/// The widest piece of a cell's text that [`wrap`] will not break: a word, or the part of
/// it between / - _ and . breaks.
fn min_content(text: &str, bold: bool) -> f64 {
    text.split_whitespace()
        .flat_map(|word| word.split_inclusive(['/', '-', '_', '.']))
        .map(|piece| fonts::text_width(piece, CELL_SIZE, bold))
        .fold(0.0, f64::max)
}

/// What the parts of a table's drawing share: the table, its column widths, its header's
/// lines and height, and its structure node.
struct TableFrame<'a> {
    t: &'a Table,
    widths: Vec<f64>,
    header_lines: Vec<Vec<String>>,
    header_h: f64,
    table: usize,
}

/// How a table row is drawn: bold or not, its background, its structure node (or
/// `ARTIFACT`) and the tag of its cells.
struct RowStyle {
    bold: bool,
    bg: Option<(u8, u8, u8)>,
    tr: usize,
    cell_kind: &'static str,
}

/// Each cell's text wrapped to its column's width.
fn cell_lines(cells: &[String], widths: &[f64], bold: bool) -> Vec<Vec<String>> {
    cells
        .iter()
        .zip(widths)
        .map(|(c, w)| wrap(c, CELL_SIZE, bold, w - 2.0 * CELL_PAD))
        .collect()
}

/// The body rows' wrapped lines (highlighted rows bold, cells cut to `max_lines` with an
/// ellipsis) and heights.
fn table_body_lines(t: &Table, widths: &[f64], max_lines: usize) -> Vec<(Vec<Vec<String>>, f64)> {
    t.rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let marked = t.highlighted.get(i).copied().unwrap_or(false);
            let mut lines = cell_lines(row, widths, marked);
            for cell in lines.iter_mut() {
                if cell.len() > max_lines {
                    cell.truncate(max_lines);
                    if let Some(last) = cell.last_mut() {
                        last.push_str(" …");
                    }
                }
            }
            let h = lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * CELL_LEADING
                + 2.0 * CELL_PAD;
            (lines, h)
        })
        .collect()
}

/// A table's column widths: by the columns' weights, but no column narrower than its widest
/// unbreakable word (so words break between, not inside them), where the page allows it.
fn column_widths(t: &Table) -> Vec<f64> {
    let n = t.columns.len();
    let weight = |i: usize| t.columns[i].weight.max(1e-9);
    let min: Vec<f64> = (0..n)
        .map(|i| {
            let header = min_content(&t.columns[i].title, true);
            t.rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| min_content(c, true))
                .fold(header, f64::max)
                + 2.0 * CELL_PAD
                + 0.5
        })
        .collect();
    let proportional = |fixed: &[bool]| -> Vec<f64> {
        let taken: f64 = (0..n).filter(|i| fixed[*i]).map(|i| min[i]).sum();
        let weights: f64 = (0..n).filter(|i| !fixed[*i]).map(weight).sum();
        (0..n)
            .map(|i| {
                if fixed[i] {
                    min[i]
                } else {
                    (CONTENT_W - taken) * weight(i) / weights
                }
            })
            .collect()
    };
    let mut fixed = vec![false; n];
    if min.iter().sum::<f64>() > CONTENT_W {
        // Not every longest word fits: the longest ones are capped (and hyphenated) at the
        // width where the rest still fit whole.
        let (mut low, mut high) = (0.0, CONTENT_W);
        for _ in 0..40 {
            let cap = (low + high) / 2.0;
            if min.iter().map(|m| m.min(cap)).sum::<f64>() > CONTENT_W {
                high = cap;
            } else {
                low = cap;
            }
        }
        return min.iter().map(|m| m.min(low)).collect();
    }
    loop {
        let widths = proportional(&fixed);
        let narrow: Vec<usize> = (0..n)
            .filter(|i| !fixed[*i] && widths[*i] < min[*i])
            .collect();
        if narrow.is_empty() {
            return widths;
        }
        for i in narrow {
            fixed[i] = true;
        }
        if fixed.iter().all(|f| *f) {
            // Every column at its minimum: the rest of the line goes by weight.
            let spare = (CONTENT_W - min.iter().sum::<f64>()) / (0..n).map(weight).sum::<f64>();
            return (0..n).map(|i| min[i] + spare * weight(i)).collect();
        }
    }
}

/// The height of a table's start on a page: caption, header and its first `rows` rows (or
/// all of them), as [`Flow::table`] sets them.
fn table_start_height(t: &Table, widths: &[f64], rows: usize) -> f64 {
    let row_h = |cells: &[String], bold: bool| {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| wrap(c, CELL_SIZE, bold, w - 2.0 * CELL_PAD).len())
            .max()
            .unwrap_or(1) as f64
            * CELL_LEADING
            + 2.0 * CELL_PAD
    };
    let header: Vec<String> = t.columns.iter().map(|c| c.title.clone()).collect();
    CAPTION_H
        + row_h(&header, true)
        + t.rows
            .iter()
            .take(rows)
            .map(|r| row_h(r, false))
            .sum::<f64>()
}

/// The height of a chart with what belongs to it: the table of its numbers where it has
/// one, and the note under them.
fn chart_with_table(c: &BarChart, after: &[Block]) -> f64 {
    let mut h = f64::from(c.height()) * CONTENT_W / f64::from(c.width) + 10.0;
    let mut rest = after.iter().peekable();
    if c.table_follows
        && let Some(Block::Table(t)) = rest.peek()
    {
        let widths = column_widths(t);
        h += 4.0 + table_start_height(t, &widths, t.rows.len()) + 8.0;
        rest.next();
    }
    if let Some(Block::Paragraph {
        text,
        tone: Tone::Note,
    }) = rest.next()
    {
        h += wrap_inline(text, 8.5, false, CONTENT_W).len() as f64 * 8.5 * 1.4 + 5.0;
    }
    h
}

/// The height of the chart a heading keeps with (after its intro), if it is a chart.
fn chart_after(blocks: &[Block]) -> Option<f64> {
    blocks
        .iter()
        .skip(1)
        .find(|b| !matches!(b, Block::Paragraph { .. } | Block::Heading { level: 3, .. }))
        .and_then(|b| match b {
            Block::Chart(c) => Some(f64::from(c.height()) * CONTENT_W / f64::from(c.width)),
            _ => None,
        })
}

/// The height a heading needs on its page: itself, the paragraphs after it, and the chart
/// or the start of the table that follows them (caption, header, three rows).
fn keep_with_heading(blocks: &[Block], level: u8, text: &str) -> f64 {
    let (size, before, after) = match level {
        2 => (14.0, 16.0, 6.0),
        _ => (11.0, 10.0, 3.0),
    };
    let mut h = before + wrap(text, size, true, CONTENT_W).len() as f64 * size * 1.25 + after;
    for (k, b) in blocks.iter().enumerate().skip(1) {
        match b {
            Block::Paragraph { text, tone } => {
                let (size, bold) = match tone {
                    Tone::Normal => (10.0, false),
                    Tone::Lead => (12.0, false),
                    Tone::Note | Tone::Footnote => (8.5, false),
                    Tone::Strong => (10.0, true),
                };
                h += wrap_inline(text, size, bold, CONTENT_W).len() as f64 * size * 1.4 + 5.0;
            }
            // The chart with the note (and table) it keeps.
            Block::Chart(c) => return h + chart_with_table(c, &blocks[k + 1..]),
            Block::Table(t) => return h + 4.0 + table_start_height(t, &column_widths(t), 3),
            // A heading right under a heading (a department, then its first measure) keeps
            // what follows it too.
            Block::Heading { level: 3, text } => {
                h += 10.0 + wrap(text, 11.0, true, CONTENT_W).len() as f64 * 11.0 * 1.25 + 3.0;
            }
            _ => return h,
        }
    }
    h
}

/// Lays the document out on pages; a second pass writes the contents' page numbers.
pub fn layout(doc: &Document) -> Layout {
    let first = pass(doc, &[]);
    let second = pass(doc, &first.anchors);
    // Page numbers of more digits could still move a heading: settle before returning.
    if second
        .anchors
        .iter()
        .map(|a| a.page)
        .eq(first.anchors.iter().map(|a| a.page))
    {
        second
    } else {
        pass(doc, &second.anchors)
    }
}

#[cfg(test)]
mod tests;

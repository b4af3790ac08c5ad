//! The HTML twin of the report: the same document model rendered as one self-contained,
//! accessible page (language set, one `h1`, headings in order, landmarks, skip link,
//! contents with links, tables with captions and header cells, charts as inline SVG with a
//! title, a description and their numbers as a table). No JavaScript.

use std::fmt::Write;

use crate::render::charts::{self, BarChart};
/// Escapes text for the page; an amount keeps its € on the same line („12.886.000 €“).
fn esc(s: &str) -> String {
    crate::text::escape_markup(s).replace(" €", "\u{a0}€")
}

use super::model::{Align, Block, Document, Inline, Table, Tile, Tone, Words};

const STYLE: &str = r#"
:root { --ink: @INK@; --head: @HEAD@; --muted: @MUTED@; --rule: @RULE@; --zebra: @ZEBRA@; --mark: @MARK@; --tile: @TILE@; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: @WHITE@; line-height: 1.5; font-size: 1rem; }
.skip { position: absolute; left: -10000px; top: 0; background: @WHITE@; color: var(--head); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.cover { background: var(--head); color: @WHITE@; padding: 2.5rem 1.5rem; }
header.cover h1 { margin: 0 0 .5rem; font-size: 2.2rem; line-height: 1.2; }
header.cover p { margin: .25rem 0; }
header.cover p.draft { display: inline-block; background: @WHITE@; color: @DRAFT@; padding: .2rem .6rem; margin-bottom: 1rem; }
.wrap { max-width: 62rem; margin: 0 auto; padding: 0 1.5rem; }
nav.toc { border-bottom: 1px solid var(--rule); padding: 1rem 0; }
nav.toc ol { padding-left: 1.25rem; list-style: none; }
nav.toc ol ol { padding-left: 1.25rem; }
a { color: @LINK@; }
a:focus { outline: 3px solid @FOCUS@; outline-offset: 2px; }
h2 { color: var(--head); font-size: 1.6rem; border-bottom: 1px solid var(--rule); margin-top: 2.5rem; }
h3 { color: var(--head); font-size: 1.25rem; margin-top: 1.75rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p.note { color: var(--muted); font-size: .9rem; }
ul.tiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .5rem; }
ul.tiles li { background: var(--tile); padding: .75rem; }
ul.tiles .value { display: block; font-size: 1.5rem; font-weight: bold; color: var(--head); }
ul.tiles .delta { display: block; font-size: .85rem; color: var(--muted); }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: bold; color: var(--head); padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; }
thead th { background: @HEADER_BG@; }
tbody tr:nth-child(even) { background: var(--zebra); }
tbody tr.mark { background: var(--mark); font-weight: bold; }
td.num, th.num { text-align: right; }
figure { margin: 1.5rem 0; }
figure svg { max-width: 100%; height: auto; }
figure.image img { max-width: 100%; height: auto; }
header.cover img.logo { float: right; max-height: 4.5rem; max-width: 12rem; background: @WHITE@; padding: .5rem; border-radius: 4px; }
figcaption { font-size: .9rem; color: var(--muted); }
footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding: 1rem 0 2rem; color: var(--muted); font-size: .9rem; }
@media print { .skip, nav.toc { display: none; } header.cover { background: @WHITE@; color: var(--head); } h2 { break-before: page; } }
"#;

/// A section id from a heading: `abschnitt-3`.
fn anchor(n: usize) -> String {
    format!("abschnitt-{n}")
}

fn table_html(out: &mut String, t: &Table, region_label: &str) {
    let _ = write!(
        out,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}: {}\"><table><caption>{}</caption><thead><tr>",
        esc(region_label),
        esc(&t.caption),
        esc(&t.caption)
    );
    for c in &t.columns {
        let class = if c.align == Align::Right {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", esc(&c.title));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, row) in t.rows.iter().enumerate() {
        let mark = t.highlighted.get(i).copied().unwrap_or(false);
        out.push_str(if mark { "<tr class=\"mark\">" } else { "<tr>" });
        for (c, cell) in row.iter().enumerate() {
            let numeric = t.columns.get(c).is_some_and(|c| c.align == Align::Right);
            let class = if numeric { " class=\"num\"" } else { "" };
            let _ = write!(out, "<td{class}>{}</td>", esc(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>\n");
}

/// The chart's numbers as a table, so they are there for screen readers and without images.
pub(super) fn chart_table(c: &BarChart, words: &Words) -> Table {
    let mut columns = vec![super::model::Column {
        title: String::new(),
        weight: 2.0,
        align: Align::Left,
    }];
    let bars = if c.bars.is_empty() {
        vec![String::new()]
    } else {
        c.bars.clone()
    };
    // Segments worth their own column: several, and not just restating the rows or the bars.
    let multi = c.marks.is_empty()
        && c.series.len() > 1
        && !c.series.iter().map(|s| &s.name).eq(c.categories.iter())
        && !c.series.iter().map(|s| &s.name).eq(c.bars.iter());
    for b in &bars {
        if multi {
            for s in &c.series {
                let title = if b.is_empty() {
                    s.name.clone()
                } else {
                    format!("{b}: {}", s.name)
                };
                columns.push(super::model::Column {
                    title,
                    weight: 1.0,
                    align: Align::Right,
                });
            }
        }
        let total = match (b.is_empty(), multi) {
            (true, false) => words.value.clone(),
            (true, true) => words.total.clone(),
            (false, false) => b.clone(),
            (false, true) => format!("{b} {}", words.total),
        };
        columns.push(super::model::Column {
            title: total,
            weight: 1.0,
            align: Align::Right,
        });
    }
    // The rows' own name where the chart gives one („Jahr“, „Status“).
    columns[0].title = if c.category_label.is_empty() {
        words.category.clone()
    } else {
        c.category_label.clone()
    };
    let rows = c
        .categories
        .iter()
        .enumerate()
        .map(|(i, cat)| {
            let mut row = vec![cat.clone()];
            for (bi, _) in bars.iter().enumerate() {
                let segs = c
                    .values
                    .get(i)
                    .and_then(|v| v.get(bi))
                    .cloned()
                    .unwrap_or_default();
                // A chart with labelled bars shows its labels: a sign stays a sign, not a 0.
                if let Some(mark) = c.marks.get(i).and_then(|m| m.get(bi)) {
                    row.push(mark.clone());
                    continue;
                }
                if multi {
                    for (k, _) in c.series.iter().enumerate() {
                        row.push(charts::format_value(
                            segs.get(k).copied().unwrap_or(0.0),
                            c.format,
                        ));
                    }
                }
                row.push(charts::format_value(segs.iter().sum(), c.format));
            }
            row
        })
        .collect::<Vec<_>>();
    let highlighted = vec![false; rows.len()];
    Table {
        caption: format!("{}: {}", words.chart_figures, c.title),
        columns,
        rows,
        highlighted,
    }
}

fn chart_html(out: &mut String, c: &BarChart, n: usize, words: &Words) {
    let svg = charts::to_svg(c).unwrap_or_default();
    let (tid, did) = (format!("chart-{n}-title"), format!("chart-{n}-desc"));
    let svg = svg
        .replacen(
            "<svg ",
            &format!("<svg role=\"img\" aria-labelledby=\"{tid} {did}\" focusable=\"false\" "),
            1,
        )
        .replacen("<title>", &format!("<title id=\"{tid}\">"), 1)
        .replacen("<desc>", &format!("<desc id=\"{did}\">"), 1);
    let _ = writeln!(
        out,
        "<figure>{svg}<figcaption>{}</figcaption></figure>",
        esc(&c.description)
    );
    if !c.is_empty() && !c.table_follows {
        table_html(out, &chart_table(c, words), &words.table);
    }
}

/// Renders the document as one HTML page.
pub fn render(doc: &Document) -> String {
    let lang = doc.language.split('-').next().unwrap_or("de");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<meta name=\"author\" content=\"{}\">\n<meta name=\"description\" content=\"{}\">\n<style>{}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#inhalt\">{}</a>\n",
        esc(&doc.title),
        esc(&doc.author),
        esc(&doc.subject),
        super::theme::with_colours(STYLE, &doc.theme),
        esc(&doc.words.skip_to_content)
    );
    let toc = contents_entries(doc);
    let mut body = String::new();
    let mut cover = String::new();
    let mut heading_no = 0usize;
    let mut chart_no = 0usize;
    let mut section_open = false;
    for b in &doc.blocks {
        match b {
            Block::Cover(c) => cover_html(&mut cover, doc, c),
            Block::Contents { title } => contents_html(&mut body, title, &toc),
            Block::Heading { level, text } => {
                heading_no += 1;
                heading_html(&mut body, *level, text, heading_no, &mut section_open);
            }
            Block::Paragraph { text, tone } => paragraph_html(&mut body, text, *tone),
            Block::Bullets(items) => {
                body.push_str("<ul>");
                for i in items {
                    let _ = write!(body, "<li>{}</li>", inline_html(i));
                }
                body.push_str("</ul>\n");
            }
            Block::Tiles(tiles) => tiles_html(&mut body, tiles),
            Block::Table(t) => table_html(&mut body, t, &doc.words.table),
            Block::Chart(c) => {
                chart_no += 1;
                chart_html(&mut body, c, chart_no, &doc.words);
            }
            Block::Image(p) => image_html(&mut body, p),
        }
    }
    if section_open {
        body.push_str("</section>\n");
    }
    if !body.contains("<main") {
        body.insert_str(0, "<main id=\"inhalt\" tabindex=\"-1\">\n");
    }
    out.push_str(&cover);
    out.push_str("<div class=\"wrap\">\n");
    out.push_str(&body);
    out.push_str("</main>\n");
    let _ = write!(
        out,
        "<footer><p>{} · {}</p></footer>\n</div>\n</body>\n</html>\n",
        esc(&doc.author),
        esc(&doc.subject)
    );
    out
}

/// The entries of the contents: (level, text, anchor) of each level 1 and 2 heading.
fn contents_entries(doc: &Document) -> Vec<(u8, String, String)> {
    // Headings: level 1 sections become h2 (the report title is the page's only h1).
    let mut heading_no = 0usize;
    let mut toc: Vec<(u8, String, String)> = Vec::new();
    for b in &doc.blocks {
        if let Block::Heading { level, text } = b {
            heading_no += 1;
            if *level <= 2 {
                toc.push((*level, text.clone(), anchor(heading_no)));
            }
        }
    }
    toc
}

/// The cover banner: draft note, title, subtitle, organisation and date.
fn cover_html(cover: &mut String, doc: &Document, c: &super::model::Cover) {
    let logo = c
        .logo
        .as_ref()
        .map(|l| {
            format!(
                "<img class=\"logo\" src=\"{}\" alt=\"{}\">",
                data_uri(l),
                esc(&l.alt)
            )
        })
        .unwrap_or_default();
    let draft = doc
        .draft
        .as_ref()
        .map(|d| format!("<p class=\"draft\"><strong>{}</strong></p>", esc(d)))
        .unwrap_or_default();
    // The cover picture under the subtitle, with its credit where it names one.
    let picture = c
        .image
        .as_ref()
        .map(|p| {
            let credit = p
                .caption
                .as_deref()
                .map(|t| format!("<figcaption style=\"color:inherit\">{}</figcaption>", esc(t)))
                .unwrap_or_default();
            format!(
                "<figure style=\"margin:1rem 0\"><img src=\"{}\" alt=\"{}\" style=\"max-width:100%;height:auto\">{credit}</figure>",
                data_uri(p),
                esc(&p.alt)
            )
        })
        .unwrap_or_default();
    let organisation = if c.organisation.is_empty() {
        String::new()
    } else {
        format!("<p><strong>{}</strong></p>", esc(&c.organisation))
    };
    let _ = writeln!(
        cover,
        "<header class=\"cover\"><div class=\"wrap\">{logo}{draft}<h1>{}</h1><p>{}</p>{picture}{organisation}<p>{}</p></div></header>",
        esc(&c.title),
        esc(&c.subtitle),
        esc(&c.date)
    );
}

/// An image as a `data:` address, so the page stays one self-contained file.
fn data_uri(p: &crate::texts::Picture) -> String {
    use base64::Engine;
    format!(
        "data:{};base64,{}",
        p.mime,
        base64::engine::general_purpose::STANDARD.encode(p.bytes.as_slice())
    )
}

/// An image of the office's texts as a figure, its caption under it.
fn image_html(out: &mut String, p: &crate::texts::Picture) {
    let caption = p
        .caption
        .as_ref()
        .map(|c| format!("<figcaption>{}</figcaption>", esc(c)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<figure class=\"image\"><img src=\"{}\" alt=\"{}\">{caption}</figure>",
        data_uri(p),
        esc(&p.alt)
    );
}

/// The contents as a nested list of links, and the start of the main content.
fn contents_html(body: &mut String, title: &str, toc: &[(u8, String, String)]) {
    let _ = write!(
        body,
        "<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">{}</h2><ol>",
        esc(title)
    );
    let mut open_sub = false;
    for (i, (level, text, id)) in toc.iter().enumerate() {
        if *level == 1 {
            if open_sub {
                body.push_str("</ol></li>");
                open_sub = false;
            } else if i > 0 {
                body.push_str("</li>");
            }
            let _ = write!(body, "<li><a href=\"#{id}\">{}</a>", esc(text));
        } else {
            if !open_sub {
                body.push_str("<ol>");
                open_sub = true;
            }
            let _ = write!(body, "<li><a href=\"#{id}\">{}</a></li>", esc(text));
        }
    }
    if open_sub {
        body.push_str("</ol>");
    }
    if !toc.is_empty() {
        body.push_str("</li>");
    }
    body.push_str("</ol></nav>\n<main id=\"inhalt\" tabindex=\"-1\">\n");
}

/// Heading number `n`: level 1 opens a new section (closing the one before) with an h2,
/// deeper levels are h3 and below.
fn heading_html(body: &mut String, level: u8, text: &str, n: usize, section_open: &mut bool) {
    let id = anchor(n);
    if level == 1 {
        if *section_open {
            body.push_str("</section>\n");
        }
        let _ = writeln!(
            body,
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>",
            esc(text)
        );
        *section_open = true;
    } else {
        let h = (level + 1).min(6);
        let _ = writeln!(body, "<h{h} id=\"{id}\">{}</h{h}>", esc(text));
    }
}

/// Running text: bold as `strong`, italic as `em`, a web or mail address as a link; line
/// breaks stay.
fn inline_html(text: &Inline) -> String {
    let mut out = String::new();
    for span in text.spans() {
        let mut words = esc(&span.text).replace('\n', "<br>");
        if span.style.italic {
            words = format!("<em>{words}</em>");
        }
        if span.style.bold {
            words = format!("<strong>{words}</strong>");
        }
        match &span.style.link {
            Some(url) if crate::texts::inline::linkable(url) => {
                let href = crate::texts::inline::address(url);
                let _ = write!(out, "<a href=\"{}\">{words}</a>", esc(&href));
            }
            _ => out.push_str(&words),
        }
    }
    out
}

/// A paragraph; line breaks stay, a note is muted, strong text is bold.
fn paragraph_html(body: &mut String, text: &Inline, tone: Tone) {
    let class = match tone {
        Tone::Note => " class=\"note\"",
        Tone::Footnote => " class=\"note\" role=\"doc-footnote\"",
        _ => "",
    };
    let inner = inline_html(text);
    let inner = if tone == Tone::Strong {
        format!("<strong>{inner}</strong>")
    } else {
        inner
    };
    let _ = writeln!(body, "<p{class}>{inner}</p>");
}

/// The key figures as a list of tiles: value, label and change.
fn tiles_html(body: &mut String, tiles: &[Tile]) {
    body.push_str("<ul class=\"tiles\">");
    for t in tiles {
        let _ = write!(
            body,
            "<li><span class=\"value\">{}</span> <span class=\"label\">{}</span>{}</li>",
            esc(&t.value),
            esc(&t.label),
            if t.delta.is_empty() {
                String::new()
            } else {
                format!(" <span class=\"delta\">({})</span>", esc(&t.delta))
            }
        );
    }
    body.push_str("</ul>\n");
}

//! The Markdown walker: one text's pulldown-cmark events into blocks, with the emphasis and
//! links of its running text, its footnotes, images and the findings on the way.

use std::collections::BTreeMap;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::config::Config;
use crate::findings::{Code, Findings, Severity};
use crate::tr;

use super::figures::{check_placeholders, without_comments};
use super::inline::{Footnote, Inline, Style};
use super::{Text, TextBlock, at, read_picture};

/// What a block being collected is.
enum Open {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
    Note,
}

/// A table being read: its header, its rows, the row being read.
#[derive(Default)]
struct TableParts {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
}

/// Words with their style marks, set aside while a list or an image is read.
type Marked = (String, Vec<(usize, Style)>);

/// The parser's state while it walks one text's events.
struct Walk<'a> {
    file: &'a str,
    /// The texts folder, where images are looked up (none in unit tests).
    dir: Option<&'a Path>,
    /// An image being read: its address, title and line, and the words of the text around
    /// it (its own words are its alternative text).
    image: Option<(String, String, usize, Marked)>,
    /// Images read inside the paragraph being collected: they follow it.
    images: Vec<TextBlock>,
    lang: crate::lang::Lang,
    text: Text,
    /// The words of the block being collected.
    buf: String,
    /// From which byte of `buf` on which style holds (bold, italic, link).
    marks: Vec<(usize, Style)>,
    /// How deep in bold and in italic the words are.
    bold: u32,
    italic: u32,
    open: Vec<Open>,
    /// The lists being read (their first number when numbered, their items, and the words
    /// of the item they stand in), innermost last.
    lists: Vec<(Option<u64>, Vec<Inline>, Marked)>,
    quote: usize,
    quoted: Inline,
    table: Option<TableParts>,
    /// Footnote labels in order of first reference.
    note_labels: Vec<String>,
    note_texts: BTreeMap<String, String>,
    note_label: String,
    last_level: u8,
    link: Option<String>,
    in_comment: bool,
}

impl Walk<'_> {
    /// The style the words have now.
    fn style(&self) -> Style {
        Style {
            bold: self.bold > 0,
            italic: self.italic > 0,
            link: self.link.clone(),
            note: None,
        }
    }

    /// Adds words in the present style.
    fn write(&mut self, words: &str) {
        self.write_as(words, self.style());
    }

    /// Adds words in a given style.
    fn write_as(&mut self, words: &str, style: Style) {
        let plain = Style::default();
        if *self.marks.last().map_or(&plain, |m| &m.1) != style {
            self.marks.push((self.buf.len(), style));
        }
        self.buf.push_str(words);
    }

    /// Starts collecting a new block's words.
    fn clear(&mut self) {
        self.buf.clear();
        self.marks.clear();
    }

    /// The collected words with their emphasis and links.
    fn take_inline(&mut self) -> Inline {
        let buf = std::mem::take(&mut self.buf);
        let marks = std::mem::take(&mut self.marks);
        Inline::from_marks(&buf, &marks).trimmed()
    }

    /// The collected words as plain text (headings, table cells, notes).
    fn take_plain(&mut self) -> String {
        self.marks.clear();
        std::mem::take(&mut self.buf).trim().to_string()
    }

    /// Sets the words being collected aside (a list or an image inside them).
    fn set_aside(&mut self) -> Marked {
        (
            std::mem::take(&mut self.buf),
            std::mem::take(&mut self.marks),
        )
    }

    /// A block starts.
    fn start(&mut self, tag: Tag, line: usize, findings: &mut Findings) {
        match tag {
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                };
                if level > self.last_level + 1 {
                    findings.push(
                        Severity::Warning,
                        Code::TextHeadingSkips,
                        &at(self.file, Some(line)),
                        tr!(
                            self.lang,
                            "text-heading-skips",
                            level = level as usize,
                            previous = self.last_level as usize
                        ),
                    );
                }
                self.last_level = level;
                self.open.push(Open::Heading(level));
                self.clear();
            }
            Tag::Paragraph => {
                if !matches!(self.open.last(), Some(Open::Item | Open::Note)) {
                    self.open.push(Open::Paragraph);
                    self.clear();
                } else if !self.buf.is_empty() {
                    self.write_as("\n", Style::default());
                }
            }
            Tag::BlockQuote(_) => self.quote += 1,
            Tag::List(start) => {
                let outer = self.set_aside();
                self.lists.push((start, Vec::new(), outer));
            }
            Tag::Item => {
                self.open.push(Open::Item);
                self.clear();
            }
            Tag::Table(_) => self.table = Some(TableParts::default()),
            Tag::TableCell => {
                self.open.push(Open::Cell);
                self.clear();
            }
            Tag::FootnoteDefinition(label) => {
                self.open.push(Open::Note);
                self.note_label = label.to_string();
                self.clear();
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            // An e-mail autolink (`<stelle@region.de>`) comes without its `mailto:`.
            Tag::Link {
                link_type: LinkType::Email,
                dest_url,
                ..
            } if !dest_url.starts_with("mailto:") => {
                self.link = Some(format!("mailto:{dest_url}"));
            }
            Tag::Link { dest_url, .. } => self.link = Some(dest_url.to_string()),
            Tag::Image {
                dest_url, title, ..
            } => {
                let around = self.set_aside();
                self.image = Some((dest_url.to_string(), title.to_string(), line, around));
            }
            _ => {}
        }
    }

    /// A block ends.
    fn end(&mut self, tag: TagEnd, findings: &mut Findings) {
        match tag {
            TagEnd::Heading(_) => {
                if let Some(Open::Heading(level)) = self.open.pop() {
                    let words = self.take_plain();
                    self.text.blocks.push(TextBlock::Heading(level, words));
                }
            }
            TagEnd::Paragraph if matches!(self.open.last(), Some(Open::Paragraph)) => {
                self.open.pop();
                let p = self.take_inline();
                if self.quote > 0 {
                    if !self.quoted.is_empty() {
                        self.quoted.push_plain("\n");
                    }
                    self.quoted.append(p);
                } else if !p.is_empty() {
                    self.text.blocks.push(TextBlock::Paragraph(p));
                }
                self.text.blocks.append(&mut self.images);
            }
            TagEnd::BlockQuote(_) => {
                self.quote = self.quote.saturating_sub(1);
                if self.quote == 0 && !self.quoted.is_empty() {
                    let q = std::mem::take(&mut self.quoted);
                    self.text.blocks.push(TextBlock::Quote(q));
                }
            }
            TagEnd::List(_) => self.end_list(),
            TagEnd::Item => {
                if matches!(self.open.last(), Some(Open::Item)) {
                    self.open.pop();
                }
                let item = self.take_inline();
                if let Some((_, items, _)) = self.lists.last_mut() {
                    items.push(item);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.text.blocks.push(TextBlock::Table(t.head, t.rows));
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = &mut self.table {
                    t.head = std::mem::take(&mut t.row);
                }
            }
            TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            TagEnd::TableCell => {
                self.open.pop();
                let cell = self.take_plain();
                if let Some(t) = &mut self.table {
                    t.row.push(cell);
                }
            }
            TagEnd::FootnoteDefinition => {
                self.open.pop();
                let note = self.take_plain();
                self.note_texts
                    .insert(std::mem::take(&mut self.note_label), note);
            }
            TagEnd::Image => {
                if let Some((src, title, line, (around, marks))) = self.image.take() {
                    let alt = self.take_plain();
                    (self.buf, self.marks) = (around, marks);
                    self.picture(&src, alt, title, line, findings);
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Link => {
                // The address also follows the words, linked too: a printed page has no
                // links.
                // A mail address is shown without its `mailto:`; a heading or a table cell
                // (plain words, also in the contents and bookmarks) keeps only its words.
                let plain_block = matches!(self.open.last(), Some(Open::Heading(_) | Open::Cell));
                if let Some(url) = self.link.clone().filter(|_| !plain_block) {
                    let shown = url.strip_prefix("mailto:").unwrap_or(&url);
                    if !self.buf.ends_with(shown) {
                        let style = self.style();
                        self.write_as(" (", Style::default());
                        self.write_as(shown, style);
                        self.write_as(")", Style::default());
                    }
                }
                self.link = None;
            }
            _ => {}
        }
    }

    /// An image ends: read with its alternative text, or a finding and left out.
    fn picture(
        &mut self,
        src: &str,
        alt: String,
        title: String,
        line: usize,
        findings: &mut Findings,
    ) {
        let place = at(self.file, Some(line));
        if alt.is_empty() {
            findings.push(
                Severity::Warning,
                Code::TextImageAlt,
                &place,
                tr!(self.lang, "text-image-alt", image = src),
            );
            return;
        }
        // Only files of the texts folder: no addresses on the web, no way out of the folder.
        let local = !src.contains("://")
            && !src.starts_with('/')
            && !src.split(['/', '\\']).any(|part| part == "..");
        // A link inside the folder may still point out of it: the file's real place counts.
        let inside = |dir: &Path| {
            let path = dir.join(src);
            let real = std::fs::canonicalize(&path).ok()?;
            let home = std::fs::canonicalize(dir).ok()?;
            real.starts_with(&home).then_some(path)
        };
        let read = match self.dir.filter(|_| local).and_then(inside) {
            Some(path) => read_picture(&path, alt, (!title.is_empty()).then_some(title)),
            None => Err((Code::TextImageMissing, src.to_string())),
        };
        match read {
            Ok(p) => {
                if p.pixels.is_none() {
                    findings.push(
                        Severity::Warning,
                        Code::TextImageSvgOnly,
                        &place,
                        tr!(self.lang, "text-image-svg-only", image = src),
                    );
                }
                self.images.push(TextBlock::Image(Box::new(p)));
            }
            Err((id, name)) => findings.push(
                Severity::Warning,
                id,
                &place,
                crate::i18n::message(
                    self.lang,
                    id.as_str(),
                    &[("image", crate::i18n::Arg::from(name.as_str()))],
                ),
            ),
        }
    }

    /// A list ends: a list inside a list item is written into that item, indented.
    fn end_list(&mut self) {
        let Some((start, items, outer)) = self.lists.pop() else {
            return;
        };
        let marked: Vec<Inline> = match start {
            Some(first) => items
                .into_iter()
                .enumerate()
                .map(|(i, t)| {
                    let mut numbered = Inline::default();
                    numbered.push_plain(&format!("{}. ", first + i as u64));
                    numbered.append(t);
                    numbered
                })
                .collect(),
            None => items,
        };
        (self.buf, self.marks) = outer;
        if !self.lists.is_empty() {
            // A list inside a list item goes into that item, one line per entry.
            for item in marked {
                let mark = if start.is_some() { "" } else { "– " };
                self.write_as(&format!("\n   {mark}"), Style::default());
                for span in item.spans() {
                    self.write_as(&span.text, span.style.clone());
                }
            }
        } else if start.is_some() {
            self.text.blocks.push(TextBlock::Numbered(marked));
        } else {
            self.text.blocks.push(TextBlock::Bullets(marked));
        }
    }

    /// Words, breaks, footnote marks and HTML inside a block.
    fn inline(&mut self, event: Event, line: usize, findings: &mut Findings) {
        match event {
            Event::Text(t) | Event::Code(t) => self.write(&t),
            Event::SoftBreak => self.write(" "),
            Event::HardBreak => self.write("\n"),
            Event::FootnoteReference(label) => {
                let label = label.to_string();
                let n = match self.note_labels.iter().position(|l| *l == label) {
                    Some(i) => i + 1,
                    None => {
                        self.note_labels.push(label);
                        self.note_labels.len()
                    }
                };
                let mut style = self.style();
                style.note = Some(Footnote {
                    number: n,
                    text: String::new(),
                });
                self.write_as(&format!("[{n}]"), style);
            }
            // A comment is the writer's note to the next writer: not published, not a
            // fault. A comment over several lines comes as one event per line.
            Event::Html(h) | Event::InlineHtml(h)
                if self.in_comment || h.trim_start().starts_with("<!--") =>
            {
                self.in_comment = !h.contains("-->");
            }
            Event::Html(h) | Event::InlineHtml(h) => findings.push(
                Severity::Warning,
                Code::TextHtml,
                &at(self.file, Some(line)),
                tr!(self.lang, "text-html", html = h.trim().to_string()),
            ),
            _ => {}
        }
    }

    /// The text with its footnotes in order of reference; a footnote without its text is
    /// a finding.
    fn finish(mut self, findings: &mut Findings) -> Text {
        self.text.blocks.append(&mut self.images);
        let mut text = self.finish_notes(findings);
        // Each mark carries its note's words, so a writer can set it as a real footnote.
        let notes = text.notes.clone();
        for block in &mut text.blocks {
            match block {
                TextBlock::Paragraph(t) | TextBlock::Quote(t) => t.with_notes(&notes),
                TextBlock::Bullets(items) | TextBlock::Numbered(items) => {
                    items.iter_mut().for_each(|t| t.with_notes(&notes));
                }
                _ => {}
            }
        }
        text
    }

    /// The notes in order of reference; a note without its text is a finding.
    fn finish_notes(mut self, findings: &mut Findings) -> Text {
        for label in std::mem::take(&mut self.note_labels) {
            match self.note_texts.remove(&label) {
                Some(t) => self.text.notes.push(t),
                None => {
                    findings.push(
                        Severity::Warning,
                        Code::TextFootnoteMissing,
                        &at(self.file, None),
                        tr!(self.lang, "text-footnote-missing", label = label.as_str()),
                    );
                    self.text.notes.push(String::new());
                }
            }
        }
        self.text
    }
}

/// A footnote mark `[^label]` whose note is nowhere given stays in the text as written
/// (the Markdown reader makes no footnote of it): a finding with its line says so.
fn check_footnotes(
    file: &str,
    body: &str,
    line_of: &dyn Fn(usize) -> usize,
    lang: crate::lang::Lang,
    findings: &mut Findings,
) {
    let mut marks: Vec<(usize, &str)> = Vec::new();
    let mut given: Vec<&str> = Vec::new();
    for (start, _) in body.match_indices("[^") {
        let rest = &body[start + 2..];
        let Some(end) = rest.find(']') else { continue };
        let label = &rest[..end];
        if label.is_empty() || label.contains(char::is_whitespace) {
            continue;
        }
        let at_line_start = body[..start]
            .rsplit('\n')
            .next()
            .is_some_and(|b| b.trim().is_empty());
        if at_line_start && rest[end + 1..].starts_with(':') {
            given.push(label);
        } else {
            marks.push((start, label));
        }
    }
    let mut named: Vec<&str> = Vec::new();
    for (start, label) in marks {
        if given.contains(&label) || named.contains(&label) {
            continue;
        }
        named.push(label);
        findings.push(
            Severity::Warning,
            Code::TextFootnoteMissing,
            &at(file, Some(line_of(start))),
            tr!(lang, "text-footnote-missing", label = label),
        );
    }
}

/// Parses one text's Markdown into blocks; checks headings, images and placeholders.
pub(super) fn parse(
    file: &str,
    dir: Option<&Path>,
    body: &str,
    first_line: usize,
    cfg: &Config,
    findings: &mut Findings,
) -> Text {
    // Every event asks for its line: the line breaks are found once and looked up, so a
    // text of many short spans is read in linear time, not quadratic.
    let breaks: Vec<usize> = body.match_indices('\n').map(|(i, _)| i).collect();
    let line_of = |offset: usize| first_line + breaks.partition_point(|b| *b < offset);
    let visible = without_comments(body);
    check_placeholders(file, &visible, &line_of, cfg, findings);
    check_footnotes(file, &visible, &line_of, cfg.lang, findings);
    let mut walk = Walk {
        file,
        dir,
        image: None,
        images: Vec::new(),
        lang: cfg.lang,
        text: Text {
            file: file.to_string(),
            ..Text::default()
        },
        buf: String::new(),
        marks: Vec::new(),
        bold: 0,
        italic: 0,
        open: Vec::new(),
        lists: Vec::new(),
        quote: 0,
        quoted: Inline::default(),
        table: None,
        note_labels: Vec::new(),
        note_texts: BTreeMap::new(),
        note_label: String::new(),
        last_level: 0,
        link: None,
        in_comment: false,
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(tag) => walk.start(tag, line, findings),
            Event::End(tag) => walk.end(tag, findings),
            other => walk.inline(other, line, findings),
        }
    }
    walk.finish(findings)
}

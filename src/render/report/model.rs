//! The document model: what the report says (headings, paragraphs, key-figure tiles,
//! tables, charts), with no positions, fonts or page breaks beyond "a section starts a new
//! page". The PDF layout places it; an HTML writer can render the same model.

use crate::render::charts::BarChart;
pub use crate::texts::inline::Inline;

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Body text.
    Normal,
    /// A larger introduction.
    Lead,
    /// Smaller, grey: notes and sources.
    Note,
    /// A footnote of the office's texts, set like a note (a Note element in the PDF; the
    /// Word file sets it as a real footnote at its mark instead).
    Footnote,
    /// Emphasised (bold).
    Strong,
}

/// A key figure with its change against the previous year.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// The figure, formatted.
    pub value: String,
    /// What it counts.
    pub label: String,
    /// The change, formatted (`+3 gegenüber 2023`), or empty.
    pub delta: String,
}

/// Alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Header text.
    pub title: String,
    /// Relative width.
    pub weight: f64,
    /// Alignment.
    pub align: Align,
}

/// A table; rows break across pages and repeat the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Caption above the table (also its accessible name).
    pub caption: String,
    /// Columns.
    pub columns: Vec<Column>,
    /// Cell texts.
    pub rows: Vec<Vec<String>>,
    /// Rows to stand out (e.g. goals without any measure).
    pub highlighted: Vec<bool>,
}

/// The title page.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// Report title.
    pub title: String,
    /// Subtitle (reporting years).
    pub subtitle: String,
    /// Publishing organisation.
    pub organisation: String,
    /// Date line.
    pub date: String,
    /// The organisation's logo.
    pub logo: Option<crate::texts::Picture>,
    /// The cover picture, with its alternative text.
    pub image: Option<crate::texts::Picture>,
}

/// A building block of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Title page.
    Cover(Box<Cover>),
    /// Table of contents (filled by the layout).
    Contents {
        /// Heading of the contents.
        title: String,
    },
    /// A heading; level 1 starts a new page; levels 1 and 2 get bookmarks and contents lines.
    Heading {
        /// 1 (section), 2 (subsection), 3 (item).
        level: u8,
        /// Text.
        text: String,
    },
    /// Running text.
    Paragraph {
        /// Text with its emphasis and links; line breaks are kept.
        text: Inline,
        /// How it is set.
        tone: Tone,
    },
    /// A bulleted list.
    Bullets(Vec<Inline>),
    /// Key figures.
    Tiles(Vec<Tile>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Box<BarChart>),
    /// An image of the office's texts, with its alternative text.
    Image(Box<crate::texts::Picture>),
}

/// The words the PDF and HTML writers put around the content, in the report's language:
/// the writers choose none of their own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Words {
    /// After a table's caption on a following page: „(Fortsetzung)“.
    pub continued: String,
    /// Before the title in the running head while error findings remain: „Entwurf“.
    pub draft: String,
    /// The web page's first link, for keyboard users: „Zum Inhalt springen“.
    pub skip_to_content: String,
    /// Before a table's number on the web page: „Tabelle“.
    pub table: String,
    /// Before a chart's title in the caption of its numbers: „Zahlen zum Diagramm“.
    pub chart_figures: String,
    /// Head of a chart table's first column: „Kategorie“.
    pub category: String,
    /// Head of a chart table's only value column: „Wert“.
    pub value: String,
    /// A sum over a chart's segments: „gesamt“.
    pub total: String,
    /// Head of the key figures' change column where they are a table: „Veränderung“.
    pub change: String,
    /// Before an image's alternative text where the PDF cannot show it (an SVG without a
    /// PNG beside it): „Abbildung in der Webfassung“.
    pub image_elsewhere: String,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Title (metadata and running header).
    pub title: String,
    /// Organisation (author).
    pub author: String,
    /// Subject line (metadata).
    pub subject: String,
    /// Keywords (metadata).
    pub keywords: Vec<String>,
    /// BCP 47 language tag.
    pub language: String,
    /// "Seite {page} von {pages}" pattern.
    pub page_label: String,
    /// The words the writers put around the content.
    pub words: Words,
    /// While error findings remain: the draft notice, shown in the running head of the PDF
    /// and at the top of the HTML page.
    pub draft: Option<String>,
    /// The line at the top of every page (the PDF's running head, the Word file's header):
    /// the title, after „Interne Fassung“ in the internal edition and „Entwurf“ in a draft.
    pub running_head: String,
    /// The colours that follow the organisation's colour.
    pub theme: super::theme::Theme,
    /// The content.
    pub blocks: Vec<Block>,
}

//! The office's own texts: Markdown files in a folder `texte/` (the current folder first,
//! then the input folder), placed in the report around its figures — a foreword, a summary,
//! an introduction per field of action, an outlook and further chapters — with live figures
//! (`{{massnahmen}}`) filled in from the run, so the prose never goes stale.
//!
//! Parsed with pulldown-cmark: it gives every event's byte range (so a finding names the
//! line), reads CommonMark with tables and footnotes, and builds with no dependency of its
//! own beyond what the build already has; comrak builds a whole syntax tree we would only
//! walk once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::findings::{Code, Findings, Location, Severity, Spot};
use crate::text::match_key;
use crate::tr;

mod figures;
pub(crate) mod inline;
mod markdown;
use inline::Inline;
use markdown::parse;

pub use figures::{Figure, check_config, fill, known_placeholders, resolve};

/// The folder of the office's texts.
pub const FOLDER: &str = "texte";

/// A text file bigger than this is no office text (and would cost its memory).
const MAX_TEXT_BYTES: u64 = 1 << 20;

/// The live figures of the reporting year a text may use, each as `{{name}}`.
pub const FIGURES: [&str; 12] = [
    "jahr",
    "vorjahr",
    "massnahmen",
    "geplant",
    "laufend",
    "abgeschlossen",
    "eingestellt",
    "neu",
    "beendet",
    "budget",
    "fachbereiche",
    "handlungsfelder",
];

/// The figures per field of action, as `{{handlungsfeld.<Name>.<figure>}}`.
pub const FIELD_FIGURES: [&str; 5] = [
    "massnahmen",
    "geplant",
    "laufend",
    "abgeschlossen",
    "budget",
];

/// The most pixels an image of the texts may have (a decompression bomb is refused, not
/// decoded): 25 megapixels, a full page at 600 dpi.
const MAX_PIXELS: u64 = 25_000_000;

/// An image of the office's texts, or its logo: the file as read (for the web page) and its
/// pixels (for the PDF).
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Alternative text: what the image shows, for screen readers (required).
    pub alt: String,
    /// Caption under the image (the Markdown image's title), if any.
    pub caption: Option<String>,
    /// The file's bytes, for the web page.
    pub bytes: std::sync::Arc<Vec<u8>>,
    /// Its media type (`image/png`, `image/jpeg`, `image/svg+xml`).
    pub mime: &'static str,
    /// Its pixels as RGBA rows, for the PDF; none for an SVG without a PNG beside it.
    pub pixels: Option<std::sync::Arc<Pixels>>,
}

/// Decoded pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Pixels {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA, row by row.
    pub rgba: Vec<u8>,
}

/// Why an image cannot be used (the message id and what to show in it).
type PictureProblem = (Code, String);

/// Reads an image file of the texts folder: PNG or JPEG decoded for the PDF; an SVG is
/// kept for the web page, with the pixels of a PNG of the same name for the PDF if there is
/// one.
fn read_picture(
    path: &Path,
    alt: String,
    caption: Option<String>,
) -> Result<Picture, PictureProblem> {
    let shown = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let size = std::fs::metadata(path)
        .map_err(|_| (Code::TextImageMissing, shown.clone()))?
        .len();
    if size > MAX_TEXT_BYTES * 10 {
        return Err((Code::TextImageTooBig, shown));
    }
    let bytes = std::fs::read(path).map_err(|_| (Code::TextImageMissing, shown.clone()))?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext == "svg" {
        if !String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).contains("<svg") {
            return Err((Code::TextImageUnreadable, shown));
        }
        let twin = path.with_extension("png");
        let pixels = twin
            .is_file()
            .then(|| std::fs::read(&twin).ok().and_then(|b| decode(&b).ok()))
            .flatten();
        return Ok(Picture {
            alt,
            caption,
            bytes: std::sync::Arc::new(bytes),
            mime: "image/svg+xml",
            pixels: pixels.map(std::sync::Arc::new),
        });
    }
    let mime = match image::guess_format(&bytes) {
        Ok(image::ImageFormat::Png) => "image/png",
        Ok(image::ImageFormat::Jpeg) => "image/jpeg",
        _ => return Err((Code::TextImageFormat, shown)),
    };
    let pixels = decode(&bytes).map_err(|problem| (problem, shown))?;
    Ok(Picture {
        alt,
        caption,
        bytes: std::sync::Arc::new(bytes),
        mime,
        pixels: Some(std::sync::Arc::new(pixels)),
    })
}

/// Decodes a PNG or JPEG, refusing one whose declared size is beyond [`MAX_PIXELS`]
/// before any pixel is decoded.
fn decode(bytes: &[u8]) -> Result<Pixels, Code> {
    let reader = image::io::Reader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Code::TextImageUnreadable)?;
    let (w, h) = reader
        .into_dimensions()
        .map_err(|_| Code::TextImageUnreadable)?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Code::TextImageTooBig);
    }
    let img = image::load_from_memory(bytes).map_err(|_| Code::TextImageUnreadable)?;
    let rgba = img.to_rgba8();
    Ok(Pixels {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}

/// One block of an office's text.
#[derive(Debug, Clone, PartialEq)]
pub enum TextBlock {
    /// A heading, 1 (chapter) to 3.
    Heading(u8, String),
    /// A paragraph with its emphasis and links; line breaks written as such are kept.
    Paragraph(Inline),
    /// A bulleted list.
    Bullets(Vec<Inline>),
    /// A numbered list, its items with their numbers.
    Numbered(Vec<Inline>),
    /// A quoted passage.
    Quote(Inline),
    /// A table: the header row, then the rows.
    Table(Vec<String>, Vec<Vec<String>>),
    /// An image with its alternative text.
    Image(Box<Picture>),
}

/// One text file, parsed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    /// Its name as findings show it (`texte/vorwort.md`).
    pub file: String,
    /// Its blocks, placeholders still in them.
    pub blocks: Vec<TextBlock>,
    /// Its footnotes in order of first reference, numbered from 1.
    pub notes: Vec<String>,
    /// The chapter's title from the front matter (`titel:`), where the text has no first
    /// heading of its own.
    pub title: Option<String>,
}

/// Where a further chapter goes: after which part of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// After the foreword.
    Foreword,
    /// After the key figures.
    KeyFigures,
    /// After the fields of action (the default).
    Fields,
    /// After the outlook.
    Outlook,
}

/// The office's texts, by their place in the report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Texts {
    /// `vorwort.md`.
    pub foreword: Option<Text>,
    /// `zusammenfassung.md`.
    pub summary: Option<Text>,
    /// Per field of action (its canonical name), its introduction.
    pub fields: BTreeMap<String, Text>,
    /// `ausblick.md`.
    pub outlook: Option<Text>,
    /// Further chapters with their place, in file-name order.
    pub chapters: Vec<(Place, Text)>,
    /// The office's logo (`logo.png`, `.jpg` or `.svg`), for the cover and the web page.
    pub logo: Option<Picture>,
    /// The cover picture (`titelbild.md`: one image with its alternative text).
    pub cover: Option<Picture>,
    /// The office's Word template (`vorlage.docx` or `.dotx`), for `report.docx`.
    pub word_template: Option<std::sync::Arc<Vec<u8>>>,
    /// The folder they were read from.
    pub folder: Option<PathBuf>,
}

impl Texts {
    /// How many texts were read.
    pub fn count(&self) -> usize {
        [&self.foreword, &self.summary, &self.outlook]
            .iter()
            .filter(|t| t.is_some())
            .count()
            + self.fields.len()
            + self.chapters.len()
    }
}

impl Texts {
    /// The further chapters placed after `place`.
    pub fn chapters_after(&self, place: Place) -> impl Iterator<Item = &Text> {
        self.chapters
            .iter()
            .filter(move |(p, _)| *p == place)
            .map(|(_, t)| t)
    }
}

/// The example texts `bestand init` writes (file name, text), in the run's language.
pub fn examples(lang: crate::lang::Lang) -> [(&'static str, &'static str); 2] {
    crate::i18n::either(
        lang,
        [
            (
                "vorwort.md",
                include_str!("../../assets/texte/de/vorwort.md"),
            ),
            (
                "ausblick.md",
                include_str!("../../assets/texte/de/ausblick.md"),
            ),
        ],
        [
            (
                "vorwort.md",
                include_str!("../../assets/texte/en/vorwort.md"),
            ),
            (
                "ausblick.md",
                include_str!("../../assets/texte/en/ausblick.md"),
            ),
        ],
    )
}

/// The folder of texts in use: `texte/` in the current folder, else in the input folder.
pub fn folder(input: &Path) -> Option<PathBuf> {
    [PathBuf::from(FOLDER), input.join(FOLDER)]
        .into_iter()
        .find(|p| p.is_dir())
}

/// Reads the office's texts; every problem is a finding naming file and line, and the rest
/// of the text is still used. No folder: no texts.
pub fn load(input: &Path, cfg: &Config, findings: &mut Findings) -> Texts {
    let mut texts = Texts::default();
    let Some(dir) = folder(input) else {
        return texts;
    };
    texts.folder = Some(dir.clone());
    let mut all: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect(),
        Err(e) => {
            findings.push(
                Severity::Warning,
                Code::TextUnreadable,
                &at(FOLDER, None),
                tr!(cfg.lang, "text-unreadable", source = e.to_string()),
            );
            return texts;
        }
    };
    all.sort();
    let mut names = Vec::new();
    for name in all {
        let lower = name.to_lowercase();
        let path = dir.join(&name);
        // Only the folder's own files: a link may point anywhere on the machine.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            findings.push(
                Severity::Warning,
                Code::TextLink,
                &at(&format!("{FOLDER}/{name}"), None),
                tr!(cfg.lang, "text-link"),
            );
            continue;
        }
        if lower.ends_with(".md") {
            names.push(name);
        } else if !is_known_companion(&lower) {
            // Nothing in the folder is passed over without a word.
            findings.push(
                Severity::Info,
                Code::TextIgnoredFile,
                &at(&format!("{FOLDER}/{name}"), None),
                tr!(cfg.lang, "text-ignored-file"),
            );
        }
    }
    texts.logo = logo(&dir, cfg, findings);
    texts.word_template = word_template(&dir, cfg, findings);
    for name in names {
        let shown = format!("{FOLDER}/{name}");
        let path = dir.join(&name);
        let source = match std::fs::metadata(&path) {
            Ok(m) if m.len() > MAX_TEXT_BYTES => Err(tr!(
                cfg.lang,
                "text-too-big",
                kb = (m.len() / 1024) as usize
            )),
            _ => std::fs::read(&path)
                .map(|bytes| text_of(&bytes, &shown, cfg, findings))
                .map_err(|e| e.to_string()),
        };
        let source = match source {
            Ok(s) => s,
            Err(reason) => {
                findings.push(
                    Severity::Warning,
                    Code::TextUnreadable,
                    &at(&shown, None),
                    tr!(cfg.lang, "text-unreadable", source = reason),
                );
                continue;
            }
        };
        let (front, body, body_line) = front_matter(&source);
        if body.trim().is_empty() {
            findings.push(
                Severity::Warning,
                Code::TextEmpty,
                &at(&shown, None),
                tr!(cfg.lang, "text-empty"),
            );
            continue;
        }
        let mut text = parse(&shown, Some(&dir), body, body_line, cfg, findings);
        text.title = front
            .get("titel")
            .or_else(|| front.get("title"))
            .filter(|t| !t.is_empty())
            .cloned();
        let stem = name[..name.len() - 3].to_string();
        place(&mut texts, &stem, &front, text, cfg, findings);
    }
    texts
}

/// Files of the texts folder that are no text but are used: images, the logo, the Word
/// template.
fn is_known_companion(lower: &str) -> bool {
    [".png", ".jpg", ".jpeg", ".svg", ".docx", ".dotx"]
        .iter()
        .any(|e| lower.ends_with(e))
        && !lower.starts_with("~$")
}

/// A text file's words: UTF-8 (a byte order mark dropped), else Windows-1252 as Windows
/// editors save it, said in a note.
fn text_of(bytes: &[u8], shown: &str, cfg: &Config, findings: &mut Findings) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.replace("\r\n", "\n"),
        Err(_) => {
            findings.push(
                Severity::Info,
                Code::TextEncoding,
                &at(shown, None),
                tr!(cfg.lang, "text-encoding"),
            );
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            text.replace("\r\n", "\n")
        }
    }
}

/// The office's logo: `logo.png`, `logo.jpg` or `logo.svg` in the texts folder.
fn logo(dir: &Path, cfg: &Config, findings: &mut Findings) -> Option<Picture> {
    let path = ["logo.png", "logo.jpg", "logo.jpeg", "logo.svg"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())?;
    let owner = if cfg.organisation.is_empty() {
        cfg.title.as_str()
    } else {
        cfg.organisation.as_str()
    };
    let alt = tr!(cfg.lang, "logo-alt", organisation = owner);
    let shown = format!(
        "{FOLDER}/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    match read_picture(&path, alt, None) {
        Ok(p) => {
            if p.pixels.is_none() {
                findings.push(
                    Severity::Warning,
                    Code::LogoSvgOnly,
                    &at(&shown, None),
                    tr!(cfg.lang, "logo-svg-only"),
                );
            }
            Some(p)
        }
        Err((id, name)) => {
            findings.push(
                Severity::Warning,
                id,
                &at(&shown, None),
                crate::i18n::message(
                    cfg.lang,
                    id.as_str(),
                    &[("image", crate::i18n::Arg::from(name.as_str()))],
                ),
            );
            None
        }
    }
}

/// The office's Word template: `vorlage.docx` or `vorlage.dotx` in the texts folder, when it
/// is a Word file with styles (else a warning, and bestand's own look).
fn word_template(
    dir: &Path,
    cfg: &Config,
    findings: &mut Findings,
) -> Option<std::sync::Arc<Vec<u8>>> {
    let path = ["vorlage.docx", "vorlage.dotx"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())?;
    let shown = format!(
        "{FOLDER}/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let bytes = std::fs::metadata(&path)
        .ok()
        .filter(|m| m.len() <= 10 * MAX_TEXT_BYTES)
        .and_then(|_| std::fs::read(&path).ok());
    let usable = bytes.as_ref().is_some_and(|b| {
        zip::ZipArchive::new(std::io::Cursor::new(b.as_slice()))
            .is_ok_and(|mut z| z.by_name("word/styles.xml").is_ok())
    });
    if !usable {
        findings.push(
            Severity::Warning,
            Code::WordTemplateUnusable,
            &at(&shown, None),
            tr!(cfg.lang, "word-template-unusable"),
        );
        return None;
    }
    bytes.map(std::sync::Arc::new)
}

/// Puts one text where its name or front matter says.
fn place(
    texts: &mut Texts,
    stem: &str,
    front: &BTreeMap<String, String>,
    text: Text,
    cfg: &Config,
    findings: &mut Findings,
) {
    let field_named = front.get("handlungsfeld").cloned().or_else(|| {
        let key = match_key(stem);
        cfg.vocabularies
            .field_of_action
            .iter()
            .find(|t| match_key(&t.name) == key)
            .map(|t| t.name.clone())
    });
    if let Some(field) = field_named {
        let key = match_key(&field);
        match cfg
            .vocabularies
            .field_of_action
            .iter()
            .find(|t| match_key(&t.name) == key)
        {
            Some(t) => {
                if let Some(earlier) = texts.fields.get(&t.name) {
                    findings.push(
                        Severity::Warning,
                        Code::TextFieldTwice,
                        &at(&text.file, Some(1)),
                        tr!(
                            cfg.lang,
                            "text-field-twice",
                            field = t.name.as_str(),
                            other = earlier.file.as_str()
                        ),
                    );
                    return;
                }
                texts.fields.insert(t.name.clone(), text);
            }
            None => findings.push(
                Severity::Warning,
                Code::TextUnknownField,
                &at(&text.file, Some(1)),
                tr!(cfg.lang, "text-unknown-field", field = field.as_str()),
            ),
        }
        return;
    }
    match match_key(stem).as_str() {
        "vorwort" | "foreword" => texts.foreword = Some(text),
        "zusammenfassung" | "summary" => texts.summary = Some(text),
        "ausblick" | "outlook" => texts.outlook = Some(text),
        // The cover picture: the text's first image, with its alternative text (and its
        // credit as the image's title); a text without one is named.
        "titelbild" | "cover" => {
            let picture = text.blocks.iter().find_map(|b| match b {
                TextBlock::Image(p) => Some((**p).clone()),
                _ => None,
            });
            if picture.is_none() {
                findings.push(
                    Severity::Warning,
                    Code::TextCoverNoImage,
                    &at(&text.file, None),
                    tr!(cfg.lang, "text-cover-no-image"),
                );
            }
            texts.cover = picture;
        }
        _ => {
            let after = front.get("nach").map(|s| match_key(s));
            let place =
                match after.as_deref() {
                    Some("vorwort") => Place::Foreword,
                    Some("kennzahlen" | "aufeinenblick" | "zusammenfassung") => Place::KeyFigures,
                    Some("ausblick") => Place::Outlook,
                    Some("handlungsfelder") | None => {
                        // A name close to a field's is most likely meant as its introduction.
                        let key = match_key(stem);
                        if let Some(near) = cfg.vocabularies.field_of_action.iter().find(|t| {
                            strsim::normalized_levenshtein(&match_key(&t.name), &key) > 0.75
                        }) && after.is_none()
                        {
                            findings.push(
                                Severity::Warning,
                                Code::TextNearField,
                                &at(&text.file, None),
                                tr!(cfg.lang, "text-near-field", field = near.name.as_str()),
                            );
                        }
                        Place::Fields
                    }
                    Some(other) => {
                        findings.push(
                            Severity::Warning,
                            Code::TextUnknownPlace,
                            &at(&text.file, Some(1)),
                            tr!(cfg.lang, "text-unknown-place", place = other),
                        );
                        Place::Fields
                    }
                };
            texts.chapters.push((place, text));
        }
    }
}

/// A finding's place in a text file: the file and its line (in the cell column).
fn at(file: &str, line: Option<usize>) -> Location {
    Location {
        file: file.to_string(),
        sheet: String::new(),
        spot: line.map_or(Spot::Whole, |l| {
            Spot::Row(u32::try_from(l).unwrap_or(u32::MAX))
        }),
    }
}

/// Splits `---` front matter (`key: value` lines) from the body; returns the body's first
/// line number.
fn front_matter(source: &str) -> (BTreeMap<String, String>, &str, usize) {
    let mut map = BTreeMap::new();
    let Some(rest) = source
        .strip_prefix("---\n")
        .or_else(|| source.strip_prefix("---\r\n"))
    else {
        return (map, source, 1);
    };
    let mut offset = source.len() - rest.len();
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            return (map, &source[offset..], i + 3);
        }
        if let Some((k, v)) = trimmed.split_once(':') {
            map.insert(match_key(k), v.trim().to_string());
        }
    }
    // No closing line: no front matter.
    (BTreeMap::new(), source, 1)
}

#[cfg(test)]
mod tests {
    use super::inline::Style;
    use super::*;

    fn parsed(md: &str) -> (Text, Findings) {
        let mut findings = Findings::new();
        let t = parse("texte/x.md", None, md, 1, &Config::default(), &mut findings);
        (t, findings)
    }

    #[test]
    fn a_footnote_mark_without_its_note_is_named_with_its_line() {
        let (_, f) = parsed("Erste Zeile.\n\nText[^nix] und[^da].\n\n[^da]: Da.\n");
        let missing: Vec<_> = f
            .items()
            .iter()
            .filter(|i| i.code == Code::TextFootnoteMissing)
            .collect();
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert_eq!(missing[0].spot, Spot::Row(3));
        assert!(missing[0].message.contains("[^nix]"));
    }

    #[test]
    fn bold_inside_a_list_item_and_a_figure_keep_their_style() {
        let (t, _) = parsed("- **Gleiche Chancen.** Der Rest.\n- ***beides*** und `Code`\n");
        let TextBlock::Bullets(items) = &t.blocks[0] else {
            panic!("{:?}", t.blocks)
        };
        assert_eq!(items[0].spans()[0].text, "Gleiche Chancen.");
        assert!(items[0].spans()[0].style.bold);
        assert_eq!(items[0].spans()[1].text, " Der Rest.");
        assert!(!items[0].spans()[1].style.bold);
        let both = &items[1].spans()[0];
        assert_eq!(
            (both.text.as_str(), both.style.bold, both.style.italic),
            ("beides", true, true)
        );
        assert_eq!(items[1].plain(), "beides und Code");
    }

    #[test]
    fn markdown_becomes_blocks() {
        let (t, f) = parsed(
            "# Vorwort\n\nEin *kurzer* Text mit [Link](https://example.org).\n\n- eins\n- zwei\n\n1. a\n2. b\n\n> Zitat\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nMit Fußnote[^1].\n\n[^1]: Die Quelle.\n",
        );
        assert_eq!(
            t.blocks,
            vec![
                TextBlock::Heading(1, "Vorwort".into()),
                TextBlock::Paragraph({
                    let link = Style {
                        link: Some("https://example.org".into()),
                        ..Style::default()
                    };
                    let mut p = Inline::from("Ein ");
                    p.push(
                        "kurzer",
                        &Style {
                            italic: true,
                            ..Style::default()
                        },
                    );
                    p.push_plain(" Text mit ");
                    p.push("Link", &link);
                    p.push_plain(" (");
                    p.push("https://example.org", &link);
                    p.push_plain(").");
                    p
                }),
                TextBlock::Bullets(vec!["eins".into(), "zwei".into()]),
                TextBlock::Numbered(vec!["1. a".into(), "2. b".into()]),
                TextBlock::Quote("Zitat".into()),
                TextBlock::Table(
                    vec!["A".into(), "B".into()],
                    vec![vec!["1".into(), "2".into()]]
                ),
                TextBlock::Paragraph({
                    let mut p = Inline::from("Mit Fußnote");
                    p.push(
                        "[1]",
                        &Style {
                            note: Some(inline::Footnote {
                                number: 1,
                                text: "Die Quelle.".into(),
                            }),
                            ..Style::default()
                        },
                    );
                    p.push_plain(".");
                    p
                }),
            ]
        );
        assert_eq!(t.notes, vec!["Die Quelle.".to_string()]);
        assert!(f.items().is_empty(), "{:?}", f.items());
    }

    #[test]
    fn a_skipped_heading_level_and_an_unknown_placeholder_are_findings_with_their_line() {
        let (_, f) = parsed("# A\n\n### C\n\nEs sind {{massnahmen}} und {{masnahmen}}.\n");
        let items = f.items();
        assert_eq!(items.len(), 2, "{items:?}");
        let heading = items
            .iter()
            .find(|i| i.code == Code::TextHeadingSkips)
            .unwrap();
        assert_eq!(heading.spot, Spot::Row(3));
        let unknown = items
            .iter()
            .find(|i| i.code == Code::TextPlaceholderUnknown)
            .unwrap();
        assert_eq!(unknown.spot, Spot::Row(5));
        assert_eq!(unknown.severity, Severity::Error);
        assert!(
            unknown.message.contains("{{masnahmen}} ist unbekannt")
                && unknown.message.contains("vielleicht {{massnahmen}}"),
            "{}",
            unknown.message
        );
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_stay_visible() {
        let cfg = Config::default();
        let field = cfg.vocabularies.field_of_action[0].name.clone();
        let text = format!("{{{{jahr}}}}: {{{{ handlungsfeld.{field}.massnahmen }}}}, {{{{x}}}}");
        let filled = fill(&text, &cfg, &|f| match f {
            Figure::Year(n) => format!("<{n}>"),
            Figure::Field(name, n) => format!("<{name}/{n}>"),
        });
        assert_eq!(filled, format!("<jahr>: <{field}/massnahmen>, {{{{x}}}}"));
    }

    #[test]
    fn the_init_examples_parse_without_a_finding() {
        for lang in [crate::lang::Lang::De, crate::lang::Lang::En] {
            for (name, body) in examples(lang) {
                let (t, f) = parsed(body);
                assert!(f.items().is_empty(), "{name}: {:?}", f.items());
                assert!(matches!(t.blocks[0], TextBlock::Heading(1, _)), "{name}");
            }
        }
    }

    #[test]
    fn a_placeholder_in_a_comment_is_no_finding() {
        let (_, f) = parsed(
            "<!-- {{unbekannt}}\nnoch im Kommentar -->\nText {{massnahmen}} und {{fehlt}}.\n",
        );
        let items = f.items();
        assert_eq!(items.len(), 1, "{items:?}");
        assert!(items[0].message.contains("{{fehlt}}"));
        assert_eq!(items[0].spot, Spot::Row(3));
    }

    #[test]
    fn front_matter_gives_the_field_and_the_body_its_lines() {
        let (front, body, line) = front_matter("---\nhandlungsfeld: Bildung\n---\nText\n");
        assert_eq!(
            front.get("handlungsfeld").map(String::as_str),
            Some("Bildung")
        );
        assert_eq!(body, "Text\n");
        assert_eq!(line, 4);
    }
}

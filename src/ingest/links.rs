//! `input/links.csv`: the office's own decisions which measures of two years are the same
//! (or never the same), applied by the comparison before anything else. Every line that
//! cannot be used is a finding.

use crate::tr;
use std::path::Path;

use crate::config::Lang;
use crate::findings::{Code, Findings, Location, Severity, Spot};
use crate::text::match_key;

/// A user's decision from `input/links.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Title or id of the earlier measure.
    pub old: String,
    /// Title or id of the later measure.
    pub new: String,
    /// true: always link; false: never link.
    pub link: bool,
    /// Line in links.csv, for findings.
    pub line: usize,
}

/// Reads `links.csv` (columns: old/alt, new/neu, optional link/verknüpfen = ja/nein).
pub fn read_links(path: &Path, lang: Lang, findings: &mut Findings) -> Vec<Link> {
    let Some(bytes) = read_file(path, lang, findings) else {
        return Vec::new();
    };
    let (text, _) = super::read::decode_text(&bytes);
    let delimiter = super::read::sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(match_key).collect(),
        Err(_) => Vec::new(),
    };
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let (Some(old), Some(new)) = (
        col(&["old", "alt", "vorher"]),
        col(&["new", "neu", "nachher"]),
    ) else {
        findings.push(
            Severity::Error,
            Code::BadLinksFile,
            &at(1),
            tr!(lang, "links-columns"),
        );
        return Vec::new();
    };
    let columns = Columns {
        old,
        new,
        flag: col(&["link", "verknuepfen", "verbinden", "zuordnen"]),
    };
    let mut out = Vec::new();
    // Lines counted so far up to a byte offset: records come in order, so each byte is
    // counted once (linear, also for 200,000 lines).
    let (mut counted_to, mut newlines) = (0usize, 0usize);
    for (i, rec) in reader.records().enumerate() {
        // The line in the file as an editor shows it (blank lines and line breaks inside
        // quotes counted), from the reader's own position.
        let position = match &rec {
            Ok(r) => r.position(),
            Err(e) => e.position(),
        };
        // The reader's own line count skips blank lines; its byte offset does not (it points
        // before the blank lines a record follows, so those are stepped over).
        let line = position.map_or(i + 2, |p| {
            let bytes = text.as_bytes();
            let mut upto = (p.byte() as usize).min(bytes.len());
            while upto < bytes.len() && matches!(bytes[upto], b'\n' | b'\r') {
                upto += 1;
            }
            if upto >= counted_to {
                newlines += memchr::memchr_iter(b'\n', &bytes[counted_to..upto]).count();
                counted_to = upto;
            } else {
                newlines = memchr::memchr_iter(b'\n', &bytes[..upto]).count();
                counted_to = upto;
            }
            newlines + 1
        });
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                findings.push(
                    Severity::Warning,
                    Code::BadLinksFile,
                    &at(line),
                    tr!(lang, "links-bad-record", source = e.to_string()),
                );
                continue;
            }
        };
        out.extend(link_of(&rec, line, &columns, lang, findings));
    }
    out
}

/// Where in links.csv: the file, or one of its lines (from 1).
fn at(line: usize) -> Location {
    Location {
        file: "links.csv".into(),
        sheet: String::new(),
        spot: match u32::try_from(line) {
            Ok(0) => Spot::Whole,
            Ok(n) => Spot::Row(n),
            Err(_) => Spot::Row(u32::MAX),
        },
    }
}

/// The bytes of links.csv; `None` when there is none (nobody decided anything by hand) or,
/// with an error finding, when it cannot be read.
fn read_file(path: &Path, lang: Lang, findings: &mut Findings) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            findings.push(
                Severity::Error,
                Code::BadLinksFile,
                &at(0),
                tr!(lang, "links-unreadable", source = e.to_string()),
            );
            None
        }
    }
}

/// The columns of links.csv: old, new and the optional yes/no flag.
struct Columns {
    old: usize,
    new: usize,
    flag: Option<usize>,
}

/// The link on one line; `None` for an empty line or, with a warning, an incomplete one or
/// one whose flag is neither yes nor no.
fn link_of(
    rec: &csv::StringRecord,
    line: usize,
    columns: &Columns,
    lang: Lang,
    findings: &mut Findings,
) -> Option<Link> {
    let get = |c: usize| rec.get(c).map(crate::text::clean).unwrap_or_default();
    let (o, n) = (get(columns.old), get(columns.new));
    if o.is_empty() && n.is_empty() {
        return None;
    }
    if o.is_empty() || n.is_empty() {
        findings.push(
            Severity::Warning,
            Code::BadLinksFile,
            &at(line),
            tr!(lang, "links-incomplete"),
        );
        return None;
    }
    let link = match columns.flag.map(get) {
        None => true,
        Some(v) => match crate::text::parse_yes_no(&v) {
            Some(b) => b || v.is_empty(),
            None => {
                findings.push(
                    Severity::Warning,
                    Code::BadLinksFile,
                    &at(line),
                    tr!(lang, "links-not-yes-no", value = v),
                );
                return None;
            }
        },
    };
    Some(Link {
        old: o,
        new: n,
        link,
        line,
    })
}

//! What a workbook bestand hands out says about itself: its kind, department, reporting
//! year, correction round and the files it was made from (with their content hashes), kept
//! in the workbook's custom document properties. Excel and LibreOffice keep those through
//! re-saving (xlsx `docProps/custom.xml`, ods `meta.xml` user-defined fields), so a
//! correction workbook is recognised whatever the department calls it, and it replaces
//! exactly the files it was made from.

use std::io::{Cursor, Read};

/// The kind of workbook bestand handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The blank template (`bestand template`).
    Template,
    /// A template pre-filled with the department's earlier measures.
    Prefilled,
    /// A correction workbook (`rueckmeldungen/<department>.xlsx`).
    Correction,
    /// A result of a run (`measures.xlsx`): never read as a return.
    Output,
}

impl Kind {
    /// The property's value: plain German, as a clerk sees it under File → Properties.
    fn word(self) -> &'static str {
        match self {
            Kind::Template => "Vorlage",
            Kind::Prefilled => "Vorlage, vorbefüllt",
            Kind::Correction => "Korrektur",
            Kind::Output => "Ergebnis",
        }
    }

    fn from_word(w: &str) -> Option<Kind> {
        [
            Kind::Template,
            Kind::Prefilled,
            Kind::Correction,
            Kind::Output,
        ]
        .into_iter()
        .find(|k| k.word() == w.trim())
    }
}

/// A file a workbook was made from: its content hash and its path in the input folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// [`crate::text::stable_hash`] of the file's bytes when the workbook was made.
    pub hash: u64,
    /// Its path relative to the input folder, with `/`.
    pub file: String,
}

/// What a workbook bestand handed out says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Template, pre-filled template or correction workbook.
    pub kind: Kind,
    /// The department it was made for.
    pub department: Option<String>,
    /// The reporting year it asks about.
    pub year: Option<i32>,
    /// For a correction workbook, its round: 1 for the first, one more than the round of
    /// the correction it was made from.
    pub round: u32,
    /// The files it was made from.
    pub sources: Vec<Source>,
}

/// The prefix of every property bestand writes; others' properties are left alone.
const PREFIX: &str = "bestand ";
/// Excel keeps a text property of at most 255 characters.
const MAX_VALUE: usize = 255;

impl Identity {
    /// The custom document properties (name, value) that carry it.
    pub fn properties(&self) -> Vec<(String, String)> {
        let mut out = vec![(format!("{PREFIX}Art"), self.kind.word().to_string())];
        if let Some(d) = &self.department {
            out.push((format!("{PREFIX}Fachbereich"), clip(d)));
        }
        if let Some(y) = self.year {
            out.push((format!("{PREFIX}Berichtsjahr"), y.to_string()));
        }
        if self.kind == Kind::Correction {
            out.push((format!("{PREFIX}Korrekturrunde"), self.round.to_string()));
        }
        for (i, s) in self.sources.iter().enumerate() {
            // The hash identifies the file; its name is for people and for an original
            // changed after the correction was made (then only the name still matches).
            out.push((
                format!("{PREFIX}Quelle {}", i + 1),
                clip(&format!("{:016x} {}", s.hash, s.file)),
            ));
        }
        out.push((
            format!("{PREFIX}Kennung"),
            format!("{:016x}", self.serial()),
        ));
        out
    }

    /// A number that tells two handed-out workbooks apart: the same for the same kind,
    /// department, year, round and sources (reproducible), different otherwise.
    pub fn serial(&self) -> u64 {
        let mut parts: Vec<Vec<u8>> = vec![
            self.kind.word().as_bytes().to_vec(),
            self.department.clone().unwrap_or_default().into_bytes(),
            self.year.unwrap_or(0).to_le_bytes().to_vec(),
            self.round.to_le_bytes().to_vec(),
        ];
        for s in &self.sources {
            parts.push(s.hash.to_le_bytes().to_vec());
            parts.push(s.file.as_bytes().to_vec());
        }
        let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        crate::text::stable_hash(&refs)
    }

    /// Reads it back from (name, value) pairs; none when the kind is missing or unknown.
    pub fn from_properties<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<Identity> {
        let mut kind = None;
        let mut id = Identity {
            kind: Kind::Template,
            department: None,
            year: None,
            round: 0,
            sources: Vec::new(),
        };
        let mut sources: Vec<(u32, Source)> = Vec::new();
        for (name, value) in pairs {
            let Some(key) = name.strip_prefix(PREFIX) else {
                continue;
            };
            let value = value.trim();
            match key {
                "Art" => kind = Kind::from_word(value),
                "Fachbereich" if !value.is_empty() => id.department = Some(value.to_string()),
                "Berichtsjahr" => id.year = value.parse().ok(),
                "Korrekturrunde" => id.round = value.parse().unwrap_or(0),
                _ => {
                    if let Some(n) = key.strip_prefix("Quelle ").and_then(|n| n.parse().ok())
                        && let Some((hash, file)) = value.split_once(' ')
                        && let Ok(hash) = u64::from_str_radix(hash, 16)
                    {
                        sources.push((
                            n,
                            Source {
                                hash,
                                file: file.to_string(),
                            },
                        ));
                    }
                }
            }
        }
        sources.sort_by_key(|(n, _)| *n);
        id.sources = sources.into_iter().map(|(_, s)| s).collect();
        id.kind = kind?;
        Some(id)
    }
}

/// A property value Excel keeps whole: at most 255 characters.
fn clip(s: &str) -> String {
    s.chars().take(MAX_VALUE).collect()
}

/// The identity a workbook carries: from `docProps/custom.xml` (xlsx, as Excel and
/// LibreOffice write it) or `meta.xml` (ods); none for other files or without one.
pub fn read(bytes: &[u8]) -> Option<Identity> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    for (entry, property) in [
        ("docProps/custom.xml", Property::Xlsx),
        ("meta.xml", Property::Ods),
    ] {
        let Ok(file) = archive.by_name(entry) else {
            continue;
        };
        // Properties are a few kilobytes; a bigger entry is read only so far.
        let mut xml = String::new();
        let _ = file.take(1 << 20).read_to_string(&mut xml);
        let pairs = property.pairs(&xml);
        return Identity::from_properties(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    }
    None
}

/// How a format writes a custom property.
#[derive(Clone, Copy)]
enum Property {
    /// `<property … name="N"><vt:lpwstr>V</vt:lpwstr></property>`
    Xlsx,
    /// `<meta:user-defined meta:name="N" …>V</meta:user-defined>`
    Ods,
}

impl Property {
    /// Every (name, value) of the properties in `xml`, unescaped.
    fn pairs(self, xml: &str) -> Vec<(String, String)> {
        let (open, attr, close) = match self {
            Property::Xlsx => ("<property ", "name=\"", "</property>"),
            Property::Ods => (
                "<meta:user-defined ",
                "meta:name=\"",
                "</meta:user-defined>",
            ),
        };
        let mut out = Vec::new();
        let mut rest = xml;
        while let Some(start) = rest.find(open) {
            rest = &rest[start + open.len()..];
            let Some(end) = rest.find(close) else {
                break;
            };
            let element = &rest[..end];
            rest = &rest[end..];
            let Some((tag, body)) = element.split_once('>') else {
                continue;
            };
            let Some(name) = tag
                .find(attr)
                .map(|i| &tag[i + attr.len()..])
                .and_then(|n| n.split_once('"'))
                .map(|(n, _)| n)
            else {
                continue;
            };
            let value = match self {
                // The value sits in one typed element: <vt:lpwstr>…</vt:lpwstr>.
                Property::Xlsx => body
                    .split_once('>')
                    .and_then(|(_, v)| v.split_once('<'))
                    .map_or("", |(v, _)| v),
                Property::Ods => body,
            };
            out.push((unescape(name), unescape(value)));
        }
        out
    }
}

/// XML's five named entities and numeric character references.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else {
            break;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn correction() -> Identity {
        Identity {
            kind: Kind::Correction,
            department: Some("FD 32 Ordnung & Sicherheit".into()),
            year: Some(2025),
            round: 2,
            sources: vec![
                Source {
                    hash: 0x00ab_cdef_0123_4567,
                    file: "2025/Kopie von vorlage <final>.xlsx".into(),
                },
                Source {
                    hash: u64::MAX,
                    file: "2025/rueckmeldung ordnung.xlsx".into(),
                },
            ],
        }
    }

    #[test]
    fn properties_read_back() {
        let id = correction();
        let props = id.properties();
        let back = Identity::from_properties(props.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        assert_eq!(back, Some(id));
    }

    #[test]
    fn read_from_excel_and_libreoffice_xml() {
        // As LibreOffice 7.4 writes them after re-saving (see the LibreOffice test).
        let xlsx = r#"<Properties><property fmtid="{D5CDD505}" pid="2" name="bestand Art"><vt:lpwstr>Korrektur</vt:lpwstr></property><property fmtid="{D5CDD505}" pid="3" name="bestand Quelle 1"><vt:lpwstr>00000000000000ff 2024/schule &amp; co.xlsx</vt:lpwstr></property><property pid="4" name="Other"><vt:i4>5</vt:i4></property></Properties>"#;
        let pairs = Property::Xlsx.pairs(xlsx);
        let id =
            Identity::from_properties(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))).unwrap();
        assert_eq!(id.kind, Kind::Correction);
        assert_eq!(id.sources[0].file, "2024/schule & co.xlsx");
        assert_eq!(id.sources[0].hash, 255);
        let ods = r#"<office:meta><meta:user-defined meta:name="AppVersion">3.1</meta:user-defined><meta:user-defined meta:name="bestand Art">Vorlage, vorbefüllt</meta:user-defined><meta:user-defined meta:name="bestand Berichtsjahr" meta:value-type="string">2026</meta:user-defined></office:meta>"#;
        let pairs = Property::Ods.pairs(ods);
        let id =
            Identity::from_properties(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))).unwrap();
        assert_eq!((id.kind, id.year), (Kind::Prefilled, Some(2026)));
    }

    #[test]
    fn serial_tells_rounds_and_sources_apart() {
        let a = correction();
        let mut b = correction();
        b.round = 3;
        let mut c = correction();
        c.sources.pop();
        assert_eq!(a.serial(), correction().serial());
        assert_ne!(a.serial(), b.serial());
        assert_ne!(a.serial(), c.serial());
    }

    #[test]
    fn no_identity_without_a_known_kind() {
        assert_eq!(Identity::from_properties([("bestand Art", "Etwas")]), None);
        assert_eq!(Identity::from_properties([("Art", "Korrektur")]), None);
        assert_eq!(read(b"not a zip"), None);
        assert_eq!(unescape("a &amp;&#x41;&#66; &bogus; b"), "a &AB &bogus; b");
    }
}

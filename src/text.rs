//! Text matching: the key under which headers and category values are compared, and
//! "did you mean" suggestions for values that match nothing.

use crate::config::Term;

/// Folds a header or value to the key it is compared by: lower case, umlauts and ß spelt
/// out, and everything but letters and digits removed.
pub fn match_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // The common case first, without the Unicode case tables.
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            c if c.is_ascii() && c != '&' => {}
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            // "Bildung & Sprache" is the same field as "Bildung und Sprache".
            '&' => out.push_str("und"),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// Trims a cell's text, collapses inner runs of whitespace (line breaks included) and drops
/// control characters (a bell or an escape in a cell must never reach a report).
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(
            word.chars()
                .filter(|c| !c.is_control() && !is_bidi_override(*c)),
        );
    }
    out
}

/// Replaces every e-mail address in a text by „[E-Mail]“: personal data never reaches a
/// message, even when a contact slipped into another column.
pub fn redact_emails(s: &str) -> String {
    if !s.contains('@') {
        return s.to_string();
    }
    let is_part = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            let mut start = out.len();
            for (j, c) in out.char_indices().rev() {
                if is_part(c) {
                    start = j;
                } else {
                    break;
                }
            }
            let mut end = i + 1;
            while end < chars.len() && is_part(chars[end]) {
                end += 1;
            }
            let domain: String = chars[i + 1..end].iter().collect();
            if start < out.len() && domain.contains('.') {
                out.truncate(start);
                out.push_str("[E-Mail]");
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Text without control characters other than line breaks and tabs, for the report.
pub fn printable(s: &str) -> String {
    s.chars()
        .filter(|c| (!c.is_control() || matches!(c, '\n' | '\t')) && !is_bidi_override(*c))
        .collect()
}

/// Characters that turn the direction of the following text (a way to disguise text).
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Similarity of two match keys between 0 (nothing alike) and 1 (equal).
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// A controlled vocabulary prepared for lookups.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    names: Vec<String>,
    /// (match key, index into `names`, read with a warning), for the name, every synonym
    /// and every everyday wording.
    keys: Vec<(String, usize, bool)>,
    /// The same keys for exact lookups.
    exact: std::collections::HashMap<String, (usize, bool)>,
}

/// What a lookup in a vocabulary found.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// The value is the name or a synonym.
    Exact(String),
    /// The value is a near miss, an abbreviation or an everyday wording of this name; it is
    /// read as it with a warning.
    Close(String),
    /// Nothing matches; a suggestion only where it is likely right.
    Unknown(Option<String>),
}

/// Similarity at or above which a misspelt value is read as the term it resembles.
const ACCEPT_CLOSE: f64 = 0.85;
/// Similarity at or above which a term is offered as a suggestion.
const SUGGEST: f64 = 0.75;

/// Edits a person plausibly makes by mistake in a word of this length: a wrong suggestion
/// is worse than none, so a short word may differ by one letter only ("Eltern" is not
/// "Ältere").
fn plausible_edits(len: usize) -> usize {
    match len {
        0..=6 => 1,
        7..=11 => 2,
        _ => 3,
    }
}

/// Whether `short` is an abbreviation of `long`: same first letter, its letters in order
/// ("lfd" for "laufend", "wirtschuarbeit" for "Wirtsch. u. Arbeit"), and long enough to be
/// one (a short word's letters appear in order in many long names).
fn abbreviates(short: &str, long: &str) -> bool {
    if short.len() < 3
        || short.len() >= long.len()
        || short.len() * 5 < long.len() * 2
        || short.as_bytes()[0] != long.as_bytes()[0]
    {
        return false;
    }
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|l| l == c))
}

impl Vocabulary {
    /// Builds the lookup from the configured terms.
    pub fn new(terms: &[Term]) -> Vocabulary {
        let mut keys = Vec::new();
        let names = terms.iter().map(|t| t.name.clone()).collect();
        for (i, t) in terms.iter().enumerate() {
            keys.push((match_key(&t.name), i, false));
            for s in &t.synonyms {
                keys.push((match_key(s), i, false));
            }
            for s in &t.also_read {
                keys.push((match_key(s), i, true));
            }
        }
        let exact = keys
            .iter()
            .rev()
            .map(|(k, i, w)| (k.clone(), (*i, *w)))
            .collect();
        Vocabulary { names, keys, exact }
    }

    /// The canonical names, in configured order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Whether the vocabulary lists no values (then any value is accepted).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The one term all of whose matching keys agree, if exactly one matches.
    fn unique(&self, matches: impl Fn(&str) -> bool) -> Option<usize> {
        let mut found: Option<usize> = None;
        for (k, i, _) in &self.keys {
            if matches(k) {
                match found {
                    Some(f) if f != *i => return None,
                    _ => found = Some(*i),
                }
            }
        }
        found
    }

    /// Finds the canonical name for a value as written.
    pub fn lookup(&self, value: &str) -> Lookup {
        let key = match_key(value);
        if key.is_empty() {
            return Lookup::Unknown(None);
        }
        if let Some((i, warn)) = self.exact.get(&key) {
            let name = self.names[*i].clone();
            return if *warn {
                Lookup::Close(name)
            } else {
                Lookup::Exact(name)
            };
        }
        // The start of exactly one value ("Gesundh." for "Gesundheit und Pflege") or an
        // abbreviation of exactly one ("lfd" for "laufend"): clear enough to read.
        if key.len() >= 4
            && let Some(i) = self.unique(|k| k.starts_with(&key))
        {
            return Lookup::Close(self.names[i].clone());
        }
        if let Some(i) = self.unique(|k| abbreviates(&key, k)) {
            return Lookup::Close(self.names[i].clone());
        }
        let mut best: Option<(f64, usize, usize)> = None;
        for (k, i, _) in &self.keys {
            let s = similarity(&key, k);
            if best.is_none_or(|(b, _, _)| s > b) {
                let edits = strsim::levenshtein(&key, k);
                best = Some((s, *i, edits));
            }
        }
        let plausible = best.filter(|(_, _, edits)| *edits <= plausible_edits(key.len()));
        if let Some((s, i, _)) = plausible
            && s >= ACCEPT_CLOSE
            && key.len() >= 5
        {
            return Lookup::Close(self.names[i].clone());
        }
        // A value that starts like exactly one term ("Bildung und Sprach-Förderung"): that
        // term is likely meant, but the rest may say something else, so only suggest it.
        if let Some(i) = self.unique(|k| {
            let shared = k
                .chars()
                .zip(key.chars())
                .take_while(|(a, b)| a == b)
                .count();
            shared >= 8 && shared * 5 >= k.chars().count() * 4
        }) {
            return Lookup::Unknown(Some(self.names[i].clone()));
        }
        match plausible {
            Some((s, i, _)) if s >= SUGGEST => Lookup::Unknown(Some(self.names[i].clone())),
            _ => Lookup::Unknown(None),
        }
    }
}

/// Escapes text for HTML and XML content and attributes (SVG, XMP, HTML).
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Control characters are not allowed in XML and mean nothing to a reader.
            c if (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || is_bidi_override(c) => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A hash that never changes between Rust versions or machines (FNV-1a, 64 bit), for
/// fingerprints that end up in files (the PDF's /ID, the report's table stamp).
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Excel's column letters for a 0-based column index (0 → A, 26 → AA).
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// An A1 cell reference from 0-based row and column.
pub fn cell_ref(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn key(input: &str, expected: &str) {
        assert_eq!(match_key(input), expected, "{input}");
    }

    #[test]
    fn match_keys() {
        key("Maßnahme", "massnahme");
        key("  MASSNAHME ", "massnahme");
        key("Maßnahmen-\nID", "massnahmenid");
        key("Budget (€)", "budget");
        key("Zielgruppe(n)", "zielgruppen");
        key("Fach-/Servicebereich", "fachservicebereich");
        key("Über", "ueber");
    }

    #[test]
    fn emails_are_redacted() {
        assert_eq!(
            redact_emails("„erika.muster@region-hannover.de“ ist kein Status"),
            "„[E-Mail]“ ist kein Status"
        );
        assert_eq!(redact_emails("a@b.de; c.d@e.org"), "[E-Mail]; [E-Mail]");
        assert_eq!(redact_emails("@home und x@y"), "@home und x@y");
        assert_eq!(redact_emails("ohne"), "ohne");
    }

    #[test]
    fn columns() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(cell_ref(4, 2), "C5");
    }

    #[test]
    fn vocabulary_lookups() {
        let cfg = Config::default();
        let v = Vocabulary::new(&cfg.vocabularies.status);
        assert_eq!(v.lookup("In Umsetzung"), Lookup::Exact("laufend".into()));
        assert_eq!(v.lookup("abgeschl."), Lookup::Exact("abgeschlossen".into()));
        assert_eq!(
            v.lookup("abgeschlosen"),
            Lookup::Close("abgeschlossen".into())
        );
        assert_eq!(v.lookup("xyz"), Lookup::Unknown(None));
        let f = Vocabulary::new(&cfg.vocabularies.field_of_action);
        assert_eq!(
            f.lookup("Bildung & Sprache"),
            Lookup::Exact("Bildung und Sprache".into())
        );
        assert!(matches!(
            f.lookup("Gesundheitt und Pflege"),
            Lookup::Close(ref s) if s == "Gesundheit und Pflege"
        ));
        assert_eq!(
            f.lookup("Interkultur"),
            Lookup::Close("Interkulturelle Öffnung".into())
        );
    }

    fn status(value: &str) -> Lookup {
        Vocabulary::new(&Config::default().vocabularies.status).lookup(value)
    }

    fn group(value: &str) -> Lookup {
        Vocabulary::new(&Config::default().vocabularies.target_groups).lookup(value)
    }

    fn read(value: &str) -> Lookup {
        Lookup::Close(value.into())
    }

    #[test]
    fn everyday_status_wordings_are_read_with_a_warning() {
        for (written, meant) in [
            ("lfd.", "laufend"),
            ("lfd", "laufend"),
            ("LFD", "laufend"),
            ("in Arbeit", "laufend"),
            ("in Bearbeitung", "laufend"),
            ("in Vorbereitung", "geplant"),
            ("vorgesehen", "geplant"),
            ("beabsichtigt", "geplant"),
            ("ausgesetzt", "eingestellt"),
            ("abgeschlo", "abgeschlossen"),
            ("abgeschlosen", "abgeschlossen"),
            ("eingest.", "eingestellt"),
        ] {
            assert_eq!(status(written), read(meant), "{written}");
        }
        // Synonyms of the list are read without a word.
        assert_eq!(status("läuft"), Lookup::Exact("laufend".into()));
        assert_eq!(status("beendet"), Lookup::Exact("abgeschlossen".into()));
        assert_eq!(status("abgebrochen"), Lookup::Exact("eingestellt".into()));
    }

    #[test]
    fn open_wordings_get_no_status_and_no_guess() {
        // "ruht" may mean stopped or paused-but-running: the department must say.
        for open in ["ruht", "unklar", "?", "siehe oben", "ja", "2024"] {
            assert_eq!(status(open), Lookup::Unknown(None), "{open}");
        }
    }

    #[test]
    fn suggestions_only_where_likely_right() {
        // Refused: a different word that happens to look alike.
        assert_eq!(group("Eltern"), Lookup::Unknown(None));
        assert_eq!(group("Väter"), Lookup::Unknown(None));
        assert_eq!(group("Schüler"), Lookup::Unknown(None));
        assert_eq!(group("Familien"), Lookup::Unknown(None));
        // Good: a typo or the start of one value.
        assert_eq!(group("Gefluchtete"), read("Geflüchtete"));
        assert_eq!(group("Neuzugewandert"), read("Neuzugewanderte"));
        assert_eq!(group("Senioren"), Lookup::Exact("Ältere Menschen".into()));
        let f = Vocabulary::new(&Config::default().vocabularies.field_of_action);
        assert_eq!(
            f.lookup("Wirtsch. u. Arbeit"),
            read("Wirtschaft und Arbeit")
        );
        assert_eq!(f.lookup("Integration"), Lookup::Unknown(None));
        assert_eq!(f.lookup("Bildung und Sprach"), read("Bildung und Sprache"));
    }
}

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

/// Trims a cell's text and collapses inner runs of whitespace (line breaks included).
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Similarity of two match keys between 0 (nothing alike) and 1 (equal).
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// A controlled vocabulary prepared for lookups.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    names: Vec<String>,
    /// (match key, index into `names`), for the name and every synonym.
    keys: Vec<(String, usize)>,
    /// The same keys for exact lookups.
    exact: std::collections::HashMap<String, usize>,
}

/// What a lookup in a vocabulary found.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// The value is the name or a synonym.
    Exact(String),
    /// The value is a near miss of this name; it is read as it with a warning.
    Close(String),
    /// Nothing matches; the best suggestion, if any is at least remotely similar.
    Unknown(Option<String>),
}

/// Similarity at or above which a misspelt value is read as the term it resembles.
const ACCEPT_CLOSE: f64 = 0.85;
/// Similarity at or above which a term is offered as a suggestion.
const SUGGEST: f64 = 0.6;

impl Vocabulary {
    /// Builds the lookup from the configured terms.
    pub fn new(terms: &[Term]) -> Vocabulary {
        let mut keys = Vec::new();
        let names = terms.iter().map(|t| t.name.clone()).collect();
        for (i, t) in terms.iter().enumerate() {
            keys.push((match_key(&t.name), i));
            for s in &t.synonyms {
                keys.push((match_key(s), i));
            }
        }
        let exact = keys.iter().rev().cloned().collect();
        Vocabulary { names, keys, exact }
    }

    /// The canonical names, in configured order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Finds the canonical name for a value as written.
    pub fn lookup(&self, value: &str) -> Lookup {
        let key = match_key(value);
        if key.is_empty() {
            return Lookup::Unknown(None);
        }
        if let Some(i) = self.exact.get(&key) {
            return Lookup::Exact(self.names[*i].clone());
        }
        let mut best: Option<(f64, usize)> = None;
        for (k, i) in &self.keys {
            let mut s = similarity(&key, k);
            // "Bildung" for "Bildung und Sprache": a clear prefix is a good suggestion.
            if k.starts_with(&key) && key.len() >= 4 {
                s = s.max(0.6);
            }
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, *i));
            }
        }
        match best {
            Some((s, i)) if s >= ACCEPT_CLOSE && key.len() >= 5 => {
                Lookup::Close(self.names[i].clone())
            }
            Some((s, i)) if s >= SUGGEST => Lookup::Unknown(Some(self.names[i].clone())),
            _ => Lookup::Unknown(None),
        }
    }
}

/// Escapes text for HTML and XML content and attributes (SVG, XMP, HTML).
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
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
        assert!(matches!(
            f.lookup("Interkultur"),
            Lookup::Unknown(Some(ref s)) if s == "Interkulturelle Öffnung"
        ));
    }
}

//! Controlled vocabularies: a cell's value read as one of the configured terms, by name,
//! synonym or everyday wording, with a warning for near misses and a suggestion only where
//! it is likely right.

use crate::config::Term;
use crate::text::{match_key, spelling_similarity};

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
            let s = spelling_similarity(&key, k);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

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
        // A measure on hold has a status of its own, neither running nor ended.
        for paused in ["ruht", "ruhend", "pausiert", "Pause", "ausgesetzt"] {
            assert_eq!(status(paused), Lookup::Exact("ruht".into()), "{paused}");
        }
    }

    #[test]
    fn open_wordings_get_no_status_and_no_guess() {
        for open in ["unklar", "?", "siehe oben", "ja", "2024"] {
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

//! German-aware title keys for matching measures across years.
//!
//! Departments reword their titles from one year to the next the way people write German:
//! compounds written apart, hyphenated or joined („Elterncafé“, „Eltern-Café“, „Café für
//! Eltern“), inflections and derivations („Kurs“/„Kurse“, „Ehrenamt“/„ehrenamtlich“), words
//! moved around a preposition, a qualifier added or dropped, one kind word for another
//! („Angebot“/„Kurs“/„Programm“). A title key is the set of its word stems (Snowball German),
//! compounds split against the words seen in the run's own titles (no dictionary needed),
//! filler words dropped and kind words weighed low; character trigrams are a second signal.
//! What must not match: „Sprachkurs für Frauen“ and „Sprachkurs für Väter“ — a differing
//! group word on both sides (a discriminator) pulls the score down.

use foldhash::{HashMap, HashSet, HashSetExt};
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use crate::text::match_key;

/// Words that say nothing about which measure a title means.
const FILLER: [&str; 30] = [
    "der", "die", "das", "und", "fuer", "in", "im", "von", "vom", "mit", "zur", "zum", "des",
    "den", "dem", "an", "am", "auf", "aus", "bei", "zu", "ein", "eine", "einer", "the", "a", "of",
    "for", "and", "sowie",
];

/// Kind words: what sort of thing a measure is, not which one. They count as one word with a
/// low weight, so „Angebot X“ and „Kurs X“ agree on X.
const KIND_STEMS: [&str; 14] = [
    "projekt",
    "angebot",
    "programm",
    "kur",
    "reih",
    "massnahm",
    "initiativ",
    "aktion",
    "veranstaltung",
    "veranstaltungsreih",
    "workshop",
    "seminar",
    "modul",
    "vorhab",
];

/// The token kind words become.
const KIND: &str = "~art";
/// Weight of the kind token against 1.0 for a word.
const KIND_WEIGHT: f64 = 0.3;

/// Words naming a group of people: two titles that differ in one of them on each side
/// („für Frauen“ / „für Väter“) mean two measures.
const GROUP_STEMS: [&str; 34] = [
    "frau",
    "mann",
    "maenn",
    "vat",
    "vaet",
    "mutt",
    "muett",
    "elt",
    "kind",
    "jugend",
    "jugendlich",
    "senior",
    "maedch",
    "jung",
    "famili",
    "schul",
    "schuel",
    "student",
    "azubi",
    "lehrkraeft",
    "fachkraeft",
    "aelt",
    "gefluchtet",
    "gefluechtet",
    "migrant",
    "migrantinn",
    "zugewandert",
    "neuzugewandert",
    "fluechtling",
    "asylsuchend",
    "arbeitsuchend",
    "beschaeftigt",
    "unternehm",
    "ehrenamtlich",
];

/// A title prepared for comparison.
#[derive(Debug, Clone, Default)]
pub struct Key {
    /// Distinct tokens (folded stems, or [`KIND`]) with their weight.
    tokens: Vec<(String, f64)>,
    /// Character trigrams of the folded words, packed and sorted, without repeats.
    trigrams: Vec<u32>,
}

impl Key {
    /// The tokens, for blocking candidate pairs (the kind token is left out: too common).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .map(|(t, _)| t.as_str())
            .filter(|t| *t != KIND)
    }

    /// Whether the title had any word at all.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Builds title keys for one comparison; knows the words of all titles in it.
pub struct Titles {
    stemmer: Stemmer,
    /// Folded words and their stems seen in the run's titles (for compound splitting).
    known: HashSet<String>,
    /// Per distinct word, its tokens (cached: titles repeat words).
    cache: std::cell::RefCell<HashMap<String, Rc<[String]>>>,
}

/// Lower case with accents other than the German umlauts removed (Café → cafe).
fn lower(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'á' | 'à' | 'â' => 'a',
            'ó' | 'ò' | 'ô' => 'o',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ú' | 'ù' | 'û' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

fn words(title: &str) -> impl Iterator<Item = String> + '_ {
    title
        .split(|c: char| !c.is_alphanumeric())
        .map(lower)
        .filter(|w| {
            // Single digits stay: „Kurs 1“ and „Kurs 2“ are two courses.
            (w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit()))
                && !FILLER.contains(&match_key(w).as_str())
        })
}

impl Titles {
    /// Prepares the keys for titles that will be compared with each other.
    pub fn new<'a>(titles: impl Iterator<Item = &'a str>) -> Titles {
        let stemmer = Stemmer::create(Algorithm::German);
        let mut seen = HashSet::new();
        for t in titles {
            seen.extend(words(t));
        }
        let mut titles = Titles {
            stemmer,
            known: HashSet::new(),
            cache: Default::default(),
        };
        let mut known: HashSet<String> = seen.iter().map(|w| titles.stem(w)).collect();
        known.extend(seen.iter().map(|w| match_key(w)));
        titles.known = known;
        titles
    }

    /// The folded stem of a word. Snowball leaves „Kurse“ as „kurs“ but cuts „Kurs“ to
    /// „kur“; a final s is dropped from every stem so both agree.
    fn stem(&self, word: &str) -> String {
        let s = match_key(&self.stemmer.stem(word));
        match s.strip_suffix('s') {
            Some(t) if t.len() >= 3 => t.to_string(),
            _ => s,
        }
    }

    fn is_known(&self, part: &str) -> bool {
        part.chars().count() >= 3
            && (self.known.contains(&match_key(part)) || self.known.contains(&self.stem(part)))
    }

    /// A compound as two words seen elsewhere in the run: „sprachpatenschaften“ →
    /// „sprache“ + „patenschaften“ (with the linking s, e or n people leave out or add).
    fn split(&self, word: &str) -> Option<(String, String)> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 7 {
            return None;
        }
        let mut best: Option<(usize, String, String)> = None;
        for i in 3..chars.len() - 2 {
            let left: String = chars[..i].iter().collect();
            let right: String = chars[i..].iter().collect();
            if !self.is_known(&right) {
                continue;
            }
            let variants = [
                Some(left.clone()),
                left.strip_suffix('s').map(str::to_string),
                left.strip_suffix('n').map(str::to_string),
                Some(format!("{left}e")),
            ];
            if let Some(l) = variants.into_iter().flatten().find(|l| self.is_known(l)) {
                let balance = l.chars().count().min(right.chars().count());
                if best.as_ref().is_none_or(|(b, _, _)| balance > *b) {
                    best = Some((balance, l, right));
                }
            }
        }
        best.map(|(_, l, r)| (l, r))
    }

    /// The tokens of one word: its stem, or the stems of its parts, kind words as one.
    fn tokens_of(&self, word: &str) -> Rc<[String]> {
        if let Some(t) = self.cache.borrow().get(word) {
            return Rc::clone(t);
        }
        let parts = match self.split(word) {
            Some((l, r)) => vec![l, r],
            None => vec![word.to_string()],
        };
        let out: Rc<[String]> = parts
            .iter()
            .map(|p| {
                let s = self.stem(p);
                if KIND_STEMS.contains(&s.as_str()) {
                    KIND.to_string()
                } else {
                    s
                }
            })
            .collect();
        self.cache
            .borrow_mut()
            .insert(word.to_string(), Rc::clone(&out));
        out
    }

    /// The key of one title.
    pub fn key(&self, title: &str) -> Key {
        let mut tokens: Vec<(String, f64)> = Vec::new();
        let mut folded = String::new();
        for w in words(title) {
            for t in self.tokens_of(&w).iter() {
                if !tokens.iter().any(|(x, _)| x == t) {
                    let weight = if t == KIND { KIND_WEIGHT } else { 1.0 };
                    tokens.push((t.clone(), weight));
                }
            }
            folded.push_str(&match_key(&w));
            folded.push(' ');
        }
        tokens.sort_by(|a, b| a.0.cmp(&b.0));
        let bytes = folded.as_bytes();
        let mut trigrams: Vec<u32> = bytes
            .windows(3)
            .filter(|w| !w.contains(&b' '))
            .map(|w| u32::from_be_bytes([0, w[0], w[1], w[2]]))
            .collect();
        trigrams.sort_unstable();
        trigrams.dedup();
        Key { tokens, trigrams }
    }
}

/// Whether two tokens are the same word, allowing a typo in a long one.
fn same_token(a: &str, b: &str) -> bool {
    a == b
        || (a.len() >= 6
            && b.len() >= 6
            && a.len().abs_diff(b.len()) <= 2
            && a.as_bytes()[0] == b.as_bytes()[0]
            && strsim::normalized_levenshtein(a, b) >= 0.85)
}

/// Elements two sorted lists share.
fn shared_sorted(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether a token tells measures of one kind apart: a group of people, or a number or
/// level („Kurs 1“/„Kurs 2“, „A1“/„B1“).
fn is_group(token: &str) -> bool {
    GROUP_STEMS.contains(&token) || token.chars().any(|c| c.is_ascii_digit())
}

/// How alike two titles are, from 0 to 1: the weighted share of shared words (the mean of
/// Dice and containment, so a dropped qualifier costs little) and the share of shared
/// character trigrams (typos, spelling variants), minus a penalty when each title names a
/// group of people the other does not.
pub fn title_similarity(a: &Key, b: &Key) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let weight = |k: &Key| k.tokens.iter().map(|(_, w)| w).sum::<f64>();
    let shared: f64 = a
        .tokens
        .iter()
        .filter(|(x, _)| b.tokens.iter().any(|(y, _)| same_token(x, y)))
        .map(|(_, w)| w)
        .sum();
    let (wa, wb) = (weight(a), weight(b));
    let dice = 2.0 * shared / (wa + wb);
    let containment = shared / wa.min(wb);
    let words = (dice + containment) / 2.0;
    let common = shared_sorted(&a.trigrams, &b.trigrams) as f64;
    let all = (a.trigrams.len() + b.trigrams.len()) as f64 - common;
    let trigram = if all > 0.0 { common / all } else { 0.0 };
    let only = |x: &Key, y: &Key| {
        x.tokens
            .iter()
            .any(|(t, _)| is_group(t) && !y.tokens.iter().any(|(u, _)| u == t))
    };
    let penalty = if only(a, b) && only(b, a) { 0.35 } else { 0.0 };
    (0.8 * words + 0.2 * trigram.max(words) - penalty).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(a: &str, b: &str) -> f64 {
        let t = Titles::new([a, b].into_iter());
        title_similarity(&t.key(a), &t.key(b))
    }

    fn same(a: &str, b: &str) {
        let s = score(a, b);
        assert!(s >= 0.7, "{a} / {b}: {s:.2}");
    }

    fn different(a: &str, b: &str) {
        let s = score(a, b);
        assert!(s < 0.7, "{a} / {b}: {s:.2}");
    }

    #[test]
    fn compounds_apart_hyphenated_or_joined() {
        same("Elterncafé", "Eltern-Café");
        same("Elterncafé", "Café für Eltern");
        same("Eltern Café", "Elterncafé");
        same("Sprachpatenschaften", "Patenschaften für Sprache");
        same("Nachbarschaftshilfe", "Hilfe in der Nachbarschaft");
    }

    #[test]
    fn derivations_and_inflections() {
        same(
            "Ehrenamt für Geflüchtete",
            "Ehrenamtliche Begleitung Geflüchteter",
        );
        same(
            "Sprachkurs für Zugewanderte",
            "Sprachkurse für Zugewanderte",
        );
        same("Beratung für Geflüchtete", "Beratung Geflüchteter");
    }

    #[test]
    fn words_moved_around_a_preposition() {
        same("Projekt Stadtteilmütter", "Stadtteilmütter-Projekt");
    }

    #[test]
    fn a_qualifier_added_or_dropped() {
        same("Netzwerk Vielfalt", "Netzwerk Vielfalt der Region");
        same("Dolmetscherpool", "Dolmetscherpool für die Verwaltung");
    }

    #[test]
    fn kind_words_are_near_synonyms() {
        same("Angebot Medienkompetenz", "Kurs Medienkompetenz");
        same("Programm Berufsorientierung", "Reihe Berufsorientierung");
    }

    #[test]
    fn a_different_group_is_a_different_measure() {
        different("Sprachkurs für Frauen", "Sprachkurs für Väter");
        different("Sprachkurs für Frauen", "Sprachkurs für Senioren");
        different("Beratung für Geflüchtete", "Beratung für Unternehmen");
        different("Elterncafé", "Sprachcafé");
        different("Elternkurs Kurs 1", "Elternkurs Kurs 2");
        different("Integrationskurs A1", "Integrationskurs B1");
        same("Jobbörse Vielfalt", "Jobbörse Vielfalt 2.0");
    }
}

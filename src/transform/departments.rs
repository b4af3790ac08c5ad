//! Department names as a vocabulary: one department never gets two sections, two rows in a
//! table or two bars in a chart because one return says „FB Jugend“ and another
//! „Fachbereich Jugend“.
//!
//! The canonical names are `departments` in `bestand.toml`; without that list, the names
//! seen in the run, the longest full form of each department winning (ties: the most rows,
//! then the alphabet). Variants — the abbreviations FB, SB, Stabsst., Dez., case, hyphens
//! and spaces, a missing „Fachbereich“ prefix, a name taken from a file name — are mapped to
//! the canonical name with one warning per file and variant.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt};

use crate::config::{Config, Lang};
use crate::findings::{Code, Findings, Location, Severity};
use crate::text::{match_key, spelling_similarity};
use crate::tr;
use crate::transform::{Measure, Rejected};

/// Words that say what kind of unit a department is, not which one: the prefixes offices
/// use, each family one kind („FB“ is „Fachbereich“, „FD“ is „Fachdienst“). „Abteilung“
/// names another unit and stays part of the name.
const KIND_WORDS: [&str; 16] = [
    "fachbereich",
    "fb",
    "fachdienst",
    "fd",
    "amt",
    "referat",
    "team",
    "servicebereich",
    "sb",
    "fach",
    "und",
    "stabsstelle",
    "stabsst",
    "stst",
    "dezernat",
    "dez",
];

/// A name's words as match keys, and where its core begins (after the leading kind words
/// and numbers).
fn words(name: &str) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    for w in name.split(|c: char| !c.is_alphanumeric()) {
        // „FB3“ is „FB 3“: letters and digits part where they meet.
        let mut start = 0;
        let mut digits: Option<bool> = None;
        for (i, c) in w.char_indices() {
            let digit = c.is_ascii_digit();
            if digits.is_some_and(|d| d != digit) {
                words.push(match_key(&w[start..i]));
                start = i;
            }
            digits = Some(digit);
        }
        words.push(match_key(&w[start..]));
    }
    words.retain(|w| !w.is_empty());
    let start = words
        .iter()
        .position(|w| !KIND_WORDS.contains(&w.as_str()) && !is_number(w))
        .unwrap_or(words.len());
    (words, start)
}

fn is_number(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
}

/// A year in a name („Soziales 2024“, a name taken from `soziales-2024.xlsx`).
fn is_year(word: &str) -> bool {
    word.len() == 4 && crate::ingest::year_in_name(word).is_some()
}

/// The key under which names of one department agree: the name without leading kind words
/// and numbers („FB 32 Jugend“, „Fachbereich Jugend“ and „jugend“ all give `jugend`), and
/// without a year (a name taken from `jugend-2024.xlsx`).
pub fn core_key(name: &str) -> String {
    let (words, start) = words(name);
    let core: String = words[start..]
        .iter()
        .filter(|w| !is_year(w))
        .map(String::as_str)
        .collect();
    if !core.is_empty() {
        return core;
    }
    // „FB 51“, „Fachbereich 51“ and a file named „51“: the number is the name.
    let digits: String = words
        .iter()
        .filter(|w| is_number(w))
        .map(|w| w.trim_start_matches('0'))
        .collect();
    if digits.is_empty() {
        match_key(name)
    } else {
        digits
    }
}

/// The department's number before its name („32“ of „FB 32 Jugend“), if it has one. Two
/// names with one core but different numbers are two departments („Fachbereich 3
/// (Soziales)“ and „Fachbereich 10 (Soziales)“); a name without a number is either.
fn number(name: &str) -> Option<String> {
    let (words, start) = words(name);
    // A name that is only a number has it as its core ([`only_number`]).
    if start < words.len() {
        leading_number(&words[..start])
    } else {
        None
    }
}

/// The number of a name that is nothing but a number („Fachbereich 51“, „FB 3“, „51“).
fn only_number(name: &str) -> Option<String> {
    let (words, start) = words(name);
    if start == words.len() {
        leading_number(&words)
    } else {
        None
    }
}

/// A name's number, whether it has a name beside it or not.
fn any_number(name: &str) -> Option<String> {
    let (words, start) = words(name);
    leading_number(&words[..start])
}

/// The numbers among a name's leading words, without leading zeros and years.
fn leading_number(words: &[String]) -> Option<String> {
    let digits: Vec<&str> = words
        .iter()
        .filter(|w| is_number(w) && !is_year(w))
        .map(|w| match w.trim_start_matches('0') {
            "" => "0",
            n => n,
        })
        .collect();
    (!digits.is_empty()).then(|| digits.join(" "))
}

/// The kind of unit a name's leading words say („FB“ and „Fachbereich“ are one kind).
fn kind(name: &str) -> Option<&'static str> {
    let (words, start) = words(name);
    words[..start].iter().find_map(|w| match w.as_str() {
        "fachbereich" | "fb" => Some("fb"),
        "fachdienst" | "fd" => Some("fd"),
        "amt" => Some("amt"),
        "referat" => Some("ref"),
        "team" => Some("team"),
        "servicebereich" | "sb" => Some("sb"),
        "stabsstelle" | "stabsst" | "stst" => Some("st"),
        "dezernat" | "dez" => Some("dez"),
        _ => None,
    })
}

/// Whether two names may be one unit: „Dezernat 3“ is not „FB 3 Soziales“; a name that
/// says no kind („3“) may be either.
fn same_kind(a: &str, b: &str) -> bool {
    match (kind(a), kind(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// What a spelling is read as.
#[derive(Debug, Clone, PartialEq)]
enum Reading {
    /// This canonical name (possibly the spelling itself).
    As(String),
    /// Not in the configured list: read as `name` (the spelling itself, or the longest of
    /// the unknown spellings of one department).
    Unknown {
        /// The name it is read as.
        name: String,
    },
    /// Without a number, it fits several numbered departments: read as `name` (the longest
    /// of the spellings without a number), apart from them.
    Ambiguous {
        /// The name it is read as.
        name: String,
        /// The numbered departments it fits.
        candidates: Vec<String>,
    },
}

/// Where a name was first seen, for its finding.
struct Seen {
    rows: usize,
    at: Location,
}

/// Maps every department name to its canonical form, with a warning per file and variant.
/// Returns, per year, the departments a name without its number may stand for (see
/// [`crate::transform::Dataset::unclear_returns`]).
pub fn canonicalise(
    measures: &mut [Measure],
    rejected: &mut [Rejected],
    others: &mut [(Option<i32>, String)],
    cfg: &Config,
    findings: &mut Findings,
) -> BTreeMap<i32, BTreeSet<String>> {
    // Names the office declared as a department's own (its synonyms) are that department,
    // without a word.
    let own: HashMap<String, &str> = cfg
        .departments
        .iter()
        .flat_map(|d| d.synonyms().iter().map(move |s| (match_key(s), d.name())))
        .collect();
    if !own.is_empty() {
        let rename = |d: &mut String| {
            if let Some(name) = own.get(&match_key(d)) {
                *d = name.to_string();
            }
        };
        measures.iter_mut().for_each(|m| rename(&mut m.department));
        rejected.iter_mut().for_each(|r| rename(&mut r.department));
        others.iter_mut().for_each(|(_, d)| rename(d));
    }
    // Every spelling seen, with its rows and the first place per file.
    let mut spellings: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_file: BTreeMap<(String, String), Seen> = BTreeMap::new();
    let mut note = |name: &str, file: &str, sheet: &str, row: u32| {
        *spellings.entry(name.to_string()).or_default() += 1;
        per_file
            .entry((file.to_string(), name.to_string()))
            .or_insert_with(|| Seen {
                rows: 0,
                at: Location {
                    file: file.to_string(),
                    sheet: sheet.to_string(),
                    spot: crate::findings::Spot::Row(row),
                },
            })
            .rows += 1;
    };
    for m in measures.iter() {
        note(&m.department, &m.source_file, &m.source_sheet, m.source_row);
    }
    for r in rejected.iter() {
        note(&r.department, &r.source_file, &r.source_sheet, r.source_row);
    }
    // Departments of rows that say nothing else (no title, no id) still name a return.
    for (_, name) in others.iter() {
        spellings.entry(name.clone()).or_insert(0);
    }
    // Predecessors of a reorganisation are known names too: the returns of earlier years.
    let configured = cfg.known_department_names();
    let map = canonical_names(&spellings, &configured);
    let lang = cfg.lang;
    let listed = !cfg.departments.is_empty();
    for ((_, name), seen) in &per_file {
        match map.get(name) {
            Some(Reading::As(canonical)) if canonical != name => findings.push(
                Severity::Warning,
                Code::DepartmentVariant,
                &seen.at,
                tr!(
                    lang,
                    "department-variant",
                    name = name,
                    rows = seen.rows,
                    canonical = canonical,
                    listed = if listed { "yes" } else { "no" }
                ),
            ),
            Some(Reading::Ambiguous {
                name: read_as,
                candidates,
            }) => findings.push(
                Severity::Warning,
                Code::DepartmentAmbiguous,
                &seen.at,
                tr!(
                    lang,
                    "department-ambiguous",
                    name = name,
                    rows = seen.rows,
                    candidates = quoted(candidates, lang),
                    readas = read_as
                ),
            ),
            Some(Reading::Unknown { name: read_as }) => {
                let hint = suggestion(name, &configured)
                    .map(|s| format!(" {}", tr!(lang, "department-write-instead", suggestion = s)))
                    .unwrap_or_default();
                findings.push(
                    Severity::Warning,
                    Code::UnknownDepartment,
                    &seen.at,
                    format!(
                        "{}{hint}",
                        tr!(
                            lang,
                            "department-unknown",
                            name = name,
                            rows = seen.rows,
                            asis = if read_as == name { "yes" } else { "no" },
                            readas = read_as
                        )
                    ),
                );
            }
            _ => {}
        }
    }
    let mut unclear: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    let years = measures
        .iter()
        .map(|m| (Some(m.year), &m.department))
        .chain(rejected.iter().map(|r| (r.year, &r.department)))
        .chain(others.iter().map(|(y, d)| (*y, d)));
    for (year, name) in years {
        if let (Some(y), Some(Reading::Ambiguous { candidates, .. })) = (year, map.get(name)) {
            unclear
                .entry(y)
                .or_default()
                .extend(candidates.iter().cloned());
        }
    }
    let apply = |d: &mut String| {
        if let Some(
            Reading::As(c) | Reading::Ambiguous { name: c, .. } | Reading::Unknown { name: c },
        ) = map.get(d.as_str())
            && c != d
        {
            *d = c.clone();
        }
    };
    for m in measures.iter_mut() {
        apply(&mut m.department);
    }
    for r in rejected.iter_mut() {
        apply(&mut r.department);
    }
    for (_, d) in others.iter_mut() {
        apply(d);
    }
    unclear
}

/// Names in quotes of the language, joined: „A“, „B“.
fn quoted(names: &[String], lang: Lang) -> String {
    names
        .iter()
        .map(|n| tr!(lang, "quoted", text = n.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Spellings of one department with their rows.
type Spellings<'a> = Vec<(&'a String, usize)>;

/// Spellings with their rows, by the department number they carry.
type ByNumber<'a> = BTreeMap<Option<String>, Spellings<'a>>;

/// For each spelling what it is read as: by the configured list, or, without one, by the
/// spellings seen.
fn canonical_names(
    spellings: &BTreeMap<String, usize>,
    configured: &[String],
) -> HashMap<String, Reading> {
    if configured.is_empty() {
        by_spellings(spellings)
    } else {
        by_list(spellings, configured)
    }
}

/// Each spelling read by the configured list.
fn by_list(spellings: &BTreeMap<String, usize>, configured: &[String]) -> HashMap<String, Reading> {
    let mut out = HashMap::new();
    let exact: HashMap<String, &String> = configured.iter().map(|c| (match_key(c), c)).collect();
    let mut by_core: HashMap<String, Vec<&String>> = HashMap::new();
    for c in configured {
        by_core.entry(core_key(c)).or_default().push(c);
    }
    for name in spellings.keys() {
        // „FB 51“ is the listed department with that number, if one has it.
        let by_number: Vec<&String> = only_number(name)
            .map(|n| {
                configured
                    .iter()
                    .filter(|c| any_number(c).as_ref() == Some(&n) && same_kind(name, c))
                    .collect()
            })
            .unwrap_or_default();
        let reading = if let Some(c) = exact.get(&match_key(name)) {
            Reading::As((*c).clone())
        } else if let [one] = by_number.as_slice() {
            Reading::As((*one).clone())
        } else {
            let candidates = by_core.get(&core_key(name)).map_or(&[][..], Vec::as_slice);
            let own = number(name);
            // The configured names this one may be: of its number, else those without one.
            let same: Vec<&String> = candidates
                .iter()
                .filter(|c| own.is_some() && number(c) == own)
                .copied()
                .collect();
            let unnumbered: Vec<&String> = candidates
                .iter()
                .filter(|c| number(c).is_none())
                .copied()
                .collect();
            match (
                own.is_some(),
                same.as_slice(),
                unnumbered.as_slice(),
                candidates,
            ) {
                (true, [one], _, _) | (_, [], [one], _) | (false, _, _, [one]) => {
                    Reading::As((*one).clone())
                }
                (false, _, _, [_, _, ..]) => Reading::Ambiguous {
                    name: name.clone(),
                    candidates: candidates.iter().map(|c| (*c).clone()).collect(),
                },
                _ => Reading::Unknown { name: name.clone() },
            }
        };
        out.insert(name.clone(), reading);
    }
    // Spellings the list does not settle are one department each among themselves
    // („Soziales“ and „SOZIALES“ are one, not two correction workbooks).
    let mut unsettled: BTreeMap<(String, Option<String>), Spellings> = BTreeMap::new();
    for (name, rows) in spellings {
        if matches!(
            out.get(name),
            Some(Reading::Ambiguous { .. } | Reading::Unknown { .. })
        ) {
            unsettled
                .entry((core_key(name), number(name)))
                .or_default()
                .push((name, *rows));
        }
    }
    for members in unsettled.values() {
        let Some(read_as) = best(members) else {
            continue;
        };
        for (name, _) in members {
            if let Some(Reading::Ambiguous { name: n, .. } | Reading::Unknown { name: n }) =
                out.get_mut(name.as_str())
            {
                *n = read_as.clone();
            }
        }
    }
    out
}

/// Each spelling read by the spellings seen in the run: grouped by core key, then by number.
fn by_spellings(spellings: &BTreeMap<String, usize>) -> HashMap<String, Reading> {
    let mut out = HashMap::new();
    let mut groups: BTreeMap<String, ByNumber> = BTreeMap::new();
    let mut bare = Vec::new();
    for (name, rows) in spellings {
        if let Some(n) = only_number(name) {
            bare.push((name, *rows, n));
            continue;
        }
        groups
            .entry(core_key(name))
            .or_default()
            .entry(number(name))
            .or_default()
            .push((name, *rows));
    }
    // „FB 51“ joins the one department numbered 51 („FB 51 Jugend“); where none or several
    // are, it is a department of its own.
    for (name, rows, n) in bare {
        let key = Some(n);
        let mut homes = groups
            .values_mut()
            .filter_map(|g| g.get_mut(&key))
            .filter(|members| members.iter().any(|(m, _)| same_kind(name, m)))
            .collect::<Vec<_>>();
        match homes.as_mut_slice() {
            [home] => home.push((name, rows)),
            _ => groups
                .entry(core_key(name))
                .or_default()
                .entry(None)
                .or_default()
                .push((name, rows)),
        }
    }
    for mut by_number in groups.into_values() {
        let numbered = by_number.keys().filter(|n| n.is_some()).count();
        if numbered <= 1 {
            // One department: a name without its number is the same one.
            let members: Vec<(&String, usize)> = by_number.into_values().flatten().collect();
            if let Some(canonical) = best(&members) {
                for (name, _) in members {
                    out.insert(name.clone(), Reading::As(canonical.clone()));
                }
            }
            continue;
        }
        let unnumbered = by_number.remove(&None).unwrap_or_default();
        let mut canonicals = Vec::new();
        for members in by_number.values() {
            if let Some(canonical) = best(members) {
                for (name, _) in members {
                    out.insert((*name).clone(), Reading::As(canonical.clone()));
                }
                canonicals.push(canonical);
            }
        }
        canonicals.sort_by_cached_key(|c| crate::text::sort_key(c));
        // The spellings without a number are one department among themselves.
        if let Some(read_as) = best(&unnumbered) {
            for (name, _) in unnumbered {
                out.insert(
                    name.clone(),
                    Reading::Ambiguous {
                        name: read_as.clone(),
                        candidates: canonicals.clone(),
                    },
                );
            }
        }
    }
    out
}

/// The name to keep of a department's spellings: one with its number („FB 50 Soziales“, not
/// „Fachbereich Soziales“), then one without a year („Soziales 2024“ was taken from a file
/// name), then the longest, the one with the most rows, the capitalised spelling.
fn best(members: &[(&String, usize)]) -> Option<String> {
    let rank = |name: &str| {
        let (words, _) = words(name);
        (
            number(name).is_some(),
            !words.iter().any(|w| is_year(w)),
            name.chars().count(),
        )
    };
    members
        .iter()
        .max_by(|a, b| {
            rank(a.0)
                .cmp(&rank(b.0))
                .then(a.1.cmp(&b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(name, _)| (*name).clone())
}

/// A configured name that is likely meant, or none (a wrong suggestion is worse than none).
fn suggestion(name: &str, configured: &[String]) -> Option<String> {
    let key = core_key(name);
    let own = number(name).or_else(|| only_number(name));
    // A name with a number is not another number's department.
    let fits = |c: &&String| own.is_none() || number(c).is_none_or(|n| Some(n) == own);
    // The same number first („FD 51“ for „FD 51 Jugend“), when only one has it.
    if let Some(n) = &own {
        let same: Vec<&String> = configured
            .iter()
            .filter(|c| number(c).as_ref() == Some(n))
            .collect();
        if let [one] = same.as_slice() {
            return Some((*one).clone());
        }
    }
    // Then a close spelling, then the most shared words („Ordnungsamt Nord“ for „FD 32
    // Ordnung“), when one list entry shares more than every other.
    if let Some(c) = configured
        .iter()
        .filter(fits)
        .map(|c| (spelling_similarity(&key, &core_key(c)), c))
        .filter(|(s, _)| *s >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
    {
        return Some(c);
    }
    let mine = content_words(name);
    let mut scored: Vec<(usize, &String)> = configured
        .iter()
        .filter(fits)
        .map(|c| {
            let theirs = content_words(c);
            let shared = mine
                .iter()
                .filter(|w| {
                    theirs
                        .iter()
                        .any(|t| t.starts_with(w.as_str()) || w.starts_with(t.as_str()))
                })
                .count();
            (shared, c)
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    match scored.as_slice() {
        [(best, c), rest @ ..] if rest.first().is_none_or(|(n, _)| n < best) => Some((*c).clone()),
        _ => None,
    }
}

/// The words of a name that say what the department does: without kind words, numbers,
/// years and short fillers („und“, „für“).
fn content_words(name: &str) -> Vec<String> {
    let (words, start) = words(name);
    words[start..]
        .iter()
        .filter(|w| !is_year(w) && !is_number(w) && w.chars().count() >= 4)
        .filter(|w| !matches!(w.as_str(), "fuer" | "sowie" | "oder" | "beim"))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_gets_a_suggestion_by_number_then_words() {
        let list: Vec<String> = [
            "FD 32 Ordnung und Sicherheit",
            "FD 51 Jugend",
            "Amt 70 Umwelt",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(suggestion("FD 51", &list).as_deref(), Some("FD 51 Jugend"));
        assert_eq!(
            suggestion("Fachdienst 70", &list).as_deref(),
            Some("Amt 70 Umwelt")
        );
        assert_eq!(
            suggestion("Ordnungsamt Nord", &list).as_deref(),
            Some("FD 32 Ordnung und Sicherheit")
        );
        assert_eq!(suggestion("Kämmerei", &list), None);
        // Another number's department is never suggested.
        assert_eq!(suggestion("FD 33 Ordnung", &list), None);
    }

    #[test]
    fn core_keys_of_one_department_agree() {
        for name in [
            "Fachbereich Jugend",
            "FB Jugend",
            "FB 51 Jugend",
            "fachbereich jugend",
            "Jugend",
            "51-jugend-2024",
            "Fachbereich  Jugend ",
        ] {
            assert_eq!(core_key(name), "jugend", "{name}");
        }
        assert_eq!(
            core_key("Fach- und Servicebereich Personal und Organisation"),
            "personalundorganisation"
        );
        assert_eq!(
            core_key("SB Personal und Organisation"),
            "personalundorganisation"
        );
        assert_eq!(core_key("Stabsst. Gleichstellung"), "gleichstellung");
        assert_eq!(core_key("Stabsstelle Gleichstellung"), "gleichstellung");
        assert_eq!(core_key("Dez. III"), "iii");
        assert_ne!(
            core_key("Fachbereich Soziales"),
            core_key("Fachbereich Jugend")
        );
    }

    /// Each spelling's canonical name; `None` where it is kept as written for being unknown
    /// or ambiguous.
    fn names(list: &[(&str, usize)], configured: &[&str]) -> HashMap<String, Option<String>> {
        readings(list, configured)
            .into_iter()
            .map(|(name, r)| match r {
                Reading::As(c) => (name, Some(c)),
                _ => (name, None),
            })
            .collect()
    }

    fn readings(list: &[(&str, usize)], configured: &[&str]) -> HashMap<String, Reading> {
        let spellings = list.iter().map(|(n, r)| (n.to_string(), *r)).collect();
        let configured: Vec<String> = configured.iter().map(|s| s.to_string()).collect();
        canonical_names(&spellings, &configured)
    }

    #[test]
    fn every_prefix_family_is_read_and_kinds_stay_apart() {
        let configured = ["FD 32 Ordnung", "FD 51 Jugend", "Amt 70 Umwelt"];
        let spellings = [
            ("FD 32", 1),
            ("Fachdienst 32 Ordnung", 1),
            ("Fachdienst 51", 1),
            ("Amt 70", 1),
            ("Amt 32", 1),
        ];
        let m = readings(&spellings, &configured);
        assert_eq!(m["FD 32"], Reading::As("FD 32 Ordnung".into()));
        assert_eq!(
            m["Fachdienst 32 Ordnung"],
            Reading::As("FD 32 Ordnung".into())
        );
        assert_eq!(m["Fachdienst 51"], Reading::As("FD 51 Jugend".into()));
        assert_eq!(m["Amt 70"], Reading::As("Amt 70 Umwelt".into()));
        // Amt 32 is not Fachdienst 32.
        assert!(
            matches!(m["Amt 32"], Reading::Unknown { .. }),
            "{:?}",
            m["Amt 32"]
        );
    }

    #[test]
    fn departments_with_different_numbers_stay_apart() {
        let spellings = [
            ("Fachbereich 3 (Soziales)", 5),
            ("FB 3 Soziales", 2),
            ("Fachbereich 10 (Soziales)", 4),
            ("FB 10 Soziales", 1),
            ("Fachbereich Soziales", 3),
            ("FB 32 Jugend", 2),
            ("Fachbereich Jugend", 1),
        ];
        let m = readings(&spellings, &[]);
        assert_eq!(
            m["FB 3 Soziales"],
            Reading::As("Fachbereich 3 (Soziales)".into())
        );
        assert_eq!(
            m["FB 10 Soziales"],
            Reading::As("Fachbereich 10 (Soziales)".into())
        );
        let ambiguous = Reading::Ambiguous {
            name: "Fachbereich Soziales".into(),
            candidates: vec![
                "Fachbereich 3 (Soziales)".into(),
                "Fachbereich 10 (Soziales)".into(),
            ],
        };
        assert_eq!(m["Fachbereich Soziales"], ambiguous);
        // One number only: a name without it is the same department, named with its number.
        assert_eq!(m["FB 32 Jugend"], Reading::As("FB 32 Jugend".into()));
        assert_eq!(m["Fachbereich Jugend"], Reading::As("FB 32 Jugend".into()));
        assert_eq!(number("FB 032 Jugend"), Some("32".into()));
        assert_eq!(number("Fachbereich 51"), None);

        let configured = [
            "Fachbereich 3 (Soziales)",
            "Fachbereich 10 (Soziales)",
            "Fachbereich Jugend",
        ];
        let m = readings(&spellings, &configured);
        assert_eq!(
            m["FB 3 Soziales"],
            Reading::As("Fachbereich 3 (Soziales)".into())
        );
        assert_eq!(
            m["FB 10 Soziales"],
            Reading::As("Fachbereich 10 (Soziales)".into())
        );
        assert!(matches!(&m["Fachbereich Soziales"],
            Reading::Ambiguous { name, candidates } if name == "Fachbereich Soziales" && candidates.len() == 2));
        assert_eq!(m["FB 32 Jugend"], Reading::As("Fachbereich Jugend".into()));
        // A number the list does not have is not quietly another department's.
        let m = readings(
            &[("FB 7 Soziales", 1), ("Soziales", 1)],
            &["Fachbereich 3 (Soziales)"],
        );
        assert_eq!(
            m["FB 7 Soziales"],
            Reading::Unknown {
                name: "FB 7 Soziales".into()
            }
        );
        assert_eq!(
            m["Soziales"],
            Reading::As("Fachbereich 3 (Soziales)".into())
        );
    }

    #[test]
    fn spellings_clerks_use_for_numbered_departments() {
        // Glued numbers, leading zeros and years are read as a person reads them.
        assert_eq!(number("FB3 Soziales"), Some("3".into()));
        assert_eq!(core_key("FB3 Soziales"), "soziales");
        assert_eq!(number("Fachbereich 03 Soziales"), Some("3".into()));
        assert_eq!(number("2024 Soziales"), None);
        let m = readings(
            &[
                ("FB 3 Soziales", 4),
                ("FB3 Soziales", 1),
                ("FB 10 Soziales", 2),
                ("Soziales", 1),
                ("fachbereich soziales", 1),
                ("Fachbereich Jugend", 3),
                ("Fachbereich Jugend 2024", 9),
            ],
            &[],
        );
        assert_eq!(m["FB3 Soziales"], Reading::As("FB 3 Soziales".into()));
        // A name that is only a number is the department with that number.
        let n = readings(
            &[
                ("FB 51 Jugend", 2),
                ("Fachbereich 51", 1),
                ("51", 1),
                ("FB 52", 1),
            ],
            &[],
        );
        assert_eq!(n["Fachbereich 51"], Reading::As("FB 51 Jugend".into()));
        assert_eq!(n["51"], Reading::As("FB 51 Jugend".into()));
        assert_eq!(n["FB 52"], Reading::As("FB 52".into()));
        let n = readings(
            &[("FB 51", 1)],
            &["Fachbereich 51 (Jugend)", "Fachbereich 3"],
        );
        assert_eq!(n["FB 51"], Reading::As("Fachbereich 51 (Jugend)".into()));
        // Two spellings without a number: one department of their own, not two.
        for name in ["Soziales", "fachbereich soziales"] {
            assert!(
                matches!(&m[name], Reading::Ambiguous { name, .. } if name == "fachbereich soziales"),
                "{:?}",
                m[name]
            );
        }
        // A name with a year is not the one to keep.
        assert_eq!(
            m["Fachbereich Jugend 2024"],
            Reading::As("Fachbereich Jugend".into())
        );
        // Suggestions keep to the number.
        let list = [
            "Fachbereich 3 (Soziales)".to_string(),
            "Fachbereich 10 (Soziales)".into(),
        ];
        assert_eq!(suggestion("FB 7 Soziales", &list), None);
        assert_eq!(
            suggestion("FB 10 Sozailes", &list).as_deref(),
            Some("Fachbereich 10 (Soziales)")
        );
    }

    #[test]
    fn longest_full_form_wins_without_a_list() {
        let m = names(
            &[
                ("FB Jugend", 30),
                ("Fachbereich Jugend", 2),
                ("jugend", 1),
                ("Fachbereich Soziales", 4),
            ],
            &[],
        );
        assert_eq!(m["FB Jugend"].as_deref(), Some("Fachbereich Jugend"));
        assert_eq!(m["jugend"].as_deref(), Some("Fachbereich Jugend"));
        assert_eq!(
            m["Fachbereich Soziales"].as_deref(),
            Some("Fachbereich Soziales")
        );
        // Same length: the most rows, then the capitalised spelling.
        let m = names(&[("fachbereich jugend", 3), ("Fachbereich Jugend", 3)], &[]);
        assert_eq!(
            m["fachbereich jugend"].as_deref(),
            Some("Fachbereich Jugend")
        );
    }

    #[test]
    fn configured_list_rules_and_unknown_names_stay() {
        let m = names(
            &[("FB Jugend", 3), ("Jugendamt", 1)],
            &["Fachbereich Jugend", "Fachbereich Soziales"],
        );
        assert_eq!(m["FB Jugend"].as_deref(), Some("Fachbereich Jugend"));
        assert_eq!(m["Jugendamt"], None);
        assert_eq!(
            suggestion("Fachbereich Sozialles", &["Fachbereich Soziales".into()]).as_deref(),
            Some("Fachbereich Soziales")
        );
        assert_eq!(
            suggestion("Kämmerei", &["Fachbereich Soziales".into()]),
            None
        );
    }
}

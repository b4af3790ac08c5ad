//! Department names as a vocabulary: one department never gets two sections, two rows in a
//! table or two bars in a chart because one return says „FB Jugend“ and another
//! „Fachbereich Jugend“.
//!
//! The canonical names are `departments` in `bestand.toml`; without that list, the names
//! seen in the run, the longest full form of each department winning (ties: the most rows,
//! then the alphabet). Variants — the abbreviations FB, SB, Stabsst., Dez., case, hyphens
//! and spaces, a missing „Fachbereich“ prefix, a name taken from a file name — are mapped to
//! the canonical name with one warning per file and variant.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};

use crate::config::{Config, Lang};
use crate::findings::{Findings, Location, Severity};
use crate::text::{match_key, similarity};
use crate::transform::{Measure, Rejected};

/// Words that say what kind of unit a department is, not which one: the prefixes of the
/// same unit („FB“ is „Fachbereich“). „Team“, „Referat“ or „Abteilung“ name other units and
/// stay part of the name.
const KIND_WORDS: [&str; 11] = [
    "fachbereich",
    "fb",
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

/// The key under which names of one department agree: the name without leading kind words
/// and numbers („FB 32 Jugend“, „Fachbereich Jugend“ and „jugend“ all give `jugend`), and
/// without a year (a name taken from `jugend-2024.xlsx`).
pub fn core_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .map(match_key)
        .filter(|w| !w.is_empty())
        .collect();
    let start = words
        .iter()
        .position(|w| !KIND_WORDS.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or(words.len());
    let core: String = words[start..]
        .iter()
        .filter(|w| !(w.len() == 4 && crate::ingest::year_in_name(w).is_some()))
        .map(String::as_str)
        .collect();
    if !core.is_empty() {
        return core;
    }
    // „FB 51“, „Fachbereich 51“ and a file named „51“: the number is the name.
    let digits: String = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .map(String::as_str)
        .collect();
    if digits.is_empty() {
        match_key(name)
    } else {
        digits
    }
}

/// Where a name was first seen, for its finding.
struct Seen {
    rows: usize,
    at: Location,
}

/// Maps every department name to its canonical form, with a warning per file and variant.
pub fn canonicalise(
    measures: &mut [Measure],
    rejected: &mut [Rejected],
    others: &mut [(Option<i32>, String)],
    cfg: &Config,
    findings: &mut Findings,
) {
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
                    cell: row.to_string(),
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
    let map = canonical_names(&spellings, &cfg.departments);
    let lang = cfg.lang;
    for ((_, name), seen) in &per_file {
        match map.get(name) {
            Some(Some(canonical)) if canonical != name => findings.push(
                Severity::Warning,
                "department-variant",
                &seen.at,
                match lang {
                    Lang::De => format!(
                        "Fachbereich „{name}“ ({} {}) gelesen als „{canonical}“, wie er an anderer Stelle heißt. Bitte künftig diesen Namen verwenden.",
                        seen.rows,
                        if seen.rows == 1 { "Zeile" } else { "Zeilen" }
                    ),
                    Lang::En => format!(
                        "Department \"{name}\" ({} {}) read as \"{canonical}\", as it is named elsewhere. Please use that name from now on.",
                        seen.rows,
                        if seen.rows == 1 { "row" } else { "rows" }
                    ),
                },
            ),
            Some(None) => {
                let hint = suggestion(name, &cfg.departments)
                    .map(|s| match lang {
                        Lang::De => format!(" Meinten Sie „{s}“?"),
                        Lang::En => format!(" Did you mean \"{s}\"?"),
                    })
                    .unwrap_or_default();
                findings.push(
                    Severity::Warning,
                    "unknown-department",
                    &seen.at,
                    match lang {
                        Lang::De => format!(
                            "Fachbereich „{name}“ steht nicht in der Liste departments von bestand.toml; er wird wie geschrieben übernommen.{hint}"
                        ),
                        Lang::En => format!(
                            "Department \"{name}\" is not in the list departments of bestand.toml; it is kept as written.{hint}"
                        ),
                    },
                );
            }
            _ => {}
        }
    }
    let apply = |d: &mut String| {
        if let Some(Some(c)) = map.get(d.as_str())
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
}

/// For each spelling its canonical name; `None` for a name not in a configured list.
fn canonical_names(
    spellings: &BTreeMap<String, usize>,
    configured: &[String],
) -> HashMap<String, Option<String>> {
    let mut out = HashMap::new();
    if !configured.is_empty() {
        let by_key: HashMap<String, &String> =
            configured.iter().map(|c| (core_key(c), c)).collect();
        let exact: HashMap<String, &String> =
            configured.iter().map(|c| (match_key(c), c)).collect();
        for name in spellings.keys() {
            let found = exact
                .get(&match_key(name))
                .or_else(|| by_key.get(&core_key(name)))
                .map(|c| (*c).clone());
            out.insert(name.clone(), found);
        }
        return out;
    }
    // Without a list: group by core key; the longest full form wins.
    let mut groups: BTreeMap<String, Vec<(&String, usize)>> = BTreeMap::new();
    for (name, rows) in spellings {
        groups
            .entry(core_key(name))
            .or_default()
            .push((name, *rows));
    }
    for members in groups.values() {
        let Some((best, _)) = members.iter().max_by(|a, b| {
            a.0.chars()
                .count()
                .cmp(&b.0.chars().count())
                .then(a.1.cmp(&b.1))
                .then(b.0.cmp(a.0))
        }) else {
            continue;
        };
        for (name, _) in members {
            out.insert((*name).clone(), Some((*best).clone()));
        }
    }
    out
}

/// A configured name that is likely meant, or none (a wrong suggestion is worse than none).
fn suggestion(name: &str, configured: &[String]) -> Option<String> {
    let key = core_key(name);
    configured
        .iter()
        .map(|c| (similarity(&key, &core_key(c)), c))
        .filter(|(s, _)| *s >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn names(list: &[(&str, usize)], configured: &[&str]) -> HashMap<String, Option<String>> {
        let spellings = list.iter().map(|(n, r)| (n.to_string(), *r)).collect();
        let configured: Vec<String> = configured.iter().map(|s| s.to_string()).collect();
        canonical_names(&spellings, &configured)
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

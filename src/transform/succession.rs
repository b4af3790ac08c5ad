//! Reorganisations between two inventories: a department renamed, two merged, one split.
//! Configured in `bestand.toml` (`predecessors`, `since`) or noticed when most of an old
//! department's measures reappear under one or two departments new in the later year while
//! the old one sent nothing. A predecessor with a successor is never „without return“; its
//! measures are the successor's.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::Config;

use super::Dataset;

/// A reorganisation between two reporting years.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Succession {
    /// The departments of the earlier year.
    pub predecessors: Vec<String>,
    /// The departments of the later year that took them over.
    pub successors: Vec<String>,
    /// Configured in `bestand.toml` (else noticed from the measures, and warned about).
    pub configured: bool,
}

impl Succession {
    /// Groups (predecessor, successor) pairs into reorganisations: connected pairs are one
    /// (a merger has several predecessors, a split several successors).
    pub fn group(edges: &[(String, String)], configured: bool) -> Vec<Succession> {
        let mut out: Vec<Succession> = Vec::new();
        for (p, s) in edges {
            let at = out
                .iter()
                .position(|g| g.predecessors.contains(p) || g.successors.contains(s));
            match at {
                Some(i) => {
                    let g = &mut out[i];
                    if !g.predecessors.contains(p) {
                        g.predecessors.push(p.clone());
                    }
                    if !g.successors.contains(s) {
                        g.successors.push(s.clone());
                    }
                }
                None => out.push(Succession {
                    predecessors: vec![p.clone()],
                    successors: vec![s.clone()],
                    configured,
                }),
            }
        }
        out
    }
}

/// A department's measures of the earlier year that pair with measures of departments new
/// in the later year, at least this many, and at least half of its open measures: its
/// successors. Fewer pairs are a weak sign only.
const NOTICED_AT_LEAST: usize = 3;

/// What the measures say about reorganisations the configuration does not name: pairs
/// (predecessor, successor) taken as a succession, and weak signs (one or two measures in
/// common) that make a missing return uncertain only.
pub(super) struct Noticed {
    pub(super) edges: Vec<(String, String)>,
    pub(super) weak: Vec<(String, String)>,
}

/// Finds successions in the pairs of two years (see [`Noticed`]).
pub(super) fn notice(
    dataset: &Dataset,
    cfg: &Config,
    pairs: &[(usize, usize)],
    from: i32,
    to: i32,
    known: &[(String, String)],
) -> Noticed {
    let measures = &dataset.measures;
    let returned = |year: i32, d: &str| {
        dataset
            .returns
            .get(&year)
            .is_some_and(|set| set.contains(d))
    };
    // Open measures of the earlier year per department (ended ones are not expected back).
    let mut open: BTreeMap<&str, usize> = BTreeMap::new();
    for m in measures.iter().filter(|m| m.year == from) {
        if !cfg.means_ended(&m.status) {
            *open.entry(m.department.as_str()).or_default() += 1;
        }
    }
    // Pairs from an old department without a return to a department new in `to`.
    let mut flows: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for &(o, n) in pairs {
        let (a, b) = (&measures[o], &measures[n]);
        if a.department == b.department
            || returned(to, &a.department)
            || returned(from, &b.department)
            || known.iter().any(|(p, _)| *p == a.department)
        {
            continue;
        }
        *flows
            .entry(a.department.as_str())
            .or_default()
            .entry(b.department.as_str())
            .or_default() += 1;
    }
    let mut out = Noticed {
        edges: Vec::new(),
        weak: Vec::new(),
    };
    for (old, to_new) in flows {
        let total: usize = to_new.values().sum();
        let base = open.get(old).copied().unwrap_or(0).max(1);
        if total >= NOTICED_AT_LEAST && total * 2 >= base {
            // A successor takes at least two of its measures (a split), or it is the only one.
            let single = to_new.len() == 1;
            for (new, n) in to_new {
                if single || n >= 2 {
                    out.edges.push((old.to_string(), new.to_string()));
                }
            }
        } else if let Some((new, _)) = to_new.iter().max_by_key(|(_, n)| **n) {
            out.weak.push((old.to_string(), new.to_string()));
        }
    }
    out
}

/// The lines to add to `bestand.toml` to confirm a noticed reorganisation.
pub(super) fn config_lines(s: &Succession, since: i32) -> String {
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("\"{}\"", n.replace('"', "\\\"")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    s.successors
        .iter()
        .map(|succ| {
            format!(
                "{{ name = \"{}\", predecessors = [{}], since = {since} }}",
                succ.replace('"', "\\\""),
                quoted(&s.predecessors)
            )
        })
        .collect::<Vec<_>>()
        .join(",\n")
}

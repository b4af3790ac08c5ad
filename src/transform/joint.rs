//! Joint measures: the same measure (the same id and title) reported in one year by two or
//! more departments that run it together. Each department's overview shows it; the
//! organisation's totals count it once.

use foldhash::{HashMap, HashMapExt};

use crate::config::Config;
use crate::findings::{Code, Findings, Severity};
use crate::text::match_key;
use crate::tr;

use super::{Measure, shorten};

/// The measures of one year that share an id and a title, with the departments apart.
fn groups(measures: &[Measure]) -> Vec<Vec<usize>> {
    let mut by_key: HashMap<(i32, String, String), Vec<usize>> = HashMap::new();
    for (i, m) in measures.iter().enumerate() {
        let Some(id) = m.measure_id.as_deref() else {
            continue;
        };
        by_key
            .entry((m.year, match_key(id), match_key(&m.title)))
            .or_default()
            .push(i);
    }
    let mut groups: Vec<Vec<usize>> = by_key
        .into_values()
        .filter(|g| {
            let first = match_key(&measures[g[0]].department);
            g.iter()
                .any(|&i| match_key(&measures[i].department) != first)
        })
        .collect();
    groups.sort_unstable();
    groups
}

/// How a measure counts in the organisation's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// Reported by its department alone.
    Own,
    /// A joint measure, counted here (under the department that sorts first).
    Joint,
    /// A joint measure counted under another department: shown under its own, left out
    /// of the organisation's totals.
    Elsewhere,
}

/// For each measure, how it counts in the organisation's totals (see [`Share`]).
pub fn shares(measures: &[Measure]) -> Vec<Share> {
    let mut shares = vec![Share::Own; measures.len()];
    for g in groups(measures) {
        let first = g
            .iter()
            .copied()
            .min_by_key(|&i| (match_key(&measures[i].department), i));
        for &i in &g {
            shares[i] = if Some(i) == first {
                Share::Joint
            } else {
                Share::Elsewhere
            };
        }
    }
    shares
}

/// An info finding at each copy of a joint measure, naming the departments that report it.
pub(super) fn report(measures: &[Measure], cfg: &Config, findings: &mut Findings) {
    for g in groups(measures) {
        let mut departments: Vec<&str> =
            g.iter().map(|&i| measures[i].department.as_str()).collect();
        departments.sort_unstable();
        departments.dedup();
        let named = departments
            .iter()
            .map(|d| tr!(cfg.lang, "quoted", text = *d))
            .collect::<Vec<_>>()
            .join(", ");
        for &i in &g {
            let m = &measures[i];
            findings.push(
                Severity::Info,
                Code::JointMeasure,
                &m.location(),
                tr!(
                    cfg.lang,
                    "joint-measure",
                    title = shorten(&m.title),
                    id = m.measure_id.as_deref().unwrap_or_default(),
                    departments = named.as_str(),
                    count = departments.len()
                ),
            );
        }
    }
}

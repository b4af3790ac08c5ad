//! The measures a department marked for the report: at most five are shown; of more, the
//! ones begun most recently, and the department is told which.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::findings::{Code, Findings, Severity};
use crate::text::match_key;
use crate::tr;

use super::{Measure, shorten};

/// At most this many highlighted measures per department in the report.
pub const MAX_SHOWN: usize = 5;

/// The marked measures the report shows, in the order of the choice: the most recent start
/// first (a measure without a start last), then by title.
pub fn chosen<'a>(marked: impl IntoIterator<Item = &'a Measure>) -> Vec<&'a Measure> {
    let mut all: Vec<&Measure> = marked.into_iter().filter(|m| m.highlight).collect();
    all.sort_by(|a, b| {
        b.start
            .cmp(&a.start)
            .then_with(|| match_key(&a.title).cmp(&match_key(&b.title)))
    });
    all.truncate(MAX_SHOWN);
    all
}

/// A warning per department of the latest year that marked more than five measures, naming
/// the five the report shows and how they were chosen.
pub(super) fn report_too_many(measures: &[Measure], cfg: &Config, findings: &mut Findings) {
    let Some(latest) = measures.iter().map(|m| m.year).max() else {
        return;
    };
    let mut by_dept: BTreeMap<&str, Vec<&Measure>> = BTreeMap::new();
    for m in measures.iter().filter(|m| m.year == latest && m.highlight) {
        by_dept.entry(m.department.as_str()).or_default().push(m);
    }
    for (department, marked) in by_dept {
        if marked.len() <= MAX_SHOWN {
            continue;
        }
        let chosen = chosen(marked.iter().copied());
        let shown: Vec<String> = chosen
            .iter()
            .map(|m| format!("„{}“", shorten(&m.title)))
            .collect();
        // On the first mark the report does not show: the one to take back.
        let first = marked
            .iter()
            .copied()
            .find(|m| !chosen.iter().any(|c| std::ptr::eq(*c, *m)))
            .unwrap_or(marked[0]);
        findings.push(
            Severity::Warning,
            Code::TooManyHighlights,
            &first.location(),
            tr!(
                cfg.lang,
                "too-many-highlights",
                department = department,
                count = marked.len(),
                shown = shown.join(", ")
            ),
        );
    }
}

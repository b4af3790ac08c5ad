//! The return list (Rücklauf): per reporting year, who was asked, who answered with which
//! files, whose return is incomplete, who sent nothing. The first thing an office chases.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::config::Config;
use crate::findings::{Findings, Severity};
use crate::text::sort_key;
use crate::transform::Dataset;

/// Where the list of departments asked comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Asked {
    /// The `departments` list of `bestand.toml`.
    Configured,
    /// Every department that reported in the previous or this reporting year (no list
    /// configured).
    Seen,
}

/// How one department's return of one year stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    /// Every row taken over.
    Answered,
    /// Answered, but rows were rejected (each named by an error finding).
    Incomplete,
    /// A return under a name without its number may be this department's.
    Unclear,
    /// Nothing readable arrived.
    Missing,
}

/// One department in one year's return list.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentReturn {
    /// The department as named in the outputs.
    pub department: String,
    /// How its return stands.
    pub standing: Standing,
    /// The files its rows came from, relative to the input folder.
    pub files: Vec<String>,
    /// Measures taken over.
    pub measures: usize,
    /// Rows not taken over.
    pub rejected: usize,
    /// Whether the configured list names it (always, without a list): a department that
    /// answered under a name the list does not know was not asked as such.
    pub listed: bool,
}

/// One reporting year's return list.
#[derive(Debug, Clone, PartialEq)]
pub struct YearReturns {
    /// The reporting year.
    pub year: i32,
    /// Where the departments asked come from.
    pub asked: Asked,
    /// Every department asked or answering, in counting order.
    pub departments: Vec<DepartmentReturn>,
}

impl YearReturns {
    /// The departments whose return stands so, in order.
    pub fn with(&self, standing: Standing) -> Vec<&str> {
        self.departments
            .iter()
            .filter(|d| d.standing == standing)
            .map(|d| d.department.as_str())
            .collect()
    }

    /// The departments with the missing first, then the uncertain, the incomplete, and
    /// those whose return is complete: the order a clerk chases them in.
    pub fn missing_first(&self) -> Vec<&DepartmentReturn> {
        let mut order: Vec<&DepartmentReturn> = self.departments.iter().collect();
        order.sort_by_key(|d| std::cmp::Reverse(d.standing));
        order
    }

    /// How many departments were asked.
    pub fn asked(&self) -> usize {
        self.departments.iter().filter(|d| d.listed).count()
    }

    /// How many of the departments asked sent a readable return (complete or not).
    pub fn answered(&self) -> usize {
        self.departments
            .iter()
            .filter(|d| d.listed && d.answered())
            .count()
    }

    /// Departments that answered under a name the configured list does not have.
    pub fn unlisted(&self) -> Vec<&str> {
        self.departments
            .iter()
            .filter(|d| !d.listed)
            .map(|d| d.department.as_str())
            .collect()
    }
}

impl DepartmentReturn {
    /// Whether it sent a readable return (complete or not).
    pub fn answered(&self) -> bool {
        matches!(self.standing, Standing::Answered | Standing::Incomplete)
    }
}

/// The return list of every reporting year present, ascending. A row not taken over counts
/// where its error finding points (one per row, however many errors it has), so rows
/// rejected as repetitions make a return incomplete too.
pub fn build(dataset: &Dataset, cfg: &Config, findings: &Findings) -> Vec<YearReturns> {
    // Rows with an error, per file.
    let mut bad_rows: BTreeMap<&str, BTreeSet<(&str, u32)>> = BTreeMap::new();
    for f in findings.items() {
        let row = f.spot.order().0;
        if f.severity == Severity::Error && row > 0 {
            bad_rows
                .entry(f.file.as_str())
                .or_default()
                .insert((f.sheet.as_str(), row));
        }
    }
    // (year, department) → (files, measures, rejected)
    let mut seen: BTreeMap<(i32, &str), (BTreeSet<&str>, usize, usize)> = BTreeMap::new();
    for m in &dataset.measures {
        let e = seen.entry((m.year, m.department.as_str())).or_default();
        e.0.insert(m.source_file.as_str());
        e.1 += 1;
    }
    for r in &dataset.rejected_rows {
        if let Some(year) = r.year {
            let e = seen.entry((year, r.department.as_str())).or_default();
            e.0.insert(r.source_file.as_str());
        }
    }
    for ((_, _), (files, _, rejected)) in seen.iter_mut() {
        *rejected = files
            .iter()
            .map(|f| bad_rows.get(f).map_or(0, BTreeSet::len))
            .sum();
    }
    let mut years: BTreeSet<i32> = dataset.returns.keys().copied().collect();
    years.extend(seen.keys().map(|(y, _)| *y));
    years.extend(dataset.year_folders.iter().copied());
    let configured = !cfg.departments.is_empty();
    let names = cfg.department_names();
    // Without a list: the departments of the previous reporting year (one dissolved years
    // ago is not chased for ever) and those that answered now.
    let mut previous: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    for year in years {
        let answered: BTreeSet<&str> = dataset
            .returns
            .get(&year)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let this_year: BTreeSet<&str> = seen
            .range((year, "")..)
            .take_while(|((y, _), _)| *y == year)
            .map(|((_, d), _)| *d)
            .chain(answered.iter().copied())
            .collect();
        let listed: BTreeSet<&str> = if configured {
            asked_in(cfg, &names, year, &answered)
        } else {
            previous.union(&this_year).copied().collect()
        };
        let mut asked = listed.clone();
        asked.extend(this_year.iter().copied());
        let unclear = dataset.unclear_returns.get(&year);
        let mut departments: Vec<DepartmentReturn> = asked
            .iter()
            .map(|d| {
                let (files, measures, rejected) = seen
                    .get(&(year, *d))
                    .map(|(f, m, r)| (f.iter().map(|s| s.to_string()).collect(), *m, *r))
                    .unwrap_or_default();
                // Every department with a row, taken over or not, is in `answered`.
                let standing = if answered.contains(d) {
                    if rejected > 0 {
                        Standing::Incomplete
                    } else {
                        Standing::Answered
                    }
                } else if unclear.is_some_and(|u| u.contains(*d)) {
                    Standing::Unclear
                } else {
                    Standing::Missing
                };
                DepartmentReturn {
                    department: d.to_string(),
                    standing,
                    files,
                    measures,
                    rejected,
                    listed: listed.contains(d),
                }
            })
            .collect();
        departments.sort_by_cached_key(|d| sort_key(&d.department));
        previous = this_year;
        out.push(YearReturns {
            year,
            asked: if configured {
                Asked::Configured
            } else {
                Asked::Seen
            },
            departments,
        });
    }
    out
}

/// The configured departments asked for a year: a department that took over others in a
/// reorganisation stands for them from its `since` year on (without one: from the first
/// year it answered itself); before, its predecessors were asked.
fn asked_in<'a>(
    cfg: &'a Config,
    names: &'a [String],
    year: i32,
    answered: &BTreeSet<&str>,
) -> BTreeSet<&'a str> {
    let mut out: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    for d in &cfg.departments {
        let before = match d.since() {
            Some(since) => year < since,
            None => {
                !answered.contains(d.name())
                    && d.predecessors()
                        .iter()
                        .any(|p| answered.contains(p.as_str()))
            }
        };
        if before && !d.predecessors().is_empty() {
            out.remove(d.name());
            out.extend(d.predecessors().iter().map(String::as_str));
        }
    }
    out
}

/// Applies reorganisations the comparison noticed or was told of: in the later year, a
/// predecessor without a return whose successor answered is not missing; its successor
/// answered for it, so it leaves that year's list.
pub fn apply_successions(lists: &mut [YearReturns], year: i32, successions: &[(String, String)]) {
    let Some(list) = lists.iter_mut().find(|l| l.year == year) else {
        return;
    };
    let answered: BTreeSet<String> = list
        .departments
        .iter()
        .filter(|d| d.answered())
        .map(|d| d.department.clone())
        .collect();
    list.departments.retain(|d| {
        d.answered()
            || !successions
                .iter()
                .any(|(p, s)| *p == d.department && answered.contains(s))
    });
}

/// One year's return list in summary.json: department names only.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ReturnFigures {
    /// Where the departments asked come from (`configured`, `seen`); none in a year
    /// without measures.
    pub asked_from: Option<Asked>,
    /// Departments asked.
    pub asked: Vec<String>,
    /// Departments that sent a readable return (also those in `incomplete`).
    pub answered: Vec<String>,
    /// Departments that answered with rows not taken over.
    pub incomplete: Vec<String>,
    /// Departments without a readable return.
    pub missing: Vec<String>,
    /// Departments whose return is not certain (a name without its number).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unclear: Vec<String>,
    /// Returns under a department name the configured list does not have.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unlisted: Vec<String>,
}

impl From<&YearReturns> for ReturnFigures {
    fn from(y: &YearReturns) -> Self {
        let listed = |keep: &dyn Fn(&DepartmentReturn) -> bool| -> Vec<String> {
            y.departments
                .iter()
                .filter(|d| d.listed && keep(d))
                .map(|d| d.department.clone())
                .collect()
        };
        let names = |s: Standing| listed(&|d| d.standing == s);
        ReturnFigures {
            asked_from: Some(y.asked),
            asked: listed(&|_| true),
            answered: listed(&DepartmentReturn::answered),
            incomplete: names(Standing::Incomplete),
            missing: names(Standing::Missing),
            unclear: names(Standing::Unclear),
            unlisted: y.unlisted().into_iter().map(String::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::{Measure, Rejected};

    fn measure(year: i32, department: &str, file: &str) -> Measure {
        Measure {
            year,
            measure_id: None,
            title: "T".into(),
            department: department.into(),
            field_of_action: "F".into(),
            goals: vec![],
            target_groups: vec![],
            status: "laufend".into(),
            start: None,
            end: None,
            budget_eur: None,
            funding: vec![],
            participants: None,
            participants_unit: None,
            participants_approx: false,
            municipalities: vec![],
            partners: vec![],
            description: None,
            highlight: false,
            contact: None,
            remarks: None,
            source_file: file.into(),
            source_sheet: "S".into(),
            source_row: 2,
        }
    }

    #[test]
    fn a_listed_department_that_never_answers_is_missing_every_year() {
        let mut dataset = Dataset::from_measures(vec![
            measure(2023, "FD 32 Ordnung", "2023/fd32.xlsx"),
            measure(2024, "FD 32 Ordnung", "2024/fd32.xlsx"),
            measure(2024, "FD 51 Jugend", "2024/fd51.xlsx"),
        ]);
        dataset.rejected_rows.push(Rejected {
            year: Some(2024),
            measure_id: None,
            title: Some("X".into()),
            department: "FD 51 Jugend".into(),
            source_file: "2024/fd51.xlsx".into(),
            source_sheet: "S".into(),
            source_row: 3,
            cells: vec![],
        });
        let cfg = Config {
            departments: vec![
                "FD 32 Ordnung".into(),
                "FD 51 Jugend".into(),
                "FD 70 Umwelt".into(),
            ],
            ..Config::default()
        };
        // The rejected row's error finding, twice (two cells): one row not taken over.
        let mut findings = Findings::new();
        for col in [1, 5] {
            let at = crate::findings::Location {
                file: "2024/fd51.xlsx".into(),
                sheet: "S".into(),
                spot: crate::findings::Spot::cell(2, col),
            };
            findings.push(
                Severity::Error,
                crate::findings::Code::MissingTitle,
                &at,
                "…",
            );
        }
        let list = build(&dataset, &cfg, &findings);
        assert_eq!(list.len(), 2);
        assert_eq!(
            list[0].with(Standing::Missing),
            ["FD 51 Jugend", "FD 70 Umwelt"]
        );
        assert_eq!(list[1].with(Standing::Answered), ["FD 32 Ordnung"]);
        assert_eq!(list[1].with(Standing::Incomplete), ["FD 51 Jugend"]);
        assert_eq!(list[1].with(Standing::Missing), ["FD 70 Umwelt"]);
        assert_eq!(list[1].answered(), 2);
        assert_eq!(list[1].departments[1].files, ["2024/fd51.xlsx"]);
        assert_eq!(
            (
                list[1].departments[1].measures,
                list[1].departments[1].rejected
            ),
            (1, 1)
        );
    }

    #[test]
    fn without_a_list_the_departments_of_the_previous_year_were_asked() {
        let dataset = Dataset::from_measures(vec![
            measure(2023, "Fachbereich Jugend", "2023/j.xlsx"),
            measure(2023, "Fachbereich Schulen", "2023/s.xlsx"),
            measure(2024, "Fachbereich Jugend", "2024/j.xlsx"),
            measure(2024, "Fachbereich Bildung", "2024/b.xlsx"),
        ]);
        let list = build(&dataset, &Config::default(), &Findings::new());
        assert_eq!(list[0].asked, Asked::Seen);
        assert!(list[0].with(Standing::Missing).is_empty());
        assert_eq!(list[1].with(Standing::Missing), ["Fachbereich Schulen"]);
        assert_eq!(list[1].departments.len(), 3);
        let figures = ReturnFigures::from(&list[1]);
        assert_eq!(figures.missing, ["Fachbereich Schulen"]);
        assert_eq!(
            figures.answered,
            ["Fachbereich Bildung", "Fachbereich Jugend"]
        );
    }
}

//! Returns sent twice and rows repeated: which file's rows count where a department sent a
//! corrected return beside its original, and rows that repeat a measure within a year.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};

use crate::findings::{Code, Findings, Location, Severity};
use crate::text::match_key;
use crate::tr;

use super::{Ctx, Measure, Rejected, shorten};

/// What [`reject_duplicates`] took out.
pub(super) struct Duplicates {
    /// Rows not taken over, each with an error finding.
    pub(super) rejected: usize,
    /// Of those, the repetitions of a measure taken (not in the evidence), per year.
    pub(super) repeated: BTreeMap<i32, usize>,
    /// Rows superseded by the same measure in a corrected return, each with an info finding.
    pub(super) superseded: usize,
}

/// Whether a file's name marks it as the corrected version of a return.
pub(super) fn marks_correction(file: &str) -> bool {
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|s| match_key(&s.to_string_lossy()))
        .unwrap_or_default();
    [
        "korr",
        "berichtigt",
        "aktualisiert",
        "ueberarbeitet",
        "final",
    ]
    .iter()
    .any(|m| stem.contains(m))
}

/// Two returns of one department in one year (an original and a corrected workbook) that
/// share ids or titles: each measure counts once. The file whose name marks it as corrected
/// wins, else the one whose name sorts last; the other file's copies of shared measures are
/// set aside with an info finding, its other measures stay.
pub(super) fn supersede_duplicate_returns(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
) -> usize {
    let returns = returns_by_file(measures);
    // Most departments send one file a year: then there is nothing to compare, and the
    // titles of all measures need not be prepared for it.
    if returns.values().all(|files| files.len() < 2) {
        return 0;
    }
    let titles = crate::transform::titles::Titles::new(measures.iter().map(|m| m.title.as_str()));
    let superseded_by = superseding_files(measures, &returns, &titles, ctx, findings);
    if superseded_by.is_empty() {
        return 0;
    }
    let keep = rows_to_keep(measures, &superseded_by, &titles, ctx, findings);
    drop(returns);
    let n = keep.iter().filter(|k| !**k).count();
    let mut i = 0;
    measures.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    n
}

/// A measure as compared between returns: its id (as a match key) and its title.
pub(super) type MeasureKey<'a> = (Option<String>, &'a str);

/// Per department and year, the files and their measures (id, title).
pub(super) type ReturnsByFile<'a> = BTreeMap<(i32, String), BTreeMap<&'a str, Vec<MeasureKey<'a>>>>;

/// (year, department, file) -> the preferred files that supersede its shared measures.
pub(super) type SupersededBy = HashMap<(i32, String, String), Vec<String>>;

/// Groups the measures' (id, title) by department and year, then by file.
pub(super) fn returns_by_file(measures: &[Measure]) -> ReturnsByFile<'_> {
    let mut returns = ReturnsByFile::new();
    for m in measures {
        returns
            .entry((m.year, match_key(&m.department)))
            .or_default()
            .entry(m.source_file.as_str())
            .or_default()
            .push((m.measure_id.as_deref().map(match_key), m.title.as_str()));
    }
    returns
}

/// The same measure: the same title, or the same id with a title that resembles it (two
/// teams numbering their measures 1, 2, 3 do not report the same measures).
pub(super) fn same_measure(
    titles: &crate::transform::titles::Titles,
    a: &MeasureKey,
    b: &MeasureKey,
) -> bool {
    let similar = || crate::transform::titles::title_similarity(&titles.key(a.1), &titles.key(b.1));
    match_key(a.1) == match_key(b.1)
        || (a.0.is_some() && a.0 == b.0 && similar() >= 0.5)
        || ((a.0.is_none() || b.0.is_none() || a.0 == b.0) && similar() >= 0.85)
}

/// For each file superseded in part by preferred files of the same department and year,
/// those files; warns once per such file.
pub(super) fn superseding_files(
    measures: &[Measure],
    returns: &ReturnsByFile,
    titles: &crate::transform::titles::Titles,
    ctx: &Ctx,
    findings: &mut Findings,
) -> SupersededBy {
    let mut superseded_by = SupersededBy::new();
    for ((year, dept), files) in returns {
        if files.len() < 2 {
            continue;
        }
        // A correction workbook bestand made (the later round first), then a name that
        // says corrected, then the name that sorts last.
        let round = |f: &str| ctx.correction_rounds.get(f).copied();
        let mut order: Vec<&str> = files.keys().copied().collect();
        order.sort_by(|a, b| {
            round(b)
                .cmp(&round(a))
                .then_with(|| marks_correction(b).cmp(&marks_correction(a)))
                .then_with(|| natural_order(&file_stem(b), &file_stem(a)))
        });
        for (i, later) in order.iter().enumerate().skip(1) {
            let better: Vec<String> = order[..i]
                .iter()
                .filter(|b| {
                    files[*b]
                        .iter()
                        .any(|x| files[later].iter().any(|y| same_measure(titles, x, y)))
                })
                .map(|b| b.to_string())
                .collect();
            let Some(first) = better.first() else {
                continue;
            };
            let name = measures
                .iter()
                .find(|m| m.year == *year && m.source_file == **later)
                .map(|m| m.department.clone())
                .unwrap_or_default();
            let lang = ctx.lang;
            let why = match round(first) {
                Some(r) => tr!(lang, "duplicate-return-why-correction", round = r as usize),
                None if marks_correction(first) => tr!(lang, "duplicate-return-why-named"),
                None => tr!(lang, "duplicate-return-why-sorted"),
            };
            findings.push(
                Severity::Warning,
                Code::DuplicateReturn,
                &Location {
                    file: later.to_string(),
                    ..Location::default()
                },
                tr!(
                    lang,
                    "duplicate-return",
                    department = name,
                    year = year.to_string(),
                    file = *later,
                    others = better.join(", "),
                    first = first.as_str(),
                    why = why
                ),
            );
            superseded_by.insert((*year, dept.clone(), later.to_string()), better);
        }
    }
    superseded_by
}

/// Per measure, whether it stays: a copy in a superseded file goes, with an info finding
/// naming the preferred file's copy.
pub(super) fn rows_to_keep(
    measures: &[Measure],
    superseded_by: &SupersededBy,
    titles: &crate::transform::titles::Titles,
    ctx: &Ctx,
    findings: &mut Findings,
) -> Vec<bool> {
    let mut keep = vec![true; measures.len()];
    for (i, m) in measures.iter().enumerate() {
        let Some(better) =
            superseded_by.get(&(m.year, match_key(&m.department), m.source_file.clone()))
        else {
            continue;
        };
        let me = (m.measure_id.as_deref().map(match_key), m.title.as_str());
        // The most preferred file's copy counts.
        let twin = better.iter().find_map(|file| {
            measures.iter().find(|o| {
                o.year == m.year
                    && o.source_file == *file
                    && match_key(&o.department) == match_key(&m.department)
                    && same_measure(
                        titles,
                        &(o.measure_id.as_deref().map(match_key), o.title.as_str()),
                        &me,
                    )
            })
        });
        if let Some(o) = twin {
            keep[i] = false;
            findings.push(
                Severity::Info,
                Code::SupersededRow,
                &m.location(),
                crate::tr!(
                    ctx.lang,
                    "superseded-row",
                    title = shorten(&m.title),
                    file = o.source_file.as_str(),
                    row = o.source_row.to_string()
                ),
            );
        }
    }
    keep
}

/// A file's name without folder and extension.
pub(super) fn file_stem(file: &str) -> String {
    std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Orders names as a person would: numbers by their value (`v2` before `v10`), and a name
/// before its own continuation (`schulen` before `schulen-neu`).
pub(super) fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn runs(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, run)) if *d == digit => run.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (ra, rb) = (runs(a), runs(b));
    for (x, y) in ra.iter().zip(rb.iter()) {
        let o = match (x.0, y.0) {
            (true, true) => {
                let (p, q) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                p.len().cmp(&q.len()).then_with(|| p.cmp(q))
            }
            _ => x.1.cmp(&y.1),
        };
        if o != std::cmp::Ordering::Equal {
            return o;
        }
    }
    ra.len().cmp(&rb.len())
}

/// Finds the same measure twice in one department and year: first duplicate returns (see
/// [`supersede_duplicate_returns`]); then the same id rejects the second row; the same
/// title with identical content too; the same title with different content is kept and
/// flagged.
pub(super) fn reject_duplicates(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
    evidence: &mut Vec<Rejected>,
) -> Duplicates {
    let superseded = supersede_duplicate_returns(measures, ctx, findings);
    let mut repeated = BTreeMap::new();
    let rejected = reject_repeated_rows(measures, ctx, findings, evidence, &mut repeated);
    Duplicates {
        rejected,
        repeated,
        superseded,
    }
}

/// The same measure twice within the returns of one department and year.
pub(super) fn reject_repeated_rows(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
    evidence: &mut Vec<Rejected>,
    repeated: &mut BTreeMap<i32, usize>,
) -> usize {
    let lang = ctx.cfg.lang;
    let mut first_by_id: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut first_by_title: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut drop = vec![false; measures.len()];
    for (i, m) in measures.iter().enumerate() {
        let dept = match_key(&m.department);
        // Made only for a finding: most rows have none.
        let at = || m.location();
        if let Some(id) = &m.measure_id {
            let key = (m.year, dept.clone(), match_key(id));
            if let Some(&j) = first_by_id.get(&key) {
                let other = &measures[j];
                findings.push(
                    Severity::Error,
                    Code::DuplicateId,
                    &at(),
                    tr!(
                        lang,
                        "duplicate-id",
                        id = id.as_str(),
                        department = m.department.as_str(),
                        file = other.source_file.as_str(),
                        row = other.source_row as usize
                    ),
                );
                drop[i] = true;
                // Another title under a taken id is another measure: not counted, but still
                // evidence that the department reported it.
                if match_key(&other.title) != match_key(&m.title) {
                    evidence.push(Rejected {
                        year: Some(m.year),
                        measure_id: None,
                        title: Some(m.title.clone()),
                        department: m.department.clone(),
                        source_file: m.source_file.clone(),
                        source_sheet: m.source_sheet.clone(),
                        source_row: m.source_row,
                        cells: Vec::new(),
                    });
                } else {
                    *repeated.entry(m.year).or_default() += 1;
                }
                continue;
            }
            first_by_id.insert(key, i);
        }
        let key = (m.year, dept, match_key(&m.title));
        if let Some(&j) = first_by_title.get(&key) {
            let other = &measures[j];
            let same = Measure {
                source_file: other.source_file.clone(),
                source_sheet: other.source_sheet.clone(),
                source_row: other.source_row,
                ..m.clone()
            } == *other;
            if same {
                findings.push(
                    Severity::Error,
                    Code::DuplicateRow,
                    &at(),
                    tr!(
                        lang,
                        "duplicate-row",
                        title = shorten(&m.title),
                        file = other.source_file.as_str(),
                        row = other.source_row as usize
                    ),
                );
                drop[i] = true;
                *repeated.entry(m.year).or_default() += 1;
            } else if m.measure_id.is_none() || other.measure_id.is_none() {
                findings.push(
                    Severity::Warning,
                    Code::DuplicateTitle,
                    &at(),
                    tr!(
                        lang,
                        "duplicate-title",
                        title = shorten(&m.title),
                        file = other.source_file.as_str(),
                        row = other.source_row as usize
                    ),
                );
            }
            continue;
        }
        first_by_title.insert(key, i);
    }
    let n = drop.iter().filter(|d| **d).count();
    let mut i = 0;
    measures.retain(|_| {
        let keep = !drop[i];
        i += 1;
        keep
    });
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_sort_as_a_person_reads_them() {
        use std::cmp::Ordering::Less;
        assert_eq!(natural_order("07-umwelt-v2", "07-umwelt-v10"), Less);
        assert_eq!(natural_order("04-schulen", "04-schulen-neu"), Less);
        assert_eq!(
            natural_order("08-bau-korrigiert", "08-bau-korrigiert-2"),
            Less
        );
        assert_eq!(natural_order("jugend-2023", "jugend-2024"), Less);
        assert!(marks_correction("2024/jugend-korrigiert.xlsx"));
        assert!(marks_correction("2024/Jugend_KORR.xlsx"));
        assert!(!marks_correction("2024/neustadt.xlsx"));
    }
}

//! The checks across the rows of the indicator workbook.

use crate::config::Lang;
use crate::findings::{Code, Findings, Location, Severity};
use crate::text::match_key;
use crate::tr;

use super::{Point, is_percent};

/// The checks across rows: a year twice (the later row is not taken), a gap in a series,
/// a unit that changes within a series.
pub(super) fn check_series(
    points: &mut Vec<Point>,
    reporting: Option<i32>,
    lang: Lang,
    findings: &mut Findings,
) {
    // The first row of each indicator, group and year; the rows are looked up, never
    // scanned again (200,000 rows take a moment, not minutes).
    let mut seen: std::collections::HashMap<(String, String, i32), Location> = Default::default();
    points.retain(|p| {
        let key = (p.id.clone(), p.group.clone(), p.year);
        if let Some(first) = seen.get(&key) {
            let place = if first.sheet == p.at.sheet {
                first.spot.to_string()
            } else {
                format!("{} ({})", first.spot, first.sheet)
            };
            findings.push(
                Severity::Error,
                Code::IndicatorYearTwice,
                &p.at,
                tr!(
                    lang,
                    "indicator-year-twice",
                    id = p.id.as_str(),
                    group = p.group.as_str(),
                    year = p.year.to_string(),
                    first = place
                ),
            );
            return false;
        }
        seen.insert(key, p.at.clone());
        true
    });
    // A year far after the reporting year is a typo (2042 for 2024), not the monitoring
    // running ahead of the returns.
    if let Some(reporting) = reporting {
        for p in points.iter().filter(|p| p.year > reporting + 1) {
            findings.push(
                Severity::Warning,
                Code::IndicatorYearFuture,
                &p.at,
                tr!(
                    lang,
                    "indicator-year-future",
                    id = p.id.as_str(),
                    year = p.year.to_string(),
                    reporting = reporting.to_string()
                ),
            );
        }
    }
    // One id, one indicator: another name or field of action under the same id is said.
    let mut first_of: std::collections::HashMap<&str, &Point> = Default::default();
    for p in points.iter() {
        let first = *first_of.entry(p.id.as_str()).or_insert(p);
        if !p.name.is_empty()
            && !first.name.is_empty()
            && match_key(&p.name) != match_key(&first.name)
            || p.field.is_some() && first.field.is_some() && p.field != first.field
        {
            findings.push(
                Severity::Warning,
                Code::IndicatorIdTwice,
                &p.at,
                tr!(
                    lang,
                    "indicator-id-twice",
                    id = p.id.as_str(),
                    first = if first.at.sheet == p.at.sheet {
                        first.at.spot.to_string()
                    } else {
                        format!("{} ({})", first.at.spot, first.at.sheet)
                    },
                    name = first.name.as_str(),
                    field = first.field.as_deref().unwrap_or("–")
                ),
            );
        }
    }
    let mut series: std::collections::BTreeMap<(&str, &str), Vec<&Point>> = Default::default();
    for p in points.iter() {
        series
            .entry((p.id.as_str(), p.group.as_str()))
            .or_default()
            .push(p);
    }
    for ((id, group), mut rows) in series {
        rows.sort_by_key(|p| p.year);
        // A share typed as „12,3 %“ into a cell Excel formats as per cent is stored as
        // 0,123: a whole series of shares between 0 and 1, written with more than one
        // decimal, is most likely that (one value alone, or 0,8 %, may well be a share).
        let values: Vec<f64> = rows.iter().filter_map(|p| p.value).collect();
        if rows.iter().all(|p| is_percent(&p.unit))
            && values.len() >= 2
            && values.iter().any(|v| *v > 0.0)
            && values.iter().all(|v| (0.0..=1.0).contains(v))
            && values
                .iter()
                .all(|v| ((v * 10.0).round() - v * 10.0).abs() > 1e-9)
            && let Some(first) = rows.iter().find(|p| p.value.is_some())
        {
            findings.push(
                Severity::Warning,
                Code::IndicatorFraction,
                &first.at,
                tr!(lang, "indicator-fraction", id = id, group = group),
            );
        }
        for pair in rows.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.year > a.year + 1 {
                // A long gap is named by its ends, not year by year.
                let missing = if b.year - a.year > 4 {
                    tr!(
                        lang,
                        "indicator-years-range",
                        first = (a.year + 1).to_string(),
                        last = (b.year - 1).to_string()
                    )
                } else {
                    (a.year + 1..b.year)
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                findings.push(
                    Severity::Warning,
                    Code::IndicatorYearGap,
                    &b.at,
                    tr!(
                        lang,
                        "indicator-year-gap",
                        id = id,
                        group = group,
                        missing = missing
                    ),
                );
            }
            let same_unit = if is_percent(&a.unit) || is_percent(&b.unit) {
                is_percent(&a.unit) == is_percent(&b.unit)
            } else {
                match_key(&a.unit) == match_key(&b.unit)
            };
            if !a.unit.is_empty() && !b.unit.is_empty() && !same_unit {
                findings.push(
                    Severity::Warning,
                    Code::IndicatorUnitChanged,
                    &b.at,
                    tr!(
                        lang,
                        "indicator-unit-changed",
                        id = id,
                        before = a.unit.as_str(),
                        after = b.unit.as_str(),
                        year = b.year.to_string()
                    ),
                );
            }
        }
    }
}

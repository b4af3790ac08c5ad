//! Deadlines the measures set themselves: an end that passed while the measure is still
//! planned or running, a start that passed while it is still planned. Questions to the
//! department (info findings that reach its correction workbook), never statements in the
//! public report; judged against the reporting year, never the clock, so runs stay
//! reproducible.

use chrono::NaiveDate;

use crate::config::{Config, StatusRole};
use crate::findings::{Code, Findings, Severity};
use crate::tr;

use super::{Measure, shorten};

/// An info finding per measure of the latest reporting year whose own dates contradict its
/// status by the end of that year.
pub(super) fn ask_about_dates(measures: &[Measure], cfg: &Config, findings: &mut Findings) {
    let Some(latest) = measures.iter().map(|m| m.year).max() else {
        return;
    };
    let Some(year_end) = NaiveDate::from_ymd_opt(latest, 12, 31) else {
        return;
    };
    let d = |date: NaiveDate| date.format("%d.%m.%Y").to_string();
    for m in measures.iter().filter(|m| m.year == latest) {
        let role = cfg.status_role(&m.status);
        let at = m.location();
        let open = matches!(role, Some(StatusRole::Planned | StatusRole::Running));
        if let Some(end) = m.end.filter(|e| open && *e < year_end) {
            findings.push(
                Severity::Info,
                Code::DeadlineEndPassed,
                &at,
                tr!(
                    cfg.lang,
                    "deadline-end-passed",
                    title = shorten(&m.title),
                    end = d(end),
                    year = latest.to_string(),
                    status = m.status.as_str()
                ),
            );
        } else if let Some(start) = m
            .start
            .filter(|s| role == Some(StatusRole::Planned) && *s <= year_end)
        {
            findings.push(
                Severity::Info,
                Code::DeadlineStartPassed,
                &at,
                tr!(
                    cfg.lang,
                    "deadline-start-passed",
                    title = shorten(&m.title),
                    start = d(start),
                    year = latest.to_string(),
                    status = m.status.as_str()
                ),
            );
        }
    }
}

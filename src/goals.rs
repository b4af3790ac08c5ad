//! Goal attainment: for each goal of the catalogue with a target, where its indicator
//! started, where it stands in the reporting year, where it should be, and a verdict by
//! fixed, documented rules. A verdict is a statement about the indicator, never about the
//! effect of the measures; beside it stand the measures assigned to the goal.
//!
//! The rules, for the latest year with a value up to the reporting year:
//! - the share of the way covered is (latest − baseline) / (target − baseline);
//! - **erreicht** when the latest value is at or beyond the target in its direction;
//! - **auf Kurs** when the share covered is at least the share of time elapsed from the
//!   baseline year to the target year (up to the latest value's year), minus 10 points;
//! - **nicht auf Kurs** otherwise;
//! - **kein aktueller Wert** when the latest value is more than two years older than the
//!   reporting year, no value lies after the baseline year, or the baseline year has none;
//! - **Zeitreihenbruch, nicht vergleichbar** when a series break lies after the baseline
//!   year up to the latest value: then nothing is compared.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::{Config, Direction, StatusRole};
use crate::findings::{Code, Findings, Location, Severity};
use crate::indicators::{Indicators, TOTAL_GROUP};
use crate::tr;
use crate::transform::Measure;

/// How far behind the share of time the share of the way may be and still be on course.
pub const TOLERANCE: f64 = 0.10;
/// How many years older than the reporting year the latest value may be.
pub const MAX_AGE: i32 = 2;

/// Where a goal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not on course (listed first: the question the committee should ask).
    OffCourse,
    /// No value recent enough, or none after the baseline.
    NoCurrentValue,
    /// A series break between baseline and latest value.
    SeriesBreak,
    /// On course.
    OnCourse,
    /// Reached.
    Reached,
}

impl Verdict {
    /// The verdict in words, with the symbol that stands beside it (never colour alone).
    pub fn label(self, lang: crate::lang::Lang) -> String {
        let id = match self {
            Verdict::Reached => "goal-verdict-reached",
            Verdict::OnCourse => "goal-verdict-on-course",
            Verdict::OffCourse => "goal-verdict-off-course",
            Verdict::NoCurrentValue => "goal-verdict-no-value",
            Verdict::SeriesBreak => "goal-verdict-break",
        };
        format!("{} {}", self.symbol(), crate::i18n::message(lang, id, &[]))
    }

    /// A symbol of the embedded font for the verdict.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Reached => "●",
            Verdict::OnCourse => "►",
            Verdict::OffCourse => "▼",
            Verdict::NoCurrentValue => "○",
            Verdict::SeriesBreak => "◊",
        }
    }
}

/// A goal with a target and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attainment {
    /// The goal's id.
    pub goal: String,
    /// Its title.
    pub title: String,
    /// Its field of action.
    pub field_of_action: String,
    /// The indicator's id.
    pub indicator: String,
    /// The indicator's name.
    pub indicator_name: String,
    /// The group.
    pub group: String,
    /// The indicator's unit.
    pub unit: String,
    /// Rise or fall.
    pub direction: Direction,
    /// The baseline year and its value.
    pub baseline_year: i32,
    /// The value in the baseline year.
    pub baseline: Option<f64>,
    /// The latest year with a value up to the reporting year.
    pub latest_year: Option<i32>,
    /// Its value.
    pub latest: Option<f64>,
    /// The target value.
    pub target: f64,
    /// The target year.
    pub target_year: i32,
    /// The share of the way covered (0 … 1 and beyond; negative when it went the wrong way).
    pub share: Option<f64>,
    /// The share of time elapsed from baseline to target year, up to the latest value.
    pub time_share: Option<f64>,
    /// The verdict.
    pub verdict: Verdict,
    /// The reporting year's measures assigned to the goal, by the role of their status.
    pub measures: BTreeMap<String, u64>,
    /// How many of them are running.
    pub running: u64,
}

impl Attainment {
    /// Whether the committee should ask about it: not on course, and no measure running.
    pub fn needs_action(&self) -> bool {
        self.verdict == Verdict::OffCourse && self.running == 0
    }
}

/// The attainment of every goal with a target, in the catalogue's order; problems between
/// the catalogue and the indicator workbook are findings (about `bestand.toml`).
pub fn assess(
    cfg: &Config,
    indicators: &Indicators,
    measures: &[&Measure],
    year: Option<i32>,
    findings: &mut Findings,
) -> Vec<Attainment> {
    // Without an indicator workbook there is nothing to assess the targets by (and nothing
    // the office forgot: a catalogue may carry its targets before the monitoring starts).
    if indicators.is_empty() {
        return Vec::new();
    }
    let lang = cfg.lang;
    let at = Location {
        file: "bestand.toml".into(),
        ..Location::default()
    };
    let all = indicators.indicators();
    let mut out = Vec::new();
    for goal in &cfg.goals {
        let Some(t) = &goal.target else { continue };
        let group = t.group.as_deref().unwrap_or(TOTAL_GROUP);
        let Some(ind) = all.iter().find(|i| i.id == t.indicator) else {
            findings.push(
                Severity::Error,
                Code::GoalIndicatorUnknown,
                &at,
                tr!(
                    lang,
                    "goal-indicator-unknown",
                    goal = goal.id.as_str(),
                    indicator = t.indicator.as_str(),
                    known = all.iter().map(|i| i.id).collect::<Vec<_>>().join(", ")
                ),
            );
            continue;
        };
        if !ind.groups.contains(&group) {
            findings.push(
                Severity::Error,
                Code::GoalGroupUnknown,
                &at,
                tr!(
                    lang,
                    "goal-group-unknown",
                    goal = goal.id.as_str(),
                    indicator = ind.id,
                    group = group,
                    known = ind.groups.join(", ")
                ),
            );
            continue;
        }
        if t.year <= t.baseline_year || !t.value.is_finite() {
            findings.push(
                Severity::Error,
                Code::GoalTargetYears,
                &at,
                tr!(
                    lang,
                    "goal-target-years",
                    goal = goal.id.as_str(),
                    baseline = t.baseline_year.to_string(),
                    year = t.year.to_string()
                ),
            );
            continue;
        }
        let value_in = |y: i32| ind.get(group, y).and_then(|p| p.value);
        let baseline = value_in(t.baseline_year);
        if baseline.is_none() {
            findings.push(
                Severity::Error,
                Code::GoalBaselineMissing,
                &at,
                tr!(
                    lang,
                    "goal-baseline-missing",
                    goal = goal.id.as_str(),
                    indicator = ind.id,
                    group = group,
                    year = t.baseline_year.to_string()
                ),
            );
        }
        // A target behind its baseline for the direction asks for no progress at all.
        if let Some(b) = baseline {
            let wrong = match t.direction {
                Direction::Rise => t.value < b,
                Direction::Fall => t.value > b,
            };
            if wrong {
                findings.push(
                    Severity::Warning,
                    Code::GoalTargetWrongSide,
                    &at,
                    tr!(
                        lang,
                        "goal-target-wrong-side",
                        goal = goal.id.as_str(),
                        target = crate::indicators::number(t.value, 1),
                        baseline = crate::indicators::number(b, 1)
                    ),
                );
            }
        }
        let reporting =
            year.unwrap_or_else(|| ind.years.last().copied().unwrap_or(t.baseline_year));
        let latest = ind
            .years
            .iter()
            .rev()
            .filter(|y| **y <= reporting)
            .find_map(|y| value_in(*y).map(|v| (*y, v)));
        let (verdict, share, time_share) = verdict(
            t.direction,
            (t.baseline_year, baseline),
            latest,
            (t.year, t.value),
            reporting,
            &ind.breaks,
        );
        let mut by_role: BTreeMap<String, u64> = BTreeMap::new();
        let mut running = 0;
        for m in measures.iter().filter(|m| m.goals.contains(&goal.id)) {
            let role = cfg.status_role(&m.status);
            if role == Some(StatusRole::Running) {
                running += 1;
            }
            let key = role.map_or("unknown", StatusRole::key);
            *by_role.entry(key.to_string()).or_default() += 1;
        }
        out.push(Attainment {
            goal: goal.id.clone(),
            title: goal.title.clone(),
            field_of_action: goal.field_of_action.clone(),
            indicator: ind.id.to_string(),
            indicator_name: ind.name_or_id().to_string(),
            group: group.to_string(),
            unit: ind.unit.to_string(),
            direction: t.direction,
            baseline_year: t.baseline_year,
            baseline,
            latest_year: latest.map(|l| l.0),
            latest: latest.map(|l| l.1),
            target: t.value,
            target_year: t.year,
            share,
            time_share,
            verdict,
            measures: by_role,
            running,
        });
    }
    out
}

/// The verdict by the rules of the module, with the share of the way and of the time.
pub fn verdict(
    direction: Direction,
    (baseline_year, baseline): (i32, Option<f64>),
    latest: Option<(i32, f64)>,
    (target_year, target): (i32, f64),
    reporting: i32,
    breaks: &[i32],
) -> (Verdict, Option<f64>, Option<f64>) {
    let (Some(base), Some((latest_year, value))) = (baseline, latest) else {
        return (Verdict::NoCurrentValue, None, None);
    };
    if latest_year <= baseline_year || reporting - latest_year > MAX_AGE {
        return (Verdict::NoCurrentValue, None, None);
    }
    if breaks
        .iter()
        .any(|b| *b > baseline_year && *b <= latest_year)
    {
        return (Verdict::SeriesBreak, None, None);
    }
    let way = target - base;
    let share = (way.abs() > f64::EPSILON).then(|| (value - base) / way);
    let time_share = (f64::from(latest_year - baseline_year)
        / f64::from(target_year - baseline_year))
    .clamp(0.0, 1.0);
    let reached = match direction {
        Direction::Rise => value >= target,
        Direction::Fall => value <= target,
    };
    if reached {
        return (Verdict::Reached, share, Some(time_share));
    }
    // A hair of tolerance for the arithmetic only: 0.4 computed as 0.39999999 is not short
    // of 0.4.
    let on_course = share.is_some_and(|s| s >= time_share - TOLERANCE - 1e-9);
    let v = if on_course {
        Verdict::OnCourse
    } else {
        Verdict::OffCourse
    };
    (v, share, Some(time_share))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(
        direction: Direction,
        baseline: (i32, f64),
        latest: (i32, f64),
        target: (i32, f64),
        reporting: i32,
        breaks: &[i32],
    ) -> Verdict {
        verdict(
            direction,
            (baseline.0, Some(baseline.1)),
            Some(latest),
            target,
            reporting,
            breaks,
        )
        .0
    }

    use Direction::{Fall, Rise};
    use Verdict::*;

    #[test]
    fn each_verdict_on_hand_made_series_both_directions() {
        // Up from 10 to 20 between 2020 and 2030; half the time gone in 2025.
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 15.0), (2030, 20.0), 2025, &[]),
            OnCourse
        );
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 12.0), (2030, 20.0), 2025, &[]),
            OffCourse
        );
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 21.0), (2030, 20.0), 2025, &[]),
            Reached
        );
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 20.0), (2030, 20.0), 2025, &[]),
            Reached
        );
        // Flat: no way covered while time passes.
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 10.0), (2030, 20.0), 2025, &[]),
            OffCourse
        );
        // The wrong way.
        assert_eq!(
            v(Rise, (2020, 10.0), (2025, 8.0), (2030, 20.0), 2025, &[]),
            OffCourse
        );
        // Down from 20 to 10.
        assert_eq!(
            v(Fall, (2020, 20.0), (2025, 15.0), (2030, 10.0), 2025, &[]),
            OnCourse
        );
        assert_eq!(
            v(Fall, (2020, 20.0), (2025, 18.0), (2030, 10.0), 2025, &[]),
            OffCourse
        );
        assert_eq!(
            v(Fall, (2020, 20.0), (2025, 9.0), (2030, 10.0), 2025, &[]),
            Reached
        );
        assert_eq!(
            v(Fall, (2020, 20.0), (2025, 22.0), (2030, 10.0), 2025, &[]),
            OffCourse
        );
        // Stale: the latest value three years before the reporting year.
        assert_eq!(
            v(Rise, (2018, 10.0), (2021, 15.0), (2030, 20.0), 2024, &[]),
            NoCurrentValue
        );
        // Two years old is still current.
        assert_eq!(
            v(Rise, (2018, 10.0), (2022, 15.0), (2030, 20.0), 2024, &[]),
            OnCourse
        );
        // No value after the baseline.
        assert_eq!(
            v(Rise, (2024, 10.0), (2024, 10.0), (2030, 20.0), 2024, &[]),
            NoCurrentValue
        );
        // A break after the baseline up to the latest value: not compared.
        assert_eq!(
            v(
                Rise,
                (2020, 10.0),
                (2025, 25.0),
                (2030, 20.0),
                2025,
                &[2023]
            ),
            SeriesBreak
        );
        // A break in the baseline year itself or after the latest value does not matter.
        assert_eq!(
            v(
                Rise,
                (2020, 10.0),
                (2025, 15.0),
                (2030, 20.0),
                2025,
                &[2020, 2026]
            ),
            OnCourse
        );
        // No baseline value.
        assert_eq!(
            verdict(
                Rise,
                (2020, None),
                Some((2025, 15.0)),
                (2030, 20.0),
                2025,
                &[]
            )
            .0,
            NoCurrentValue
        );
    }

    #[test]
    fn the_boundary_of_the_rule_is_ten_points_behind_time() {
        // Half the time gone: 40 % of the way is exactly on the boundary, just under is not.
        assert_eq!(
            v(Rise, (2020, 0.0), (2025, 40.0), (2030, 100.0), 2025, &[]),
            OnCourse
        );
        assert_eq!(
            v(Rise, (2020, 0.0), (2025, 39.9), (2030, 100.0), 2025, &[]),
            OffCourse
        );
        assert_eq!(
            v(Fall, (2020, 100.0), (2025, 60.0), (2030, 0.0), 2025, &[]),
            OnCourse
        );
        assert_eq!(
            v(Fall, (2020, 100.0), (2025, 60.1), (2030, 0.0), 2025, &[]),
            OffCourse
        );
        // The share of time counts to the latest value's year, not the reporting year.
        let (_, share, time) = verdict(
            Rise,
            (2020, Some(0.0)),
            Some((2023, 30.0)),
            (2030, 100.0),
            2024,
            &[],
        );
        assert_eq!(share, Some(0.3));
        assert_eq!(time, Some(0.3));
    }
}

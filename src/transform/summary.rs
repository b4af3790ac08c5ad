//! Key figures per reporting year, aggregated with polars: counts by field of action and
//! status, department, target group and municipality; budgets by field and funding source;
//! participants; goal coverage; and the deltas against the previous year. Charts and the
//! report read these typed figures, never a polars frame.
//!
//! Where polars and where plain Rust: the group-bys over the canonical frame (built once
//! per run, the same frame is written as Parquet) are polars — counts and sums by year and
//! field, status, department, and the exploded list columns (target groups,
//! municipalities, goals). Funding is plain Rust over the measures: a budget is split evenly
//! between its sources, a per-row weighting that reads more clearly as a loop than as list
//! arithmetic in polars. The change counts come from the comparisons, not from the frame.

use std::collections::BTreeMap;

use polars::prelude::*;
use serde::Serialize;

use crate::tr;

use crate::config::StatusRole;
use crate::config::{Config, Lang};
use crate::transform::Dataset;
use crate::transform::compare::{ChangeKind, Comparison};
use crate::transform::joint::Share;

/// Goal coverage of one field of action.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Coverage {
    /// Goals of the field in the catalogue.
    pub goals: u64,
    /// Goals with at least one measure.
    pub with_measure: u64,
    /// Goals with at least one running or completed measure.
    pub with_running_or_done: u64,
    /// Ids of the goals without any measure.
    pub without_measure: Vec<String>,
}

/// Counts of the comparison with the previous inventory.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChangeFigures {
    /// The previous year.
    pub from_year: i32,
    /// New measures.
    pub new: u64,
    /// Measures no longer reported.
    pub ended: u64,
    /// Measures completed or stopped in the previous year and, as expected, not reported
    /// again.
    pub finished: u64,
    /// Continued with changes.
    pub changed: u64,
    /// Continued unchanged.
    pub continued: u64,
    /// Reported in both years, the row of one year rejected: neither new nor ended.
    pub not_taken_over: u64,
    /// Measures of departments without a readable return this year.
    pub no_return: u64,
    /// The departments without a readable return this year.
    pub departments_without_return: Vec<String>,
    /// Of those, the ones a return under a name without its number may belong to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments_unclear_return: Vec<String>,
}

/// Differences against the previous year.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Delta {
    /// The previous year.
    pub from_year: i32,
    /// Change in the number of measures.
    pub measures: i64,
    /// Change per field of action.
    pub by_field: BTreeMap<String, i64>,
    /// Change per status.
    pub by_status: BTreeMap<String, i64>,
    /// Change of the total budget.
    pub budget_total: f64,
    /// Change of the participants reached.
    pub participants_total: i64,
}

/// The key figures of one reporting year.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct YearFigures {
    /// The year.
    pub year: i32,
    /// Measures.
    pub measures: u64,
    /// Measures the departments marked for the report.
    pub highlights: u64,
    /// Rows of this year read but not taken over (error findings), not in any figure.
    pub rows_not_taken_over: u64,
    /// Measures per status.
    pub by_status: BTreeMap<String, u64>,
    /// Measures per field of action.
    pub by_field: BTreeMap<String, u64>,
    /// Measures per field of action and status.
    pub by_field_status: BTreeMap<String, BTreeMap<String, u64>>,
    /// Measures per department.
    pub by_department: BTreeMap<String, u64>,
    /// Measures per target group (a measure counts for each of its groups).
    pub by_target_group: BTreeMap<String, u64>,
    /// Measures per municipality (a measure counts for each of its municipalities).
    pub by_municipality: BTreeMap<String, u64>,
    /// Sum of budgets given.
    pub budget_total: f64,
    /// Budget per field of action.
    pub budget_by_field: BTreeMap<String, f64>,
    /// Budget per funding source (a budget with several sources is split evenly).
    pub budget_by_funding: BTreeMap<String, f64>,
    /// Budget per field of action and funding source.
    pub budget_by_field_funding: BTreeMap<String, BTreeMap<String, f64>>,
    /// Sum of the people reached as reported (counts of other units left out).
    pub participants_total: i64,
    /// The measures that gave a count of people.
    pub participants_measures: u64,
    /// Of those, the ones whose count is approximate (ca., a range, a lower bound).
    pub participants_approx: u64,
    /// Counts of other units („600 Einsätze“), per unit as first written: listed, never
    /// added to the people reached.
    pub other_counts: Vec<UnitCount>,
    /// Measures whose budget or participants exceed the plausible bounds (each with a
    /// warning), included in the sums.
    pub implausible: u64,
    /// Joint measures: reported by several departments, shown under each, counted once in
    /// every other figure.
    #[serde(skip_serializing_if = "is_zero")]
    pub joint_measures: u64,
    /// Goal coverage per field of action.
    pub goal_coverage: BTreeMap<String, Coverage>,
    /// Changes against the previous inventory.
    pub changes: Option<ChangeFigures>,
    /// Differences against the previous year.
    pub delta: Option<Delta>,
    /// The return list: who was asked, who answered, who is missing.
    pub returns: super::returns::ReturnFigures,
}

/// A count of something other than people, summed over the measures that gave it.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct UnitCount {
    /// The unit as first written („Einsätze“).
    pub unit: String,
    /// The sum of the counts.
    pub total: i64,
    /// How many measures gave it.
    pub measures: u64,
}

/// The key figures of all years.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Summary {
    /// One entry per reporting year, ascending.
    pub years: Vec<YearFigures>,
    /// The indicators of the office's indicator workbook, each with its series; none
    /// without one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorFigures>,
    /// The goals with a target and where each stands; none without targets.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<crate::goals::Attainment>,
}

/// An indicator in `summary.json`: what it is and its values as read.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct IndicatorFigures {
    /// Indikator-ID.
    pub id: String,
    /// Name.
    pub name: String,
    /// Field of action (none when not given or unknown).
    pub field_of_action: Option<String>,
    /// Unit of its latest year.
    pub unit: String,
    /// Source of its latest year.
    pub source: String,
    /// As-of date of its latest year.
    pub as_of: String,
    /// Years that begin a new definition (values before are not comparable).
    pub series_breaks: Vec<i32>,
    /// Its values: group, year, value (none where a sign says there is none) and sign.
    pub values: Vec<IndicatorValue>,
}

/// One value of an indicator in `summary.json`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct IndicatorValue {
    /// The group.
    pub group: String,
    /// The year.
    pub year: i32,
    /// The value; none where the sign says there is none.
    pub value: Option<f64>,
    /// The sign of official statistics as written; empty for a plain value.
    pub sign: String,
}

/// The indicators as `summary.json` lists them.
pub fn indicator_figures(indicators: &crate::indicators::Indicators) -> Vec<IndicatorFigures> {
    indicators
        .indicators()
        .iter()
        .map(|i| IndicatorFigures {
            id: i.id.to_string(),
            name: i.name_or_id().to_string(),
            field_of_action: i.field.map(str::to_string),
            unit: i.unit.to_string(),
            source: i.source.to_string(),
            as_of: i.as_of.to_string(),
            series_breaks: i.breaks.clone(),
            values: i
                .points
                .iter()
                .map(|p| IndicatorValue {
                    group: p.group.clone(),
                    year: p.year,
                    value: p.value,
                    sign: p.sign.clone(),
                })
                .collect(),
        })
        .collect()
}

impl Summary {
    /// The statuses the report and charts show, in the vocabulary's order: all of them but
    /// a status for measures on hold that no year uses (an office that never puts a
    /// measure on hold sees no empty „ruht“ rows and legends).
    pub fn shown_statuses(&self, cfg: &Config) -> Vec<String> {
        cfg.vocabularies
            .status
            .iter()
            .filter(|t| {
                t.role != Some(crate::config::StatusRole::Paused)
                    || self
                        .years
                        .iter()
                        .any(|y| y.by_status.get(&t.name).is_some_and(|n| *n > 0))
            })
            .map(|t| t.name.clone())
            .collect()
    }
}

fn strs(df: &DataFrame, name: &str) -> PolarsResult<Vec<String>> {
    Ok(df
        .column(name)?
        .as_materialized_series()
        .str()?
        .iter()
        .map(|s| s.unwrap_or_default().to_string())
        .collect())
}

fn ints(df: &DataFrame, name: &str) -> PolarsResult<Vec<i64>> {
    let s = df
        .column(name)?
        .as_materialized_series()
        .cast(&DataType::Int64)?;
    Ok(s.i64()?.iter().map(|v| v.unwrap_or(0)).collect())
}

fn floats(df: &DataFrame, name: &str) -> PolarsResult<Vec<f64>> {
    let s = df
        .column(name)?
        .as_materialized_series()
        .cast(&DataType::Float64)?;
    Ok(s.f64()?.iter().map(|v| v.unwrap_or(0.0)).collect())
}

/// Counts per year and one exploded list column.
fn list_counts(df: &DataFrame, column: &str) -> PolarsResult<DataFrame> {
    df.clone()
        .lazy()
        .select([col("year"), col(column)])
        .explode(
            cols([column]),
            ExplodeOptions {
                empty_as_null: true,
                keep_nulls: false,
            },
        )
        .filter(col(column).is_not_null())
        .group_by([col("year"), col(column)])
        .agg([len().alias("n")])
        .sort([column], SortMultipleOptions::default())
        .collect()
}

/// The key figures per year, by year.
type Years = BTreeMap<i32, YearFigures>;

/// Computes the key figures from the canonical frame of the dataset's measures (built once
/// by [`crate::transform::frame`], also written as Parquet); `comparisons` add the change counts
/// and deltas.
pub fn build(
    dataset: &Dataset,
    df: &DataFrame,
    comparisons: &[Comparison],
    returns: &[super::returns::YearReturns],
    cfg: &Config,
) -> PolarsResult<Summary> {
    // A joint measure shows under each department that reports it and counts once in
    // every other figure.
    let shares = super::joint::shares(&dataset.measures);
    let elsewhere: Vec<bool> = shares.iter().map(|s| *s == Share::Elsewhere).collect();
    let once = if elsewhere.iter().any(|e| *e) {
        let mask: BooleanChunked = elsewhere.iter().map(|e| !e).collect();
        &df.filter(&mask)?
    } else {
        df
    };
    let mut years = years_present(dataset, &shares, cfg);
    add_fields_and_statuses(once, &mut years)?;
    add_departments(df, &mut years)?;
    add_groups_and_municipalities(once, &mut years)?;
    add_funding(dataset, &elsewhere, cfg, &mut years)?;
    add_goal_coverage(once, cfg, &mut years)?;
    add_changes(comparisons, &mut years);
    for list in returns {
        if let Some(y) = years.get_mut(&list.year) {
            y.returns = super::returns::ReturnFigures::from(list);
        }
    }
    Ok(Summary {
        indicators: Vec::new(),
        goals: Vec::new(),
        years: years.into_values().collect(),
    })
}

/// One entry per year with measures, with its highlights, its rows not taken over and
/// the participants reached (people apart from counts of other units).
fn years_present(dataset: &Dataset, shares: &[Share], cfg: &Config) -> Years {
    let bounds = &cfg.plausible;
    let mut years = Years::new();
    for (m, share) in dataset.measures.iter().zip(shares) {
        let y = years.entry(m.year).or_insert_with(|| YearFigures {
            year: m.year,
            ..Default::default()
        });
        match share {
            Share::Own => {}
            Share::Joint => y.joint_measures += 1,
            Share::Elsewhere => continue,
        }
        y.highlights += u64::from(m.highlight);
        y.implausible += u64::from(
            m.budget_eur.is_some_and(|b| b > bounds.max_budget_eur)
                || m.participants.is_some_and(|p| p > bounds.max_participants),
        );
        let Some(n) = m.participants else {
            continue;
        };
        match &m.participants_unit {
            None => {
                y.participants_total += n;
                y.participants_measures += 1;
                y.participants_approx += u64::from(m.participants_approx);
            }
            Some(unit) => {
                let key = crate::text::match_key(unit);
                match y
                    .other_counts
                    .iter_mut()
                    .find(|c| crate::text::match_key(&c.unit) == key)
                {
                    Some(c) => {
                        c.total += n;
                        c.measures += 1;
                    }
                    None => y.other_counts.push(UnitCount {
                        unit: unit.clone(),
                        total: n,
                        measures: 1,
                    }),
                }
            }
        }
    }
    for r in &dataset.rejected_rows {
        if let Some(y) = r.year.and_then(|y| years.get_mut(&y)) {
            y.rows_not_taken_over += 1;
        }
    }
    for (year, n) in &dataset.repeated_rows {
        if let Some(y) = years.get_mut(year) {
            y.rows_not_taken_over += *n as u64;
        }
    }
    years
}

/// Field of action x status, with budgets.
fn add_fields_and_statuses(df: &DataFrame, years: &mut Years) -> PolarsResult<()> {
    let main = df
        .clone()
        .lazy()
        .group_by([col("year"), col("field_of_action"), col("status")])
        .agg([len().alias("n"), col("budget_eur").sum().alias("budget")])
        .sort(
            ["year", "field_of_action", "status"],
            SortMultipleOptions::default(),
        )
        .collect()?;
    let (yy, ff, ss) = (
        ints(&main, "year")?,
        strs(&main, "field_of_action")?,
        strs(&main, "status")?,
    );
    let (nn, bb) = (ints(&main, "n")?, floats(&main, "budget")?);
    for i in 0..main.height() {
        let Some(y) = years.get_mut(&(yy[i] as i32)) else {
            continue;
        };
        let n = nn[i] as u64;
        y.measures += n;
        *y.by_status.entry(ss[i].clone()).or_default() += n;
        *y.by_field.entry(ff[i].clone()).or_default() += n;
        *y.by_field_status
            .entry(ff[i].clone())
            .or_default()
            .entry(ss[i].clone())
            .or_default() += n;
        y.budget_total += bb[i];
        *y.budget_by_field.entry(ff[i].clone()).or_default() += bb[i];
    }
    Ok(())
}

/// Measures per department.
fn add_departments(df: &DataFrame, years: &mut Years) -> PolarsResult<()> {
    let dept = df
        .clone()
        .lazy()
        .group_by([col("year"), col("department")])
        .agg([len().alias("n")])
        .sort(["year", "department"], SortMultipleOptions::default())
        .collect()?;
    let (yy, dd, nn) = (
        ints(&dept, "year")?,
        strs(&dept, "department")?,
        ints(&dept, "n")?,
    );
    for i in 0..dept.height() {
        if let Some(y) = years.get_mut(&(yy[i] as i32)) {
            y.by_department.insert(dd[i].clone(), nn[i] as u64);
        }
    }
    Ok(())
}

/// Measures per target group and per municipality (a measure counts for each it names).
fn add_groups_and_municipalities(df: &DataFrame, years: &mut Years) -> PolarsResult<()> {
    for (column, target) in [("target_groups", 0), ("municipalities", 1)] {
        let t = list_counts(df, column)?;
        let (yy, vv, nn) = (ints(&t, "year")?, strs(&t, column)?, ints(&t, "n")?);
        for i in 0..t.height() {
            if let Some(y) = years.get_mut(&(yy[i] as i32)) {
                let map = if target == 0 {
                    &mut y.by_target_group
                } else {
                    &mut y.by_municipality
                };
                map.insert(vv[i].clone(), nn[i] as u64);
            }
        }
    }
    Ok(())
}

/// Budgets by funding source, in total and per field of action.
fn add_funding(
    dataset: &Dataset,
    elsewhere: &[bool],
    cfg: &Config,
    years: &mut Years,
) -> PolarsResult<()> {
    // A budget with several sources is split evenly among them (the inventories do not say
    // the shares); without a source it counts as "not given".
    let not_given = crate::i18n::message(cfg.lang, "word-not-given", &[]);
    let mut fy = Vec::new();
    let mut ff = Vec::new();
    let mut fs = Vec::new();
    let mut fb = Vec::new();
    for (m, _) in dataset.measures.iter().zip(elsewhere).filter(|(_, e)| !**e) {
        let Some(b) = m.budget_eur else { continue };
        let sources = if m.funding.is_empty() {
            vec![not_given.clone()]
        } else {
            m.funding.clone()
        };
        let share = b / sources.len() as f64;
        for s in sources {
            fy.push(m.year);
            ff.push(m.field_of_action.clone());
            fs.push(s);
            fb.push(share);
        }
    }
    let funding = DataFrame::new(
        fy.len(),
        vec![
            Column::new("year".into(), fy),
            Column::new("field_of_action".into(), ff),
            Column::new("funding".into(), fs),
            Column::new("budget".into(), fb),
        ],
    )?
    .lazy()
    .group_by([col("year"), col("field_of_action"), col("funding")])
    .agg([col("budget").sum()])
    .sort(
        ["year", "field_of_action", "funding"],
        SortMultipleOptions::default(),
    )
    .collect()?;
    let (yy, ff, ss, bb) = (
        ints(&funding, "year")?,
        strs(&funding, "field_of_action")?,
        strs(&funding, "funding")?,
        floats(&funding, "budget")?,
    );
    for i in 0..funding.height() {
        if let Some(y) = years.get_mut(&(yy[i] as i32)) {
            *y.budget_by_funding.entry(ss[i].clone()).or_default() += bb[i];
            *y.budget_by_field_funding
                .entry(ff[i].clone())
                .or_default()
                .entry(ss[i].clone())
                .or_default() += bb[i];
        }
    }
    Ok(())
}

/// Goal coverage: the catalogue's goals per field, with and without measures.
fn add_goal_coverage(df: &DataFrame, cfg: &Config, years: &mut Years) -> PolarsResult<()> {
    // A goal counts as covered by a running or completed measure, whatever those are called.
    let active: Vec<&str> = cfg
        .vocabularies
        .status
        .iter()
        .filter(|t| matches!(t.role, Some(StatusRole::Running | StatusRole::Completed)))
        .map(|t| t.name.as_str())
        .collect();
    let goals = df
        .clone()
        .lazy()
        .select([col("year"), col("goals"), col("status")])
        .explode(
            cols(["goals"]),
            ExplodeOptions {
                empty_as_null: true,
                keep_nulls: false,
            },
        )
        .filter(col("goals").is_not_null())
        .with_column(
            active
                .iter()
                .fold(lit(false), |acc, s| acc.or(col("status").eq(lit(*s))))
                .alias("active"),
        )
        .group_by([col("year"), col("goals")])
        .agg([len().alias("n"), col("active").sum().alias("active")])
        .sort(["year", "goals"], SortMultipleOptions::default())
        .collect()?;
    let (yy, gg, nn, aa) = (
        ints(&goals, "year")?,
        strs(&goals, "goals")?,
        ints(&goals, "n")?,
        ints(&goals, "active")?,
    );
    let mut per_goal: BTreeMap<(i32, String), (i64, i64)> = BTreeMap::new();
    for i in 0..goals.height() {
        per_goal.insert((yy[i] as i32, gg[i].clone()), (nn[i], aa[i]));
    }
    for (year, y) in years.iter_mut() {
        for field in &cfg.vocabularies.field_of_action {
            let mut c = Coverage::default();
            for g in cfg.goals.iter().filter(|g| {
                crate::text::match_key(&g.field_of_action) == crate::text::match_key(&field.name)
            }) {
                c.goals += 1;
                match per_goal.get(&(*year, g.id.clone())) {
                    Some((n, a)) if *n > 0 => {
                        c.with_measure += 1;
                        c.with_running_or_done += u64::from(*a > 0);
                    }
                    _ => c.without_measure.push(g.id.clone()),
                }
            }
            y.goal_coverage.insert(field.name.clone(), c);
        }
    }
    Ok(())
}

/// Deltas and change counts against the previous year present.
fn add_changes(comparisons: &[Comparison], years: &mut Years) {
    let list: Vec<i32> = years.keys().copied().collect();
    for w in list.windows(2) {
        let (prev, cur) = (w[0], w[1]);
        let Some(p) = years.get(&prev).cloned() else {
            continue;
        };
        let Some(y) = years.get_mut(&cur) else {
            continue;
        };
        let diff = |a: &BTreeMap<String, u64>, b: &BTreeMap<String, u64>| {
            let mut out = BTreeMap::new();
            for k in a.keys().chain(b.keys()) {
                let d = *b.get(k).unwrap_or(&0) as i64 - *a.get(k).unwrap_or(&0) as i64;
                out.insert(k.clone(), d);
            }
            out
        };
        y.delta = Some(Delta {
            from_year: prev,
            measures: y.measures as i64 - p.measures as i64,
            by_field: diff(&p.by_field, &y.by_field),
            by_status: diff(&p.by_status, &y.by_status),
            budget_total: y.budget_total - p.budget_total,
            participants_total: y.participants_total - p.participants_total,
        });
        if let Some(c) = comparisons
            .iter()
            .find(|c| c.from_year == prev && c.to_year == cur)
        {
            y.changes = Some(ChangeFigures {
                from_year: prev,
                new: c.count(ChangeKind::New) as u64,
                ended: c.count(ChangeKind::Ended) as u64,
                finished: c.count(ChangeKind::Finished) as u64,
                changed: c.count(ChangeKind::Changed) as u64,
                continued: c.count(ChangeKind::Continued) as u64,
                not_taken_over: c.count(ChangeKind::NotTakenOver) as u64,
                no_return: c.count(ChangeKind::NoReturn) as u64,
                departments_without_return: c.without_return.clone(),
                departments_unclear_return: c.unclear_return.clone(),
            });
        }
    }
}

/// `summary.json` as bytes: stable key order (structs in declaration order, maps sorted).
pub fn to_json(summary: &Summary) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = serde_json::to_vec_pretty(summary)?;
    out.push(b'\n');
    Ok(out)
}

/// The terminal summary of `bestand compare`.
pub fn describe(comparisons: &[Comparison], lang: Lang) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if comparisons.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, "compare-one-year"));
    }
    for c in comparisons {
        let (new, ended, changed, continued) = (
            c.count(ChangeKind::New),
            c.count(ChangeKind::Ended),
            c.count(ChangeKind::Changed),
            c.count(ChangeKind::Continued),
        );
        // Without a return in the later year (the measure's earlier row stands), or in the
        // earlier one (only its later row stands: whether it is new is open).
        let no_return = c
            .changes
            .iter()
            .filter(|x| x.kind == ChangeKind::NoReturn && x.new.is_none())
            .count();
        let mut before: Vec<&str> = c
            .changes
            .iter()
            .filter(|x| x.kind == ChangeKind::NoReturn && x.old.is_none())
            .map(|x| x.department.as_str())
            .collect();
        let open_new = before.len();
        before.sort_unstable();
        before.dedup();
        let not_taken = c.count(ChangeKind::NotTakenOver);
        let (from, to) = (c.from_year, c.to_year);
        let counts = tr!(
            lang,
            "compare-counts",
            from = from.to_string(),
            to = to.to_string(),
            new = new,
            ended = ended,
            changed = changed,
            continued = continued
        );
        let _ = writeln!(out, "{counts}");
        let finished = c.count(ChangeKind::Finished);
        if finished > 0 {
            let said = tr!(
                lang,
                "changes-finished",
                count = finished,
                year = from.to_string(),
                to = to.to_string()
            );
            let _ = writeln!(out, "  {said}");
        }
        if not_taken > 0 {
            let said = tr!(lang, "compare-not-taken-over", count = not_taken);
            let _ = writeln!(out, "  {said}");
        }
        if no_return > 0 {
            let said = tr!(
                lang,
                "compare-no-return",
                count = no_return,
                to = to.to_string(),
                departments = c.without_return.join(", ")
            );
            let _ = writeln!(out, "  {said}");
            if !c.unclear_return.is_empty() {
                let said = tr!(
                    lang,
                    "compare-unclear",
                    departments = c.unclear_return.join(", ")
                );
                let _ = writeln!(out, "  {said}");
            }
        }
        if open_new > 0 {
            let said = tr!(
                lang,
                "compare-no-return-before",
                count = open_new,
                from = from.to_string(),
                departments = before.join(", ")
            );
            let _ = writeln!(out, "  {said}");
        }
        let mut largest: Vec<&crate::transform::compare::Change> = c
            .changes
            .iter()
            .filter(|x| x.budget_delta.is_some_and(|d| d.abs() >= 0.5))
            .collect();
        largest.sort_by(|a, b| {
            let (x, y) = (
                a.budget_delta.unwrap_or(0.0).abs(),
                b.budget_delta.unwrap_or(0.0).abs(),
            );
            y.total_cmp(&x).then(a.title.cmp(&b.title))
        });
        if !largest.is_empty() {
            let _ = writeln!(out, "  {}", tr!(lang, "compare-largest-budgets"));
            for ch in largest.iter().take(5) {
                let d = ch.budget_delta.unwrap_or(0.0);
                let sign = if d > 0.0 { "+" } else { "" };
                let _ = writeln!(
                    out,
                    "    {sign}{}  {} ({})",
                    crate::text::euro(d),
                    ch.title,
                    ch.department
                );
            }
        }
        let status_changes: Vec<&crate::transform::compare::Change> = c
            .changes
            .iter()
            .filter(|x| x.detail.contains("Status:"))
            .collect();
        if !status_changes.is_empty() {
            let said = tr!(lang, "compare-status-changes", count = status_changes.len());
            let _ = writeln!(out, "  {said}");
            for ch in status_changes.iter().take(5) {
                let status = ch
                    .detail
                    .split("; ")
                    .find(|p| p.starts_with("Status:"))
                    .unwrap_or("");
                let _ = writeln!(out, "    {}  {status}", ch.title);
            }
        }
    }
    out
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

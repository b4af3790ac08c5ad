//! The report's chart set: the charts made from the key figures, each a typed model.

use crate::config::{Config, Lang};
use crate::text::euro;
use crate::transform::summary::{Summary, YearFigures};

use super::{BarChart, ChartId, Series, ValueFormat, WIDTH, funding_color, palette, status_color};

/// Data date line shared by all charts.
fn note(summary: &Summary, created: &str, lang: Lang) -> String {
    let years: Vec<String> = summary.years.iter().map(|y| y.year.to_string()).collect();
    crate::tr!(
        lang,
        "chart-note",
        count = years.len(),
        years = years.join(", "),
        created = created
    )
}

/// What the charts of the set share, worked out once from the key figures.
struct Shared<'a> {
    /// The key figures of all years.
    summary: &'a Summary,
    /// The configuration (vocabularies, language).
    cfg: &'a Config,
    /// The charts' language.
    lang: Lang,
    /// Data date line under every chart.
    note: String,
    /// The fields of action of the vocabulary, in its order.
    fields: Vec<String>,
    /// The statuses of the vocabulary, in its order.
    statuses: Vec<String>,
    /// One legend entry per status, in its colour.
    status_series: Vec<Series>,
    /// The key figures of the latest year.
    current: Option<&'a YearFigures>,
    /// The key figures of the year before the latest.
    previous: Option<&'a YearFigures>,
    /// The latest year as text, or empty.
    year_text: String,
    /// Shown instead of bars when there is nothing to draw.
    empty: String,
}

impl<'a> Shared<'a> {
    /// Works out what the charts share.
    fn new(summary: &'a Summary, cfg: &'a Config, created: &str) -> Self {
        let lang = cfg.lang;
        let fields: Vec<String> = cfg
            .vocabularies
            .field_of_action
            .iter()
            .map(|t| t.name.clone())
            .collect();
        let statuses = summary.shown_statuses(cfg);
        let status_series: Vec<Series> = statuses
            .iter()
            .map(|s| Series {
                name: s.clone(),
                color: status_color(cfg.status_role(s)),
            })
            .collect();
        let current = summary.years.last();
        let previous = summary
            .years
            .len()
            .checked_sub(2)
            .and_then(|i| summary.years.get(i));
        Shared {
            summary,
            cfg,
            lang,
            note: note(summary, created, lang),
            fields,
            statuses,
            status_series,
            current,
            previous,
            year_text: current.map(|y| y.year.to_string()).unwrap_or_default(),
            empty: crate::i18n::message(lang, "rpt-keine-daten-vorhanden", &[]),
        }
    }
}

/// The chart set of the report, built from the key figures.
pub fn chart_set(summary: &Summary, cfg: &Config, created: &str) -> Vec<BarChart> {
    let s = Shared::new(summary, cfg, created);
    [
        Some(by_field_and_status(&s)),
        year_over_year(&s),
        Some(goal_coverage(&s)),
        Some(budget_by_field(&s)),
        Some(target_groups(&s)),
        Some(departments(&s)),
        trend(&s),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Chart 1: the measures per field of action, stacked by status.
fn by_field_and_status(s: &Shared) -> BarChart {
    let (lang, current, year_text) = (s.lang, s.current, &s.year_text);
    BarChart {
        id: ChartId::MeasuresByField,
        title: crate::tr!(lang, "chart-fields-title", years = year_text.as_str()),
        axis_label: crate::i18n::message(lang, "rpt-anzahl-massnahmen", &[]),
        category_label: crate::i18n::message(lang, "rpt-handlungsfeld", &[]),
        categories: s.fields.clone(),
        bars: vec![],
        series: s.status_series.clone(),
        values: s
            .fields
            .iter()
            .map(|f| {
                vec![
                    s.statuses
                        .iter()
                        .map(|st| {
                            current
                                .and_then(|y| y.by_field_status.get(f))
                                .and_then(|m| m.get(st))
                                .copied()
                                .unwrap_or(0) as f64
                        })
                        .collect(),
                ]
            })
            .collect(),
        annotations: s
            .fields
            .iter()
            .map(|f| {
                current
                    .and_then(|y| y.by_field.get(f))
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            })
            .collect(),
        format: ValueFormat::Count,
        max: None,
        note: s.note.clone(),
        description: match current {
            Some(y) => crate::tr!(
                lang,
                "chart-field-status-description",
                count = y.measures as usize,
                year = y.year.to_string()
            ),
            None => s.empty.clone(),
        },
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    }
}

/// Chart 2: the measures per field of action in the latest two years (none with one year).
fn year_over_year(s: &Shared) -> Option<BarChart> {
    let (Some(p), Some(c)) = (s.previous, s.current) else {
        return None;
    };
    let lang = s.lang;
    let count = |y: &YearFigures, f: &String| *y.by_field.get(f).unwrap_or(&0);
    Some(BarChart {
        id: ChartId::Comparison,
        title: crate::tr!(
            lang,
            "chart-compare-title",
            from = p.year.to_string(),
            to = c.year.to_string()
        ),
        axis_label: crate::i18n::message(lang, "rpt-anzahl-massnahmen", &[]),
        category_label: crate::i18n::message(lang, "rpt-handlungsfeld", &[]),
        categories: s.fields.clone(),
        bars: vec![p.year.to_string(), c.year.to_string()],
        series: vec![
            Series {
                name: p.year.to_string(),
                color: palette::GREY,
            },
            Series {
                name: c.year.to_string(),
                color: palette::BLUE,
            },
        ],
        values: s
            .fields
            .iter()
            .map(|f| {
                let a = count(p, f) as f64;
                let b = count(c, f) as f64;
                vec![vec![a, 0.0], vec![0.0, b]]
            })
            .collect(),
        annotations: s
            .fields
            .iter()
            .map(|f| {
                let d = count(c, f) as i64 - count(p, f) as i64;
                if d > 0 {
                    format!("+{d}")
                } else if d == 0 {
                    "±0".into()
                } else {
                    d.to_string()
                }
            })
            .collect(),
        format: ValueFormat::Count,
        max: None,
        note: s.note.clone(),
        description: crate::tr!(
            lang,
            "chart-compare-description",
            from = p.year.to_string(),
            to = c.year.to_string(),
            before = p.measures.to_string(),
            now = c.measures.to_string()
        ),
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    })
}

/// Chart 3: the share of goals per field of action with a running or completed measure.
fn goal_coverage(s: &Shared) -> BarChart {
    let (lang, current, year_text) = (s.lang, s.current, &s.year_text);
    BarChart {
        id: ChartId::GoalCoverage,
        title: crate::tr!(lang, "chart-coverage-title", years = year_text.as_str()),
        axis_label: crate::i18n::message(lang, "rpt-anteil-der-ziele-mit-laufender", &[]),
        category_label: crate::i18n::message(lang, "rpt-handlungsfeld", &[]),
        categories: s.fields.clone(),
        bars: vec![],
        series: vec![Series {
            name: crate::i18n::message(lang, "rpt-abgedeckte-ziele", &[]),
            color: palette::GREEN,
        }],
        values: s
            .fields
            .iter()
            .map(|f| {
                let c = current.and_then(|y| y.goal_coverage.get(f));
                let share = c.filter(|c| c.goals > 0).map_or(0.0, |c| {
                    100.0 * c.with_running_or_done as f64 / c.goals as f64
                });
                vec![vec![share]]
            })
            .collect(),
        annotations: s
            .fields
            .iter()
            .map(|f| {
                current
                    .and_then(|y| y.goal_coverage.get(f))
                    .map(|c| format!("{} / {}", c.with_running_or_done, c.goals))
                    .unwrap_or_default()
            })
            .collect(),
        format: ValueFormat::Percent,
        max: Some(100.0),
        note: s.note.clone(),
        description: crate::i18n::message(lang, "rpt-balkendiagramm-anteil-der-ziele-des", &[]),
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    }
}

/// Chart 4: the budget per field of action, stacked by funding source.
fn budget_by_field(s: &Shared) -> BarChart {
    let (lang, cfg, current, year_text) = (s.lang, s.cfg, s.current, &s.year_text);
    let not_given = crate::i18n::message(lang, "rpt-keine-angabe", &[]);
    // The vocabulary's sources first, then any other reported; only those with a budget.
    let mut funding: Vec<String> = cfg
        .vocabularies
        .funding
        .iter()
        .map(|t| t.name.clone())
        .collect();
    if let Some(y) = current {
        for k in y.budget_by_funding.keys() {
            if !funding.contains(k) {
                funding.push(k.clone());
            }
        }
    }
    funding.retain(|f| current.is_some_and(|y| y.budget_by_funding.contains_key(f)));
    let color = |f: &String| {
        if *f == not_given {
            palette::GREY
        } else {
            cfg.vocabularies
                .funding
                .iter()
                .position(|t| t.name == *f)
                .map_or(palette::GREY, funding_color)
        }
    };
    BarChart {
        id: ChartId::BudgetByField,
        title: crate::tr!(lang, "chart-budget-title", years = year_text.as_str()),
        axis_label: crate::i18n::message(lang, "rpt-budget-in-euro", &[]),
        category_label: crate::i18n::message(lang, "rpt-handlungsfeld", &[]),
        categories: s.fields.clone(),
        bars: vec![],
        series: funding
            .iter()
            .map(|f| Series {
                name: f.clone(),
                color: color(f),
            })
            .collect(),
        values: s
            .fields
            .iter()
            .map(|f| {
                vec![
                    funding
                        .iter()
                        .map(|src| {
                            current
                                .and_then(|y| y.budget_by_field_funding.get(f))
                                .and_then(|m| m.get(src))
                                .copied()
                                .unwrap_or(0.0)
                        })
                        .collect(),
                ]
            })
            .collect(),
        annotations: s
            .fields
            .iter()
            .map(|f| {
                current
                    .and_then(|y| y.budget_by_field.get(f))
                    .map(|b| euro(b.round()))
                    .unwrap_or_default()
            })
            .collect(),
        format: ValueFormat::Euro,
        max: None,
        note: s.note.clone(),
        description: match current {
            Some(y) => crate::tr!(
                lang,
                "chart-budget-description",
                year = y.year.to_string(),
                total = euro(y.budget_total.round())
            ),
            None => s.empty.clone(),
        },
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    }
}

/// What a ranking chart shows: its name, the message ids of its words, the latest year's
/// counts.
struct Ranking<'a> {
    /// Which chart.
    id: ChartId,
    /// The title's message (the year is added).
    title: &'static str,
    /// The message naming the rows.
    category: &'static str,
    /// The message naming what the value axis counts.
    axis: &'static str,
    /// The counts per row.
    counts: Option<&'a std::collections::BTreeMap<String, u64>>,
}

/// Chart 5: the measures per target group, largest first.
fn target_groups(s: &Shared) -> BarChart {
    ranking(
        s,
        Ranking {
            id: ChartId::TargetGroups,
            title: "chart-target-groups-title",
            category: "chart-target-groups-category",
            axis: "chart-target-groups-axis",
            counts: s.current.map(|y| &y.by_target_group),
        },
    )
}

/// Chart 6: the measures per department, largest first.
fn departments(s: &Shared) -> BarChart {
    ranking(
        s,
        Ranking {
            id: ChartId::Departments,
            title: "chart-departments-title",
            category: "word-department",
            axis: "rpt-anzahl-massnahmen",
            counts: s.current.map(|y| &y.by_department),
        },
    )
}

/// A ranking chart: one bar per row, largest first, ties by name.
fn ranking(s: &Shared, spec: Ranking) -> BarChart {
    let lang = s.lang;
    let word = |id: &str| crate::i18n::message(lang, id, &[]);
    let title = word(spec.title);
    let mut rows: Vec<(String, u64)> = spec
        .counts
        .map(|m| m.iter().map(|(k, v)| (k.clone(), *v)).collect())
        .unwrap_or_default();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let listed = rows
        .iter()
        .take(12)
        .map(|r| format!("{} {}", r.0, r.1))
        .collect::<Vec<_>>()
        .join(", ");
    BarChart {
        id: spec.id,
        title: format!("{title} {}", s.year_text),
        axis_label: word(spec.axis),
        category_label: word(spec.category),
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        bars: vec![],
        series: vec![Series {
            name: crate::i18n::message(lang, "rpt-massnahmen-2", &[]),
            color: palette::BLUE,
        }],
        values: rows.iter().map(|r| vec![vec![r.1 as f64]]).collect(),
        annotations: rows.iter().map(|r| r.1.to_string()).collect(),
        format: ValueFormat::Count,
        max: None,
        note: s.note.clone(),
        description: crate::tr!(
            lang,
            "chart-ranking-description",
            title = title.as_str(),
            listed = listed.as_str()
        ),
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    }
}

/// Chart 7: the measures per reporting year by status (only with three or more years).
fn trend(s: &Shared) -> Option<BarChart> {
    let (lang, years) = (s.lang, &s.summary.years);
    if years.len() < 3 {
        return None;
    }
    let listed = years
        .iter()
        .map(|y| format!("{} {}", y.year, y.measures))
        .collect::<Vec<_>>()
        .join(", ");
    Some(BarChart {
        id: ChartId::Development,
        title: crate::i18n::message(lang, "rpt-entwicklung-der-massnahmen-nach-status", &[]),
        axis_label: crate::i18n::message(lang, "rpt-anzahl-massnahmen", &[]),
        category_label: crate::i18n::message(lang, "rpt-berichtsjahr", &[]),
        categories: years.iter().map(|y| y.year.to_string()).collect(),
        bars: vec![],
        series: s.status_series.clone(),
        values: years
            .iter()
            .map(|y| {
                vec![
                    s.statuses
                        .iter()
                        .map(|st| *y.by_status.get(st).unwrap_or(&0) as f64)
                        .collect(),
                ]
            })
            .collect(),
        annotations: years.iter().map(|y| y.measures.to_string()).collect(),
        format: ValueFormat::Count,
        max: None,
        note: s.note.clone(),
        description: crate::tr!(lang, "chart-trend-description", listed = listed.as_str()),
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    })
}

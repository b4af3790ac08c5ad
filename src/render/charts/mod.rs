//! Charts: the figures of the report as typed chart models built from the key figures, one
//! drawing routine over any plotters backend, and three outputs: SVG and PNG files (plotters'
//! own backends) and vector operations for the PDF ([`pdf::PdfBackend`]). Text is measured
//! and drawn with the embedded Liberation Sans, never a system font.

pub mod fonts;
pub mod pdf;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::config::{Config, Lang};
use crate::text::euro;
use crate::transform::summary::{Summary, YearFigures};

/// How values are written on the axis and the bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// Whole numbers.
    Count,
    /// Euro in German format.
    Euro,
    /// Per cent, 0 to 100.
    Percent,
    /// A measured figure (an indicator's value): German decimals, as many as it needs up to
    /// two.
    Figure,
}

/// One legend entry: what a colour means.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Name in the legend.
    pub name: String,
    /// Colour (RGB).
    pub color: (u8, u8, u8),
}

/// A horizontal bar chart: categories as rows, one or more bars per row (e.g. two years),
/// each bar stacked from segments (e.g. statuses).
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// File name without extension.
    pub name: &'static str,
    /// Title above the chart.
    pub title: String,
    /// What the value axis counts.
    pub axis_label: String,
    /// What the rows are (the category axis), shown above the row labels.
    pub category_label: String,
    /// Row labels.
    pub categories: Vec<String>,
    /// Labels of the bars within a row (years); empty for one bar per row.
    pub bars: Vec<String>,
    /// Stacked segments with their colours (the legend).
    pub series: Vec<Series>,
    /// Values `[category][bar][series]`.
    pub values: Vec<Vec<Vec<f64>>>,
    /// Text at the end of each row (e.g. "+3"), or empty.
    pub annotations: Vec<String>,
    /// Value format.
    pub format: ValueFormat,
    /// Fixed maximum of the value axis (100 for per cent).
    pub max: Option<f64>,
    /// Data date and source, shown under the chart.
    pub note: String,
    /// What the chart shows, in one sentence (alternative text).
    pub description: String,
    /// Text at the end of each bar `[category][bar]` (a value, or the sign that stands for
    /// a missing one: a gap is labelled, never drawn as a bar of 0); empty for none. Where
    /// given, the chart's table shows these texts.
    pub marks: Vec<Vec<String>>,
    /// The width it is drawn at, in drawing units ([`WIDTH`] for the report's charts); a
    /// narrower chart is laid out at the same width on the page, so its text is larger.
    pub width: u32,
    /// Whether the report puts the chart's numbers in a table of its own right after it
    /// (the web page and the Word file then add none).
    pub table_follows: bool,
    /// Shown instead of bars when there is nothing to draw.
    pub empty_message: String,
}

impl BarChart {
    /// Whether there is anything to draw.
    pub fn is_empty(&self) -> bool {
        self.values.iter().flatten().flatten().all(|v| *v == 0.0)
    }

    /// The longest bar's total.
    fn max_total(&self) -> f64 {
        self.values
            .iter()
            .flatten()
            .map(|segs| segs.iter().sum::<f64>())
            .fold(0.0, f64::max)
    }

    /// Height in drawing units at scale 1 for the given width.
    pub fn height(&self) -> u32 {
        let bars = self.bars.len().max(1) as u32;
        let rows = self.categories.len().max(1) as u32;
        let legend_lines = if self.series.len() > 1 {
            self.series.len().div_ceil(6) as u32
        } else {
            0
        };
        let title_lines = 1 + self.title.chars().count() as u32 * WIDTH / self.width.max(1) / 80;
        let category = if self.category_label.is_empty() {
            0
        } else {
            12
        };
        30 + category + title_lines * 22 + rows * (bars * 18 + 12) + 46 + legend_lines * 22 + 40
    }
}

/// Okabe–Ito colours, safe for colour-blind readers.
pub mod palette {
    /// Orange.
    pub const ORANGE: (u8, u8, u8) = (0xE6, 0x9F, 0x00);
    /// Sky blue.
    pub const SKY: (u8, u8, u8) = (0x56, 0xB4, 0xE9);
    /// Bluish green.
    pub const GREEN: (u8, u8, u8) = (0x00, 0x9E, 0x73);
    /// Yellow.
    pub const YELLOW: (u8, u8, u8) = (0xF0, 0xE4, 0x42);
    /// Blue.
    pub const BLUE: (u8, u8, u8) = (0x00, 0x72, 0xB2);
    /// Vermillion.
    pub const VERMILLION: (u8, u8, u8) = (0xD5, 0x5E, 0x00);
    /// Reddish purple.
    pub const PURPLE: (u8, u8, u8) = (0xCC, 0x79, 0xA7);
    /// Grey for "other" and earlier years.
    pub const GREY: (u8, u8, u8) = (0xA0, 0xA0, 0xA0);
    /// Dark grey for text.
    pub const INK: (u8, u8, u8) = (0x22, 0x22, 0x22);
}

/// The colour of a status, the same in every chart: by its role (planned, running,
/// completed, stopped), never by its name or position in the list.
pub fn status_color(role: Option<crate::config::StatusRole>) -> (u8, u8, u8) {
    use crate::config::StatusRole;
    match role {
        Some(StatusRole::Planned) => palette::SKY,
        Some(StatusRole::Running) => palette::BLUE,
        Some(StatusRole::Paused) => palette::ORANGE,
        Some(StatusRole::Completed) => palette::GREEN,
        Some(StatusRole::Stopped) => palette::VERMILLION,
        None => palette::GREY,
    }
}

/// The colour of a funding source, by position in the vocabulary.
pub fn funding_color(index: usize) -> (u8, u8, u8) {
    [
        palette::ORANGE,
        palette::YELLOW,
        palette::PURPLE,
        palette::SKY,
        palette::GREEN,
        palette::VERMILLION,
    ]
    .get(index)
    .copied()
    .unwrap_or(palette::GREY)
}

/// Formats a value for axis and labels.
pub fn format_value(v: f64, format: ValueFormat) -> String {
    match format {
        ValueFormat::Count => group_thousands(v.round() as i64),
        ValueFormat::Euro => euro(v.round()),
        ValueFormat::Percent => format!("{} %", v.round() as i64),
        ValueFormat::Figure => {
            let decimals = (0..=2)
                .find(|d| {
                    let scaled = v * 10f64.powi(*d);
                    (scaled.round() - scaled).abs() < 1e-6
                })
                .unwrap_or(2);
            crate::indicators::number(v, decimals as usize)
        }
    }
}

/// `1250000` as `1.250.000`.
pub fn group_thousands(v: i64) -> String {
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if v < 0 { format!("-{out}") } else { out }
}

/// A "nice" axis step for a maximum: 1, 2 or 5 times a power of ten.
fn nice_step(max: f64, ticks: f64) -> f64 {
    let raw = (max / ticks).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * mag).max(1.0)
}

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The creation date as people write it (`25.11.2026` or `2026-11-25`).
pub fn created_date(t: chrono::NaiveDateTime, lang: Lang) -> String {
    match lang {
        Lang::De => t.format("%d.%m.%Y").to_string(),
        Lang::En => t.format("%Y-%m-%d").to_string(),
    }
}

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
        name: "massnahmen-nach-handlungsfeld",
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
        description: match (lang, current) {
            (Lang::De, Some(y)) => format!(
                "Balkendiagramm: {} Maßnahmen im Jahr {}, je Handlungsfeld nach Status gestapelt.",
                y.measures, y.year
            ),
            (Lang::En, Some(y)) => format!(
                "Bar chart: {} measures in {}, per field of action stacked by status.",
                y.measures, y.year
            ),
            _ => s.empty.clone(),
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
        name: "vorjahresvergleich",
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
        name: "zielabdeckung",
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
        name: "budget-nach-handlungsfeld",
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
        description: match (lang, current) {
            (Lang::De, Some(y)) => format!(
                "Balkendiagramm: gemeldetes Budget {} von insgesamt {} je Handlungsfeld, nach Finanzierungsquelle gestapelt (mehrere Quellen zu gleichen Teilen).",
                y.year,
                euro(y.budget_total.round())
            ),
            (Lang::En, Some(y)) => format!(
                "Bar chart: reported budget {} of {} in total per field of action, stacked by funding source (several sources split evenly).",
                y.year,
                euro(y.budget_total.round())
            ),
            _ => s.empty.clone(),
        },
        marks: Vec::new(),
        width: WIDTH,
        table_follows: false,
        empty_message: s.empty.clone(),
    }
}

/// What a ranking chart shows: its name, German and English texts, the latest year's counts.
struct Ranking<'a> {
    /// File name without extension.
    name: &'static str,
    /// Title, German and English (the year is added).
    title: (&'static str, &'static str),
    /// What the rows are, German and English.
    category: (&'static str, &'static str),
    /// What the value axis counts, German and English.
    axis: (&'static str, &'static str),
    /// The counts per row.
    counts: Option<&'a std::collections::BTreeMap<String, u64>>,
}

/// Chart 5: the measures per target group, largest first.
fn target_groups(s: &Shared) -> BarChart {
    ranking(
        s,
        Ranking {
            name: "zielgruppen",
            title: ("Erreichte Zielgruppen", "Target groups reached"),
            category: ("Zielgruppe", "Target group"),
            axis: (
                "Anzahl Maßnahmen (eine Maßnahme kann mehrere Zielgruppen haben)",
                "Number of measures (a measure can have several target groups)",
            ),
            counts: s.current.map(|y| &y.by_target_group),
        },
    )
}

/// Chart 6: the measures per department, largest first.
fn departments(s: &Shared) -> BarChart {
    ranking(
        s,
        Ranking {
            name: "fachbereiche",
            title: ("Maßnahmen je Fachbereich", "Measures per department"),
            category: ("Fachbereich", "Department"),
            axis: ("Anzahl Maßnahmen", "Number of measures"),
            counts: s.current.map(|y| &y.by_department),
        },
    )
}

/// A ranking chart: one bar per row, largest first, ties by name.
fn ranking(s: &Shared, spec: Ranking) -> BarChart {
    let lang = s.lang;
    let (title_de, title_en) = spec.title;
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
        name: spec.name,
        title: format!("{} {}", lang.t(title_de, title_en), s.year_text),
        axis_label: lang.t(spec.axis.0, spec.axis.1).into(),
        category_label: lang.t(spec.category.0, spec.category.1).into(),
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
            title = lang.t(title_de, title_en),
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
        name: "entwicklung",
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

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn font(size: f64, bold: bool, color: (u8, u8, u8)) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    // FontDesc::style keeps the regular face's data, so the face is chosen at creation.
    FontDesc::new(FontFamily::Name(fonts::FAMILY), size, style).color(&rgb(color))
}

fn width<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, text: &str, style: &TextStyle) -> f64 {
    root.estimate_text_size(text, style)
        .map(|(w, _)| w as f64)
        .unwrap_or(text.len() as f64 * 7.0)
}

/// Splits a label into lines no wider than `max` (at spaces and after hyphens).
fn wrap<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    max: f64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(root, &candidate, style) <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    // A single word wider than the column is cut with an ellipsis rather than overflowing.
    lines
        .into_iter()
        .map(|l| {
            if width(root, &l, style) <= max {
                return l;
            }
            let mut cut: String = l.clone();
            while !cut.is_empty() && width(root, &format!("{cut}…"), style) > max {
                cut.pop();
            }
            format!("{cut}…")
        })
        .collect()
}

/// Draws a chart onto any plotters area; `s` scales every size (2 for print PNGs).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    s: f64,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as f64, h as f64);
    let margin = 20.0 * s;
    let fonts = ChartFonts::new(s);
    let top = Pos::new(HPos::Left, VPos::Top);

    // Title, wrapped to the width.
    let mut y = margin;
    for line in wrap(root, &c.title, &fonts.title, w - 2.0 * margin) {
        root.draw(&Text::new(
            line,
            (px(margin), px(y)),
            fonts.title.clone().pos(top),
        ))?;
        y += 22.0 * s;
    }
    y += if c.category_label.is_empty() {
        10.0
    } else {
        22.0
    } * s;
    let note_y = h - margin - 12.0 * s;

    if c.is_empty() {
        let msg = font(14.0 * s, false, (0x55, 0x55, 0x55)).pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(
            c.empty_message.clone(),
            (px(w / 2.0), px((y + note_y) / 2.0 - 10.0 * s)),
            msg,
        ))?;
        root.draw(&Text::new(
            c.note.clone(),
            (px(margin), px(note_y)),
            fonts.small.clone().pos(top),
        ))?;
        return Ok(());
    }

    let f = Frame::new(root, c, s, w, margin, y, &fonts);
    draw_grid(root, c, &f, &fonts)?;
    // The category axis is named above its labels.
    if !c.category_label.is_empty() {
        let head = fonts.head.clone().pos(Pos::new(HPos::Right, VPos::Top));
        root.draw(&Text::new(
            c.category_label.clone(),
            (px(f.x0 - 8.0 * s), px(f.plot_top - 14.0 * s)),
            head,
        ))?;
    }
    draw_rows(root, c, &f, &fonts)?;
    // Value axis line and label.
    root.draw(&PathElement::new(
        vec![(px(f.x0), px(f.plot_top)), (px(f.x0), px(f.plot_bottom))],
        ShapeStyle::from(&rgb(palette::INK)).stroke_width(s.max(1.0) as u32),
    ))?;
    let ly = f.plot_bottom + 22.0 * s;
    let axis = fonts.small.clone().pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(
        c.axis_label.clone(),
        (px((f.x0 + f.x1) / 2.0), px(ly)),
        axis,
    ))?;
    draw_legend(root, c, &f, &fonts, ly + 24.0 * s)?;
    root.draw(&Text::new(
        c.note.clone(),
        (px(margin), px(note_y)),
        fonts.small.clone().pos(top),
    ))?;
    Ok(())
}

/// A drawing coordinate in whole pixels.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The text styles of a chart at scale `s`.
struct ChartFonts {
    /// The title.
    title: TextStyle<'static>,
    /// Row labels, annotations and the legend.
    label: TextStyle<'static>,
    /// Ticks, the axis label and the note.
    small: TextStyle<'static>,
    /// The name of the category axis.
    head: TextStyle<'static>,
}

impl ChartFonts {
    /// The text styles at scale `s`.
    fn new(s: f64) -> ChartFonts {
        ChartFonts {
            title: font(17.0 * s, true, palette::INK),
            label: font(12.0 * s, false, palette::INK),
            small: font(10.5 * s, false, (0x55, 0x55, 0x55)),
            head: font(10.5 * s, true, (0x55, 0x55, 0x55)),
        }
    }
}

/// Where the parts of a non-empty chart go: the plot's edges, the rows and the value scale.
struct Frame {
    /// The scale of every size.
    s: f64,
    /// The chart's width.
    w: f64,
    /// The margin around the chart.
    margin: f64,
    /// The widest a row label may be.
    label_max: f64,
    /// Left edge of the plot (value 0).
    x0: f64,
    /// Right edge of the plot.
    x1: f64,
    /// Bars per row (at least 1).
    bars: f64,
    /// Height of one bar.
    bar_h: f64,
    /// Height of one row.
    row_h: f64,
    /// Top of the plot.
    plot_top: f64,
    /// Bottom of the plot.
    plot_bottom: f64,
    /// The value at the right edge.
    axis_max: f64,
    /// The value between two grid lines.
    step: f64,
}

impl Frame {
    /// The frame of chart `c` whose plot starts at `plot_top`.
    fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        c: &BarChart,
        s: f64,
        w: f64,
        margin: f64,
        plot_top: f64,
        fonts: &ChartFonts,
    ) -> Frame {
        // Label column: as wide as the longest label, at most 42% of the width.
        let label_max = 0.42 * w;
        // The axis name stands above the labels, right-aligned with them: wide enough for it
        // too, or „Berichtsjahr“ loses its first letters beside short labels like „2024“.
        let label_w = c
            .categories
            .iter()
            .map(|l| width(root, l, &fonts.label).min(label_max))
            .fold(0.0, f64::max)
            .max(width(root, &c.category_label, &fonts.head).min(label_max))
            + 10.0 * s;
        let annot_w = c
            .annotations
            .iter()
            .chain(c.marks.iter().flatten())
            .map(|a| width(root, a, &fonts.label))
            .fold(0.0, f64::max)
            + 12.0 * s;
        let x0 = margin + label_w;
        let x1 = w - margin - annot_w;
        let bars = c.bars.len().max(1) as f64;
        let bar_h = 18.0 * s;
        let row_h = bars * bar_h + 12.0 * s;
        let plot_bottom = plot_top + row_h * c.categories.len() as f64;

        let max = c.max.unwrap_or_else(|| c.max_total()).max(1.0);
        let step = nice_step(max, 5.0);
        let axis_max = if c.max.is_some() {
            max
        } else {
            (max / step).ceil() * step
        };
        Frame {
            s,
            w,
            margin,
            label_max,
            x0,
            x1,
            bars,
            bar_h,
            row_h,
            plot_top,
            plot_bottom,
            axis_max,
            step,
        }
    }

    /// The x position of value `v`.
    fn sx(&self, v: f64) -> f64 {
        self.x0 + (self.x1 - self.x0) * v / self.axis_max
    }
}

/// Draws the grid lines and tick labels of the value axis.
fn draw_grid<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
) -> DrawResult<DB> {
    let s = f.s;
    let grid = ShapeStyle::from(&RGBColor(0xDD, 0xDD, 0xDD)).stroke_width(s.max(1.0) as u32);
    let mut t = 0.0;
    while t <= f.axis_max + 1e-9 {
        let x = f.sx(t);
        root.draw(&PathElement::new(
            vec![(px(x), px(f.plot_top)), (px(x), px(f.plot_bottom))],
            grid,
        ))?;
        let tick = fonts.small.clone().pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(
            format_value(t, c.format),
            (px(x), px(f.plot_bottom + 4.0 * s)),
            tick,
        ))?;
        t += f.step;
    }
    Ok(())
}

/// Draws the rows: label, bars, annotation.
fn draw_rows<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
) -> DrawResult<DB> {
    let (s, x0, bars, bar_h) = (f.s, f.x0, f.bars, f.bar_h);
    let label = &fonts.label;
    let top = Pos::new(HPos::Left, VPos::Top);
    for (i, cat) in c.categories.iter().enumerate() {
        let ry = f.plot_top + f.row_h * i as f64 + 6.0 * s;
        let lines = wrap(root, cat, label, f.label_max);
        let lines_h = 14.0 * s * lines.len().min(2) as f64;
        let mut ly = ry + (bars * bar_h - lines_h) / 2.0;
        for l in lines.iter().take(2) {
            let right = label.clone().pos(Pos::new(HPos::Right, VPos::Top));
            root.draw(&Text::new(l.clone(), (px(x0 - 8.0 * s), px(ly)), right))?;
            ly += 14.0 * s;
        }
        let row = c.values.get(i).cloned().unwrap_or_default();
        let mut end = x0;
        for (b, segs) in row.iter().enumerate() {
            let by = ry + bar_h * b as f64;
            let mut acc = 0.0;
            for (k, v) in segs.iter().enumerate() {
                if *v <= 0.0 {
                    continue;
                }
                let color = c.series.get(k).map_or(palette::GREY, |s| s.color);
                let (a, z) = (f.sx(acc), f.sx(acc + v));
                root.draw(&Rectangle::new(
                    [
                        (px(a), px(by + 1.0 * s)),
                        (px(z).max(px(a) + 1), px(by + bar_h - 2.0 * s)),
                    ],
                    rgb(color).filled(),
                ))?;
                acc += v;
            }
            end = end.max(f.sx(acc));
            if let Some(mark) = c
                .marks
                .get(i)
                .and_then(|m| m.get(b))
                .filter(|m| !m.is_empty())
            {
                let at = by + (bar_h - 14.0 * s) / 2.0;
                root.draw(&Text::new(
                    mark.clone(),
                    (px(f.sx(acc) + 4.0 * s), px(at)),
                    label.clone().pos(top),
                ))?;
            }
        }
        if let Some(a) = c.annotations.get(i).filter(|a| !a.is_empty()) {
            let at = ry + (bars * bar_h - 14.0 * s) / 2.0;
            root.draw(&Text::new(
                a.clone(),
                (px(end + 6.0 * s), px(at)),
                label.clone().pos(top),
            ))?;
        }
    }
    Ok(())
}

/// Draws the legend from `ly` down where colours carry meaning (not when the rows already
/// name them).
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
    mut ly: f64,
) -> DrawResult<DB> {
    let s = f.s;
    let label = &fonts.label;
    let top = Pos::new(HPos::Left, VPos::Top);
    let rows_name_colours = c.series.iter().map(|s| &s.name).eq(c.categories.iter());
    if c.series.len() > 1 && !rows_name_colours {
        let mut lx = f.x0;
        for series in &c.series {
            let wname = width(root, &series.name, label);
            if lx + 18.0 * s + wname > f.w - f.margin {
                lx = f.x0;
                ly += 22.0 * s;
            }
            root.draw(&Rectangle::new(
                [
                    (px(lx), px(ly + 1.0 * s)),
                    (px(lx + 12.0 * s), px(ly + 13.0 * s)),
                ],
                rgb(series.color).filled(),
            ))?;
            root.draw(&Text::new(
                series.name.clone(),
                (px(lx + 17.0 * s), px(ly)),
                label.clone().pos(top),
            ))?;
            lx += 17.0 * s + wname + 18.0 * s;
        }
    }
    Ok(())
}

/// Width of the file charts at scale 1, in pixels.
pub const WIDTH: u32 = 900;
/// Scale of the PNG files: 2 gives 1800 px, enough for print.
pub const PNG_SCALE: f64 = 2.0;

/// The chart as an SVG document.
pub fn to_svg(c: &BarChart) -> Result<String, String> {
    fonts::register();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (c.width, c.height())).into_drawing_area();
        draw(&root, c, 1.0).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    // Readers without Liberation Sans fall back to Arial, which has the same metrics.
    let family = format!("font-family=\"{}\"", fonts::FAMILY);
    let out = out.replace(
        &family,
        "font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\"",
    );
    // A title element lets screen readers and browsers name the image.
    let title = format!(
        "<title>{}</title><desc>{}</desc>",
        crate::text::escape_markup(&c.title),
        crate::text::escape_markup(&c.description)
    );
    Ok(match out.find('>') {
        Some(i) => format!("{}{title}{}", &out[..=i], &out[i + 1..]),
        None => out,
    })
}

/// The chart as a PNG image at print resolution.
pub fn to_png(c: &BarChart) -> Result<Vec<u8>, String> {
    fonts::register();
    let (w, h) = (
        (c.width as f64 * PNG_SCALE) as u32,
        (c.height() as f64 * PNG_SCALE) as u32,
    );
    let mut buf = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        draw(&root, c, PNG_SCALE).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&buf).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Writes every chart as SVG and PNG into `dir`.
pub fn write_files(dir: &std::path::Path, charts: &[BarChart]) -> Result<(), crate::error::Error> {
    let named: Vec<(String, &BarChart)> = charts.iter().map(|c| (c.name.to_string(), c)).collect();
    write_named(dir, &named)
}

/// Writes each chart as `<name>.svg` and `<name>.png` into `dir`.
pub fn write_named(
    dir: &std::path::Path,
    charts: &[(String, &BarChart)],
) -> Result<(), crate::error::Error> {
    use rayon::prelude::*;
    let rendered: Vec<Result<(String, Vec<u8>), String>> = charts
        .par_iter()
        .map(|(_, c)| Ok((to_svg(c)?, to_png(c)?)))
        .collect();
    for ((name, _), r) in charts.iter().zip(rendered) {
        let svg_path = dir.join(format!("{name}.svg"));
        let (svg, png) = r.map_err(|message| crate::error::Error::Export {
            path: svg_path.clone(),
            source: crate::error::Cause::Chart(message),
        })?;
        crate::files::write_atomic(&svg_path, svg.as_bytes())?;
        crate::files::write_atomic(&dir.join(format!("{name}.png")), &png)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_numbers() {
        assert_eq!(nice_step(47.0, 5.0), 10.0);
        assert_eq!(nice_step(1_250_000.0, 5.0), 500_000.0);
        assert_eq!(nice_step(3.0, 5.0), 1.0);
        assert_eq!(group_thousands(1_250_000), "1.250.000");
        assert_eq!(format_value(1_250_000.0, ValueFormat::Euro), "1.250.000 €");
        assert_eq!(format_value(40.0, ValueFormat::Percent), "40 %");
    }
}

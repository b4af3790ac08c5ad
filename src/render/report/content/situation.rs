//! The indicators in the report: an „Ausgangslage“ per field of action (a chart per
//! indicator with its values, source, as-of date, series breaks and the signs used)
//! and a chapter with every series as a table. Without an indicator workbook, nothing.

use crate::config::Lang;
use crate::goals::{Attainment, Verdict};
use crate::indicators::{Indicator, SIGNS};
use crate::render::charts::{self, BarChart, Series, ValueFormat};
use crate::render::report::model::{Align, Block, Table};
use crate::text::match_key;
use crate::tr;

use super::{Ctx, col, heading, note, para, table};

/// Colour-blind safe colours of the groups, the total population first.
const GROUP_COLOURS: [(u8, u8, u8); 5] = [
    charts::palette::BLUE,
    charts::palette::ORANGE,
    charts::palette::GREEN,
    charts::palette::PURPLE,
    charts::palette::SKY,
];

/// The Ausgangslage of one field of action: its indicators as charts with their tables;
/// nothing when the field has none.
pub(super) fn field_situation(cx: &Ctx, field: &str) -> Vec<Block> {
    let ours: Vec<&Indicator> = cx
        .indicators
        .iter()
        .filter(|i| i.field == Some(field))
        .collect();
    let goals = field_goal_table(cx, field);
    if ours.is_empty() && goals.is_none() {
        return Vec::new();
    }
    let mut b = vec![
        heading(3, tr!(cx.lang, "ind-situation")),
        para(tr!(cx.lang, "ind-situation-lead")),
    ];
    b.extend(goals);
    // The chart labels every bar with its value or sign; the web page and the Word file
    // add its numbers as a table, and the chapter „Indikatoren“ has every series as one.
    for ind in ours {
        b.push(Block::Chart(Box::new(chart(cx.lang, ind))));
        b.extend(notes(cx, ind));
    }
    // The field's measures follow under a heading of their own, so they do not read as
    // part of the Ausgangslage.
    b.push(heading(3, tr!(cx.lang, "ind-measures-heading")));
    b
}

/// The chapter „Indikatoren“: every series as a table, by field of action.
pub(super) fn chapter(cx: &Ctx) -> Vec<Block> {
    let (all, left_out) = (&cx.indicators, cx.indicators_left_out);
    if all.is_empty() {
        return Vec::new();
    }
    let years: Vec<i32> = all.iter().flat_map(|i| i.years.iter().copied()).collect();
    let (first, last) = (
        years.iter().min().copied().unwrap_or_default(),
        years.iter().max().copied().unwrap_or_default(),
    );
    let mut b = vec![
        heading(1, tr!(cx.lang, "ind-chapter")),
        para(tr!(
            cx.lang,
            "ind-chapter-lead",
            indicators = all.len(),
            first = first.to_string(),
            last = last.to_string()
        )),
    ];
    // The fields in the vocabulary's order, then the indicators without a known field.
    let mut groups: Vec<(String, Vec<&Indicator>)> = cx
        .fields
        .iter()
        .map(|f| {
            let of: Vec<&Indicator> = all.iter().filter(|i| i.field == Some(f)).collect();
            (f.clone(), of)
        })
        .collect();
    groups.push((
        tr!(cx.lang, "ind-no-field"),
        all.iter().filter(|i| i.field.is_none()).collect(),
    ));
    if left_out > 0 {
        // The public edition names no file of the office.
        let text = if cx.inp.internal {
            tr!(
                cx.lang,
                "ind-more-indicators",
                shown = all.len(),
                left = left_out,
                limit = cx.cfg.limits.report_indicators.to_string()
            )
        } else {
            tr!(
                cx.lang,
                "ind-more-indicators-public",
                shown = all.len(),
                left = left_out
            )
        };
        b.push(note(text));
    }
    for (field, of) in groups {
        if of.is_empty() {
            continue;
        }
        b.push(heading(2, field));
        for ind in of {
            b.push(values_table(cx, ind));
            b.extend(notes(cx, ind));
        }
    }
    b
}

/// A year as a row label: with a mark where a new definition begins.
fn year_label(lang: Lang, ind: &Indicator, year: i32) -> String {
    if ind.breaks.contains(&year) {
        format!("{year} ({})", tr!(lang, "ind-break-mark"))
    } else {
        year.to_string()
    }
}

/// The indicator's name with its unit, as a caption.
fn caption(ind: &Indicator) -> String {
    if ind.unit.is_empty() {
        ind.name_or_id().to_string()
    } else {
        format!("{} ({})", ind.name_or_id(), ind.unit)
    }
}

/// The groups a chart shows: the total population first, at most five.
fn chart_groups<'a>(ind: &Indicator<'a>) -> Vec<&'a str> {
    ind.groups
        .iter()
        .copied()
        .take(GROUP_COLOURS.len())
        .collect()
}

/// The indicator's series as a bar chart: a row per year, a bar per group. A year without
/// a value has no bar but its sign; a value is never drawn from a sign.
fn chart(lang: Lang, ind: &Indicator) -> BarChart {
    let groups = chart_groups(ind);
    let mut values = Vec::new();
    let mut marks = Vec::new();
    for &year in &ind.years {
        let mut row = Vec::new();
        let mut row_marks = Vec::new();
        for (k, g) in groups.iter().enumerate() {
            let mut segs = vec![0.0; groups.len()];
            let point = ind.get(g, year);
            if let Some(v) = point.and_then(|p| p.value) {
                segs[k] = v.max(0.0);
            }
            row.push(segs);
            row_marks.push(point.map_or_else(String::new, |p| p.shown(ind.decimals)));
        }
        values.push(row);
        marks.push(row_marks);
    }
    let latest = ind
        .years
        .iter()
        .rev()
        .find_map(|y| ind.get(groups[0], *y).filter(|p| p.value.is_some()));
    let latest = latest.map_or_else(String::new, |p| {
        // A share keeps its per-cent sign; a count or rate is named by the axis.
        let unit = if crate::indicators::is_percent(ind.unit) {
            " %"
        } else {
            ""
        };
        tr!(
            lang,
            "ind-latest",
            value = format!("{}{unit}", p.shown(ind.decimals)),
            year = p.year.to_string()
        )
    });
    let gaps = ind
        .points
        .iter()
        .any(|p| p.value.is_none() && !p.sign.is_empty());
    let description = tr!(
        lang,
        "ind-chart-description",
        name = ind.name_or_id(),
        first = ind.years.first().copied().unwrap_or_default().to_string(),
        last = ind.years.last().copied().unwrap_or_default().to_string(),
        groups = groups.len(),
        names = groups
            .iter()
            .map(|g| group_label(lang, g))
            .collect::<Vec<_>>()
            .join(", "),
        latest = latest,
        gaps = gaps.to_string(),
        breaks = if ind.breaks.is_empty() {
            "none".to_string()
        } else {
            ind.breaks
                .iter()
                .map(|y| y.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    // More groups than colours: the chart says where the others are.
    let description = if ind.groups.len() > groups.len() {
        format!(
            "{description} {}",
            tr!(
                lang,
                "ind-more-groups",
                shown = groups.len(),
                all = ind.groups.len()
            )
        )
    } else {
        description
    };
    BarChart {
        id: crate::render::charts::ChartId::Indicator,
        // A name of thousands of characters is cut for the title (the tables keep it).
        title: shortened(ind.name_or_id(), 200),
        axis_label: match ind.unit {
            "" => String::new(),
            u if crate::indicators::is_percent(u) => tr!(lang, "ind-axis-percent"),
            u => u.to_string(),
        },
        category_label: tr!(lang, "ind-year"),
        categories: ind
            .years
            .iter()
            .map(|y| year_label(lang, ind, *y))
            .collect(),
        bars: groups
            .iter()
            .map(|g| shortened(&group_label(lang, g), 40))
            .collect(),
        series: groups
            .iter()
            .zip(GROUP_COLOURS)
            .map(|(g, color)| Series {
                name: shortened(&group_label(lang, g), 40),
                color,
            })
            .collect(),
        values,
        annotations: Vec::new(),
        format: ValueFormat::Figure,
        max: None,
        // Source and as-of date stand in the note under the chart.
        note: String::new(),
        description,
        marks,
        // Drawn narrower than the report's charts: laid out at the same width, its labels
        // are half as large again, readable in print.
        width: charts::WIDTH * 2 / 3,
        table_follows: false,
        empty_message: tr!(lang, "ind-no-value"),
    }
}

/// „Quelle: … · Stand: …“, or empty.
fn source_line(lang: Lang, ind: &Indicator) -> String {
    let mut parts = Vec::new();
    if !ind.source.is_empty() {
        parts.push(tr!(lang, "ind-source", source = ind.source));
    }
    if !ind.as_of.is_empty() {
        parts.push(tr!(lang, "ind-as-of", asof = ind.as_of));
    }
    // The office's words are published: an e-mail address in them is not.
    crate::text::redact_emails(&parts.join(" · "))
}

/// The values as a table: a row per year, a column per group, signs as written.
fn values_table(cx: &Ctx, ind: &Indicator) -> Block {
    let mut columns = vec![col(&tr!(cx.lang, "ind-year"), 1.6, Align::Left)];
    columns.extend(
        ind.groups
            .iter()
            .map(|g| col(&group_label(cx.lang, g), 1.0, Align::Right)),
    );
    let rows = ind
        .years
        .iter()
        .map(|&y| {
            let mut row = vec![year_label(cx.lang, ind, y)];
            row.extend(ind.groups.iter().map(|g| {
                ind.get(g, y)
                    .map_or_else(String::new, |p| p.shown(ind.decimals))
            }));
            row
        })
        .collect();
    table(caption(ind), columns, rows)
}

/// Under a table: source and as-of date, the series break, the signs it uses.
fn notes(cx: &Ctx, ind: &Indicator) -> Vec<Block> {
    let mut lines = Vec::new();
    let source = source_line(cx.lang, ind);
    if !source.is_empty() {
        lines.push(source);
    }
    if !ind.breaks.is_empty() {
        let years: Vec<String> = ind.breaks.iter().map(|y| y.to_string()).collect();
        lines.push(tr!(cx.lang, "ind-break", years = years.join(", ")));
    }
    // The office's remarks (why a series breaks, what changed), each once with its year.
    let mut remarks: Vec<(i32, &str)> = Vec::new();
    for p in &ind.points {
        if !p.note.is_empty() && !remarks.iter().any(|(_, n)| *n == p.note) {
            remarks.push((p.year, &p.note));
        }
    }
    for (year, remark) in remarks {
        lines.push(format!("{year}: {}", crate::text::redact_emails(remark)));
    }
    let signs = ind.signs();
    if !signs.is_empty() {
        let explained: Vec<String> = signs.iter().map(|s| sign_text(cx.lang, s)).collect();
        lines.push(tr!(cx.lang, "ind-signs", signs = explained.join("; ")));
    }
    if lines.is_empty() {
        Vec::new()
    } else {
        vec![note(lines.join("\n"))]
    }
}

/// A sign with its meaning, in the words of the statistical offices.
fn sign_text(lang: Lang, sign: &str) -> String {
    let id = match sign {
        "–" => "ind-sign-dash",
        "0" => "ind-sign-zero",
        "." => "ind-sign-dot",
        "x" => "ind-sign-x",
        "…" => "ind-sign-later",
        "/" => "ind-sign-slash",
        "()" => "ind-sign-brackets",
        _ => "ind-sign-star",
    };
    debug_assert!(SIGNS.iter().any(|(s, _)| *s == sign));
    crate::i18n::message(lang, id, &[])
}

/// A value of a goal's indicator with its year: „12,9 % (2024)“; „–“ without one.
fn value_in_year(a: &Attainment, value: Option<f64>, year: Option<i32>) -> String {
    match (value, year) {
        (Some(v), Some(y)) => {
            let unit = if crate::indicators::is_percent(&a.unit) {
                " %"
            } else {
                ""
            };
            format!(
                "{}{unit} ({y})",
                charts::format_value(v, ValueFormat::Figure)
            )
        }
        _ => "–".to_string(),
    }
}

/// A share as whole per cent.
fn per_cent(v: f64) -> String {
    format!("{}", (v * 100.0).round() as i64)
}

/// The table of goals with a target: goal, indicator, baseline, latest, target, share of
/// the way, verdict (words and symbol) and the measures assigned to it.
fn goal_table(cx: &Ctx, caption: String, goals: &[&Attainment]) -> Block {
    let year = cx.year.map(|y| y.to_string()).unwrap_or_default();
    let c = |id: &str| crate::i18n::message(cx.lang, id, &[("year", year.as_str().into())]);
    let columns = vec![
        col(&c("goal-col-goal"), 2.4, Align::Left),
        col(&c("goal-col-indicator"), 2.1, Align::Left),
        col(&c("goal-col-way"), 1.9, Align::Left),
        col(&c("goal-col-latest"), 1.1, Align::Right),
        col(&c("goal-col-share"), 1.0, Align::Right),
        col(&c("goal-col-verdict"), 1.4, Align::Left),
        col(&c("goal-col-measures"), 1.2, Align::Left),
    ];
    let rows: Vec<Vec<String>> = goals
        .iter()
        .map(|a| {
            let indicator = if a.group == crate::indicators::TOTAL_GROUP {
                a.indicator_name.clone()
            } else {
                format!("{} ({})", a.indicator_name, a.group)
            };
            let share = match (a.share, a.time_share) {
                (Some(s), Some(t)) => tr!(
                    cx.lang,
                    "goal-share",
                    share = per_cent(s),
                    time = per_cent(t)
                ),
                (Some(s), None) => format!("{} %", per_cent(s)),
                _ => "–".to_string(),
            };
            let total: u64 = a.measures.values().sum();
            let measures = if total == 0 {
                tr!(cx.lang, "goal-measures-none")
            } else {
                tr!(
                    cx.lang,
                    "goal-measures",
                    running = a.running as usize,
                    others = (total - a.running) as usize
                )
            };
            vec![
                format!("{} {}", a.goal, a.title),
                indicator,
                format!(
                    "{} → {}",
                    value_in_year(a, a.baseline, Some(a.baseline_year)),
                    value_in_year(a, Some(a.target), Some(a.target_year))
                ),
                value_in_year(a, a.latest, a.latest_year),
                share,
                a.verdict.label(cx.lang),
                measures,
            ]
        })
        .collect();
    let highlighted = goals.iter().map(|a| a.needs_action()).collect();
    Block::Table(Table {
        caption,
        columns,
        rows,
        highlighted,
    })
}

/// The field's goals with a target, as a table in its Ausgangslage; none without.
fn field_goal_table(cx: &Ctx, field: &str) -> Option<Block> {
    let goals: Vec<&Attainment> = cx
        .inp
        .goals
        .iter()
        .filter(|a| match_key(&a.field_of_action) == match_key(field))
        .collect();
    (!goals.is_empty())
        .then(|| goal_table(cx, tr!(cx.lang, "goal-field-title", field = field), &goals))
}

/// The chapter „Zielerreichung“: the goals that need action first (not on course, no
/// running measure), then every goal with a target.
pub(super) fn goal_chapter(cx: &Ctx) -> Vec<Block> {
    let goals = cx.inp.goals;
    if goals.is_empty() {
        return Vec::new();
    }
    let year = cx.year.map(|y| y.to_string()).unwrap_or_default();
    let need: Vec<&Attainment> = goals.iter().filter(|a| a.needs_action()).collect();
    let mut b = vec![
        heading(1, tr!(cx.lang, "goal-chapter")),
        para(tr!(
            cx.lang,
            "goal-chapter-lead",
            count = goals.len(),
            year = year.as_str()
        )),
        heading(2, tr!(cx.lang, "goal-need-title")),
        para(tr!(cx.lang, "goal-need-lead", count = need.len())),
    ];
    if !need.is_empty() {
        b.push(goal_table(cx, tr!(cx.lang, "goal-need-title"), &need));
    }
    let all: Vec<&Attainment> = goals.iter().collect();
    b.push(heading(
        2,
        tr!(cx.lang, "goal-overview-title", year = year.as_str()),
    ));
    b.push(goal_table(
        cx,
        tr!(cx.lang, "goal-overview-title", year = year.as_str()),
        &all,
    ));
    b.push(note(tr!(cx.lang, "goal-table-note")));
    b
}

/// „Ziele mit Zielwert: N, davon …“ for the key-figure page; none without targets.
pub(super) fn goal_key_figure(cx: &Ctx) -> Option<Block> {
    let goals = cx.inp.goals;
    if goals.is_empty() {
        return None;
    }
    let count = |v: Verdict| goals.iter().filter(|a| a.verdict == v).count();
    let reached = count(Verdict::Reached);
    let on = count(Verdict::OnCourse);
    let off = count(Verdict::OffCourse);
    Some(para(tr!(
        cx.lang,
        "goal-key-figure",
        count = goals.len(),
        reached = reached,
        oncourse = on,
        offcourse = off,
        other = goals.len() - reached - on - off
    )))
}

/// The indicators' charts as files for `charts/` (`indikator-<id>`), for the office's own
/// slides and papers: the same charts as in the report, with source and as-of date under
/// each, since no note follows them there.
pub fn indicator_charts(
    lang: Lang,
    indicators: &crate::indicators::Indicators,
    limit: u64,
) -> Vec<(String, BarChart)> {
    let mut slugs = crate::files::Slugs::default();
    indicators
        .indicators()
        .iter()
        .filter(|i| !i.years.is_empty())
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .map(|ind| {
            let mut c = chart(lang, ind);
            c.note = source_line(lang, ind);
            (format!("indikator-{}", slugs.unique(ind.id)), c)
        })
        .collect()
}

/// A text cut to `max` characters with „…“.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A group as the report names it: the default total population („Gesamt“, which bestand
/// puts where the workbook names no group) in the report's language; any other as written.
fn group_label(lang: Lang, group: &str) -> String {
    if group == crate::indicators::TOTAL_GROUP {
        tr!(lang, "ind-total-group")
    } else {
        group.to_string()
    }
}

/// The indicators the report shows: those with a series (an indicator whose every cell was
/// unreadable has none), the first `limit` of them in the workbook's order; and how many
/// more there are.
pub(super) fn shown(
    data: &crate::indicators::Indicators,
    limit: u64,
) -> (Vec<Indicator<'_>>, usize) {
    let with_series: Vec<Indicator> = data
        .indicators()
        .into_iter()
        .filter(|i| !i.years.is_empty())
        .collect();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let left_out = with_series.len().saturating_sub(limit);
    (with_series.into_iter().take(limit).collect(), left_out)
}

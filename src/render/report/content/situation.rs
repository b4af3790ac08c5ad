//! The indicators in the report: an „Ausgangslage“ per field of action (a small chart per
//! indicator, its values as a table, source, as-of date, series breaks and the signs used)
//! and a chapter with every series as a table. Without an indicator workbook, nothing.

use super::*;
use crate::indicators::{Indicator, SIGNS};

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
    let all = cx.inp.indicators.indicators();
    let ours: Vec<&Indicator> = all.iter().filter(|i| i.field == Some(field)).collect();
    if ours.is_empty() {
        return Vec::new();
    }
    let mut b = vec![
        heading(3, tr!(cx.lang, "ind-situation")),
        para(tr!(cx.lang, "ind-situation-lead")),
    ];
    for ind in ours {
        b.push(Block::Chart(Box::new(chart(cx, ind))));
        b.push(values_table(cx, ind));
        b.extend(notes(cx, ind));
    }
    b
}

/// The chapter „Indikatoren“: every series as a table, by field of action.
pub(super) fn chapter(cx: &Ctx) -> Vec<Block> {
    let data = cx.inp.indicators;
    if data.is_empty() {
        return Vec::new();
    }
    let all = data.indicators();
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
fn year_label(cx: &Ctx, ind: &Indicator, year: i32) -> String {
    if ind.breaks.contains(&year) {
        format!("{year} ({})", tr!(cx.lang, "ind-break-mark"))
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
fn chart(cx: &Ctx, ind: &Indicator) -> BarChart {
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
        tr!(
            cx.lang,
            "ind-latest",
            value = format!("{} {}", p.shown(ind.decimals), ind.unit)
                .trim()
                .to_string(),
            year = p.year.to_string()
        )
    });
    BarChart {
        name: "indikator",
        title: ind.name_or_id().to_string(),
        axis_label: if ind.unit.is_empty() {
            String::new()
        } else {
            tr!(cx.lang, "ind-unit", unit = ind.unit)
        },
        category_label: tr!(cx.lang, "ind-year"),
        categories: ind.years.iter().map(|y| year_label(cx, ind, *y)).collect(),
        bars: groups.iter().map(|g| g.to_string()).collect(),
        series: groups
            .iter()
            .zip(GROUP_COLOURS)
            .map(|(g, color)| Series {
                name: g.to_string(),
                color,
            })
            .collect(),
        values,
        annotations: Vec::new(),
        format: ValueFormat::Figure,
        max: None,
        note: source_line(cx, ind),
        description: tr!(
            cx.lang,
            "ind-chart-description",
            name = ind.name_or_id(),
            groups = groups.join(", "),
            first = ind.years.first().copied().unwrap_or_default().to_string(),
            last = ind.years.last().copied().unwrap_or_default().to_string(),
            latest = latest
        ),
        marks,
        table_follows: true,
        empty_message: tr!(cx.lang, "ind-no-value"),
    }
}

/// „Quelle: … · Stand: …“, or empty.
fn source_line(cx: &Ctx, ind: &Indicator) -> String {
    let mut parts = Vec::new();
    if !ind.source.is_empty() {
        parts.push(tr!(cx.lang, "ind-source", source = ind.source));
    }
    if !ind.as_of.is_empty() {
        parts.push(tr!(cx.lang, "ind-as-of", asof = ind.as_of));
    }
    parts.join(" · ")
}

/// The values as a table: a row per year, a column per group, signs as written.
fn values_table(cx: &Ctx, ind: &Indicator) -> Block {
    let mut columns = vec![col(&tr!(cx.lang, "ind-year"), 1.6, Align::Left)];
    columns.extend(ind.groups.iter().map(|g| col(g, 1.0, Align::Right)));
    let rows = ind
        .years
        .iter()
        .map(|&y| {
            let mut row = vec![year_label(cx, ind, y)];
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
    let source = source_line(cx, ind);
    if !source.is_empty() {
        lines.push(source);
    }
    if !ind.breaks.is_empty() {
        let years: Vec<String> = ind.breaks.iter().map(|y| y.to_string()).collect();
        lines.push(tr!(cx.lang, "ind-break", years = years.join(", ")));
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

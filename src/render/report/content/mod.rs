//! What the report says, built from the dataset, the key figures, the comparison and the
//! findings. Texts are German by default, English with `--lang en`. Contact persons never
//! appear.

use std::collections::BTreeMap;

use crate::config::{Config, Goal, Lang, StatusRole};
use crate::findings::FileReport;
use crate::findings::Findings;
use crate::render::charts::{self, BarChart, ChartId, Series, ValueFormat};
use crate::text::euro;
use crate::text::{match_key, sort_key};
use crate::tr;
use crate::transform::compare::Comparison;
use crate::transform::returns::Asked;
use crate::transform::summary::{Summary, YearFigures};
use crate::transform::{Dataset, Measure};

use super::model::{Align, Block, Column, Document, Inline, Table, Tile, Tone, Words};

mod changes;
mod quality;

mod office;
mod situation;
use crate::texts::{Place, Texts};
pub use situation::indicator_charts;

use changes::changes;
use quality::{data_quality, draft_notice, section_missing_from_figures};

/// Everything the report is made from.
pub struct Inputs<'a> {
    /// Configuration (titles, vocabularies, goals, limits).
    pub cfg: &'a Config,
    /// The measures.
    pub dataset: &'a Dataset,
    /// Key figures.
    pub summary: &'a Summary,
    /// Year-over-year comparisons.
    pub comparisons: &'a [Comparison],
    /// Findings of the run.
    pub findings: &'a Findings,
    /// Files read.
    pub files: &'a [FileReport],
    /// Creation date as shown.
    pub created: String,
    /// The chart set, as written to `charts/` (see [`charts::chart_set`]).
    pub charts: &'a [BarChart],
    /// The office's own texts (`texte/*.md`).
    pub texts: &'a Texts,
    /// The office's indicator workbook (empty without one).
    pub indicators: &'a crate::indicators::Indicators,
    /// The goals with a target and where each stands (none without targets).
    pub goals: &'a [crate::goals::Attainment],
    /// The internal edition (data quality per file with every error, file names, the
    /// tools' files named) rather than the public one, which keeps one paragraph on
    /// completeness.
    pub internal: bool,
}

fn col(title: &str, weight: f64, align: Align) -> Column {
    Column {
        title: title.to_string(),
        weight,
        align,
    }
}

fn table(caption: String, columns: Vec<Column>, rows: Vec<Vec<String>>) -> Block {
    let highlighted = vec![false; rows.len()];
    Block::Table(Table {
        caption,
        columns,
        rows,
        highlighted,
    })
}

fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading {
        level,
        text: text.into(),
    }
}

fn para(text: impl Into<Inline>) -> Block {
    Block::Paragraph {
        text: text.into(),
        tone: Tone::Normal,
    }
}

fn note(text: impl Into<Inline>) -> Block {
    Block::Paragraph {
        text: text.into(),
        tone: Tone::Note,
    }
}

/// A measure's period in words that fit its status: planned `ab 01/2026`, running
/// `seit 01/2024`, ended `01/2022 – 12/2024` or `bis 12/2024`; `–` without dates.
pub fn period(m: &Measure, role: Option<StatusRole>, lang: Lang) -> String {
    let f = |d: chrono::NaiveDate| d.format("%m/%Y").to_string();
    // Ended or on hold: „seit“ would say it has been so since its start.
    let ended = matches!(
        role,
        Some(StatusRole::Completed | StatusRole::Stopped | StatusRole::Paused)
    );
    match (m.start, m.end) {
        (Some(s), Some(e)) => format!("{} – {}", f(s), f(e)),
        (Some(s), None) if role == Some(StatusRole::Planned) => {
            crate::tr!(lang, "period-from", date = f(s))
        }
        (Some(s), None) if ended => crate::tr!(lang, "period-begun", date = f(s)),
        (Some(s), None) => crate::tr!(lang, "period-since", date = f(s)),
        (None, Some(e)) => crate::tr!(lang, "period-until", date = f(e)),
        (None, None) => "–".to_string(),
    }
}

fn signed(d: i64) -> String {
    match d {
        d if d > 0 => format!("+{}", charts::group_thousands(d)),
        0 => "±0".to_string(),
        d => format!("−{}", charts::group_thousands(-d)),
    }
}

/// "11 geplant, 96 laufend, …" for the statuses with a count, in vocabulary order.
fn status_parts(counts: Option<&BTreeMap<String, u64>>, statuses: &[String]) -> Vec<String> {
    statuses
        .iter()
        .filter_map(|s| {
            counts
                .and_then(|m| m.get(s))
                .filter(|n| **n > 0)
                .map(|n| format!("{n} {s}"))
        })
        .collect()
}

fn count_sentence(y: &YearFigures, statuses: &[String], lang: Lang) -> String {
    let parts = status_parts(Some(&y.by_status), statuses).join(", ");
    tr!(
        lang,
        "report-measures-count",
        count = y.measures as usize,
        parts = parts
    )
}

/// What the sections share, worked out once from the inputs.
struct Ctx<'a> {
    /// Everything the report is made from.
    inp: &'a Inputs<'a>,
    /// The configuration.
    cfg: &'a Config,
    /// The report's language.
    lang: Lang,
    /// The reporting years present, ascending.
    years: Vec<i32>,
    /// The same years as `2023, 2024`.
    year_list: String,
    /// The key figures of the latest year.
    current: Option<&'a YearFigures>,
    /// The key figures of the year before the latest.
    previous: Option<&'a YearFigures>,
    /// The latest year.
    year: Option<i32>,
    /// The statuses of the vocabulary, in its order.
    statuses: Vec<String>,
    /// The fields of action of the vocabulary, in its order.
    fields: Vec<String>,
    /// The comparison of the latest two years.
    comparison: Option<&'a Comparison>,
    /// The measures of the latest year.
    now: Vec<&'a Measure>,
    /// Rows at most in a table (`limits.appendix_rows`).
    limit: usize,
    /// The latest year's measures per department, sorted as a reader expects (Ö with O, not
    /// after Z); a department whose rows were all rejected is there without any.
    by_dept: BTreeMap<(String, String), Vec<&'a Measure>>,
    /// The indicators the report shows (grouped once, for every field and the chapter).
    indicators: Vec<crate::indicators::Indicator<'a>>,
    /// How many more the workbook has than `limits.report_indicators` lets the report show.
    indicators_left_out: usize,
}

impl<'a> Ctx<'a> {
    /// Works out what the sections share.
    fn new(inp: &'a Inputs<'a>) -> Self {
        let cfg = inp.cfg;
        let years = inp.dataset.years();
        let current = inp.summary.years.last();
        let year = current.map(|y| y.year);
        let previous = inp
            .summary
            .years
            .len()
            .checked_sub(2)
            .and_then(|i| inp.summary.years.get(i));
        let statuses = inp.summary.shown_statuses(cfg);
        let fields: Vec<String> = cfg
            .vocabularies
            .field_of_action
            .iter()
            .map(|s| s.name.clone())
            .collect();
        let year_list = years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let now: Vec<&Measure> = inp
            .dataset
            .measures
            .iter()
            .filter(|m| Some(m.year) == year)
            .collect();
        let mut by_dept: BTreeMap<(String, String), Vec<&Measure>> = BTreeMap::new();
        for m in &now {
            by_dept
                .entry((sort_key(&m.department), m.department.clone()))
                .or_default()
                .push(m);
        }
        // A department whose rows were all rejected still gets its section: it did report.
        if let Some(y) = year
            && let Some(returned) = inp.dataset.returns.get(&y)
        {
            for d in returned {
                by_dept.entry((sort_key(d), d.clone())).or_default();
            }
        }
        let (indicators, indicators_left_out) =
            situation::shown(inp.indicators, cfg.limits.report_indicators);
        Ctx {
            inp,
            cfg,
            lang: cfg.lang,
            years,
            year_list,
            current,
            previous,
            year,
            statuses,
            fields,
            comparison: inp.comparisons.last(),
            now,
            limit: cfg.limits.appendix_rows as usize,
            by_dept,
            indicators,
            indicators_left_out,
        }
    }

    /// A chart of the set by its name, as a block.
    fn chart(&self, id: ChartId) -> Option<Block> {
        let c = self.inp.charts.iter().find(|c| c.id == id).cloned();
        c.map(|c| Block::Chart(Box::new(c)))
    }

    /// The catalogue's goals of a field of action.
    fn goals_of(&self, field: &str) -> Vec<&'a Goal> {
        self.cfg
            .goals
            .iter()
            .filter(|g| match_key(&g.field_of_action) == match_key(field))
            .collect()
    }
}

/// Builds the document model of the progress report.
pub fn build(inp: &Inputs) -> Document {
    let cx = Ctx::new(inp);
    let texts = inp.texts;
    // The office's own chapters stand where a reader of such a report expects them: the
    // foreword and the summary before the figures, the outlook after the findings.
    let sections = [
        cover(&cx),
        office::chapter(&cx, texts.foreword.as_ref(), &tr!(cx.lang, "rpt-vorwort")),
        office::chapters_after(&cx, Place::Foreword),
        office::chapter(
            &cx,
            texts.summary.as_ref(),
            &tr!(cx.lang, "rpt-zusammenfassung"),
        ),
        key_figures(&cx),
        office::chapters_after(&cx, Place::KeyFigures),
        fields_of_action(&cx),
        office::chapters_after(&cx, Place::Fields),
        departments(&cx),
        changes(&cx),
        goal_coverage(&cx),
        situation::goal_chapter(&cx),
        situation::chapter(&cx),
        office::chapter(&cx, texts.outlook.as_ref(), &tr!(cx.lang, "rpt-ausblick")),
        office::chapters_after(&cx, Place::Outlook),
        data_quality(&cx),
        appendix(&cx),
        method_notes(&cx),
        office::imprint(&cx),
    ];
    document(&cx, sections.into_iter().flatten().collect())
}

/// The document around the blocks: title, metadata, page label and draft notice.
fn document(cx: &Ctx, blocks: Vec<Block>) -> Document {
    Document {
        title: cx.cfg.title.clone(),
        author: cx.cfg.organisation.clone(),
        subject: match cx.year {
            Some(y) => tr!(cx.lang, "report-subject-year", year = y.to_string()),
            None => tr!(cx.lang, "rpt-fortschrittsbericht-integrationsmassnahmen"),
        },
        keywords: tr!(cx.lang, "report-keywords")
            .split(", ")
            .map(str::to_string)
            .collect(),
        language: tr!(cx.lang, "rpt-de-de"),
        // The layout fills in the page numbers where the label names them.
        page_label: tr!(
            cx.lang,
            "report-page-label",
            page = "{page}",
            pages = "{pages}"
        ),
        words: Words {
            continued: tr!(cx.lang, "report-continued"),
            draft: tr!(cx.lang, "report-draft"),
            skip_to_content: tr!(cx.lang, "report-skip-to-content"),
            table: tr!(cx.lang, "report-table"),
            chart_figures: tr!(cx.lang, "report-chart-figures"),
            category: tr!(cx.lang, "report-category"),
            value: tr!(cx.lang, "report-value"),
            total: tr!(cx.lang, "report-total"),
            change: tr!(cx.lang, "report-change"),
            image_elsewhere: tr!(cx.lang, "report-image-elsewhere"),
        },
        draft: draft_notice(cx.inp),
        running_head: {
            // A printed page of the internal edition, which names files and cells, says so.
            let internal = cx.inp.internal.then(|| tr!(cx.lang, "running-internal"));
            let draft = draft_notice(cx.inp).map(|_| tr!(cx.lang, "report-draft"));
            internal
                .into_iter()
                .chain(draft)
                .chain([cx.cfg.title.clone()])
                .collect::<Vec<_>>()
                .join(" · ")
        },
        theme: super::theme::of_config(cx.cfg).unwrap_or_default(),
        blocks,
    }
}

/// Section 1: the cover and the table of contents.
fn cover(cx: &Ctx) -> Vec<Block> {
    let lang = cx.lang;
    // The office's own subtitle and date line where it set them, live figures filled in.
    let subtitle = match (&cx.cfg.subtitle, cx.year) {
        (Some(s), _) => office::filled(cx, s),
        (None, Some(y)) => tr!(lang, "cover-subtitle-year", year = y.to_string()),
        (None, None) => tr!(lang, "cover-subtitle"),
    };
    let mut date = match &cx.cfg.date_line {
        Some(s) => office::filled(cx, s),
        None => tr!(
            lang,
            "cover-date",
            count = cx.years.len(),
            years = cx.year_list.as_str(),
            created = cx.inp.created.as_str()
        ),
    };
    if cx.inp.internal {
        date = format!("{date} · {}", tr!(lang, "cover-internal"));
    }
    let cover = Block::Cover(Box::new(super::model::Cover {
        title: cx.cfg.title.clone(),
        subtitle,
        organisation: cx.cfg.organisation.clone(),
        logo: cx.inp.texts.logo.clone(),
        image: cx.inp.texts.cover.clone(),
        date,
    }));
    let contents = Block::Contents {
        title: tr!(cx.lang, "rpt-inhalt"),
    };
    vec![cover, contents]
}

/// Section 2, at a glance: tiles, who reported what, what is missing, overview charts.
fn key_figures(cx: &Ctx) -> Vec<Block> {
    let mut b = vec![heading(1, tr!(cx.lang, "rpt-auf-einen-blick"))];
    let Some(y) = cx.current else {
        b.push(para(tr!(
            cx.lang,
            "rpt-es-liegen-keine-gultigen-massnahmen"
        )));
        return b;
    };
    b.push(key_figure_tiles(cx, y));
    b.push(key_figure_text(cx, y));
    b.extend(situation::goal_key_figure(cx));
    b.extend(other_counts_sentence(cx, y));
    if y.implausible > 0 {
        b.push(note(crate::tr!(
            cx.lang,
            "implausible-included",
            count = y.implausible as usize,
            budget = euro(cx.cfg.plausible.max_budget_eur),
            people = charts::group_thousands(cx.cfg.plausible.max_participants)
        )));
    }
    if y.joint_measures > 0 {
        b.push(note(crate::tr!(
            cx.lang,
            "joint-included",
            count = y.joint_measures as usize
        )));
    }
    b.extend(return_sentence(cx, y));
    b.extend(section_missing_from_figures(cx.inp, y));
    b.extend(ChartId::OVERVIEW.iter().filter_map(|id| cx.chart(*id)));
    b
}

/// The counts of other units than people („600 Einsätze“), named apart from the people
/// reached so nobody adds them up.
fn other_counts_sentence(cx: &Ctx, y: &YearFigures) -> Option<Block> {
    if y.other_counts.is_empty() {
        return None;
    }
    let items: Vec<String> = y
        .other_counts
        .iter()
        .map(|c| {
            crate::tr!(
                cx.lang,
                "other-count",
                total = charts::group_thousands(c.total),
                unit = c.unit.as_str(),
                measures = c.measures as usize
            )
        })
        .collect();
    Some(para(crate::tr!(
        cx.lang,
        "other-counts",
        items = items.join(", ")
    )))
}

/// The key-figure tiles of the latest year, each with its change on the year before.
fn key_figure_tiles(cx: &Ctx, y: &YearFigures) -> Block {
    let (cfg, lang, previous) = (cx.cfg, cx.lang, cx.previous);
    let delta = |cur: i64, prev: Option<i64>| match (prev, previous) {
        (Some(p), Some(py)) => tr!(
            lang,
            "report-delta",
            delta = signed(cur - p),
            year = py.year.to_string()
        ),
        _ => String::new(),
    };
    // Tiles go by what a status means, not by its name or place in the list.
    let role_count = |f: &YearFigures, roles: &[StatusRole]| -> i64 {
        roles
            .iter()
            .flat_map(|r| cfg.statuses_with(*r))
            .map(|s| f.by_status.get(&s).copied().unwrap_or(0) as i64)
            .sum()
    };
    let role_label = |roles: &[StatusRole]| -> String {
        roles
            .iter()
            .flat_map(|r| cfg.statuses_with(*r))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let role_tile = |roles: &[StatusRole]| Tile {
        value: role_count(y, roles).to_string(),
        label: role_label(roles),
        delta: delta(role_count(y, roles), previous.map(|p| role_count(p, roles))),
    };
    let budget_delta = match previous {
        Some(p) => format!(
            "{}{} {} {}",
            if y.budget_total >= p.budget_total {
                "+"
            } else {
                "−"
            },
            euro((y.budget_total - p.budget_total).abs().round()),
            tr!(cx.lang, "rpt-gegenuber"),
            p.year
        ),
        None => String::new(),
    };
    let mut tiles = vec![
        Tile {
            value: charts::group_thousands(y.measures as i64),
            label: tr!(cx.lang, "rpt-massnahmen"),
            delta: delta(y.measures as i64, previous.map(|p| p.measures as i64)),
        },
        role_tile(&[StatusRole::Running]),
        role_tile(&[StatusRole::Planned]),
        role_tile(&[StatusRole::Completed, StatusRole::Stopped]),
        Tile {
            value: euro(y.budget_total.round()),
            label: tr!(cx.lang, "rpt-gemeldetes-budget"),
            delta: budget_delta,
        },
        Tile {
            // Approximate counts among them: the sum is approximate too.
            value: if y.participants_approx > 0 {
                crate::tr!(
                    lang,
                    "tile-people-approx",
                    value = charts::group_thousands(y.participants_total)
                )
            } else {
                charts::group_thousands(y.participants_total)
            },
            label: crate::tr!(
                lang,
                "tile-people",
                measures = y.participants_measures as usize
            ),
            delta: delta(y.participants_total, previous.map(|p| p.participants_total)),
        },
        Tile {
            value: y.by_department.len().to_string(),
            label: tr!(cx.lang, "rpt-fach-und-servicebereiche"),
            delta: String::new(),
        },
    ];
    // Measures on hold get a tile where there are any (an office may not use the status).
    if role_count(y, &[StatusRole::Paused]) > 0 {
        tiles.insert(3, role_tile(&[StatusRole::Paused]));
    }
    if let Some(c) = &y.changes {
        tiles.push(Tile {
            value: format!("{} / {}", c.new, c.ended),
            label: tr!(cx.lang, "rpt-neu-nicht-mehr-gemeldet"),
            delta: tr!(lang, "report-since", year = c.from_year.to_string()),
        });
    }
    Block::Tiles(tiles)
}

/// Who answered and who did not, for the reporting year: one sentence, department names
/// only (`None` in a year without measures, which has no return list).
fn return_sentence(cx: &Ctx, y: &YearFigures) -> Option<Block> {
    let r = &y.returns;
    let from = match r.asked_from? {
        Asked::Configured => "configured",
        Asked::Seen => "seen",
    };
    Some(para(tr!(
        cx.lang,
        "report-returns",
        year = y.year.to_string(),
        answered = r.answered.len(),
        asked = r.asked.len(),
        from = from,
        incomplete = r.incomplete.len(),
        missing = r.missing.len(),
        names = r.missing.join(", "),
        unclear = r.unclear.len(),
        unclearnames = r.unclear.join(", ")
    )))
}

/// The sentence under the tiles: departments, measures by status and goals covered.
fn key_figure_text(cx: &Ctx, y: &YearFigures) -> Block {
    let lang = cx.lang;
    let covered: u64 = y
        .goal_coverage
        .values()
        .map(|c| c.with_running_or_done)
        .sum();
    let goals: u64 = y.goal_coverage.values().map(|c| c.goals).sum();
    // Without a goal catalogue there is nothing to cover: no „0 von 0 Zielen“.
    let coverage = match (goals, lang) {
        (0, _) => String::new(),
        _ => format!(
            " {}",
            tr!(
                lang,
                "report-goal-coverage",
                covered = covered.to_string(),
                goals = goals.to_string()
            )
        ),
    };
    let depts = y.by_department.len();
    let text = tr!(
        lang,
        "report-key-figures-text",
        departments = depts,
        year = y.year.to_string(),
        measures = count_sentence(y, &cx.statuses, lang)
    );
    para(format!("{text}{coverage}"))
}

/// Section 3, fields of action: one part per field.
fn fields_of_action(cx: &Ctx) -> Vec<Block> {
    let mut b = vec![
        heading(1, tr!(cx.lang, "rpt-handlungsfelder")),
        para(tr!(cx.lang, "rpt-fur-jedes-handlungsfeld-folgen-die")),
    ];
    for field in &cx.fields {
        b.extend(field_section(cx, field));
    }
    b
}

/// The part of one field of action: intro, figures, chart, goals and measures.
fn field_section(cx: &Ctx, field: &str) -> Vec<Block> {
    let mut b = vec![heading(2, field)];
    b.extend(office::field_intro(cx, field));
    b.extend(situation::field_situation(cx, field));
    let in_field: Vec<&Measure> = cx
        .now
        .iter()
        .copied()
        .filter(|m| m.field_of_action == field)
        .collect();
    b.extend(field_text(cx, field, &in_field));
    b.push(field_chart(cx, field, &in_field));
    b.extend(field_goals(cx, field, &in_field));
    b.extend(field_measures(cx, field, &in_field));
    b
}

/// The field's figures in one sentence: measures by status, departments and budget.
fn field_text(cx: &Ctx, field: &str, in_field: &[&Measure]) -> Option<Block> {
    let y = cx.current?;
    let n = in_field.len();
    let parts = status_parts(y.by_field_status.get(field), &cx.statuses);
    let parts = if parts.is_empty() {
        tr!(cx.lang, "rpt-keine")
    } else {
        parts.join(", ")
    };
    let depts: std::collections::BTreeSet<&str> =
        in_field.iter().map(|m| m.department.as_str()).collect();
    let budget = euro(y.budget_by_field.get(field).copied().unwrap_or(0.0).round());
    let previous = cx.previous;
    let prev = previous.map(|p| *p.by_field.get(field).unwrap_or(&0) as i64);
    let since = match (prev, previous) {
        (Some(p), Some(py)) => format!(
            " ({})",
            tr!(
                cx.lang,
                "report-delta",
                delta = signed(n as i64 - p),
                year = py.year.to_string()
            )
        ),
        _ => String::new(),
    };
    Some(para(tr!(
        cx.lang,
        "report-field-text",
        field = field,
        count = n,
        year = y.year.to_string(),
        since = since,
        parts = parts,
        departments = depts.len(),
        budget = budget
    )))
}

/// The field's chart: its measures by status.
fn field_chart(cx: &Ctx, field: &str, in_field: &[&Measure]) -> Block {
    let (lang, statuses) = (cx.lang, &cx.statuses);
    let n = in_field.len();
    let mut values = Vec::new();
    for (si, s) in statuses.iter().enumerate() {
        let v = in_field.iter().filter(|m| m.status == *s).count() as f64;
        let mut segs = vec![0.0; statuses.len()];
        segs[si] = v;
        values.push(vec![segs]);
    }
    Block::Chart(Box::new(BarChart {
        id: crate::render::charts::ChartId::Field,
        title: tr!(lang, "report-field-chart", field = field),
        axis_label: tr!(cx.lang, "rpt-anzahl-massnahmen"),
        category_label: "Status".into(),
        categories: statuses.clone(),
        bars: vec![],
        series: statuses
            .iter()
            .map(|s| Series {
                name: s.clone(),
                color: charts::status_color(cx.cfg.status_role(s)),
            })
            .collect(),
        annotations: values
            .iter()
            .map(|v: &Vec<Vec<f64>>| (v[0].iter().sum::<f64>() as i64).to_string())
            .collect(),
        values,
        format: ValueFormat::Count,
        max: None,
        note: String::new(),
        description: tr!(
            lang,
            "report-field-chart-description",
            count = n,
            field = field
        ),
        marks: Vec::new(),
        width: charts::WIDTH,
        table_follows: false,
        empty_message: tr!(cx.lang, "rpt-keine-massnahmen-in-diesem-handlungsfeld"),
    }))
}

/// The field's goals with their measures by status (none: highlighted); no table without goals.
fn field_goals(cx: &Ctx, field: &str, in_field: &[&Measure]) -> Option<Block> {
    let goals = cx.goals_of(field);
    if goals.is_empty() {
        return None;
    }
    let rows: Vec<Vec<String>> = goals
        .iter()
        .map(|g| {
            let ms: Vec<&&Measure> = in_field
                .iter()
                .filter(|m| m.goals.contains(&g.id))
                .collect();
            let by: Vec<String> = cx
                .statuses
                .iter()
                .filter_map(|s| {
                    let n = ms.iter().filter(|m| m.status == *s).count();
                    (n > 0).then(|| format!("{n} {s}"))
                })
                .collect();
            vec![
                g.id.clone(),
                g.title.clone(),
                ms.len().to_string(),
                if by.is_empty() {
                    tr!(cx.lang, "rpt-keine-massnahme")
                } else {
                    by.join(", ")
                },
            ]
        })
        .collect();
    let highlighted = rows.iter().map(|r| r[2] == "0").collect();
    Some(Block::Table(Table {
        caption: tr!(cx.lang, "report-field-goals", field = field),
        columns: vec![
            col(&tr!(cx.lang, "rpt-ziel"), 0.6, Align::Left),
            col(&tr!(cx.lang, "rpt-titel"), 4.0, Align::Left),
            col(&tr!(cx.lang, "rpt-massnahmen-2"), 1.0, Align::Right),
            col(&tr!(cx.lang, "rpt-status"), 2.4, Align::Left),
        ],
        rows,
        highlighted,
    }))
}

/// The field's measures of the latest year, up to the limit, by department and title.
fn field_measures(cx: &Ctx, field: &str, in_field: &[&Measure]) -> Vec<Block> {
    let (lang, limit) = (cx.lang, cx.limit);
    if in_field.is_empty() {
        return vec![note(tr!(cx.lang, "rpt-keine-massnahmen-gemeldet"))];
    }
    let mut sorted = in_field.to_vec();
    sorted.sort_by_cached_key(|m| (sort_key(&m.department), match_key(&m.title)));
    let rows: Vec<Vec<String>> = sorted
        .iter()
        .take(limit)
        .map(|m| {
            vec![
                m.title.clone(),
                m.department.clone(),
                m.status.clone(),
                period(m, cx.cfg.status_role(&m.status), lang),
                m.target_groups.join(", "),
            ]
        })
        .collect();
    let year = cx.year.unwrap_or_default();
    let mut b = vec![table(
        tr!(
            lang,
            "report-field-measures",
            field = field,
            year = year.to_string()
        ),
        vec![
            col(&tr!(cx.lang, "rpt-massnahme"), 3.2, Align::Left),
            col(&tr!(cx.lang, "rpt-fachbereich"), 2.2, Align::Left),
            col("Status", 1.55, Align::Left),
            col(&tr!(cx.lang, "rpt-zeitraum"), 1.5, Align::Left),
            col(&tr!(cx.lang, "rpt-zielgruppen"), 2.2, Align::Left),
        ],
        rows,
    )];
    if sorted.len() > limit {
        // The public edition names none of the office's files.
        let more = (sorted.len() - limit).to_string();
        b.push(note(if cx.inp.internal {
            tr!(lang, "report-more-measures-internal", count = more)
        } else {
            tr!(lang, "report-more-measures", count = more)
        }));
    }
    b
}

/// Section 4, from the departments: their most important measures in short form.
fn departments(cx: &Ctx) -> Vec<Block> {
    let mut b = vec![
        heading(1, tr!(cx.lang, "rpt-aus-den-fach-und-servicebereichen")),
        para(tr!(cx.lang, "rpt-jeder-fach-und-servicebereich-stellt")),
    ];
    let running = cx.cfg.statuses_with(StatusRole::Running);
    for ((_, dept), ms) in &cx.by_dept {
        b.extend(department(cx, dept, ms, &running));
    }
    b
}

/// The part of one department: up to five marked (or running) measures, then the others' count.
fn department(cx: &Ctx, dept: &str, ms: &[&Measure], running: &[String]) -> Vec<Block> {
    let lang = cx.lang;
    let mut b = vec![heading(2, dept)];
    if ms.is_empty() {
        b.push(note(tr!(lang, "department-nothing-taken-over")));
        return b;
    }
    let marked = ms.iter().filter(|m| m.highlight).count();
    let mut shown: Vec<&Measure> = crate::transform::highlights::chosen(ms.iter().copied());
    if marked > shown.len() {
        b.push(note(crate::tr!(
            lang,
            "department-highlights-chosen",
            marked = marked,
            shown = shown.len()
        )));
    }
    if shown.is_empty() {
        let mut candidates: Vec<&Measure> = ms
            .iter()
            .copied()
            .filter(|m| running.contains(&m.status) && m.description.is_some())
            .collect();
        candidates.sort_by(|a, b| {
            b.budget_eur
                .unwrap_or(0.0)
                .total_cmp(&a.budget_eur.unwrap_or(0.0))
                .then(a.title.cmp(&b.title))
        });
        shown = candidates.into_iter().take(5).collect();
        b.push(note(if shown.is_empty() {
            crate::tr!(lang, "department-nothing-to-show", count = ms.len())
        } else {
            crate::tr!(lang, "department-running-shown")
        }));
    }
    for m in &shown {
        b.push(heading(3, m.title.clone()));
        let role = cx.cfg.status_role(&m.status);
        let mut meta = vec![
            m.field_of_action.clone(),
            m.status.clone(),
            period(m, role, lang),
        ];
        if !m.target_groups.is_empty() {
            meta.push(m.target_groups.join(", "));
        }
        if let Some(bud) = m.budget_eur {
            meta.push(euro(bud.round()));
        }
        b.push(note(meta.join(" · ")));
        if let Some(d) = &m.description {
            b.push(para(d.clone()));
        }
    }
    let others = ms.len() - shown.len();
    let counts: Vec<String> = cx
        .statuses
        .iter()
        .filter_map(|s| {
            let n = ms
                .iter()
                .filter(|m| m.status == *s && !shown.iter().any(|x| std::ptr::eq(*x, **m)))
                .count();
            (n > 0).then(|| format!("{n} {s}"))
        })
        .collect();
    if others > 0 && !shown.is_empty() {
        b.push(para(crate::tr!(
            lang,
            "department-others",
            count = others,
            statuses = counts.join(", ")
        )));
    }
    b
}

/// Section 6, goal coverage: every goal of the concept with the measures referring to it.
fn goal_coverage(cx: &Ctx) -> Vec<Block> {
    let mut b = vec![
        heading(1, tr!(cx.lang, "rpt-zielabdeckung")),
        para(tr!(cx.lang, "rpt-jedes-ziel-des-konzepts-mit")),
    ];
    b.extend(cx.chart(ChartId::GoalCoverage));
    b.extend(cx.fields.iter().filter_map(|field| goal_table(cx, field)));
    b
}

/// The goals of one field with their measures' titles and statuses; none if it has no goals.
fn goal_table(cx: &Ctx, field: &str) -> Option<Block> {
    let lang = cx.lang;
    let goals = cx.goals_of(field);
    if goals.is_empty() {
        return None;
    }
    let rows: Vec<Vec<String>> = goals
        .iter()
        .map(|g| {
            let ms: Vec<String> = cx
                .now
                .iter()
                .filter(|m| m.goals.contains(&g.id))
                .map(|m| format!("{} ({})", m.title, m.status))
                .collect();
            vec![
                g.id.clone(),
                g.title.clone(),
                if ms.is_empty() {
                    tr!(cx.lang, "rpt-keine-massnahme")
                } else if ms.len() > 12 {
                    // A cell must fit on a page: the first titles, then how many more.
                    tr!(
                        lang,
                        "report-and-more",
                        list = ms[..12].join("; "),
                        count = (ms.len() - 12).to_string()
                    )
                } else {
                    ms.join("; ")
                },
            ]
        })
        .collect();
    let highlighted = rows
        .iter()
        .map(|r| r[2] == tr!(cx.lang, "rpt-keine-massnahme"))
        .collect();
    Some(Block::Table(Table {
        caption: field.to_string(),
        columns: vec![
            col(&tr!(cx.lang, "rpt-ziel"), 0.6, Align::Left),
            col(&tr!(cx.lang, "rpt-titel"), 3.0, Align::Left),
            col(&tr!(cx.lang, "rpt-massnahmen-status"), 5.4, Align::Left),
        ],
        rows,
        highlighted,
    }))
}

/// Section 8, appendix: all measures of the year, or per department if over the limit.
fn appendix(cx: &Ctx) -> Vec<Block> {
    let (lang, limit, now) = (cx.lang, cx.limit, &cx.now);
    let mut b = vec![heading(
        1,
        tr!(cx.lang, "rpt-anhang-ubersicht-aller-massnahmen"),
    )];
    if now.len() <= limit {
        let mut sorted = now.clone();
        sorted.sort_by_cached_key(|m| (sort_key(&m.department), match_key(&m.title)));
        let rows = sorted
            .iter()
            .map(|m| {
                vec![
                    m.measure_id.clone().unwrap_or_default(),
                    m.title.clone(),
                    m.department.clone(),
                    m.field_of_action.clone(),
                    m.status.clone(),
                    period(m, cx.cfg.status_role(&m.status), lang),
                ]
            })
            .collect();
        let year = cx.year.unwrap_or_default();
        b.push(table(
            tr!(lang, "report-all-measures", year = year.to_string()),
            vec![
                col("ID", 0.8, Align::Left),
                col(&tr!(cx.lang, "rpt-massnahme"), 3.2, Align::Left),
                col(&tr!(cx.lang, "rpt-fachbereich"), 2.3, Align::Left),
                col(&tr!(cx.lang, "rpt-handlungsfeld"), 1.9, Align::Left),
                col("Status", 1.55, Align::Left),
                col(&tr!(cx.lang, "rpt-zeitraum"), 1.4, Align::Left),
            ],
            rows,
        ));
    } else {
        // The public edition names none of the office's files or settings.
        let (count, limit) = (now.len().to_string(), limit.to_string());
        b.push(para(if cx.inp.internal {
            tr!(
                lang,
                "report-appendix-over-internal",
                count = count,
                limit = limit
            )
        } else {
            tr!(lang, "report-appendix-over", count = count)
        }));
        let rows = cx
            .by_dept
            .iter()
            .map(|((_, d), ms)| vec![d.clone(), ms.len().to_string()])
            .collect();
        b.push(table(
            tr!(cx.lang, "rpt-massnahmen-je-fachbereich"),
            vec![
                col(&tr!(cx.lang, "rpt-fachbereich"), 6.0, Align::Left),
                col(&tr!(cx.lang, "rpt-massnahmen-2"), 1.5, Align::Right),
            ],
            rows,
        ));
    }
    b
}

/// Section 9, notes on method: what was read, how rows are counted, split and matched.
fn method_notes(cx: &Ctx) -> Vec<Block> {
    let (files, created, year_list) = (cx.inp.files, &cx.inp.created, &cx.year_list);
    let read = files.iter().filter(|f| !f.skipped && !f.failed).count();
    let failed = files.iter().filter(|f| f.failed).count();
    let lang = cx.lang;
    let inventories = cx.years.len();
    // The public edition speaks of returns, not files, and names none of the office's tools.
    let first = if cx.inp.internal {
        crate::tr!(
            lang,
            "method-read",
            files = read,
            inventories = inventories,
            years = year_list.as_str(),
            created = created.as_str(),
            failed = failed
        )
    } else {
        crate::tr!(
            lang,
            "method-read-public",
            inventories = inventories,
            years = year_list.as_str(),
            created = created.as_str()
        )
    };
    let compare = if cx.inp.internal {
        crate::tr!(lang, "method-compare-internal")
    } else {
        crate::tr!(lang, "method-compare")
    };
    let mut bullets = vec![
        first,
        crate::tr!(lang, "method-rows"),
        crate::tr!(lang, "method-groups"),
        crate::tr!(lang, "method-participants"),
        crate::tr!(lang, "method-coverage"),
        compare,
        crate::tr!(lang, "method-contacts"),
    ];
    if !cx.inp.indicators.is_empty() {
        bullets.push(crate::tr!(lang, "ind-method"));
    }
    if !cx.inp.goals.is_empty() {
        bullets.push(crate::tr!(lang, "goal-method"));
    }
    vec![
        heading(1, tr!(cx.lang, "rpt-hinweise-zur-methode")),
        Block::Bullets(bullets.into_iter().map(Inline::from).collect()),
    ]
}

//! The report's chapter on the changes since the last inventory: new, ended, status and
//! budget changes, and what could not be compared.

use crate::render::report::model::{Align, Block, Column};
use crate::text::euro;
use crate::tr;
use crate::transform::Measure;
use crate::transform::compare::{Change, ChangeKind, Comparison};

use super::quality::unclear_return;
use super::{Ctx, Inputs, col, heading, note, para, table};

/// Section 5, changes since the last inventory: new, ended, status and budget changes.
pub(super) fn changes(cx: &Ctx) -> Vec<Block> {
    let mut b = vec![heading(
        1,
        tr!(
            cx.lang,
            "rpt-veranderungen-seit-der-letzten-bestandsaufnahme"
        ),
    )];
    let Some(c) = cx.comparison else {
        b.push(para(tr!(cx.lang, "rpt-es-liegt-nur-ein-berichtsjahr")));
        return b;
    };
    b.push(changes_intro(cx, c));
    b.extend(reorganisations(cx, c));
    b.extend(new_measures(cx, c));
    b.extend(ended_measures(cx, c));
    b.extend(section_not_comparable(cx.inp, c, cx.limit));
    b.extend(status_changes(cx, c));
    b.extend(budget_changes(cx, c));
    b
}

/// The counts of the comparison in one sentence.
pub(super) fn changes_intro(cx: &Ctx, c: &Comparison) -> Block {
    let (new, ended) = (c.count(ChangeKind::New), c.count(ChangeKind::Ended));
    let (changed, continued) = (c.count(ChangeKind::Changed), c.count(ChangeKind::Continued));
    let finished = match c.count(ChangeKind::Finished) {
        0 => String::new(),
        n => format!(
            " {}",
            tr!(
                cx.lang,
                "changes-finished",
                count = n,
                year = c.from_year.to_string(),
                to = c.to_year.to_string()
            )
        ),
    };
    let intro = tr!(
        cx.lang,
        "changes-intro",
        from = c.from_year.to_string(),
        to = c.to_year.to_string(),
        new = new.to_string(),
        ended = ended.to_string(),
        changed = changed.to_string(),
        continued = continued.to_string()
    );
    para(format!("{intro}{finished}"))
}

/// One paragraph on the reorganisations between the two years: who became whom, told once
/// instead of a department change per measure.
pub(super) fn reorganisations(cx: &Ctx, c: &Comparison) -> Option<Block> {
    if c.successions.is_empty() {
        return None;
    }
    let quoted = |names: &[String]| {
        let q: Vec<String> = names.iter().map(|n| format!("„{n}“")).collect();
        match q.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), tr!(cx.lang, "rpt-und")),
        }
    };
    let sentences: Vec<String> = c
        .successions
        .iter()
        .map(|s| {
            let kind = match (s.predecessors.len(), s.successors.len()) {
                (1, 1) => "rename",
                (_, 1) => "merger",
                _ => "split",
            };
            let sentence = tr!(
                cx.lang,
                "reorganisation",
                kind = kind,
                to = c.to_year.to_string(),
                from = c.from_year.to_string(),
                predecessors = quoted(&s.predecessors),
                successors = quoted(&s.successors)
            );
            if s.configured {
                sentence
            } else {
                format!("{sentence} {}", tr!(cx.lang, "reorganisation-noticed"))
            }
        })
        .collect();
    Some(para(sentences.join(" ")))
}

/// The measure at an index of the dataset, if any.
pub(super) fn measure_of<'a>(cx: &Ctx<'a>, i: Option<usize>) -> Option<&'a Measure> {
    i.and_then(|i| cx.inp.dataset.measures.get(i))
}

/// The columns of the tables of new, ended and status-changed measures.
pub(super) fn four_columns(a: &str, b: &str, c: &str, d: &str) -> Vec<Column> {
    vec![
        col(a, 3.2, Align::Left),
        col(b, 2.4, Align::Left),
        col(c, 2.0, Align::Left),
        col(d, 1.4, Align::Left),
    ]
}

/// A list of changes under its heading: the table, or "none".
pub(super) fn change_list(
    cx: &Ctx,
    title: String,
    caption: String,
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
) -> Vec<Block> {
    let list = if rows.is_empty() {
        note(tr!(cx.lang, "rpt-keine-2"))
    } else {
        table(caption, columns, rows)
    };
    vec![heading(2, title), list]
}

/// A changed measure with the field of action and status of its row of one year.
pub(super) fn field_and_status_row(cx: &Ctx, x: &Change, i: Option<usize>) -> Vec<String> {
    let m = measure_of(cx, i);
    vec![
        x.title.clone(),
        x.department.clone(),
        m.map(|m| m.field_of_action.clone()).unwrap_or_default(),
        m.map(|m| m.status.clone()).unwrap_or_default(),
    ]
}

/// The measures new in the later year.
pub(super) fn new_measures(cx: &Ctx, c: &Comparison) -> Vec<Block> {
    let heading = (tr!(cx.lang, "changes-new-measures"), "Status".to_string());
    measures_of_kind(cx, c, ChangeKind::New, heading)
}

/// The measures of the earlier year no longer reported.
pub(super) fn ended_measures(cx: &Ctx, c: &Comparison) -> Vec<Block> {
    let heading = (
        tr!(cx.lang, "changes-ended-measures"),
        format!("Status {}", c.from_year),
    );
    measures_of_kind(cx, c, ChangeKind::Ended, heading)
}

/// The new or the ended measures as a list: the measure's field and status from the year it
/// stands in, under its title with the count, and its status column.
pub(super) fn measures_of_kind(
    cx: &Ctx,
    c: &Comparison,
    kind: ChangeKind,
    (title, status): (String, String),
) -> Vec<Block> {
    let rows: Vec<Vec<String>> = c
        .changes
        .iter()
        .filter(|x| x.kind == kind)
        .take(cx.limit)
        .map(|x| {
            field_and_status_row(
                cx,
                x,
                if kind == ChangeKind::New {
                    x.new
                } else {
                    x.old
                },
            )
        })
        .collect();
    change_list(
        cx,
        format!("{title} ({})", rows.len()),
        title,
        four_columns(
            &tr!(cx.lang, "rpt-massnahme"),
            &tr!(cx.lang, "rpt-fachbereich"),
            &tr!(cx.lang, "rpt-handlungsfeld"),
            &status,
        ),
        rows,
    )
}

/// The measures whose status changed, with the status of both years.
pub(super) fn status_changes(cx: &Ctx, c: &Comparison) -> Vec<Block> {
    let rows: Vec<Vec<String>> = c
        .changes
        .iter()
        .filter(|x| x.detail.contains("Status:"))
        .take(cx.limit)
        .map(|x| {
            let (a, z) = (measure_of(cx, x.old), measure_of(cx, x.new));
            vec![
                x.title.clone(),
                x.department.clone(),
                a.map(|m| m.status.clone()).unwrap_or_default(),
                z.map(|m| m.status.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    change_list(
        cx,
        tr!(
            cx.lang,
            "changes-status-heading",
            count = rows.len().to_string()
        ),
        tr!(cx.lang, "rpt-statusanderungen"),
        four_columns(
            &tr!(cx.lang, "rpt-massnahme"),
            &tr!(cx.lang, "rpt-fachbereich"),
            &c.from_year.to_string(),
            &c.to_year.to_string(),
        ),
        rows,
    )
}

/// The fifteen largest budget changes, with the budget of both years.
pub(super) fn budget_changes(cx: &Ctx, c: &Comparison) -> Vec<Block> {
    let mut budget: Vec<&Change> = c
        .changes
        .iter()
        .filter(|x| x.budget_delta.is_some_and(|d| d.abs() >= 0.5))
        .collect();
    budget.sort_by(|a, b| {
        b.budget_delta
            .unwrap_or(0.0)
            .abs()
            .total_cmp(&a.budget_delta.unwrap_or(0.0).abs())
            .then(a.title.cmp(&b.title))
    });
    let budget_of = |m: Option<&Measure>| {
        m.and_then(|m| m.budget_eur)
            .map(|v| euro(v.round()))
            .unwrap_or_default()
    };
    let rows: Vec<Vec<String>> = budget
        .iter()
        .take(15)
        .map(|x| {
            let d = x.budget_delta.unwrap_or(0.0);
            vec![
                x.title.clone(),
                x.department.clone(),
                budget_of(measure_of(cx, x.old)),
                budget_of(measure_of(cx, x.new)),
                format!(
                    "{}{}",
                    if d >= 0.0 { "+" } else { "−" },
                    euro(d.abs().round())
                ),
            ]
        })
        .collect();
    change_list(
        cx,
        tr!(cx.lang, "rpt-grosste-budgetanderungen"),
        tr!(cx.lang, "rpt-grosste-budgetanderungen"),
        vec![
            col(&tr!(cx.lang, "rpt-massnahme"), 3.0, Align::Left),
            col(&tr!(cx.lang, "rpt-fachbereich"), 2.4, Align::Left),
            col(&c.from_year.to_string(), 1.3, Align::Right),
            col(&c.to_year.to_string(), 1.3, Align::Right),
            col(&tr!(cx.lang, "rpt-anderung"), 1.3, Align::Right),
        ],
        rows,
    )
}

/// In the changes section: the measures reported in both years whose row of one year was
/// rejected, and the measures of departments without a return.
pub(super) fn section_not_comparable(inp: &Inputs, c: &Comparison, limit: usize) -> Vec<Block> {
    let lang = inp.cfg.lang;
    let mut out = Vec::new();
    let rows: Vec<Vec<String>> = c
        .changes
        .iter()
        .filter(|x| x.kind == ChangeKind::NotTakenOver)
        .take(limit)
        .map(|x| {
            let r = x.rejected.and_then(|i| inp.dataset.rejected_rows.get(i));
            vec![
                if x.title.trim().is_empty() {
                    // The row had no title: what identifies it is its id, file and row.
                    match &x.measure_id {
                        Some(id) => format!("{} {id}", tr!(lang, "rpt-ohne-titel-id")),
                        None => tr!(lang, "rpt-ohne-titel"),
                    }
                } else {
                    x.title.clone()
                },
                x.department.clone(),
                r.and_then(|r| r.year)
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
                r.map(|r| r.source_file.clone()).unwrap_or_default(),
                r.map(|r| r.source_row.to_string()).unwrap_or_default(),
            ]
        })
        // The public edition names no file of the office.
        .map(|mut row: Vec<String>| {
            if !inp.internal {
                row.truncate(3);
            }
            row
        })
        .collect();
    if !rows.is_empty() {
        out.push(heading(
            2,
            tr!(
                lang,
                "changes-not-taken-over-heading",
                count = rows.len().to_string()
            ),
        ));
        out.push(note(tr!(lang, "changes-not-taken-over-note")));
        out.push(table(
            tr!(lang, "rpt-gemeldet-aber-nicht-ubernommen"),
            vec![
                col(&tr!(lang, "rpt-massnahme"), 3.0, Align::Left),
                col(&tr!(lang, "rpt-fachbereich"), 2.2, Align::Left),
                col(&tr!(lang, "rpt-jahr"), 0.8, Align::Left),
                col(&tr!(lang, "rpt-datei"), 2.6, Align::Left),
                col(&tr!(lang, "rpt-zeile"), 0.8, Align::Right),
            ]
            .into_iter()
            .take(if inp.internal { 5 } else { 3 })
            .collect(),
            rows,
        ));
    }
    if !c.without_return.is_empty() {
        out.push(heading(
            2,
            tr!(
                lang,
                "changes-no-return-heading",
                year = c.to_year.to_string(),
                count = c.without_return.len().to_string()
            ),
        ));
        let rows = c
            .without_return
            .iter()
            .map(|d| {
                let n = c
                    .changes
                    .iter()
                    .filter(|x| x.kind == ChangeKind::NoReturn && x.department == *d)
                    .count();
                vec![d.clone(), n.to_string()]
            })
            .collect();
        out.push(note(tr!(
            lang,
            "changes-no-return-note",
            to = c.to_year.to_string(),
            from = c.from_year.to_string()
        )));
        if !c.unclear_return.is_empty() {
            out.push(note(unclear_return(&c.unclear_return, c.to_year, lang)));
        }
        out.push(table(
            tr!(lang, "rpt-ohne-ruckmeldung"),
            vec![
                col(&tr!(lang, "rpt-fachbereich"), 6.0, Align::Left),
                col(
                    &format!("{} {}", tr!(lang, "rpt-massnahmen-2"), c.from_year),
                    1.5,
                    Align::Right,
                ),
            ],
            rows,
        ));
    }
    out
}

//! The correction workbooks: per department its rows as read, every flagged cell with its
//! finding, and a sheet of what to do.

use rust_xlsxwriter::XlsxError;

use crate::config::{Config, Field};
use crate::identity::{Identity, Kind, Source};

use super::{Cell, Layout, Mark, inventory_title, sources_of, workbook};

/// The correction workbooks: per department with errors or warnings in its latest
/// inventory, its rows as it wrote them, each flagged cell coloured and carrying the finding
/// as a comment, with a first sheet that says what to fix. Laid out like the template, so
/// the corrected workbook reads back as the department's return. Returns (department,
/// bytes), sorted by department.
pub fn correction_workbooks(
    cfg: &Config,
    dataset: &crate::transform::Dataset,
    findings: &crate::findings::Findings,
    files: &[crate::findings::FileReport],
    created: chrono::NaiveDateTime,
) -> Result<Vec<(String, Vec<u8>)>, XlsxError> {
    use crate::findings::Severity;
    use std::collections::BTreeMap;
    // Findings by (file, sheet, row), errors and warnings only.
    let mut by_row: BTreeMap<(&str, &str, u32), Vec<&crate::findings::Finding>> = BTreeMap::new();
    for f in findings.items() {
        // Infos stay out, but the questions about dates go to the department.
        if f.severity == Severity::Info && !crate::findings::QUESTIONS.contains(&f.code) {
            continue;
        }
        if let Some(row) = f.spot.row() {
            by_row
                .entry((f.file.as_str(), f.sheet.as_str(), row))
                .or_default()
                .push(f);
        }
    }
    // The latest year of each department's written rows.
    let mut latest: BTreeMap<&str, i32> = BTreeMap::new();
    for w in &dataset.written {
        if let Some(y) = w.year {
            let e = latest.entry(w.department.as_str()).or_insert(y);
            *e = (*e).max(y);
        }
    }
    // Each department's rows of that year, in one pass.
    let mut groups: BTreeMap<(&str, i32), Vec<&crate::transform::WrittenRow>> = BTreeMap::new();
    for w in &dataset.written {
        if let Some(y) = w.year
            && latest.get(w.department.as_str()) == Some(&y)
        {
            groups
                .entry((w.department.as_str(), y))
                .or_default()
                .push(w);
        }
    }
    let jobs: Vec<((&str, i32), Vec<&crate::transform::WrittenRow>)> = groups
        .into_iter()
        .filter(|(_, rows)| {
            rows.iter()
                .any(|w| by_row.contains_key(&(w.file.as_str(), w.sheet.as_str(), w.row)))
        })
        .collect();
    // Independent workbooks: written on all cores, returned in department order.
    use rayon::prelude::*;
    jobs.par_iter()
        .map(|((department, year), rows)| {
            let identity = correction_identity(dataset, files, department, *year, rows);
            correction_workbook(cfg, &identity, rows, &by_row, created)
                .map(|bytes| (department.to_string(), bytes))
        })
        .collect()
}

/// Findings by (file, sheet, row), errors and warnings only.
pub(super) type FindingsByRow<'a> =
    std::collections::BTreeMap<(&'a str, &'a str, u32), Vec<&'a crate::findings::Finding>>;

/// What a department's correction workbook says about itself: the files its rows came from
/// (those it replaces when it comes back) and its round, one more than the latest round
/// among them.
fn correction_identity(
    dataset: &crate::transform::Dataset,
    files: &[crate::findings::FileReport],
    department: &str,
    year: i32,
    rows: &[&crate::transform::WrittenRow],
) -> Identity {
    let mut held: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for w in rows {
        *held.entry(w.file.as_str()).or_default() += 1;
    }
    // Per file the workbook draws on (a handful), not per row.
    let earlier = held
        .keys()
        .filter_map(|file| files.iter().find(|f| f.file == *file))
        .filter_map(|f| f.identity.as_ref())
        .filter(|id| id.kind == Kind::Correction)
        .map(|id| id.round)
        .max()
        .unwrap_or(0);
    // The whole chain: what an earlier round replaced is replaced by this one too, so the
    // original stays replaced when the earlier round's file is put away.
    let mut sources = sources_of(dataset, files, department, year, Some(&held));
    let made_from: Vec<String> = sources.iter().map(|s| s.file.clone()).collect();
    for f in files {
        let earlier = f
            .identity
            .as_ref()
            .filter(|id| id.kind == Kind::Correction && made_from.contains(&f.file));
        let chained = earlier.map(|id| id.sources.clone()).unwrap_or_default();
        let replaced = f
            .superseded_by
            .as_ref()
            .filter(|by| made_from.contains(by))
            .and(f.hash)
            .map(|hash| Source {
                hash,
                file: f.file.clone(),
            });
        for s in chained.into_iter().chain(replaced) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    Identity {
        kind: Kind::Correction,
        department: Some(department.to_string()),
        year: Some(year),
        round: earlier + 1,
        sources,
    }
}

/// One department's correction workbook: the template's sheets (instructions, dropdowns,
/// goal list, input messages) with its rows as it wrote them, values in their types, the
/// columns it added kept, every flagged cell marked with its findings as a note, and a
/// first sheet that says what to do.
pub(super) fn correction_workbook(
    cfg: &Config,
    identity: &Identity,
    rows: &[&crate::transform::WrittenRow],
    by_row: &FindingsByRow,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    let department = identity.department.as_deref().unwrap_or_default();
    let year = identity.year.unwrap_or_default();
    let mut layout = Layout::standard(cfg, created);
    layout.office_template = true;
    layout.rows_above.push(inventory_title(Some(year)));
    let label = &cfg.headers.get(Field::Department).name;
    layout.rows_above.push(format!("{label}: {department}"));
    layout.identity = Some(identity.clone());
    // The department's own columns, in the order first seen, after the template's.
    let standard = layout.headers.len();
    for w in rows {
        for (h, _, _) in &w.extra {
            if !layout.headers[standard..].contains(h) {
                layout.headers.push(h.clone());
                layout.fields.push(None);
            }
        }
    }
    let mut cells = Vec::with_capacity(rows.len());
    for (i, w) in rows.iter().enumerate() {
        let row: Vec<Cell> = layout
            .fields
            .iter()
            .zip(&layout.headers)
            .enumerate()
            .map(|(c, (field, header))| {
                let value = match field {
                    Some(f) => w.cells.iter().find(|(g, _, _)| g == f).map(|(_, _, v)| v),
                    None if c >= standard => w
                        .extra
                        .iter()
                        .find(|(h, _, _)| h == header)
                        .map(|(_, _, v)| v),
                    None => None,
                };
                value.map_or(Cell::Empty, |v| typed(*field, v))
            })
            .collect();
        cells.push(row);
        if let Some(fs) = by_row.get(&(w.file.as_str(), w.sheet.as_str(), w.row)) {
            for (c, (severity, texts)) in row_notes(&layout, w, fs) {
                layout.marks.insert(
                    (i, c),
                    Mark {
                        severity,
                        note: texts.join("\n\n"),
                    },
                );
            }
        }
    }
    layout.todo = todo_lines(department, year, rows, by_row);
    workbook(cfg, &layout, &cells)
}

/// A value as the department wrote it, in its type: numbers as numbers, dates as dates;
/// a plain number or date typed as text into a number or date column becomes one, so the
/// cell works with the column's format and check. Anything else stays as written.
fn typed(field: Option<Field>, value: &crate::ingest::Value) -> Cell {
    use crate::ingest::Value;
    match value {
        Value::Empty | Value::NoCachedValue => Cell::Empty,
        Value::Number(n) => Cell::Number(*n),
        Value::Date(d) => Cell::Date(*d),
        Value::Text(t) => {
            use crate::transform::parse;
            let t = t.trim();
            let keep = || Cell::Text(fit(t));
            // What bestand read without doubt goes back as a number or a date; anything
            // approximate or unreadable stays as the department wrote it.
            match field {
                Some(Field::BudgetEur) => match parse::parse_money(t) {
                    Some(parse::Money {
                        value: Some(v),
                        approx: false,
                    }) => Cell::Number(v),
                    _ => keep(),
                },
                Some(Field::Participants) => match parse::parse_count(t) {
                    Some(parse::Count {
                        value: Some(v),
                        kind: parse::CountKind::Exact,
                        unit: None,
                    }) => Cell::Number(v as f64),
                    _ => keep(),
                },
                Some(Field::Start) | Some(Field::End) => {
                    let role = if field == Some(Field::Start) {
                        parse::Role::Start
                    } else {
                        parse::Role::End
                    };
                    match parse::parse_date(t, role) {
                        Some(parse::DateText::Date(d)) => Cell::Date(d),
                        _ => keep(),
                    }
                }
                _ => keep(),
            }
        }
        other => Cell::Text(other.display()),
    }
}

/// The template's column of a field.
pub(super) fn column_of(layout: &Layout, field: Field) -> Option<usize> {
    layout.fields.iter().position(|f| *f == Some(field))
}

/// Text cut to Excel's cell limit; the CSV export keeps such text whole.
pub(super) fn fit(t: &str) -> String {
    t.chars().take(32_000).collect()
}

/// The lines of a correction workbook's first sheet: what to fix, with the counts of
/// rejected rows and warnings (a count of none is left out).
pub(super) fn todo_lines(
    department: &str,
    year: i32,
    rows: &[&crate::transform::WrittenRow],
    by_row: &FindingsByRow,
) -> Vec<String> {
    use crate::findings::Severity;
    let mut warnings = 0;
    let mut rejected_rows = 0;
    let mut questions = 0;
    for w in rows {
        if let Some(fs) = by_row.get(&(w.file.as_str(), w.sheet.as_str(), w.row)) {
            warnings += fs
                .iter()
                .filter(|f| f.severity == Severity::Warning)
                .count();
            rejected_rows += usize::from(fs.iter().any(|f| f.severity == Severity::Error));
            questions += fs.iter().filter(|f| f.severity == Severity::Info).count();
        }
    }
    // The workbook goes to a German department.
    let de = crate::lang::Lang::De;
    let mut lines = vec![
        crate::tr!(
            de,
            "todo-heading",
            department = department,
            year = year.to_string()
        ),
        String::new(),
    ];
    if rejected_rows > 0 {
        lines.push(crate::tr!(de, "todo-rejected", count = rejected_rows));
    }
    if warnings > 0 {
        lines.push(crate::tr!(de, "todo-warnings", count = warnings));
    }
    if questions > 0 {
        lines.push(crate::tr!(de, "todo-questions", count = questions));
    }
    lines.extend([
        crate::tr!(de, "todo-notes"),
        crate::tr!(de, "todo-fix"),
        crate::tr!(de, "todo-ids"),
    ]);
    lines
}

/// A row's findings by template column: whether one is an error, and their texts. Each
/// finding sits at the cell it names (its column in the department's sheet), else at the
/// title.
pub(super) fn row_notes(
    layout: &Layout,
    w: &crate::transform::WrittenRow,
    fs: &[&crate::findings::Finding],
) -> std::collections::BTreeMap<usize, (crate::findings::Severity, Vec<String>)> {
    use crate::findings::{Code, Severity};
    let mut notes: std::collections::BTreeMap<usize, (Severity, Vec<String>)> = Default::default();
    for f in fs {
        let source_col = f.spot.col();
        // A finding on the department's name belongs on its cell: there the department
        // sees which name to write.
        let by_code = match f.code {
            Code::DepartmentVariant | Code::DepartmentAmbiguous | Code::UnknownDepartment => {
                Some(Field::Department)
            }
            Code::DuplicateId => Some(Field::MeasureId),
            Code::TooManyHighlights => Some(Field::Highlight),
            Code::DeadlineEndPassed => Some(Field::End),
            Code::DeadlineStartPassed => Some(Field::Start),
            _ => None,
        };
        let field = source_col
            .and_then(|sc| {
                w.cells
                    .iter()
                    .find(|(_, c, _)| *c == sc)
                    .map(|(f, _, _)| *f)
            })
            .or(by_code)
            .unwrap_or(Field::Title);
        let Some(c) = column_of(layout, field) else {
            continue;
        };
        let e = notes.entry(c).or_insert((Severity::Info, Vec::new()));
        // Error orders before warning before info: the most serious marks the cell.
        e.0 = e.0.min(f.severity);
        e.1.push(match f.severity {
            // The workbook goes to a German department.
            Severity::Error => {
                crate::tr!(
                    crate::lang::Lang::De,
                    "note-error",
                    message = f.message.as_str()
                )
            }
            Severity::Warning => crate::tr!(
                crate::lang::Lang::De,
                "note-warning",
                message = f.message.as_str()
            ),
            // A question about dates says so itself.
            Severity::Info => f.message.clone(),
        });
    }
    notes
}

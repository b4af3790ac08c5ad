//! Reading the cells of one row: the department, the categories, the year, dates, money,
//! counts, the highlight flag, lists and goals, each with its findings.

use chrono::{Datelike, NaiveDate};

use crate::config::{Field, Lang};
use crate::findings::{Code, Findings, Severity};
use crate::ingest::{RawRow, Value};
use crate::text::{clean, match_key};

use super::parse::{self, CountKind, DateText, Role};
use super::vocabulary::{Lookup, Vocabulary};
use super::{Ctx, text_cell, text_of};

/// The department of a row: its cell; else `Fachbereich: X` above the table or the file
/// name (sheets without the column); else the row above ("same as above", and what merged
/// cells become in a CSV export); else the file name.
pub(super) fn department_of(
    row: &RawRow,
    ctx: &Ctx,
    above: Option<&str>,
    findings: &mut Findings,
) -> String {
    if let Some(d) = row.cell(Field::Department).and_then(text_of) {
        return d;
    }
    if let Some((d, _)) = &row.department_fallback {
        return d.clone();
    }
    if row.cell(Field::Title).is_none() || total_label(row).is_some() {
        // A row without title is rejected anyway, a total row is none: no second finding.
        return above.unwrap_or_default().to_string();
    }
    if let Some(d) = above {
        findings.push(
            Severity::Info,
            Code::DepartmentFromAbove,
            &row.location(Field::Department),
            crate::tr!(ctx.lang, "department-from-above", department = d),
        );
        return d.to_string();
    }
    let d = crate::ingest::department_from_file_name(&row.file);
    findings.push(
        Severity::Warning,
        Code::MissingDepartment,
        &row.location(Field::Department),
        crate::tr!(ctx.lang, "missing-department", name = d.as_str()),
    );
    d
}

/// " Meinten Sie „X“?" after a message, or nothing without a suggestion.
pub(super) fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    suggestion
        .map(|s| format!(" {}", crate::tr!(lang, "did-you-mean", suggestion = s)))
        .unwrap_or_default()
}

/// A required single-valued category (field of action, status).
pub(super) fn category(
    row: &RawRow,
    field: Field,
    vocab: &Vocabulary,
    ctx: &Ctx,
    findings: &mut Findings,
) -> Option<String> {
    let name = &ctx.cfg.headers.get(field).name;
    let allowed = vocab.names().join(", ");
    let Some(value) = row.cell(field).and_then(text_of) else {
        findings.push(
            Severity::Error,
            Code::MissingValue,
            &row.location(field),
            crate::tr!(
                ctx.lang,
                "missing-value",
                name = name,
                allowed = allowed.as_str()
            ),
        );
        return None;
    };
    match vocab.lookup(&value) {
        Lookup::Exact(v) => Some(v),
        Lookup::Close(v) => {
            findings.push(
                Severity::Warning,
                Code::CategoryCorrected,
                &row.location(field),
                crate::tr!(
                    ctx.lang,
                    "category-corrected",
                    value = value.as_str(),
                    name = name,
                    readas = v.as_str()
                ),
            );
            Some(v)
        }
        Lookup::Unknown(suggestion) => {
            let hint = did_you_mean(suggestion.as_deref(), ctx.lang);
            findings.push(
                Severity::Error,
                Code::UnknownValue,
                &row.location(field),
                crate::tr!(
                    ctx.lang,
                    "unknown-value",
                    value = value.as_str(),
                    name = name,
                    hint = hint,
                    allowed = allowed.as_str()
                ),
            );
            None
        }
    }
}

/// A total label as people write it under a table; a title that merely begins with
/// „Gesamt…“ is no total.
pub(super) const TOTAL_LABELS: [&str; 7] = [
    "summe",
    "summen",
    "gesamt",
    "gesamtsumme",
    "insgesamt",
    "total",
    "summegesamt",
];

/// The label of a total row: its title (or first filled) cell is exactly a total label and
/// it names no status and no field of action.
pub(super) fn total_label(row: &RawRow) -> Option<String> {
    if row.cell(Field::Status).is_some() || row.cell(Field::FieldOfAction).is_some() {
        return None;
    }
    let first = row.cell(Field::Title).or_else(|| {
        row.cells
            .iter()
            .flatten()
            .filter(|c| !c.value.is_empty())
            .min_by_key(|c| c.col)
    })?;
    let text = text_of(first)?;
    TOTAL_LABELS
        .contains(&match_key(&text).as_str())
        .then_some(text)
}

/// The reporting year of a row. A year folder rules; a `Berichtsjahr` cell that disagrees
/// is a warning. Outside year folders the cell counts, else a year in the file's name;
/// `None` when there is none (one error per file, made by the caller).
pub(super) fn year_of(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<i32> {
    let mut cell_year = None;
    if let Some(c) = row.cell(Field::Year) {
        let y = match &c.value {
            Value::Number(n) if n.fract() == 0.0 => Some(*n as i32),
            Value::Date(d) => Some(d.year()),
            Value::Text(t) => clean(t).parse::<i32>().ok(),
            _ => None,
        }
        .filter(|y| (1990..=2100).contains(y));
        match y {
            Some(y) => cell_year = Some(y),
            None => {
                let shown = c.value.display();
                findings.push(
                    Severity::Warning,
                    Code::BadYear,
                    &row.location(Field::Year),
                    match row.folder_year {
                        Some(f) => crate::tr!(
                            ctx.lang,
                            "bad-year-folder",
                            written = shown,
                            folder = f.to_string()
                        ),
                        None => crate::tr!(ctx.lang, "bad-year", written = shown),
                    },
                );
            }
        }
    }
    match row.folder_year {
        Some(folder) => {
            if let Some(cell) = cell_year.filter(|c| *c != folder) {
                findings.push(
                    Severity::Warning,
                    Code::YearMismatch,
                    &row.location(Field::Year),
                    crate::tr!(
                        ctx.lang,
                        "year-mismatch",
                        cell = cell.to_string(),
                        folder = folder.to_string()
                    ),
                );
            }
            Some(folder)
        }
        None => cell_year.or(row.name_year),
    }
}

/// A date column; returns the date and, for a period in one cell, its end.
pub(super) fn date_field(
    row: &RawRow,
    field: Field,
    role: Role,
    ctx: &Ctx,
    findings: &mut Findings,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let Some(c) = row.cell(field) else {
        return (None, None);
    };
    let name = &ctx.cfg.headers.get(field).name;
    let unreadable = |findings: &mut Findings, shown: String| {
        // Written as a date, only its year is off: say so, not that the form is wrong.
        if let Some(d) = parse::date_with_any_year(&shown) {
            findings.push(
                Severity::Warning,
                Code::ImplausibleDate,
                &row.location(field),
                crate::tr!(
                    ctx.lang,
                    "implausible-date",
                    date = d.format("%d.%m.%Y").to_string(),
                    name = name.as_str(),
                    last = "2100"
                ),
            );
            return (None, None);
        }
        findings.push(
            Severity::Warning,
            Code::BadDate,
            &row.location(field),
            crate::tr!(ctx.lang, "bad-date", written = shown, name = name),
        );
        (None, None)
    };
    // A CSV export shows a date cell that lost its format as plain digits.
    let value = match &c.value {
        Value::Text(t) if parse::parse_date(t, role).is_none() => match clean(t).parse::<f64>() {
            Ok(n) => Value::Number(n),
            Err(_) => c.value.clone(),
        },
        v => v.clone(),
    };
    match &value {
        Value::Date(d) => (Some(*d), None),
        Value::Number(n) if n.fract() == 0.0 && (1950.0..=2100.0).contains(n) => {
            let y = *n as i32;
            let d = match role {
                Role::Start => NaiveDate::from_ymd_opt(y, 1, 1),
                Role::End => NaiveDate::from_ymd_opt(y, 12, 31),
            };
            (d, None)
        }
        Value::Number(n) if parse::plausible_serial(*n, row.is_1904) => {
            let d = parse::excel_serial_date(*n, row.is_1904);
            if let Some(d) = d {
                let shown = crate::text::format_number(*n);
                let date = d.format("%d.%m.%Y");
                findings.push(
                    Severity::Warning,
                    Code::SerialDate,
                    &row.location(field),
                    crate::tr!(
                        ctx.lang,
                        "serial-date",
                        number = shown,
                        date = date.to_string()
                    ),
                );
            }
            (d, None)
        }
        Value::Text(t) => match parse::parse_date(t, role) {
            Some(DateText::Missing) => (None, None),
            Some(DateText::Open) if role == Role::End => (None, None),
            Some(DateText::Date(d)) => (Some(d), None),
            Some(DateText::Range(s, e)) => match role {
                Role::Start => (Some(s), e),
                Role::End => (e, None),
            },
            Some(DateText::Open) | None => unreadable(findings, clean(t)),
        },
        v => unreadable(findings, v.display()),
    }
}

pub(super) fn budget(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<f64> {
    let c = row.cell(Field::BudgetEur)?;
    let value = match &c.value {
        Value::Number(n) => Some(*n),
        Value::Text(t) => match parse::parse_money(t) {
            Some(m) => {
                if m.approx {
                    findings.push(
                        Severity::Info,
                        Code::ApproximateBudget,
                        &row.location(Field::BudgetEur),
                        crate::tr!(ctx.lang, "approximate-budget", written = clean(t)),
                    );
                }
                m.value
            }
            None => {
                findings.push(
                    Severity::Warning,
                    Code::BadMoney,
                    &row.location(Field::BudgetEur),
                    crate::tr!(ctx.lang, "bad-money-text", written = clean(t)),
                );
                None
            }
        },
        v => {
            findings.push(
                Severity::Warning,
                Code::BadMoney,
                &row.location(Field::BudgetEur),
                crate::tr!(ctx.lang, "bad-money", written = v.display()),
            );
            None
        }
    };
    if let Some(v) = value.filter(|v| *v < 0.0) {
        // A negative budget is never published as an amount.
        let shown = crate::text::euro(v);
        findings.push(
            Severity::Warning,
            Code::NegativeMoney,
            &row.location(Field::BudgetEur),
            crate::tr!(ctx.lang, "negative-money", amount = shown),
        );
        return None;
    }
    value
}

/// The participants cell as read: the number, what it counts when not people, and whether
/// it is approximate (ca., a range, a lower bound).
#[derive(Debug, Default)]
pub(super) struct Participants {
    pub(super) value: Option<i64>,
    pub(super) unit: Option<String>,
    pub(super) approx: bool,
}

pub(super) fn participants(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Participants {
    let Some(c) = row.cell(Field::Participants) else {
        return Participants::default();
    };
    let at = row.location(Field::Participants);
    match &c.value {
        Value::Number(n) if *n >= 0.0 => {
            if n.fract() != 0.0 {
                findings.push(
                    Severity::Warning,
                    Code::FractionalCount,
                    &at,
                    crate::tr!(
                        ctx.lang,
                        "fractional-count",
                        written = n.to_string(),
                        rounded = n.round().to_string()
                    ),
                );
            }
            Participants {
                value: Some(n.round() as i64),
                ..Participants::default()
            }
        }
        Value::Text(t) => match parse::parse_count(t) {
            Some(count) => {
                let shown = clean(t);
                match count.kind {
                    CountKind::Exact => {}
                    CountKind::Approx => findings.push(
                        Severity::Info,
                        Code::ApproximateCount,
                        &at,
                        crate::tr!(ctx.lang, "approximate-count", written = shown.as_str()),
                    ),
                    CountKind::AtLeast => findings.push(
                        Severity::Warning,
                        Code::LowerBoundCount,
                        &at,
                        crate::tr!(
                            ctx.lang,
                            "lower-bound-count",
                            written = shown.as_str(),
                            counted = count.value.unwrap_or(0).to_string()
                        ),
                    ),
                    CountKind::Range(lo, hi) => findings.push(
                        Severity::Warning,
                        Code::RangeCount,
                        &at,
                        crate::tr!(
                            ctx.lang,
                            "range-count",
                            written = shown.as_str(),
                            low = lo.to_string(),
                            high = hi.to_string()
                        ),
                    ),
                }
                if let (Some(unit), Some(v)) = (&count.unit, count.value) {
                    findings.push(
                        Severity::Info,
                        Code::ParticipantsUnit,
                        &at,
                        crate::tr!(
                            ctx.lang,
                            "participants-unit",
                            written = shown.as_str(),
                            count = v as usize,
                            unit = unit.as_str()
                        ),
                    );
                }
                Participants {
                    value: count.value,
                    approx: count.kind != CountKind::Exact,
                    unit: count.unit,
                }
            }
            None => {
                findings.push(
                    Severity::Warning,
                    Code::BadCount,
                    &at,
                    crate::tr!(ctx.lang, "bad-count-text", written = clean(t)),
                );
                Participants::default()
            }
        },
        v => {
            findings.push(
                Severity::Warning,
                Code::BadCount,
                &at,
                crate::tr!(ctx.lang, "bad-count", written = v.display()),
            );
            Participants::default()
        }
    }
}

pub(super) fn highlight(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> bool {
    let Some(c) = row.cell(Field::Highlight) else {
        return false;
    };
    let parsed = match &c.value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) if *n == 1.0 => Some(true),
        Value::Number(n) if *n == 0.0 => Some(false),
        Value::Text(t) => crate::text::parse_yes_no(t),
        _ => None,
    };
    parsed.unwrap_or_else(|| {
        findings.push(
            Severity::Warning,
            Code::BadYesNo,
            &row.location(Field::Highlight),
            crate::tr!(ctx.lang, "bad-yes-no", written = c.value.display()),
        );
        false
    })
}

/// A list column checked against its vocabulary; unknown items are kept as written.
pub(super) fn list_with_vocabulary(
    row: &RawRow,
    field: Field,
    vocab: &Vocabulary,
    ctx: &Ctx,
    findings: &mut Findings,
) -> Vec<String> {
    let Some(text) = row.cell(field).and_then(text_cell) else {
        return Vec::new();
    };
    let name = &ctx.cfg.headers.get(field).name;
    let mut out: Vec<String> = Vec::new();
    for item in parse::split_list(&text) {
        // Without a list (e.g. no municipalities configured) every name is accepted.
        let found = if vocab.is_empty() {
            Lookup::Exact(item.clone())
        } else {
            vocab.lookup(&item)
        };
        let value = match found {
            Lookup::Exact(v) => v,
            Lookup::Close(v) => {
                findings.push(
                    Severity::Info,
                    Code::ListItemCorrected,
                    &row.location(field),
                    crate::tr!(
                        ctx.lang,
                        "list-item-corrected",
                        item = item.as_str(),
                        name = name,
                        readas = v.as_str()
                    ),
                );
                v
            }
            Lookup::Unknown(suggestion) => {
                let hint = did_you_mean(suggestion.as_deref(), ctx.lang);
                findings.push(
                    Severity::Warning,
                    Code::UnknownListItem,
                    &row.location(field),
                    crate::tr!(
                        ctx.lang,
                        "unknown-list-item",
                        item = item.as_str(),
                        name = name,
                        hint = hint
                    ),
                );
                item
            }
        };
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// Goal references: leading ids (`4.1`, `4.1 Sprachförderung…`) or goal titles.
pub(super) fn goals(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Vec<String> {
    let Some(text) = row.cell(Field::Goals).and_then(|c| match &c.value {
        // A goal "4.1" typed into a number cell arrives as the float 4.1.
        Value::Number(n) => Some(format!("{n}")),
        _ => text_cell(c),
    }) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    // Ids like 4.1 contain no list separator; split on ; , / and line breaks only when the
    // separator is not between digits ("4,1" stays one id in German notation? no: the
    // catalogue's ids use dots, so a comma always separates).
    for item in parse::split_list(&text) {
        let id: String = item
            .trim_start_matches(|c: char| c.is_alphabetic() && c != ' ')
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<String>()
            .trim_end_matches('.')
            .to_string();
        let resolved = if !id.is_empty() && ctx.goal_ids.contains(&id) {
            Some(id)
        } else {
            let key = match_key(&item);
            ctx.goal_titles
                .iter()
                .find(|(t, _)| !key.is_empty() && *t == key)
                .map(|(_, id)| id.clone())
        };
        let value = match resolved {
            Some(id) => id,
            // Without a catalogue (none is built in) there is nothing to check a goal
            // against: it is taken as written, and no finding claims it is missing.
            None if ctx.goal_ids.is_empty() => item,
            None => {
                findings.push(
                    Severity::Warning,
                    Code::UnknownGoal,
                    &row.location(Field::Goals),
                    crate::tr!(ctx.lang, "unknown-goal", goal = item.as_str()),
                );
                item
            }
        };
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

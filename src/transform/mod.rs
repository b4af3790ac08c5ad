//! Transform: interprets raw rows as measures (vocabularies, dates, money, counts, lists),
//! makes a finding for everything doubtful, rejects what cannot be counted, and builds the
//! canonical polars table. Knows neither calamine nor any output format.

pub mod compare;
pub(crate) mod departments;
pub(crate) mod parse;
pub mod returns;
pub(crate) mod succession;
pub mod summary;
pub(crate) mod titles;
pub(crate) mod vocabulary;

mod cells;
pub(crate) mod deadlines;
mod duplicates;
mod ended;
mod frame;
pub(crate) mod highlights;
pub(crate) mod joint;
mod measure;

use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

use crate::config::{Config, Field, Lang};
use crate::findings::{Code, Findings, Location, Severity};
use crate::ingest::{Ingested, RawCell, RawRow, Value};
use crate::schema;
use crate::text::{clean, match_key, sort_key};
use cells::{
    budget, category, date_field, department_of, goals, highlight, list_with_vocabulary,
    participants, total_label, year_of,
};
use duplicates::reject_duplicates;
pub use frame::frame;
pub use measure::{Dataset, FileRows, Getter, Measure, Rejected, WrittenRow};
use parse::Role;
use vocabulary::Vocabulary;

/// Vocabularies and catalogue prepared once per run.
struct Ctx<'a> {
    cfg: &'a Config,
    lang: Lang,
    fields: Vocabulary,
    status: Vocabulary,
    target_groups: Vocabulary,
    funding: Vocabulary,
    municipalities: Vocabulary,
    goal_ids: Vec<String>,
    goal_titles: Vec<(String, String)>,
    /// Per file that is a correction workbook bestand made, its round: of two returns with
    /// the same measures, the correction (the later round) counts.
    correction_rounds: HashMap<String, u32>,
}

/// What became of one raw row.
enum Outcome {
    Accepted(Box<Measure>),
    /// Not taken over; with what it says about the measure (none when the year is unknown).
    Rejected(Option<Box<Rejected>>),
    /// Recognised as no measure (a total row); named by an info finding.
    SetAside,
    /// No reporting year at all; named once per file.
    NoYear,
}

/// What one sheet gave.
#[derive(Default)]
struct SheetResult {
    accepted: Vec<Measure>,
    rejected: usize,
    evidence: Vec<Rejected>,
    set_aside: usize,
    no_year: usize,
    /// (year as far as the file tells, department) of every row, also those that say
    /// nothing else: a department with such rows did send a return.
    departments: Vec<(Option<i32>, String)>,
    /// The department of each row, in order (for the correction workbooks).
    row_departments: Vec<String>,
    findings: Findings,
}

/// Interprets all rows and returns the dataset; every doubtful value is a finding.
pub fn run(ingested: &Ingested, cfg: &Config, findings: &mut Findings) -> Dataset {
    let mut ctx = Ctx::new(cfg);
    ctx.correction_rounds = ingested
        .files
        .iter()
        .filter_map(|f| {
            let id = f.identity.as_ref()?;
            (id.kind == crate::identity::Kind::Correction).then(|| (f.file.clone(), id.round))
        })
        .collect();
    // Sheets are independent (a blank department looks only at the row above on the same
    // sheet), so they are interpreted in parallel and joined in input order.
    let sheets: Vec<&[RawRow]> = ingested
        .rows
        .chunk_by(|a, b| a.file == b.file && a.sheet == b.sheet)
        .collect();
    let results: Vec<SheetResult> = sheets
        .par_iter()
        .map(|rows| interpret_sheet(rows, &ctx))
        .collect();
    let mut measures = Vec::with_capacity(ingested.rows.len());
    let mut evidence = Vec::new();
    let mut seen_departments: Vec<(Option<i32>, String)> = Vec::new();
    let mut seen_per_sheet: HashMap<(&str, &str), usize> = HashMap::new();
    let mut no_year_per_file: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut rejected, mut set_aside) = (0, 0);
    let mut row_departments: Vec<Vec<String>> = Vec::with_capacity(sheets.len());
    for (rows, mut r) in sheets.iter().zip(results) {
        row_departments.push(std::mem::take(&mut r.row_departments));
        let key = (rows[0].file.as_str(), rows[0].sheet.as_str());
        *seen_per_sheet.entry(key).or_default() +=
            r.accepted.len() + r.rejected + r.set_aside + r.no_year;
        if r.no_year > 0 {
            *no_year_per_file.entry(key.0).or_default() += r.no_year;
        }
        rejected += r.rejected + r.no_year;
        set_aside += r.set_aside;
        measures.extend(r.accepted);
        evidence.extend(r.evidence);
        seen_departments.extend(r.departments);
        findings.extend(r.findings);
    }
    report_missing_years(no_year_per_file, &ctx, findings);
    check_rows_accounted(ingested, &seen_per_sheet, findings);
    let raw_names: Vec<String> = seen_departments.iter().map(|(_, d)| d.clone()).collect();
    let unclear_returns = crate::transform::departments::canonicalise(
        &mut measures,
        &mut evidence,
        &mut seen_departments,
        cfg,
        findings,
    );
    // Every row's department as written, to its canonical name.
    let canonical: HashMap<String, String> = raw_names
        .into_iter()
        .zip(seen_departments.iter().map(|(_, d)| d.clone()))
        .collect();
    let duplicates = reject_duplicates(&mut measures, &ctx, findings, &mut evidence);
    rejected += duplicates.rejected;
    let repeated_rows = duplicates.repeated;
    set_aside += duplicates.superseded;
    let returns = returns_of(&measures, &evidence, seen_departments);
    // After the returns: the department did answer, with a row that is last year's.
    set_aside += ended::set_aside_ended_before(&mut measures, cfg, findings);
    sort_output(&mut measures, &mut evidence);
    highlights::report_too_many(&measures, cfg, findings);
    joint::report(&measures, cfg, findings);
    deadlines::ask_about_dates(&measures, cfg, findings);
    let written = written_rows(&sheets, &row_departments, &canonical, findings);
    let file_rows = file_rows(&sheets, &row_departments, &canonical);
    Dataset {
        measures,
        rejected_count: rejected,
        rejected_rows: evidence,
        repeated_rows,
        set_aside,
        returns,
        unclear_returns,
        written,
        year_folders: ingested.year_folders.iter().copied().collect(),
        file_rows,
    }
}

/// Per file, whose rows it holds (see [`FileRows`]).
fn file_rows(
    sheets: &[&[RawRow]],
    row_departments: &[Vec<String>],
    canonical: &HashMap<String, String>,
) -> BTreeMap<String, FileRows> {
    let mut out: BTreeMap<String, (FileRows, bool)> = BTreeMap::new();
    for (rows, departments) in sheets.iter().zip(row_departments) {
        let Some(first) = rows.first() else {
            continue;
        };
        // One entry per file; its owner is compared, not built, per row.
        let (entry, mixed) = out.entry(first.file.clone()).or_insert_with(|| {
            let d = departments.first().map(|d| canonical.get(d).unwrap_or(d));
            (
                FileRows {
                    owner: d.zip(written_year(first)).map(|(d, y)| (d.clone(), y)),
                    rows: 0,
                },
                false,
            )
        });
        for (row, d) in rows.iter().zip(departments) {
            let d = canonical.get(d).map_or(d.as_str(), String::as_str);
            entry.rows += 1;
            let same = entry
                .owner
                .as_ref()
                .is_some_and(|(od, oy)| od == d && written_year(row) == Some(*oy));
            if !same {
                *mixed = true;
            }
        }
    }
    out.into_iter()
        .map(|(file, (mut rows, mixed))| {
            if mixed {
                rows.owner = None;
            }
            (file, rows)
        })
        .collect()
}

impl<'a> Ctx<'a> {
    /// The context of a run: the configuration and its vocabularies, ready for lookups.
    fn new(cfg: &'a Config) -> Self {
        Ctx {
            cfg,
            lang: cfg.lang,
            fields: Vocabulary::new(&cfg.vocabularies.field_of_action),
            status: Vocabulary::new(&cfg.vocabularies.status),
            target_groups: Vocabulary::new(&cfg.vocabularies.target_groups),
            funding: Vocabulary::new(&cfg.vocabularies.funding),
            municipalities: Vocabulary::new(&cfg.vocabularies.municipalities),
            goal_ids: cfg.goals.iter().map(|g| g.id.clone()).collect(),
            goal_titles: cfg
                .goals
                .iter()
                .map(|g| (match_key(&g.title), g.id.clone()))
                .collect(),
            correction_rounds: HashMap::new(),
        }
    }
}

/// Interprets the rows of one sheet, in order (a blank department takes the one above).
fn interpret_sheet(rows: &[RawRow], ctx: &Ctx) -> SheetResult {
    let mut out = SheetResult {
        accepted: Vec::with_capacity(rows.len()),
        ..SheetResult::default()
    };
    let mut above: Option<String> = None;
    let mut row_departments: Vec<String> = Vec::with_capacity(rows.len());
    for row in rows.iter() {
        let department = department_of(row, ctx, above.as_deref(), &mut out.findings);
        above = Some(department.clone());
        row_departments.push(department.clone());
        let year = row.folder_year.or(row.name_year);
        if !department.is_empty()
            && !out
                .departments
                .iter()
                .any(|(y, d)| *y == year && *d == department)
        {
            out.departments.push((year, department.clone()));
        }
        match measure_of(row, ctx, department, &mut out.findings) {
            Outcome::Accepted(m) => out.accepted.push(*m),
            Outcome::Rejected(evidence) => {
                out.rejected += 1;
                out.evidence.extend(evidence.map(|e| *e));
            }
            Outcome::SetAside => out.set_aside += 1,
            Outcome::NoYear => out.no_year += 1,
        }
    }
    out.row_departments = row_departments;
    out
}

/// One clear error per file without a year, never one identical error per row.
fn report_missing_years(
    no_year_per_file: BTreeMap<&str, usize>,
    ctx: &Ctx,
    findings: &mut Findings,
) {
    for (file, n) in no_year_per_file {
        findings.push(
            Severity::Error,
            Code::MissingYear,
            &Location {
                file: file.to_string(),
                ..Location::default()
            },
            crate::tr!(ctx.lang, "missing-year", rows = n),
        );
    }
}

/// Nothing lost: every data row of every sheet is a measure, a rejected row with an
/// error finding, or a row set aside with an info finding. This cannot fail by
/// construction; checking it guards future changes.
fn check_rows_accounted(
    ingested: &Ingested,
    seen_per_sheet: &HashMap<(&str, &str), usize>,
    findings: &mut Findings,
) {
    for t in &ingested.sheets {
        let key = (t.file.as_str(), t.sheet.as_str());
        let seen = seen_per_sheet.get(&key).copied().unwrap_or(0);
        if seen != t.data_rows {
            findings.push(
                Severity::Error,
                Code::RowsUnaccounted,
                &Location {
                    file: t.file.clone(),
                    sheet: t.sheet.clone(),
                    spot: crate::findings::Spot::Whole,
                },
                format!(
                    "internal: {} data rows read, {} accounted for",
                    t.data_rows, seen
                ),
            );
        }
    }
}

/// Sorts the measures and the rejected rows by year, department and source.
fn sort_output(measures: &mut [Measure], evidence: &mut [Rejected]) {
    // Each department, file and sheet by its rank among the distinct ones: the order of their
    // keys (a department's numbers as a person counts them), without three new strings per
    // measure to sort by.
    let departments = ranks(measures.iter().map(|m| m.department.as_str()), sort_key);
    let files = ranks(
        measures.iter().map(|m| m.source_file.as_str()),
        str::to_string,
    );
    let sheets = ranks(
        measures.iter().map(|m| m.source_sheet.as_str()),
        str::to_string,
    );
    let rank = |map: &HashMap<String, u32>, value: &str| map.get(value).copied().unwrap_or(0);
    measures.sort_by_cached_key(|m| {
        (
            m.year,
            rank(&departments, &m.department),
            rank(&files, &m.source_file),
            rank(&sheets, &m.source_sheet),
            m.source_row,
        )
    });
    evidence.sort_by(|a, b| {
        (a.year, &a.source_file, &a.source_sheet, a.source_row).cmp(&(
            b.year,
            &b.source_file,
            &b.source_sheet,
            b.source_row,
        ))
    });
}

/// Per distinct value, the rank of its sort key among the keys of all values (values with
/// the same key share a rank).
fn ranks<'a>(
    values: impl Iterator<Item = &'a str>,
    key: impl Fn(&str) -> String,
) -> HashMap<String, u32> {
    let distinct: BTreeSet<&str> = values.collect();
    let keyed: Vec<(&str, String)> = distinct.into_iter().map(|v| (v, key(v))).collect();
    let keys: BTreeSet<&str> = keyed.iter().map(|(_, k)| k.as_str()).collect();
    let rank_of: HashMap<&str, u32> = keys.into_iter().zip(0..).collect();
    keyed
        .iter()
        .map(|(v, k)| (v.to_string(), rank_of.get(k.as_str()).copied().unwrap_or(0)))
        .collect()
}

/// The rows of sheets with something to fix, as written, for the correction workbooks:
/// only each department's latest year among them, the one its workbook shows (the earlier
/// years' copies would only cost memory).
fn written_rows(
    sheets: &[&[RawRow]],
    row_departments: &[Vec<String>],
    canonical: &HashMap<String, String>,
    findings: &Findings,
) -> Vec<WrittenRow> {
    let flagged: std::collections::HashSet<(&str, &str)> = findings
        .items()
        .iter()
        .filter(|f| f.severity != Severity::Info || crate::findings::QUESTIONS.contains(&f.code))
        .map(|f| (f.file.as_str(), f.sheet.as_str()))
        .collect();
    let flagged_sheets = || {
        sheets
            .iter()
            .zip(row_departments)
            .filter(|(rows, _)| flagged.contains(&(rows[0].file.as_str(), rows[0].sheet.as_str())))
            .flat_map(|(rows, departments)| rows.iter().zip(departments))
            .map(|(row, d)| (row, canonical.get(d).map_or(d.as_str(), String::as_str)))
    };
    let mut latest: HashMap<&str, i32> = HashMap::new();
    for (row, d) in flagged_sheets() {
        if let Some(y) = written_year(row) {
            let e = latest.entry(d).or_insert(y);
            *e = (*e).max(y);
        }
    }
    flagged_sheets()
        .filter_map(|(row, d)| {
            let year = written_year(row)?;
            (latest.get(d) == Some(&year)).then(|| written_row(row, d, year))
        })
        .collect()
}

/// The reporting year of a row as the correction workbooks read it: the folder's, else the
/// year column's, else the file name's.
fn written_year(row: &RawRow) -> Option<i32> {
    row.folder_year.or_else(|| {
        row.cell(Field::Year)
            .and_then(|c| match &c.value {
                Value::Number(n) if n.fract() == 0.0 => Some(*n as i32),
                Value::Text(t) => clean(t).parse().ok(),
                _ => None,
            })
            .or(row.name_year)
    })
}

/// Per year, the departments that sent a readable return: those with a measure, a rejected
/// row that names a measure, or any row at all.
fn returns_of(
    measures: &[Measure],
    evidence: &[Rejected],
    rows: Vec<(Option<i32>, String)>,
) -> BTreeMap<i32, BTreeSet<String>> {
    let mut returns: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    let named = measures
        .iter()
        .map(|m| (Some(m.year), m.department.clone()))
        .chain(evidence.iter().map(|r| (r.year, r.department.clone())))
        .chain(rows);
    for (year, department) in named {
        if let Some(y) = year {
            returns.entry(y).or_default().insert(department);
        }
    }
    returns
}

/// A row's cells as written, for the correction workbook.
fn written_row(row: &RawRow, department: &str, year: i32) -> WrittenRow {
    WrittenRow {
        year: Some(year),
        department: department.to_string(),
        file: row.file.clone(),
        sheet: row.sheet.clone(),
        row: row.row,
        cells: Field::ALL
            .iter()
            .filter_map(|f| {
                row.cells[f.index()]
                    .as_ref()
                    .map(|c| (*f, c.col, c.value.clone()))
            })
            .collect(),
        extra: row.extra.clone(),
    }
}

/// A cell as text: numbers without `.0`, dates as `dd.mm.yyyy`.
fn text_of(cell: &RawCell) -> Option<String> {
    match &cell.value {
        Value::Empty | Value::Error(_) | Value::NoCachedValue => None,
        Value::Text(t) => Some(clean(t)).filter(|s| !s.is_empty()),
        v => Some(v.display()),
    }
}

/// Turns a data row into a measure, or says why it is set aside or not taken over. Every
/// cell is checked even when the row is rejected for one of them, so a department learns
/// all of a row's problems in one correction round.
fn measure_of(row: &RawRow, ctx: &Ctx, department: String, findings: &mut Findings) -> Outcome {
    // Excel errors and formulas without a saved result first: they blank a cell.
    report_blanked_cells(row, ctx, findings);
    if is_set_aside(row, ctx, findings) {
        return Outcome::SetAside;
    }
    let year = year_of(row, ctx, findings);
    let title = row.cell(Field::Title).and_then(text_of);
    if title.is_none() {
        report_missing_title(row, ctx, findings);
    }
    let field_of_action = category(row, Field::FieldOfAction, &ctx.fields, ctx, findings);
    let status = category(row, Field::Status, &ctx.status, ctx, findings);
    let (start, range_end) = date_field(row, Field::Start, Role::Start, ctx, findings);
    let (end_cell, _) = date_field(row, Field::End, Role::End, ctx, findings);
    let end = end_cell.or(range_end);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        report_end_before_start(row, s, e, ctx, findings);
    }
    let goals = goals(row, ctx, findings);
    let target_groups =
        list_with_vocabulary(row, Field::TargetGroups, &ctx.target_groups, ctx, findings);
    let budget_eur = budget(row, ctx, findings);
    let funding = list_with_vocabulary(row, Field::Funding, &ctx.funding, ctx, findings);
    let participants = participants(row, ctx, findings);
    let municipalities = list_with_vocabulary(
        row,
        Field::Municipalities,
        &ctx.municipalities,
        ctx,
        findings,
    );
    let highlight = highlight(row, ctx, findings);
    let Some(title) = title else {
        return Outcome::Rejected(rejection_evidence(row, year, &department, None));
    };
    let Some(year) = year else {
        return Outcome::NoYear;
    };
    let (start, end) = (
        plausible_date(row, Field::Start, start, year, ctx, findings),
        plausible_date(row, Field::End, end, year, ctx, findings),
    );
    check_plausible_figures(row, budget_eur, participants.value, ctx, findings);
    let (Some(field_of_action), Some(status)) = (field_of_action, status) else {
        return Outcome::Rejected(rejection_evidence(
            row,
            Some(year),
            &department,
            Some(title),
        ));
    };
    Outcome::Accepted(Box::new(Measure {
        year,
        measure_id: row.cell(Field::MeasureId).and_then(text_of),
        title,
        department,
        field_of_action,
        goals,
        target_groups,
        status,
        start,
        end,
        budget_eur,
        funding,
        participants: participants.value,
        participants_unit: participants.unit,
        participants_approx: participants.approx,
        municipalities,
        partners: row
            .cell(Field::Partners)
            .and_then(text_cell)
            .map(|t| parse::split_list(&t))
            .unwrap_or_default(),
        description: description_of(row),
        highlight,
        contact: row.cell(Field::Contact).and_then(text_of),
        remarks: remarks_of(row),
        source_file: row.file.clone(),
        source_sheet: row.sheet.clone(),
        source_row: row.row,
    }))
}

/// A date whose year lies outside 1950 … reporting year + 10 is a typo, not a date: left
/// empty, with a warning that shows what was read.
fn plausible_date(
    row: &RawRow,
    field: Field,
    date: Option<NaiveDate>,
    year: i32,
    ctx: &Ctx,
    findings: &mut Findings,
) -> Option<NaiveDate> {
    let d = date?;
    if (1950..=year + 10).contains(&d.year()) {
        return Some(d);
    }
    findings.push(
        Severity::Warning,
        Code::ImplausibleDate,
        &row.location(field),
        crate::tr!(
            ctx.lang,
            "implausible-date",
            date = d.format("%d.%m.%Y").to_string(),
            name = ctx.cfg.headers.get(field).name.as_str(),
            last = (year + 10).to_string()
        ),
    );
    None
}

/// A warning where a measure's budget or participants exceed the plausible bounds; the
/// figure is kept (it may be right) and the key figures say such values are included.
fn check_plausible_figures(
    row: &RawRow,
    budget: Option<f64>,
    participants: Option<i64>,
    ctx: &Ctx,
    findings: &mut Findings,
) {
    let bounds = &ctx.cfg.plausible;
    if let Some(b) = budget.filter(|b| *b > bounds.max_budget_eur) {
        findings.push(
            Severity::Warning,
            Code::ImplausibleBudget,
            &row.location(Field::BudgetEur),
            crate::tr!(
                ctx.lang,
                "implausible-budget",
                value = crate::text::euro(b),
                bound = crate::text::euro(bounds.max_budget_eur)
            ),
        );
    }
    if let Some(p) = participants.filter(|p| *p > bounds.max_participants) {
        findings.push(
            Severity::Warning,
            Code::ImplausibleParticipants,
            &row.location(Field::Participants),
            crate::tr!(
                ctx.lang,
                "implausible-participants",
                value = crate::text::format_number(p as f64),
                bound = crate::text::format_number(bounds.max_participants as f64)
            ),
        );
    }
}

/// A warning per cell read as empty (an Excel error, a formula without a saved result) and
/// per text longer than an Excel cell holds.
fn report_blanked_cells(row: &RawRow, ctx: &Ctx, findings: &mut Findings) {
    for f in Field::ALL {
        let Some(c) = row.cells[f.index()].as_ref() else {
            continue;
        };
        let name = &ctx.cfg.headers.get(f).name;
        match &c.value {
            Value::Error(e) => findings.push(
                Severity::Warning,
                Code::ExcelError,
                &row.location(f),
                crate::tr!(ctx.lang, "excel-error", name = name, error = e),
            ),
            Value::NoCachedValue => findings.push(
                Severity::Warning,
                Code::FormulaWithoutValue,
                &row.location(f),
                crate::tr!(ctx.lang, "formula-without-value", name = name),
            ),
            Value::Text(t) if t.chars().count() > crate::schema::EXCEL_CELL_CHARS => {
                let n = t.chars().count();
                findings.push(
                    Severity::Warning,
                    Code::LongText,
                    &row.location(f),
                    crate::tr!(ctx.lang, "long-text", name = name, chars = n.to_string()),
                );
            }
            _ => {}
        }
    }
}

/// Whether the row is no measure (the template's unchanged example row, a total row),
/// with an info saying so.
fn is_set_aside(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> bool {
    // The template's example row, still as the office wrote it: not a measure.
    if row
        .cell(Field::MeasureId)
        .and_then(text_of)
        .is_some_and(|id| id == crate::schema::EXAMPLE_ID)
        && row
            .cell(Field::Title)
            .and_then(text_of)
            .is_some_and(|t| t == crate::schema::EXAMPLE_TITLE)
    {
        findings.push(
            Severity::Info,
            Code::ExampleRow,
            &row.row_location(),
            crate::tr!(ctx.lang, "example-row"),
        );
        return true;
    }
    if let Some(label) = total_label(row) {
        findings.push(
            Severity::Info,
            Code::TotalRow,
            &row.row_location(),
            crate::tr!(ctx.lang, "total-row", label = label),
        );
        return true;
    }
    false
}

/// What a rejected row says about its measure (none without a title or an id).
fn rejection_evidence(
    row: &RawRow,
    year: Option<i32>,
    department: &str,
    title: Option<String>,
) -> Option<Box<Rejected>> {
    let measure_id = row.cell(Field::MeasureId).and_then(text_of);
    (title.is_some() || measure_id.is_some()).then(|| {
        Box::new(Rejected {
            year,
            measure_id,
            title,
            department: department.to_string(),
            source_file: row.file.clone(),
            source_sheet: row.sheet.clone(),
            source_row: row.row,
            cells: Field::ALL
                .iter()
                .filter(|f| !f.personal())
                .filter_map(|f| row.cell(*f).map(|c| (*f, c.value.display())))
                .collect(),
        })
    })
}

/// The error of a row without a title, with what the row holds to help find it.
fn report_missing_title(row: &RawRow, ctx: &Ctx, findings: &mut Findings) {
    // What the row holds helps to find it, but never a personal column (contact).
    let written: Vec<String> = Field::ALL
        .iter()
        .filter(|f| !f.personal())
        .filter_map(|f| row.cell(*f))
        .filter_map(text_of)
        .take(3)
        .collect();
    let content = if written.is_empty() {
        String::new()
    } else {
        format!(
            " {}",
            crate::tr!(
                ctx.lang,
                "missing-title-content",
                content = shorten(&written.join(" | "))
            )
        )
    };
    findings.push(
        Severity::Error,
        Code::MissingTitle,
        &row.location(Field::Title),
        crate::tr!(ctx.lang, "missing-title", content = content),
    );
}

/// The warning of an end `e` before the start `s`.
fn report_end_before_start(
    row: &RawRow,
    s: NaiveDate,
    e: NaiveDate,
    ctx: &Ctx,
    findings: &mut Findings,
) {
    findings.push(
        Severity::Warning,
        Code::EndBeforeStart,
        &row.location(Field::End),
        crate::tr!(
            ctx.lang,
            "end-before-start",
            end = e.format("%d.%m.%Y").to_string(),
            start = s.format("%d.%m.%Y").to_string()
        ),
    );
}

/// The department's remarks: the text of the columns it added whose header says remark
/// („Bemerkung“, „Anmerkungen“, „Kommentar“, „Hinweise“, „Notiz“), one per line.
fn remarks_of(row: &RawRow) -> Option<String> {
    let lines: Vec<String> = row
        .extra
        .iter()
        .filter(|(h, _, _)| schema::is_remarks_header(h))
        .map(|(_, _, v)| clean(&v.display()))
        .filter(|t| !t.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The description: its lines cleaned, empty lines dropped.
fn description_of(row: &RawRow) -> Option<String> {
    row.cell(Field::Description).and_then(|c| match &c.value {
        Value::Text(t) => {
            let lines: Vec<String> = t.lines().map(clean).filter(|l| !l.is_empty()).collect();
            Some(lines.join("\n")).filter(|s| !s.is_empty())
        }
        _ => text_of(c),
    })
}

/// Text of a list cell with its line breaks kept (they separate items).
fn text_cell(c: &RawCell) -> Option<String> {
    match &c.value {
        Value::Text(t) => Some(t.clone()),
        _ => text_of(c),
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(59).collect::<String>())
    } else {
        s.to_string()
    }
}

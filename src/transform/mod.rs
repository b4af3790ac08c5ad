//! Transform: interprets raw rows as measures (vocabularies, dates, money, counts, lists),
//! makes a finding for everything doubtful, rejects what cannot be counted, and builds the
//! canonical polars table. Knows neither calamine nor any output format.

pub mod compare;
pub mod departments;
pub mod parse;
pub mod summary;
pub mod titles;
pub mod vocabulary;

use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt};

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;
use rayon::prelude::*;

use crate::config::{Config, Field, Lang};
use crate::findings::{Findings, Location, Severity};
use crate::ingest::{Ingested, RawCell, RawRow, Value};
use crate::schema::{self, Datum, Kind};
use crate::text::{clean, match_key, sort_key};
use parse::{CountKind, DateText, Role};
use vocabulary::{Lookup, Vocabulary};

/// One measure of one reporting year: a row of `measures.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Reporting year.
    pub year: i32,
    /// The department's id for the measure.
    pub measure_id: Option<String>,
    /// Title.
    pub title: String,
    /// Department responsible.
    pub department: String,
    /// Field of action (canonical name).
    pub field_of_action: String,
    /// Goal ids (or texts where no id was given).
    pub goals: Vec<String>,
    /// Target groups (canonical names where known).
    pub target_groups: Vec<String>,
    /// Status (canonical name).
    pub status: String,
    /// Start date.
    pub start: Option<NaiveDate>,
    /// End date.
    pub end: Option<NaiveDate>,
    /// Budget in euro.
    pub budget_eur: Option<f64>,
    /// Funding sources.
    pub funding: Vec<String>,
    /// Participants reached.
    pub participants: Option<i64>,
    /// Municipalities.
    pub municipalities: Vec<String>,
    /// Cooperation partners.
    pub partners: Vec<String>,
    /// Description.
    pub description: Option<String>,
    /// Marked by the department for the report.
    pub highlight: bool,
    /// Contact person (personal data; exported only on request).
    pub contact: Option<String>,
    /// File, relative to the input folder.
    pub source_file: String,
    /// Sheet.
    pub source_sheet: String,
    /// 1-based Excel row.
    pub source_row: u32,
}

impl Measure {
    /// The value of one column of the canonical table, by its key in [`schema::COLUMNS`].
    pub fn value(&self, key: &str) -> Datum<'_> {
        Measure::getter(key)(self)
    }

    /// The function that reads one column of the canonical table, by its key in
    /// [`schema::COLUMNS`]: looked up once per column, not once per cell (the exports read
    /// millions of cells).
    pub fn getter(key: &str) -> Getter {
        match key {
            "year" => |m| Datum::Integer(Some(i64::from(m.year))),
            "measure_id" => |m| Datum::Text(m.measure_id.as_deref()),
            "title" => |m| Datum::Text(Some(&m.title)),
            "department" => |m| Datum::Text(Some(&m.department)),
            "field_of_action" => |m| Datum::Text(Some(&m.field_of_action)),
            "goals" => |m| Datum::List(&m.goals),
            "target_groups" => |m| Datum::List(&m.target_groups),
            "status" => |m| Datum::Text(Some(&m.status)),
            "start" => |m| Datum::Date(m.start),
            "end" => |m| Datum::Date(m.end),
            "budget_eur" => |m| Datum::Number(m.budget_eur),
            "funding" => |m| Datum::List(&m.funding),
            "participants" => |m| Datum::Integer(m.participants),
            "municipalities" => |m| Datum::List(&m.municipalities),
            "partners" => |m| Datum::List(&m.partners),
            "description" => |m| Datum::Text(m.description.as_deref()),
            "highlight" => |m| Datum::Flag(m.highlight),
            "source_file" => |m| Datum::Text(Some(&m.source_file)),
            "source_sheet" => |m| Datum::Text(Some(&m.source_sheet)),
            "source_row" => |m| Datum::Integer(Some(i64::from(m.source_row))),
            "contact" => |m| Datum::Text(m.contact.as_deref()),
            // A key outside the schema: a test asks every column of the schema for its value.
            _ => |_| Datum::Text(None),
        }
    }
}

/// Reads one column of a measure (see [`Measure::getter`]).
pub type Getter = for<'a> fn(&'a Measure) -> Datum<'a>;

/// A row that was read but not taken over: still evidence that the department reported
/// the measure, so the comparison never calls it ended or new because of a typo.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// Reporting year, where it is known.
    pub year: Option<i32>,
    /// The department's id for the measure, if given.
    pub measure_id: Option<String>,
    /// Title, if given.
    pub title: Option<String>,
    /// Department (canonical name).
    pub department: String,
    /// File, relative to the input folder.
    pub source_file: String,
    /// Sheet.
    pub source_sheet: String,
    /// 1-based Excel row.
    pub source_row: u32,
    /// What the row held, as written (personal columns left out), so that a pre-filled
    /// template can give the department its row back.
    pub cells: Vec<(Field, String)>,
}

/// A row as the department wrote it (every mapped cell as text, with its column), kept for
/// the rows of sheets with errors or warnings: the correction workbook gives them back.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenRow {
    /// Reporting year as far as folder, name or cell tell.
    pub year: Option<i32>,
    /// Department (canonical name).
    pub department: String,
    /// File, relative to the input folder.
    pub file: String,
    /// Sheet.
    pub sheet: String,
    /// 1-based Excel row.
    pub row: u32,
    /// (field, 0-based column in the department's sheet, text as written).
    pub cells: Vec<(Field, u32, String)>,
}

/// The clean dataset of a run.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// All accepted measures, sorted by year, department, file and row.
    pub measures: Vec<Measure>,
    /// Rows read but not taken into the table (each has an error finding).
    pub rejected: usize,
    /// The rejected rows that name a measure (not repetitions of a measure taken over).
    pub rejected_rows: Vec<Rejected>,
    /// Rows recognised as no measure (total rows, repetitions superseded by a corrected
    /// return), each named by an info finding.
    pub set_aside: usize,
    /// Per reporting year, the departments that sent at least one readable row.
    pub returns: BTreeMap<i32, BTreeSet<String>>,
    /// Per reporting year, the numbered departments a return under a name without its number
    /// may belong to („Soziales“ beside „FB 3 Soziales“ and „FB 10 Soziales“): when one of
    /// them has no return of its own, that is not certain.
    pub unclear_returns: BTreeMap<i32, BTreeSet<String>>,
    /// The rows of sheets with errors or warnings, as written, of each department's latest
    /// year among them (for the correction workbooks).
    pub written: Vec<WrittenRow>,
}

impl Dataset {
    /// A dataset of accepted measures only (no rejected rows), e.g. for benchmarks.
    pub fn from_measures(measures: Vec<Measure>) -> Dataset {
        let returns = returns_of(&measures, &[], Vec::new());
        Dataset {
            measures,
            returns,
            ..Dataset::default()
        }
    }

    /// The reporting years present, ascending.
    pub fn years(&self) -> Vec<i32> {
        let set: BTreeSet<i32> = self.measures.iter().map(|m| m.year).collect();
        set.into_iter().collect()
    }

    /// Rejected rows of one year per department, for the report's key-figure page.
    pub fn rejected_by_department(&self, year: i32) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for r in self.rejected_rows.iter().filter(|r| r.year == Some(year)) {
            *out.entry(r.department.clone()).or_default() += 1;
        }
        out
    }
}

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
}

impl Ctx<'_> {
    fn msg(&self, de: String, en: String) -> String {
        match self.lang {
            Lang::De => de,
            Lang::En => en,
        }
    }
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
    let ctx = Ctx::new(cfg);
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
    set_aside += duplicates.superseded;
    let returns = returns_of(&measures, &evidence, seen_departments);
    sort_output(&mut measures, &mut evidence);
    let written = written_rows(&sheets, &row_departments, &canonical, findings);
    Dataset {
        measures,
        rejected,
        rejected_rows: evidence,
        set_aside,
        returns,
        unclear_returns,
        written,
    }
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
            "missing-year",
            &Location {
                file: file.to_string(),
                ..Location::default()
            },
            ctx.msg(
                format!("Kein Berichtsjahr: Die Datei liegt nicht in einem Ordner input/<Jahr>/, hat keine Spalte „Berichtsjahr“ und keine Jahreszahl im Namen. {} nicht übernommen; bitte die Datei in den Ordner des Berichtsjahrs legen (z. B. input/2025/).", if n == 1 { "Ihre 1 Zeile wird".to_string() } else { format!("Ihre {n} Zeilen werden") }),
                format!("No reporting year: the file is not in a folder input/<year>/, has no \"Berichtsjahr\" column and no year in its name. {} not taken over; move the file into the folder of its reporting year (e.g. input/2025/).", if n == 1 { "Its 1 row is".to_string() } else { format!("Its {n} rows are") }),
            ),
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
                "rows-unaccounted",
                &Location {
                    file: t.file.clone(),
                    sheet: t.sheet.clone(),
                    cell: String::new(),
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
        .filter(|f| f.severity != Severity::Info)
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
                    .map(|c| (*f, c.col, c.value.display()))
            })
            .collect(),
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

/// Turns a data row into a measure, or says why it is set aside or not taken over.
fn measure_of(row: &RawRow, ctx: &Ctx, department: String, findings: &mut Findings) -> Outcome {
    // Excel errors and formulas without a saved result first: they blank a cell.
    report_blanked_cells(row, ctx, findings);
    if is_set_aside(row, ctx, findings) {
        return Outcome::SetAside;
    }
    let year = year_of(row, ctx, findings);
    let title = row.cell(Field::Title).and_then(text_of);
    let Some(title) = title else {
        report_missing_title(row, ctx, findings);
        return Outcome::Rejected(rejection_evidence(row, year, &department, None));
    };

    let field_of_action = category(row, Field::FieldOfAction, &ctx.fields, ctx, findings);
    let status = category(row, Field::Status, &ctx.status, ctx, findings);
    if year.is_none() {
        return Outcome::NoYear;
    }
    if field_of_action.is_none() || status.is_none() {
        return Outcome::Rejected(rejection_evidence(row, year, &department, Some(title)));
    }
    let (start, range_end) = date_field(row, Field::Start, Role::Start, ctx, findings);
    let (end_cell, _) = date_field(row, Field::End, Role::End, ctx, findings);
    let end = end_cell.or(range_end);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        report_end_before_start(row, s, e, ctx, findings);
    }
    let description = description_of(row);
    Outcome::Accepted(Box::new(Measure {
        year: year.unwrap_or_default(),
        measure_id: row.cell(Field::MeasureId).and_then(text_of),
        title,
        department,
        field_of_action: field_of_action.unwrap_or_default(),
        goals: goals(row, ctx, findings),
        target_groups: list_with_vocabulary(
            row,
            Field::TargetGroups,
            &ctx.target_groups,
            ctx,
            findings,
        ),
        status: status.unwrap_or_default(),
        start,
        end,
        budget_eur: budget(row, ctx, findings),
        funding: list_with_vocabulary(row, Field::Funding, &ctx.funding, ctx, findings),
        participants: participants(row, ctx, findings),
        municipalities: list_with_vocabulary(
            row,
            Field::Municipalities,
            &ctx.municipalities,
            ctx,
            findings,
        ),
        partners: row
            .cell(Field::Partners)
            .and_then(text_cell)
            .map(|t| parse::split_list(&t))
            .unwrap_or_default(),
        description,
        highlight: highlight(row, ctx, findings),
        contact: row.cell(Field::Contact).and_then(text_of),
        source_file: row.file.clone(),
        source_sheet: row.sheet.clone(),
        source_row: row.row,
    }))
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
                "excel-error",
                &row.location(f),
                ctx.msg(
                    format!("Die Zelle ({name}) enthält den Excel-Fehler {e}; sie wird als leer gelesen. Bitte die Formel prüfen oder den Wert eintragen."),
                    format!("The cell ({name}) holds the Excel error {e}; it is read as empty. Check the formula or type the value."),
                ),
            ),
            Value::NoCachedValue => findings.push(
                Severity::Warning,
                "formula-without-value",
                &row.location(f),
                ctx.msg(
                    format!("Die Zelle ({name}) enthält eine Formel ohne gespeichertes Ergebnis; sie wird als leer gelesen. Bitte die Datei in Excel öffnen und speichern."),
                    format!("The cell ({name}) holds a formula without a saved result; it is read as empty. Open the file in Excel and save it."),
                ),
            ),
            Value::Text(t) if t.chars().count() > crate::schema::EXCEL_CELL_CHARS => {
                let n = t.chars().count();
                findings.push(
                    Severity::Warning,
                    "long-text",
                    &row.location(f),
                    ctx.msg(
                        format!("Der Text ({name}) hat {n} Zeichen, mehr als eine Excel-Zelle fasst (32.767). measures.xlsx zeigt ihn gekürzt, measures.csv und measures.parquet vollständig. Bitte kürzen."),
                        format!("The text ({name}) has {n} characters, more than an Excel cell holds (32,767). measures.xlsx shows it cut, measures.csv and measures.parquet in full. Please shorten it."),
                    ),
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
            "example-row",
            &row.row_location(),
            ctx.msg(
                "Beispielzeile der Vorlage, unverändert; sie wird nicht gezählt. Bitte überschreiben oder löschen.".into(),
                "The template's example row, unchanged; it is not counted. Overwrite or delete it.".into(),
            ),
        );
        return true;
    }
    if let Some(label) = total_label(row) {
        findings.push(
            Severity::Info,
            "total-row",
            &row.row_location(),
            ctx.msg(
                format!("Summenzeile („{label}“) erkannt; sie ist keine Maßnahme und wird nicht gezählt."),
                format!("Total row (\"{label}\") recognised; it is no measure and is not counted."),
            ),
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
        match ctx.lang {
            Lang::De => format!(" (Inhalt: {})", shorten(&written.join(" | "))),
            Lang::En => format!(" (content: {})", shorten(&written.join(" | "))),
        }
    };
    findings.push(
        Severity::Error,
        "missing-title",
        &row.location(Field::Title),
        ctx.msg(
            format!("Die Zeile hat keinen Maßnahmentitel und wird nicht übernommen{content}. Bitte den Titel eintragen (eine leere Zeile darf entfallen)."),
            format!("The row has no measure title and is not taken over{content}. Add the title (an empty row may go)."),
        ),
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
        "end-before-start",
        &row.location(Field::End),
        ctx.msg(
            format!(
                "Das Ende ({}) liegt vor dem Beginn ({}). Bitte prüfen.",
                e.format("%d.%m.%Y"),
                s.format("%d.%m.%Y")
            ),
            format!(
                "The end ({}) is before the start ({}). Please check.",
                e.format("%d.%m.%Y"),
                s.format("%d.%m.%Y")
            ),
        ),
    );
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

/// The department of a row: its cell; else `Fachbereich: X` above the table or the file
/// name (sheets without the column); else the row above ("same as above", and what merged
/// cells become in a CSV export); else the file name.
fn department_of(row: &RawRow, ctx: &Ctx, above: Option<&str>, findings: &mut Findings) -> String {
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
            "department-from-above",
            &row.location(Field::Department),
            ctx.msg(
                format!("Fachbereich leer; übernommen aus der Zeile darüber: „{d}“."),
                format!("Department empty; taken from the row above: \"{d}\"."),
            ),
        );
        return d.to_string();
    }
    let d = crate::ingest::department_from_file_name(&row.file);
    findings.push(
        Severity::Warning,
        "missing-department",
        &row.location(Field::Department),
        ctx.msg(
            format!("Fachbereich leer; der Dateiname „{d}“ wird verwendet. Bitte den Fachbereich eintragen."),
            format!("Department empty; the file name \"{d}\" is used. Please fill in the department."),
        ),
    );
    d
}

/// " Meinten Sie „X“?" after a message, or nothing without a suggestion.
fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    match (suggestion, lang) {
        (Some(s), Lang::De) => format!(" Meinten Sie „{s}“?"),
        (Some(s), Lang::En) => format!(" Did you mean \"{s}\"?"),
        (None, _) => String::new(),
    }
}

/// A required single-valued category (field of action, status).
fn category(
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
            "missing-value",
            &row.location(field),
            ctx.msg(
                format!("Pflichtangabe „{name}“ fehlt; die Zeile wird nicht übernommen. Erlaubt: {allowed}."),
                format!("Required value \"{name}\" is missing; the row is not taken over. Allowed: {allowed}."),
            ),
        );
        return None;
    };
    match vocab.lookup(&value) {
        Lookup::Exact(v) => Some(v),
        Lookup::Close(v) => {
            findings.push(
                Severity::Warning,
                "category-corrected",
                &row.location(field),
                ctx.msg(
                    format!("„{value}“ ist kein erlaubter Wert für „{name}“; gelesen als „{v}“. Bitte in der Datei korrigieren."),
                    format!("\"{value}\" is not an allowed value for \"{name}\"; read as \"{v}\". Please correct it in the file."),
                ),
            );
            Some(v)
        }
        Lookup::Unknown(suggestion) => {
            let hint = did_you_mean(suggestion.as_deref(), ctx.lang);
            findings.push(
                Severity::Error,
                "unknown-value",
                &row.location(field),
                ctx.msg(
                    format!("„{value}“ ist kein erlaubter Wert für „{name}“; die Zeile wird nicht übernommen.{hint} Erlaubt: {allowed}."),
                    format!("\"{value}\" is not an allowed value for \"{name}\"; the row is not taken over.{hint} Allowed: {allowed}."),
                ),
            );
            None
        }
    }
}

/// A total label as people write it under a table; a title that merely begins with
/// „Gesamt…“ is no total.
const TOTAL_LABELS: [&str; 7] = [
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
fn total_label(row: &RawRow) -> Option<String> {
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
fn year_of(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<i32> {
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
                    "bad-year",
                    &row.location(Field::Year),
                    match (row.folder_year, ctx.lang) {
                        (Some(f), Lang::De) => format!("„{shown}“ ist kein Berichtsjahr; es zählt das Jahr des Ordners, {f}."),
                        (Some(f), Lang::En) => format!("\"{shown}\" is not a reporting year; the folder's year {f} counts."),
                        (None, Lang::De) => format!("„{shown}“ ist kein Berichtsjahr und wird nicht verwendet. Bitte eine Jahreszahl wie 2024 eintragen."),
                        (None, Lang::En) => format!("\"{shown}\" is not a reporting year and is not used. Enter a year such as 2024."),
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
                    "year-mismatch",
                    &row.location(Field::Year),
                    ctx.msg(
                        format!("Berichtsjahr {cell} in der Zelle, die Datei liegt aber im Ordner {folder}; die Zeile zählt für {folder}. Bitte das Berichtsjahr korrigieren oder die Datei in den Ordner {cell} legen."),
                        format!("Reporting year {cell} in the cell, but the file lies in the folder {folder}; the row counts for {folder}. Correct the year or move the file into the folder {cell}."),
                    ),
                );
            }
            Some(folder)
        }
        None => cell_year.or(row.name_year),
    }
}

/// A date column; returns the date and, for a period in one cell, its end.
fn date_field(
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
        findings.push(
            Severity::Warning,
            "bad-date",
            &row.location(field),
            ctx.msg(
                format!("„{shown}“ ist als {name} nicht lesbar und bleibt leer. Bitte z. B. 01.03.2024, 03/2024 oder 2024 schreiben."),
                format!("\"{shown}\" cannot be read as {name} and is left empty. Write e.g. 01.03.2024, 03/2024 or 2024."),
            ),
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
                let shown = crate::ingest::read::format_number(*n);
                let date = d.format("%d.%m.%Y");
                findings.push(
                    Severity::Warning,
                    "serial-date",
                    &row.location(field),
                    ctx.msg(
                        format!("Die Zahl {shown} steht in einer Datumsspalte und wurde als Datum {date} gelesen (die Zelle hat ihr Datumsformat verloren). Bitte prüfen und als Datum formatieren."),
                        format!("The number {shown} in a date column was read as the date {date} (the cell lost its date format). Check it and format it as a date."),
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

fn budget(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<f64> {
    let c = row.cell(Field::BudgetEur)?;
    let value = match &c.value {
        Value::Number(n) => Some(*n),
        Value::Text(t) => match parse::parse_money(t) {
            Some(m) => {
                if m.approx {
                    findings.push(
                        Severity::Info,
                        "approximate-budget",
                        &row.location(Field::BudgetEur),
                        ctx.msg(
                            format!("Budget „{}“ ist eine ungefähre Angabe; der Betrag wird übernommen.", clean(t)),
                            format!("Budget \"{}\" is approximate; the amount is taken as given.", clean(t)),
                        ),
                    );
                }
                m.value
            }
            None => {
                findings.push(
                    Severity::Warning,
                    "bad-money",
                    &row.location(Field::BudgetEur),
                    ctx.msg(
                        format!("„{}“ ist kein Betrag und bleibt leer. Bitte nur eine Zahl in Euro eintragen, z. B. 12.500.", clean(t)),
                        format!("\"{}\" is not an amount and is left empty. Enter a number in euro, e.g. 12500.", clean(t)),
                    ),
                );
                None
            }
        },
        v => {
            findings.push(
                Severity::Warning,
                "bad-money",
                &row.location(Field::BudgetEur),
                ctx.msg(
                    format!("„{}“ ist kein Betrag und bleibt leer.", v.display()),
                    format!("\"{}\" is not an amount and is left empty.", v.display()),
                ),
            );
            None
        }
    };
    if let Some(v) = value.filter(|v| *v < 0.0) {
        // A negative budget is never published as an amount.
        let shown = crate::transform::compare::euro(v);
        findings.push(
            Severity::Warning,
            "negative-money",
            &row.location(Field::BudgetEur),
            ctx.msg(
                format!(
                    "Das Budget ist negativ ({shown}) und bleibt leer. Bitte den Betrag prüfen."
                ),
                format!(
                    "The budget is negative ({shown}) and is left empty. Please check the amount."
                ),
            ),
        );
        return None;
    }
    value
}

fn participants(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<i64> {
    let c = row.cell(Field::Participants)?;
    let at = row.location(Field::Participants);
    match &c.value {
        Value::Number(n) if *n >= 0.0 => {
            if n.fract() != 0.0 {
                findings.push(
                    Severity::Warning,
                    "fractional-count",
                    &at,
                    ctx.msg(
                        format!(
                            "Teilnehmende „{n}“ ist keine ganze Zahl; gerundet auf {}.",
                            n.round()
                        ),
                        format!(
                            "Participants \"{n}\" is not a whole number; rounded to {}.",
                            n.round()
                        ),
                    ),
                );
            }
            Some(n.round() as i64)
        }
        Value::Text(t) => match parse::parse_count(t) {
            Some(count) => {
                let shown = clean(t);
                match count.kind {
                    CountKind::Exact => {}
                    CountKind::Approx => findings.push(
                        Severity::Info,
                        "approximate-count",
                        &at,
                        ctx.msg(
                            format!("Teilnehmende „{shown}“ ist eine ungefähre Angabe; die Zahl wird übernommen."),
                            format!("Participants \"{shown}\" is approximate; the number is taken as given."),
                        ),
                    ),
                    CountKind::AtLeast => findings.push(
                        Severity::Warning,
                        "lower-bound-count",
                        &at,
                        ctx.msg(
                            format!("Teilnehmende „{shown}“ ist eine Mindestangabe; gezählt wird {}. Bitte eine Zahl eintragen.", count.value.unwrap_or(0)),
                            format!("Participants \"{shown}\" is a lower bound; {} is counted. Please enter a number.", count.value.unwrap_or(0)),
                        ),
                    ),
                    CountKind::Range(lo, hi) => findings.push(
                        Severity::Warning,
                        "range-count",
                        &at,
                        ctx.msg(
                            format!("Teilnehmende „{shown}“ ist eine Spanne; gezählt wird die untere Grenze {lo} (nicht {hi}), um die Reichweite nicht zu überschätzen."),
                            format!("Participants \"{shown}\" is a range; the lower bound {lo} (not {hi}) is counted so reach is never overstated."),
                        ),
                    ),
                }
                count.value
            }
            None => {
                findings.push(
                    Severity::Warning,
                    "bad-count",
                    &at,
                    ctx.msg(
                        format!("„{}“ ist keine Anzahl und bleibt leer. Bitte eine ganze Zahl eintragen.", clean(t)),
                        format!("\"{}\" is not a count and is left empty. Enter a whole number.", clean(t)),
                    ),
                );
                None
            }
        },
        v => {
            findings.push(
                Severity::Warning,
                "bad-count",
                &at,
                ctx.msg(
                    format!("„{}“ ist keine Anzahl und bleibt leer.", v.display()),
                    format!("\"{}\" is not a count and is left empty.", v.display()),
                ),
            );
            None
        }
    }
}

fn highlight(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> bool {
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
            "bad-yes-no",
            &row.location(Field::Highlight),
            ctx.msg(
                format!(
                    "„{}“ ist weder ja noch nein; gelesen als nein.",
                    c.value.display()
                ),
                format!(
                    "\"{}\" is neither yes nor no; read as no.",
                    c.value.display()
                ),
            ),
        );
        false
    })
}

/// A list column checked against its vocabulary; unknown items are kept as written.
fn list_with_vocabulary(
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
                    "list-item-corrected",
                    &row.location(field),
                    ctx.msg(
                        format!("„{item}“ ({name}) gelesen als „{v}“."),
                        format!("\"{item}\" ({name}) read as \"{v}\"."),
                    ),
                );
                v
            }
            Lookup::Unknown(suggestion) => {
                let hint = did_you_mean(suggestion.as_deref(), ctx.lang);
                findings.push(
                    Severity::Warning,
                    "unknown-list-item",
                    &row.location(field),
                    ctx.msg(
                        format!("„{item}“ ist kein bekannter Wert für „{name}“ und wird wie geschrieben übernommen.{hint}"),
                        format!("\"{item}\" is not a known value for \"{name}\" and is kept as written.{hint}"),
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
fn goals(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Vec<String> {
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
                    "unknown-goal",
                    &row.location(Field::Goals),
                    ctx.msg(
                        format!("Ziel „{item}“ steht nicht im Zielkatalog und wird wie geschrieben übernommen. Bitte die Ziel-Nummer aus dem Katalog angeben."),
                        format!("Goal \"{item}\" is not in the goal catalogue and is kept as written. Use the goal id from the catalogue."),
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

/// What [`reject_duplicates`] took out.
struct Duplicates {
    /// Rows not taken over, each with an error finding.
    rejected: usize,
    /// Rows superseded by the same measure in a corrected return, each with an info finding.
    superseded: usize,
}

/// Whether a file's name marks it as the corrected version of a return.
fn marks_correction(file: &str) -> bool {
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|s| match_key(&s.to_string_lossy()))
        .unwrap_or_default();
    [
        "korr",
        "berichtigt",
        "aktualisiert",
        "ueberarbeitet",
        "final",
    ]
    .iter()
    .any(|m| stem.contains(m))
}

/// Two returns of one department in one year (an original and a corrected workbook) that
/// share ids or titles: each measure counts once. The file whose name marks it as corrected
/// wins, else the one whose name sorts last; the other file's copies of shared measures are
/// set aside with an info finding, its other measures stay.
fn supersede_duplicate_returns(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
) -> usize {
    let returns = returns_by_file(measures);
    // Most departments send one file a year: then there is nothing to compare, and the
    // titles of all measures need not be prepared for it.
    if returns.values().all(|files| files.len() < 2) {
        return 0;
    }
    let titles = crate::transform::titles::Titles::new(measures.iter().map(|m| m.title.as_str()));
    let superseded_by = superseding_files(measures, &returns, &titles, ctx, findings);
    if superseded_by.is_empty() {
        return 0;
    }
    let keep = rows_to_keep(measures, &superseded_by, &titles, ctx, findings);
    drop(returns);
    let n = keep.iter().filter(|k| !**k).count();
    let mut i = 0;
    measures.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    n
}

/// A measure as compared between returns: its id (as a match key) and its title.
type MeasureKey<'a> = (Option<String>, &'a str);

/// Per department and year, the files and their measures (id, title).
type ReturnsByFile<'a> = BTreeMap<(i32, String), BTreeMap<&'a str, Vec<MeasureKey<'a>>>>;

/// (year, department, file) -> the preferred files that supersede its shared measures.
type SupersededBy = HashMap<(i32, String, String), Vec<String>>;

/// Groups the measures' (id, title) by department and year, then by file.
fn returns_by_file(measures: &[Measure]) -> ReturnsByFile<'_> {
    let mut returns = ReturnsByFile::new();
    for m in measures {
        returns
            .entry((m.year, match_key(&m.department)))
            .or_default()
            .entry(m.source_file.as_str())
            .or_default()
            .push((m.measure_id.as_deref().map(match_key), m.title.as_str()));
    }
    returns
}

/// The same measure: the same title, or the same id with a title that resembles it (two
/// teams numbering their measures 1, 2, 3 do not report the same measures).
fn same_measure(titles: &crate::transform::titles::Titles, a: &MeasureKey, b: &MeasureKey) -> bool {
    let similar = || crate::transform::titles::similarity(&titles.key(a.1), &titles.key(b.1));
    match_key(a.1) == match_key(b.1)
        || (a.0.is_some() && a.0 == b.0 && similar() >= 0.5)
        || ((a.0.is_none() || b.0.is_none() || a.0 == b.0) && similar() >= 0.85)
}

/// For each file superseded in part by preferred files of the same department and year,
/// those files; warns once per such file.
fn superseding_files(
    measures: &[Measure],
    returns: &ReturnsByFile,
    titles: &crate::transform::titles::Titles,
    ctx: &Ctx,
    findings: &mut Findings,
) -> SupersededBy {
    let mut superseded_by = SupersededBy::new();
    for ((year, dept), files) in returns {
        if files.len() < 2 {
            continue;
        }
        let mut order: Vec<&str> = files.keys().copied().collect();
        order.sort_by(|a, b| {
            marks_correction(b)
                .cmp(&marks_correction(a))
                .then_with(|| natural_order(&file_stem(b), &file_stem(a)))
        });
        for (i, later) in order.iter().enumerate().skip(1) {
            let better: Vec<String> = order[..i]
                .iter()
                .filter(|b| {
                    files[*b]
                        .iter()
                        .any(|x| files[later].iter().any(|y| same_measure(titles, x, y)))
                })
                .map(|b| b.to_string())
                .collect();
            let Some(first) = better.first() else {
                continue;
            };
            let name = measures
                .iter()
                .find(|m| m.year == *year && m.source_file == **later)
                .map(|m| m.department.clone())
                .unwrap_or_default();
            let why = if marks_correction(first) {
                ctx.lang.t(
                    "als korrigierte Fassung benannt",
                    "named as the corrected version",
                )
            } else {
                ctx.lang
                    .t("im Namen zuletzt einsortiert", "its name sorts last")
            };
            let list = better.join(", ");
            findings.push(
                Severity::Warning,
                "duplicate-return",
                &Location {
                    file: later.to_string(),
                    ..Location::default()
                },
                ctx.msg(
                    format!("Für „{name}“ liegen für {year} mehrere Rückmeldungen mit gleichen Maßnahmen vor: {later} und {list}. Jede Maßnahme zählt einmal; bei gleichen Maßnahmen gilt {first} ({why}). Bitte die überholte Datei aus dem Ordner nehmen."),
                    format!("There are several returns with the same measures for \"{name}\" in {year}: {later} and {list}. Each measure counts once; where they overlap, {first} counts ({why}). Please remove the outdated file from the folder."),
                ),
            );
            superseded_by.insert((*year, dept.clone(), later.to_string()), better);
        }
    }
    superseded_by
}

/// Per measure, whether it stays: a copy in a superseded file goes, with an info finding
/// naming the preferred file's copy.
fn rows_to_keep(
    measures: &[Measure],
    superseded_by: &SupersededBy,
    titles: &crate::transform::titles::Titles,
    ctx: &Ctx,
    findings: &mut Findings,
) -> Vec<bool> {
    let mut keep = vec![true; measures.len()];
    for (i, m) in measures.iter().enumerate() {
        let Some(better) =
            superseded_by.get(&(m.year, match_key(&m.department), m.source_file.clone()))
        else {
            continue;
        };
        let me = (m.measure_id.as_deref().map(match_key), m.title.as_str());
        // The most preferred file's copy counts.
        let twin = better.iter().find_map(|file| {
            measures.iter().find(|o| {
                o.year == m.year
                    && o.source_file == *file
                    && match_key(&o.department) == match_key(&m.department)
                    && same_measure(
                        titles,
                        &(o.measure_id.as_deref().map(match_key), o.title.as_str()),
                        &me,
                    )
            })
        });
        if let Some(o) = twin {
            keep[i] = false;
            findings.push(
                Severity::Info,
                "superseded-row",
                &Location {
                    file: m.source_file.clone(),
                    sheet: m.source_sheet.clone(),
                    cell: m.source_row.to_string(),
                },
                ctx.msg(
                    format!("„{}“ steht auch in {} (Zeile {}), die als neuere Fassung gilt; gezählt wird die Maßnahme dort.", shorten(&m.title), o.source_file, o.source_row),
                    format!("\"{}\" is also in {} (row {}), which counts as the newer version; the measure is counted there.", shorten(&m.title), o.source_file, o.source_row),
                ),
            );
        }
    }
    keep
}

/// A file's name without folder and extension.
fn file_stem(file: &str) -> String {
    std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Orders names as a person would: numbers by their value (`v2` before `v10`), and a name
/// before its own continuation (`schulen` before `schulen-neu`).
fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn runs(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, run)) if *d == digit => run.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (ra, rb) = (runs(a), runs(b));
    for (x, y) in ra.iter().zip(rb.iter()) {
        let o = match (x.0, y.0) {
            (true, true) => {
                let (p, q) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                p.len().cmp(&q.len()).then_with(|| p.cmp(q))
            }
            _ => x.1.cmp(&y.1),
        };
        if o != std::cmp::Ordering::Equal {
            return o;
        }
    }
    ra.len().cmp(&rb.len())
}

/// Finds the same measure twice in one department and year: first duplicate returns (see
/// [`supersede_duplicate_returns`]); then the same id rejects the second row; the same
/// title with identical content too; the same title with different content is kept and
/// flagged.
fn reject_duplicates(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
    evidence: &mut Vec<Rejected>,
) -> Duplicates {
    let superseded = supersede_duplicate_returns(measures, ctx, findings);
    let rejected = reject_repeated_rows(measures, ctx, findings, evidence);
    Duplicates {
        rejected,
        superseded,
    }
}

/// The same measure twice within the returns of one department and year.
fn reject_repeated_rows(
    measures: &mut Vec<Measure>,
    ctx: &Ctx,
    findings: &mut Findings,
    evidence: &mut Vec<Rejected>,
) -> usize {
    let mut first_by_id: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut first_by_title: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut drop = vec![false; measures.len()];
    for (i, m) in measures.iter().enumerate() {
        let dept = match_key(&m.department);
        // Made only for a finding: most rows have none.
        let at = || Location {
            file: m.source_file.clone(),
            sheet: m.source_sheet.clone(),
            cell: m.source_row.to_string(),
        };
        if let Some(id) = &m.measure_id {
            let key = (m.year, dept.clone(), match_key(id));
            if let Some(&j) = first_by_id.get(&key) {
                let other = &measures[j];
                findings.push(
                    Severity::Error,
                    "duplicate-id",
                    &at(),
                    ctx.msg(
                        format!("Die Maßnahmen-ID „{id}“ kommt im Fachbereich „{}“ doppelt vor (zuerst {} Zeile {}); diese Zeile wird nicht übernommen. Bitte jeder Maßnahme eine eigene ID geben.", m.department, other.source_file, other.source_row),
                        format!("Measure id \"{id}\" appears twice in department \"{}\" (first {} row {}); this row is not taken over. Give each measure its own id.", m.department, other.source_file, other.source_row),
                    ),
                );
                drop[i] = true;
                // Another title under a taken id is another measure: not counted, but still
                // evidence that the department reported it.
                if match_key(&other.title) != match_key(&m.title) {
                    evidence.push(Rejected {
                        year: Some(m.year),
                        measure_id: None,
                        title: Some(m.title.clone()),
                        department: m.department.clone(),
                        source_file: m.source_file.clone(),
                        source_sheet: m.source_sheet.clone(),
                        source_row: m.source_row,
                        cells: Vec::new(),
                    });
                }
                continue;
            }
            first_by_id.insert(key, i);
        }
        let key = (m.year, dept, match_key(&m.title));
        if let Some(&j) = first_by_title.get(&key) {
            let other = &measures[j];
            let same = Measure {
                source_file: other.source_file.clone(),
                source_sheet: other.source_sheet.clone(),
                source_row: other.source_row,
                ..m.clone()
            } == *other;
            if same {
                findings.push(
                    Severity::Error,
                    "duplicate-row",
                    &at(),
                    ctx.msg(
                        format!("Die Maßnahme „{}“ steht mit gleichem Inhalt doppelt im Fachbereich (zuerst {} Zeile {}); die Wiederholung wird nicht übernommen.", shorten(&m.title), other.source_file, other.source_row),
                        format!("Measure \"{}\" appears twice with the same content in the department (first {} row {}); the repetition is not taken over.", shorten(&m.title), other.source_file, other.source_row),
                    ),
                );
                drop[i] = true;
            } else if m.measure_id.is_none() || other.measure_id.is_none() {
                findings.push(
                    Severity::Warning,
                    "duplicate-title",
                    &at(),
                    ctx.msg(
                        format!("Der Titel „{}“ kommt im Fachbereich zweimal mit unterschiedlichem Inhalt vor (auch {} Zeile {}). Beide werden übernommen; bitte prüfen, ob es zwei Maßnahmen sind.", shorten(&m.title), other.source_file, other.source_row),
                        format!("Title \"{}\" appears twice in the department with different content (also {} row {}). Both are kept; check whether they are two measures.", shorten(&m.title), other.source_file, other.source_row),
                    ),
                );
            }
            continue;
        }
        first_by_title.insert(key, i);
    }
    let n = drop.iter().filter(|d| **d).count();
    let mut i = 0;
    measures.retain(|_| {
        let keep = !drop[i];
        i += 1;
        keep
    });
    n
}

fn list_series<'a>(name: &str, values: impl ExactSizeIterator<Item = &'a [String]>) -> Series {
    // One builder for the whole column: a Series per row would cost a heap of small
    // allocations per measure.
    let mut builder = ListStringChunkedBuilder::new(name.into(), values.len(), values.len() * 2);
    for v in values {
        builder.append_values_iter(v.iter().map(String::as_str));
    }
    builder.finish().into_series()
}

fn date_series(
    name: &str,
    values: impl Iterator<Item = Option<NaiveDate>>,
) -> PolarsResult<Series> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let days: Vec<Option<i32>> = values
        .map(|d| d.map(|d| (d - epoch).num_days() as i32))
        .collect();
    Series::new(name.into(), days).cast(&DataType::Date)
}

/// The canonical polars table of all measures: the schema's columns in export order
/// (`contact` only when asked for), typed by their kind.
pub fn frame(measures: &[Measure], with_contact: bool) -> PolarsResult<DataFrame> {
    let m = measures;
    let mut columns: Vec<Column> = Vec::new();
    for col in schema::exported(with_contact) {
        let name = col.key;
        let get = Measure::getter(name);
        let values = || m.iter().map(get);
        let series = match col.kind {
            Kind::Text => Series::new(
                name.into(),
                values()
                    .map(|v| match v {
                        Datum::Text(t) => t,
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            ),
            Kind::List => {
                let empty: &[String] = &[];
                list_series(
                    name,
                    values().map(|v| match v {
                        Datum::List(l) => l,
                        _ => empty,
                    }),
                )
            }
            Kind::Date => date_series(
                name,
                values().map(|v| match v {
                    Datum::Date(d) => d,
                    _ => None,
                }),
            )?,
            Kind::Money => Series::new(
                name.into(),
                values()
                    .map(|v| match v {
                        Datum::Number(n) => n,
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            ),
            Kind::Count | Kind::Year | Kind::Row => {
                let ints = values().map(|v| match v {
                    Datum::Integer(i) => i,
                    _ => None,
                });
                match col.kind {
                    Kind::Year => Series::new(
                        name.into(),
                        ints.map(|i| i.map(|i| i as i32)).collect::<Vec<_>>(),
                    ),
                    Kind::Row => Series::new(
                        name.into(),
                        ints.map(|i| i.map(|i| i as u32)).collect::<Vec<_>>(),
                    ),
                    _ => Series::new(name.into(), ints.collect::<Vec<_>>()),
                }
            }
            Kind::Flag => Series::new(
                name.into(),
                values()
                    .map(|v| matches!(v, Datum::Flag(true)))
                    .collect::<Vec<_>>(),
            ),
        };
        columns.push(series.into());
    }
    DataFrame::new(measures.len(), columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_of_the_schema_has_a_value_of_its_kind() {
        let m = Measure {
            year: 2024,
            measure_id: Some("1".into()),
            title: "T".into(),
            department: "D".into(),
            field_of_action: "F".into(),
            goals: vec![],
            target_groups: vec![],
            status: "laufend".into(),
            start: None,
            end: None,
            budget_eur: Some(1.0),
            funding: vec![],
            participants: Some(3),
            municipalities: vec![],
            partners: vec![],
            description: None,
            highlight: true,
            contact: Some("C".into()),
            source_file: "f".into(),
            source_sheet: "s".into(),
            source_row: 2,
        };
        for c in schema::COLUMNS {
            let fits = matches!(
                (c.kind, m.value(c.key)),
                (Kind::Text, Datum::Text(_))
                    | (Kind::List, Datum::List(_))
                    | (Kind::Date, Datum::Date(_))
                    | (Kind::Money, Datum::Number(_))
                    | (Kind::Count | Kind::Year | Kind::Row, Datum::Integer(_))
                    | (Kind::Flag, Datum::Flag(_))
            );
            assert!(fits, "{}: {:?}", c.key, m.value(c.key));
            // A key without its own arm would fall through to an empty text.
            if c.key != "description" {
                assert_ne!(m.value(c.key), Datum::Text(None), "{} has no value", c.key);
            }
        }
        // Every column but an empty optional one carries the measure's value.
        assert_eq!(m.value("title"), Datum::Text(Some("T")));
        assert_eq!(m.value("contact"), Datum::Text(Some("C")));
        assert_eq!(m.value("source_row"), Datum::Integer(Some(2)));
    }

    #[test]
    fn file_names_sort_as_a_person_reads_them() {
        use std::cmp::Ordering::Less;
        assert_eq!(natural_order("07-umwelt-v2", "07-umwelt-v10"), Less);
        assert_eq!(natural_order("04-schulen", "04-schulen-neu"), Less);
        assert_eq!(
            natural_order("08-bau-korrigiert", "08-bau-korrigiert-2"),
            Less
        );
        assert_eq!(natural_order("jugend-2023", "jugend-2024"), Less);
        assert!(marks_correction("2024/jugend-korrigiert.xlsx"));
        assert!(marks_correction("2024/Jugend_KORR.xlsx"));
        assert!(!marks_correction("2024/neustadt.xlsx"));
    }
}

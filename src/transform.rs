//! Transform: interprets raw rows as measures (vocabularies, dates, money, counts, lists),
//! makes a finding for everything doubtful, rejects what cannot be counted, and builds the
//! canonical polars table. Knows neither calamine nor any output format.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;
use rayon::prelude::*;

use crate::config::{Config, Field, Lang};
use crate::findings::{Findings, Location, Severity};
use crate::ingest::{Ingested, RawCell, RawRow, Value};
use crate::parse::{self, CountKind, DateText, Role};
use crate::text::{Lookup, Vocabulary, clean, match_key};

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

/// The clean dataset of a run.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// All accepted measures, sorted by year, department, file and row.
    pub measures: Vec<Measure>,
    /// Rows read but not taken into the table (each has an error finding).
    pub rejected: usize,
}

impl Dataset {
    /// The reporting years present, ascending.
    pub fn years(&self) -> Vec<i32> {
        let set: BTreeSet<i32> = self.measures.iter().map(|m| m.year).collect();
        set.into_iter().collect()
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
    Rejected,
}

/// Interprets all rows and returns the dataset; every doubtful value is a finding.
pub fn run(ingested: &Ingested, cfg: &Config, findings: &mut Findings) -> Dataset {
    let ctx = Ctx {
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
    };
    // Sheets are independent (a blank department looks only at the row above on the same
    // sheet), so they are interpreted in parallel and joined in input order.
    let sheets: Vec<&[RawRow]> = ingested
        .rows
        .chunk_by(|a, b| a.file == b.file && a.sheet == b.sheet)
        .collect();
    let results: Vec<(Vec<Measure>, usize, Findings)> = sheets
        .par_iter()
        .map(|rows| {
            let mut local = Findings::new();
            let mut accepted = Vec::with_capacity(rows.len());
            let mut rejected = 0;
            let mut above: Option<String> = None;
            for row in rows.iter() {
                let department = department_of(row, &ctx, above.as_deref(), &mut local);
                above = Some(department.clone());
                match measure_of(row, &ctx, department, &mut local) {
                    Outcome::Accepted(m) => accepted.push(*m),
                    Outcome::Rejected => rejected += 1,
                }
            }
            (accepted, rejected, local)
        })
        .collect();
    let mut measures = Vec::with_capacity(ingested.rows.len());
    let mut rejected_per_sheet: HashMap<(&str, &str), usize> = HashMap::new();
    let mut accepted_per_sheet: HashMap<(&str, &str), usize> = HashMap::new();
    for (rows, (accepted, rejected, local)) in sheets.iter().zip(results) {
        let key = (rows[0].file.as_str(), rows[0].sheet.as_str());
        *accepted_per_sheet.entry(key).or_default() += accepted.len();
        *rejected_per_sheet.entry(key).or_default() += rejected;
        measures.extend(accepted);
        findings.extend(local);
    }
    // Nothing lost: every data row of every sheet is a measure or a rejected row with an
    // error finding. This cannot fail by construction; checking it guards future changes.
    for t in &ingested.sheets {
        let key = (t.file.as_str(), t.sheet.as_str());
        let seen = accepted_per_sheet.get(&key).copied().unwrap_or(0)
            + rejected_per_sheet.get(&key).copied().unwrap_or(0);
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
    let mut rejected: usize = rejected_per_sheet.values().sum();
    rejected += reject_duplicates(&mut measures, &ctx, findings);
    measures.sort_by_cached_key(|m| {
        (
            m.year,
            match_key(&m.department),
            m.source_file.clone(),
            m.source_sheet.clone(),
            m.source_row,
        )
    });
    Dataset { measures, rejected }
}

/// A cell as text: numbers without `.0`, dates as `dd.mm.yyyy`.
fn text_of(cell: &RawCell) -> Option<String> {
    match &cell.value {
        Value::Empty | Value::Error(_) | Value::NoCachedValue => None,
        Value::Text(t) => Some(clean(t)).filter(|s| !s.is_empty()),
        v => Some(v.display()),
    }
}

fn measure_of(row: &RawRow, ctx: &Ctx, department: String, findings: &mut Findings) -> Outcome {
    // Excel errors and formulas without a saved result first: they blank a cell.
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
            _ => {}
        }
    }

    let title = row.cell(Field::Title).and_then(text_of);
    let Some(title) = title else {
        let written: Vec<String> = row
            .cells
            .iter()
            .flatten()
            .filter_map(text_of)
            .take(3)
            .collect();
        findings.push(
            Severity::Error,
            "missing-title",
            &row.location(Field::Title),
            ctx.msg(
                format!("Die Zeile hat keinen Maßnahmentitel und wird nicht übernommen (Inhalt: {}). Bitte den Titel eintragen oder die Zeile löschen.", shorten(&written.join(" | "))),
                format!("The row has no measure title and is not taken over (content: {}). Add the title or delete the row.", shorten(&written.join(" | "))),
            ),
        );
        return Outcome::Rejected;
    };

    let mut ok = true;
    let field_of_action = category(row, Field::FieldOfAction, &ctx.fields, ctx, findings);
    let status = category(row, Field::Status, &ctx.status, ctx, findings);
    ok &= field_of_action.is_some() && status.is_some();

    let year = year_of(row, ctx, findings);
    ok &= year.is_some();

    if !ok {
        return Outcome::Rejected;
    }
    let (start, range_end) = date_field(row, Field::Start, Role::Start, ctx, findings);
    let (end_cell, _) = date_field(row, Field::End, Role::End, ctx, findings);
    let end = end_cell.or(range_end);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
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
    let description = row.cell(Field::Description).and_then(|c| match &c.value {
        Value::Text(t) => {
            let lines: Vec<String> = t.lines().map(clean).filter(|l| !l.is_empty()).collect();
            Some(lines.join("\n")).filter(|s| !s.is_empty())
        }
        _ => text_of(c),
    });
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
    if row.cell(Field::Title).is_none() {
        // A row without title is rejected anyway; no second finding about it.
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

fn year_of(row: &RawRow, ctx: &Ctx, findings: &mut Findings) -> Option<i32> {
    if let Some(c) = row.cell(Field::Year) {
        let y = match &c.value {
            Value::Number(n) if n.fract() == 0.0 => Some(*n as i32),
            Value::Date(d) => Some(d.year()),
            Value::Text(t) => clean(t).parse::<i32>().ok(),
            _ => None,
        }
        .filter(|y| (1990..=2100).contains(y));
        match y {
            Some(y) => return Some(y),
            None => findings.push(
                Severity::Warning,
                "bad-year",
                &row.location(Field::Year),
                ctx.msg(
                    format!(
                        "„{}“ ist kein Berichtsjahr; das Jahr des Ordners wird verwendet.",
                        c.value.display()
                    ),
                    format!(
                        "\"{}\" is not a reporting year; the folder's year is used.",
                        c.value.display()
                    ),
                ),
            ),
        }
    }
    if row.folder_year.is_none() {
        findings.push(
            Severity::Error,
            "missing-year",
            &row.location(Field::Year),
            ctx.msg(
                "Kein Berichtsjahr: Die Datei liegt nicht in einem Ordner input/<Jahr>/ und hat keine Spalte „Berichtsjahr“. Die Zeile wird nicht übernommen; bitte die Datei in den Ordner des Berichtsjahrs legen.".into(),
                "No reporting year: the file is not in a folder input/<year>/ and has no \"Berichtsjahr\" column. The row is not taken over; move the file into the folder of its reporting year.".into(),
            ),
        );
    }
    row.folder_year
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
        findings.push(
            Severity::Warning,
            "negative-money",
            &row.location(Field::BudgetEur),
            ctx.msg(
                format!("Das Budget ist negativ ({v}). Bitte prüfen."),
                format!("The budget is negative ({v}). Please check."),
            ),
        );
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
        Value::Text(t) => parse::parse_yes_no(t),
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
        let value = match vocab.lookup(&item) {
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

/// Finds the same measure twice in one department and year: the same id rejects the second
/// row; the same title with identical content too; the same title with different content is
/// kept and flagged.
fn reject_duplicates(measures: &mut Vec<Measure>, ctx: &Ctx, findings: &mut Findings) -> usize {
    let mut first_by_id: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut first_by_title: HashMap<(i32, String, String), usize> = HashMap::new();
    let mut drop = vec![false; measures.len()];
    for (i, m) in measures.iter().enumerate() {
        let dept = match_key(&m.department);
        let at = Location {
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
                    &at,
                    ctx.msg(
                        format!("Die Maßnahmen-ID „{id}“ kommt im Fachbereich „{}“ doppelt vor (zuerst {} Zeile {}); diese Zeile wird nicht übernommen. Bitte jeder Maßnahme eine eigene ID geben.", m.department, other.source_file, other.source_row),
                        format!("Measure id \"{id}\" appears twice in department \"{}\" (first {} row {}); this row is not taken over. Give each measure its own id.", m.department, other.source_file, other.source_row),
                    ),
                );
                drop[i] = true;
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
                    &at,
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
                    &at,
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

/// Column names of the canonical table, in SPEC order.
pub const COLUMNS: [&str; 20] = [
    "year",
    "measure_id",
    "title",
    "department",
    "field_of_action",
    "goals",
    "target_groups",
    "status",
    "start",
    "end",
    "budget_eur",
    "funding",
    "participants",
    "municipalities",
    "partners",
    "description",
    "highlight",
    "source_file",
    "source_sheet",
    "source_row",
];

fn list_series<'a>(name: &str, values: impl ExactSizeIterator<Item = &'a Vec<String>>) -> Series {
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

/// The canonical polars table of all measures (SPEC column order; `contact` last, if asked).
pub fn frame(measures: &[Measure], with_contact: bool) -> PolarsResult<DataFrame> {
    let m = measures;
    let mut columns: Vec<Column> = vec![
        Series::new("year".into(), m.iter().map(|x| x.year).collect::<Vec<_>>()).into(),
        Series::new(
            "measure_id".into(),
            m.iter()
                .map(|x| x.measure_id.as_deref())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "title".into(),
            m.iter().map(|x| x.title.as_str()).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "department".into(),
            m.iter().map(|x| x.department.as_str()).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "field_of_action".into(),
            m.iter()
                .map(|x| x.field_of_action.as_str())
                .collect::<Vec<_>>(),
        )
        .into(),
        list_series("goals", m.iter().map(|x| &x.goals)).into(),
        list_series("target_groups", m.iter().map(|x| &x.target_groups)).into(),
        Series::new(
            "status".into(),
            m.iter().map(|x| x.status.as_str()).collect::<Vec<_>>(),
        )
        .into(),
        date_series("start", m.iter().map(|x| x.start))?.into(),
        date_series("end", m.iter().map(|x| x.end))?.into(),
        Series::new(
            "budget_eur".into(),
            m.iter().map(|x| x.budget_eur).collect::<Vec<_>>(),
        )
        .into(),
        list_series("funding", m.iter().map(|x| &x.funding)).into(),
        Series::new(
            "participants".into(),
            m.iter().map(|x| x.participants).collect::<Vec<_>>(),
        )
        .into(),
        list_series("municipalities", m.iter().map(|x| &x.municipalities)).into(),
        list_series("partners", m.iter().map(|x| &x.partners)).into(),
        Series::new(
            "description".into(),
            m.iter()
                .map(|x| x.description.as_deref())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "highlight".into(),
            m.iter().map(|x| x.highlight).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "source_file".into(),
            m.iter().map(|x| x.source_file.as_str()).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "source_sheet".into(),
            m.iter()
                .map(|x| x.source_sheet.as_str())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "source_row".into(),
            m.iter().map(|x| x.source_row).collect::<Vec<_>>(),
        )
        .into(),
    ];
    if with_contact {
        columns.push(
            Series::new(
                "contact".into(),
                m.iter().map(|x| x.contact.as_deref()).collect::<Vec<_>>(),
            )
            .into(),
        );
    }
    DataFrame::new(measures.len(), columns)
}

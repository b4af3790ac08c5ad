//! `measures.xlsx`: the consolidated workbook the office works with after a run: all
//! measures, the changes and the findings, each on a sheet with a frozen, formatted header,
//! an autofilter, fitting column widths and German date and number formats. Text is always
//! written as text, so a title such as `=SUMME(…)` is never run as a formula.

use std::collections::BTreeMap;

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::config::Lang;
use crate::findings::{FileReport, Findings};
use crate::schema::{self, Datum, Kind};
use crate::tr;
use crate::transform::Measure;
use crate::transform::compare::Comparison;
use crate::transform::returns::{Standing, YearReturns};

/// From this many measures on, the big sheets are written in low-memory mode.
const LOW_MEMORY_ROWS: usize = 20_000;

/// A new sheet for a table that may be big: streamed (low-memory mode) when `big`.
fn big_sheet(wb: &mut Workbook, big: bool) -> Result<&mut Worksheet, XlsxError> {
    if big {
        wb.add_worksheet_with_low_memory()
    } else {
        Ok(wb.add_worksheet())
    }
}

/// A cell value for the workbook.
enum V {
    S(String),
    N(f64),
    /// An amount in euro.
    M(f64),
    D(chrono::NaiveDate),
    E,
}

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    widths: Vec<usize>,
    /// Per column, the width it is capped at: text is not measured once a column is as wide.
    caps: Vec<usize>,
    /// The mark after a text cut to fit a cell.
    cut: String,
}

impl<'a> Sheet<'a> {
    /// Names a new sheet and writes its header row.
    fn start(
        ws: &'a mut Worksheet,
        name: &str,
        names: &[&str],
        caps: Vec<usize>,
        formats: &Formats,
    ) -> Result<Sheet<'a>, XlsxError> {
        ws.set_name(name)?;
        Sheet::on(ws, names, caps, formats)
    }

    /// Writes the header row of a sheet already named.
    fn on(
        ws: &'a mut Worksheet,
        names: &[&str],
        caps: Vec<usize>,
        formats: &Formats,
    ) -> Result<Sheet<'a>, XlsxError> {
        let mut s = Sheet {
            widths: vec![0; names.len()],
            caps,
            ws,
            cut: formats.cut.clone(),
        };
        s.header(names, &formats.header)?;
        Ok(s)
    }

    fn header(&mut self, names: &[&str], fmt: &Format) -> Result<(), XlsxError> {
        for (c, n) in names.iter().enumerate() {
            self.ws.write_string_with_format(0, c as u16, *n, fmt)?;
            self.widths[c] = self.widths[c].max(n.chars().count() + 2);
        }
        self.ws.set_freeze_panes(1, 0)?;
        Ok(())
    }

    fn row(
        &mut self,
        r: u32,
        values: Vec<V>,
        date: &Format,
        money: &Format,
    ) -> Result<(), XlsxError> {
        for (c, v) in values.into_iter().enumerate() {
            let col = c as u16;
            let len = match v {
                V::S(s) if !s.is_empty() => {
                    let len = if self.widths[c] >= self.caps[c] {
                        0
                    } else {
                        s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                    };
                    self.ws.write_string(r, col, fit_cell(s, &self.cut))?;
                    len
                }
                V::M(n) => {
                    self.ws.write_number_with_format(r, col, n, money)?;
                    12
                }
                V::N(n) => {
                    self.ws.write_number(r, col, n)?;
                    8
                }
                V::D(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    self.ws.write_datetime_with_format(r, col, &dt, date)?;
                    10
                }
                _ => 0,
            };
            self.widths[c] = self.widths[c].max(len);
        }
        Ok(())
    }

    fn finish(&mut self, rows: u32) -> Result<(), XlsxError> {
        for (c, w) in self.widths.iter().enumerate() {
            // Wide enough to read, never wider than a screen column.
            self.ws
                .set_column_width(c as u16, (*w as f64 + 1.0).clamp(6.0, 60.0))?;
        }
        self.ws.autofilter(
            0,
            0,
            rows.max(1),
            self.widths.len().saturating_sub(1) as u16,
        )?;
        // Printed, a sheet is as wide as the page (landscape, A4), its header on every page.
        self.ws
            .set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0);
        self.ws.set_repeat_rows(0, 0)?;
        Ok(())
    }
}

/// Text as it fits into an Excel cell: longer text is cut with a marker (the CSV and
/// Parquet exports keep it whole; transform made a finding for it).
fn fit_cell(s: String, mark: &str) -> String {
    // A string has at most as many characters as bytes.
    if s.len() <= crate::schema::EXCEL_CELL_CHARS
        || s.chars().count() <= crate::schema::EXCEL_CELL_CHARS
    {
        return s;
    }
    let keep = crate::schema::EXCEL_CELL_CHARS.saturating_sub(mark.chars().count());
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(mark);
    out
}

fn text(s: &str) -> V {
    V::S(s.to_string())
}

/// The run's creation time as an Excel date.
fn excel_time(t: chrono::NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Timelike;
    ExcelDateTime::from_ymd(t.year() as u16, t.month() as u8, t.day() as u8)?.and_hms(
        t.hour() as u16,
        t.minute() as u8,
        f64::from(t.second()),
    )
}

/// What `measures.xlsx` shows after its sheet of measures.
pub struct Beside<'a> {
    /// The return list of each reporting year (sheet „Rücklauf“).
    pub returns: &'a [YearReturns],
    /// The input files, for their dates.
    pub files: &'a [FileReport],
    /// The year-over-year changes (sheet „Änderungen“).
    pub comparisons: &'a [Comparison],
    /// Every finding (sheet „Meldungen“).
    pub findings: &'a Findings,
    /// The indicator workbook as read (sheet „Indikatoren“ after the measures; none without
    /// one).
    pub indicators: &'a crate::indicators::Indicators,
    /// The goals with a target (sheet „Zielerreichung“ after the measures; none without).
    pub goals: &'a [crate::goals::Attainment],
}

/// Builds `measures.xlsx` and returns its bytes.
pub fn measures_xlsx(
    measures: &[Measure],
    beside: &Beside,
    lang: Lang,
    with_contact: bool,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    begin(measures, lang, with_contact, created)?.finish(measures, beside, lang)
}

/// `measures.xlsx` with its sheet of measures written and the changes and findings to come.
/// The sheet needs nothing but the measures, so `bestand check` writes it while it compares
/// the years.
pub struct MeasuresSheet {
    wb: Workbook,
    formats: Formats,
    big: bool,
}

/// Starts `measures.xlsx`: the workbook and its sheet of all measures.
pub fn begin(
    measures: &[Measure],
    lang: Lang,
    with_contact: bool,
    created: chrono::NaiveDateTime,
) -> Result<MeasuresSheet, XlsxError> {
    let mut wb = Workbook::new();
    // It says what it is, so a copy put among the returns is never read as one.
    let mut props = DocProperties::new().set_creation_datetime(&excel_time(created)?);
    let identity = crate::identity::Identity {
        kind: crate::identity::Kind::Output,
        department: None,
        year: None,
        round: 0,
        sources: Vec::new(),
    };
    for (name, value) in identity.properties() {
        props = props.set_custom_property(name, value);
    }
    wb.set_properties(&props);
    // Compression dominates saving a large table; level 3 is about twice as fast as the
    // default 6 for a slightly larger file.
    wb.set_zip_compression_level(3);
    let formats = Formats {
        header: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_background_color(Color::RGB(0xDDE7F0))
            .set_border_bottom(FormatBorder::Thin),
        date: Format::new().set_num_format("dd.mm.yyyy"),
        money: Format::new().set_num_format("#,##0 \"€\""),
        cut: crate::tr!(lang, "cell-cut"),
    };
    // A big sheet streams its rows to a temporary file instead of holding every cell
    // (rust_xlsxwriter's low-memory mode; it leaves out the optional row spans, so small
    // workbooks keep the standard mode and their bytes).
    let big = measures.len() > LOW_MEMORY_ROWS;
    measures_sheet(&mut wb, measures, lang, with_contact, big, &formats)?;
    Ok(MeasuresSheet { wb, formats, big })
}

impl MeasuresSheet {
    /// Adds the return list, the changes and the findings and returns the workbook's
    /// bytes. `measures` are the ones the workbook was begun with (the findings sheet names
    /// their departments).
    pub fn finish(
        mut self,
        measures: &[Measure],
        beside: &Beside,
        lang: Lang,
    ) -> Result<Vec<u8>, XlsxError> {
        if !beside.goals.is_empty() {
            goals_sheet(&mut self.wb, beside.goals, lang, &self.formats)?;
        }
        if !beside.indicators.is_empty() {
            indicators_sheet(&mut self.wb, beside.indicators, lang, &self.formats)?;
        }
        returns_sheet(
            &mut self.wb,
            beside.returns,
            beside.files,
            lang,
            &self.formats,
        )?;
        changes_sheet(
            &mut self.wb,
            beside.comparisons,
            lang,
            self.big,
            &self.formats,
        )?;
        findings_sheet(&mut self.wb, measures, beside.findings, lang, &self.formats)?;
        self.wb
            .save_to_buffer()
            .map(crate::render::xlsx::zip_made_on_unix)
    }
}

/// How the workbook's cells are written: header, date and amount in euro, and the mark
/// after a text cut to fit a cell.
struct Formats {
    header: Format,
    date: Format,
    money: Format,
    cut: String,
}

/// The sheet of all measures, one column per exported field.
fn measures_sheet(
    wb: &mut Workbook,
    measures: &[Measure],
    lang: Lang,
    with_contact: bool,
    big: bool,
    formats: &Formats,
) -> Result<(), XlsxError> {
    measures_sheets(wb, measures, lang, with_contact, big, formats, SHEET_ROWS)
}

/// Data rows an Excel sheet holds below its header.
const SHEET_ROWS: usize = 1_048_575;

/// The sheets of all measures, `rows` per sheet: past Excel's row limit the table goes on
/// on „Maßnahmen (2)“, „Maßnahmen (3)“ …, each with its header, so nothing is cut.
fn measures_sheets(
    wb: &mut Workbook,
    measures: &[Measure],
    lang: Lang,
    with_contact: bool,
    big: bool,
    formats: &Formats,
    rows: usize,
) -> Result<(), XlsxError> {
    let (yes, no) = (tr!(lang, "workbook-yes"), tr!(lang, "workbook-no"));
    let columns: Vec<&schema::Column> = schema::exported(with_contact).collect();
    let labels: Vec<String> = columns.iter().map(|c| c.xlsx_header(lang)).collect();
    let mut names: Vec<&str> = labels.iter().map(String::as_str).collect();
    let mut caps: Vec<usize> = columns.iter().map(|c| usize::from(c.xlsx_width)).collect();
    // The departments' remarks, for the office only: a column after the table's, where
    // any department wrote one.
    let remarks_label = tr!(lang, "workbook-remarks");
    let remarks = measures.iter().any(|m| m.remarks.is_some());
    if remarks {
        names.push(&remarks_label);
        caps.push(60);
    }
    let getters: Vec<_> = columns.iter().map(|c| Measure::getter(c.key)).collect();
    let base = tr!(lang, "measures-sheet");
    for (k, chunk) in sheet_chunks(measures, rows).into_iter().enumerate() {
        let ws = big_sheet(wb, big)?;
        let mut s = Sheet::start(ws, &sheet_name(&base, k), &names, caps.clone(), formats)?;
        for (i, m) in chunk.iter().enumerate() {
            let values = columns
                .iter()
                .zip(&getters)
                .map(|(c, get)| match (get(m), c.kind) {
                    (Datum::Text(t), _) => t.map_or(V::E, text),
                    (Datum::List(l), _) => V::S(l.join("; ")),
                    (Datum::Date(d), _) => d.map_or(V::E, V::D),
                    (Datum::Number(n), Kind::Money) => n.map_or(V::E, V::M),
                    (Datum::Number(n), _) => n.map_or(V::E, V::N),
                    (Datum::Integer(n), _) => n.map_or(V::E, |n| V::N(n as f64)),
                    (Datum::Flag(b), _) => text(if b { &yes } else { &no }),
                })
                .chain(remarks.then(|| m.remarks.as_deref().map_or(V::E, text)))
                .collect();
            s.row(i as u32 + 1, values, &formats.date, &formats.money)?;
        }
        for (c, column) in columns.iter().enumerate() {
            s.widths[c] = s.widths[c].min(usize::from(column.xlsx_width));
        }
        s.finish(chunk.len() as u32)?;
    }
    Ok(())
}

/// The sheet „Zielerreichung“: each goal with a target, its indicator, baseline, latest
/// value, target, the shares of the way and of the time, the verdict and its measures.
fn goals_sheet(
    wb: &mut Workbook,
    goals: &[crate::goals::Attainment],
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!(lang, "goal-sheet"))?;
    let year = String::new();
    let names: Vec<String> = [
        "goal-col-goal",
        "goal-col-title",
        "goal-col-field",
        "goal-col-indicator-id",
        "goal-col-indicator",
        "goal-col-group",
        "goal-col-unit",
        "goal-col-direction",
        "goal-col-baseline-year",
        "goal-col-baseline",
        "goal-col-latest-year",
        "goal-col-latest",
        "goal-col-target-year",
        "goal-col-target",
        "goal-col-share-pct",
        "goal-col-time-pct",
        "goal-col-verdict",
        "goal-col-running",
        "goal-col-all",
    ]
    .iter()
    .map(|id| crate::i18n::message(lang, id, &[("year", year.as_str().into())]))
    .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = Sheet::on(ws, &names, vec![60; names.len()], formats)?;
    let mut r = 0u32;
    let pct = |v: Option<f64>| v.map_or(V::E, |v| V::N((v * 1000.0).round() / 10.0));
    for g in goals {
        r += 1;
        let direction = match g.direction {
            crate::config::Direction::Rise => tr!(lang, "goal-direction-rise"),
            crate::config::Direction::Fall => tr!(lang, "goal-direction-fall"),
        };
        let values = vec![
            text(&g.goal),
            text(&g.title),
            text(&g.field_of_action),
            text(&g.indicator),
            text(&g.indicator_name),
            text(&g.group),
            text(&g.unit),
            V::S(direction),
            V::N(f64::from(g.baseline_year)),
            g.baseline.map_or(V::E, V::N),
            g.latest_year.map_or(V::E, |y| V::N(f64::from(y))),
            g.latest.map_or(V::E, V::N),
            V::N(f64::from(g.target_year)),
            V::N(g.target),
            pct(g.share),
            pct(g.time_share),
            V::S(g.verdict.label(lang)),
            V::N(g.running as f64),
            V::N(g.measures.values().sum::<u64>() as f64),
        ];
        s.row(r, values, &formats.date, &formats.money)?;
    }
    s.finish(r)
}

/// The sheet „Indikatoren“: every row of the indicator workbook as read, the value as a
/// number and the sign of official statistics beside it.
fn indicators_sheet(
    wb: &mut Workbook,
    indicators: &crate::indicators::Indicators,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    use crate::indicators::Col;
    let ws = wb.add_worksheet();
    ws.set_name(tr!(lang, "ind-sheet"))?;
    let mut names: Vec<String> = [
        Col::Id,
        Col::Name,
        Col::Field,
        Col::Year,
        Col::Group,
        Col::Value,
    ]
    .iter()
    .map(|c| c.header(lang).to_string())
    .collect();
    names.push(tr!(lang, "ind-sign-column"));
    names.extend(
        [Col::Unit, Col::Source, Col::AsOf, Col::Break, Col::Note]
            .iter()
            .map(|c| c.header(lang).to_string()),
    );
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = Sheet::on(ws, &names, vec![60; names.len()], formats)?;
    let (yes, no) = (tr!(lang, "workbook-yes"), tr!(lang, "workbook-no"));
    let mut r = 0u32;
    for p in &indicators.points {
        r += 1;
        let values = vec![
            text(&p.id),
            text(&p.name),
            text(p.field.as_deref().unwrap_or("")),
            V::N(f64::from(p.year)),
            text(&p.group),
            p.value.map_or(V::E, V::N),
            text(&p.sign),
            text(&p.unit),
            text(&p.source),
            text(&p.as_of),
            V::S(if p.series_break {
                yes.clone()
            } else {
                no.clone()
            }),
            text(&p.note),
        ];
        s.row(r, values, &formats.date, &formats.money)?;
    }
    s.finish(r)
}

/// The return list: per reporting year and department, how its return stands, with its
/// files and their dates; the latest year first, the missing first within a year.
fn returns_sheet(
    wb: &mut Workbook,
    returns: &[YearReturns],
    files: &[FileReport],
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(tr!(lang, "returns-sheet"))?;
    let names: Vec<String> = vec![
        tr!(lang, "returns-column-year"),
        tr!(lang, "returns-column-department"),
        tr!(lang, "returns-column-standing"),
        tr!(lang, "returns-column-files"),
        tr!(lang, "returns-column-date"),
        tr!(lang, "returns-column-measures"),
        tr!(lang, "returns-column-rejected"),
    ];
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = Sheet::on(ws, &names, vec![60; names.len()], formats)?;
    let date_of = |file: &str| files.iter().find(|f| f.file == file).and_then(|f| f.saved);
    let mut r = 0u32;
    for year in returns.iter().rev() {
        for d in year.missing_first() {
            r += 1;
            let standing = match d.standing {
                Standing::Answered => tr!(lang, "returns-standing-answered"),
                Standing::Incomplete => tr!(lang, "returns-standing-incomplete"),
                Standing::Unclear => tr!(lang, "returns-standing-unclear"),
                Standing::Missing => tr!(lang, "returns-standing-missing"),
            };
            // The latest date of its files: when the return was last saved.
            let latest = d.files.iter().filter_map(|f| date_of(f)).max();
            let values = vec![
                V::N(f64::from(year.year)),
                text(&d.department),
                V::S(standing),
                V::S(d.files.join("; ")),
                latest.map_or(V::E, V::D),
                V::N(d.measures as f64),
                V::N(d.rejected as f64),
            ];
            s.row(r, values, &formats.date, &formats.money)?;
        }
    }
    s.finish(r)
}

/// The sheet of changes between years, one row per change.
fn changes_sheet(
    wb: &mut Workbook,
    comparisons: &[Comparison],
    lang: Lang,
    big: bool,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let names = [
        tr!(lang, "changes-column-change"),
        tr!(lang, "changes-column-department"),
        tr!(lang, "changes-column-title"),
        tr!(lang, "changes-column-id"),
        tr!(lang, "changes-column-from"),
        tr!(lang, "changes-column-to"),
        tr!(lang, "changes-column-detail"),
    ];
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    // Each kind's word once, not per row (a large comparison has 200,000 rows).
    use crate::transform::compare::ChangeKind;
    let words: Vec<(ChangeKind, String)> = [
        (ChangeKind::New, tr!(lang, "change-new")),
        (ChangeKind::Ended, tr!(lang, "change-ended")),
        (ChangeKind::Changed, tr!(lang, "change-changed")),
        (ChangeKind::Continued, tr!(lang, "change-continued")),
        (ChangeKind::NotTakenOver, tr!(lang, "change-not-taken-over")),
        (ChangeKind::NoReturn, tr!(lang, "change-no-return")),
        (ChangeKind::Finished, tr!(lang, "change-kind-finished")),
    ]
    .into();
    let kind = |k: ChangeKind| {
        words
            .iter()
            .find(|(w, _)| *w == k)
            .map_or(k.as_str(), |(_, s)| s.as_str())
    };
    let all: Vec<&crate::transform::compare::Change> =
        comparisons.iter().flat_map(|c| &c.changes).collect();
    let base = tr!(lang, "changes-sheet");
    for (k, chunk) in sheet_chunks(&all, SHEET_ROWS).into_iter().enumerate() {
        let ws = big_sheet(wb, big)?;
        let caps = vec![usize::MAX; names.len()];
        let mut s = Sheet::start(ws, &sheet_name(&base, k), &names, caps, formats)?;
        for (i, ch) in chunk.iter().enumerate() {
            let values = vec![
                text(kind(ch.kind)),
                text(&ch.department),
                text(&ch.title),
                ch.measure_id.as_deref().map_or(V::E, text),
                V::N(f64::from(ch.from_year)),
                V::N(f64::from(ch.to_year)),
                text(&ch.detail),
            ];
            s.row(i as u32 + 1, values, &formats.date, &formats.money)?;
        }
        s.finish(chunk.len() as u32)?;
    }
    Ok(())
}

/// A table cut into sheets of at most `per_sheet` rows (one empty sheet for none).
fn sheet_chunks<T>(rows: &[T], per_sheet: usize) -> Vec<&[T]> {
    if rows.is_empty() {
        vec![rows]
    } else {
        rows.chunks(per_sheet.max(1)).collect()
    }
}

/// The name of a table's `k`-th sheet: „Änderungen“, „Änderungen (2)“ …
fn sheet_name(base: &str, k: usize) -> String {
    if k == 0 {
        base.to_string()
    } else {
        format!("{base} ({})", k + 1)
    }
}

/// The sheet of findings, with the department of their file, so a clerk can filter and
/// forward them.
fn findings_sheet(
    wb: &mut Workbook,
    measures: &[Measure],
    findings: &Findings,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let all: Vec<&crate::findings::Finding> = findings.items().iter().collect();
    findings_table(
        wb,
        measures,
        &all,
        &tr!(lang, "findings-sheet"),
        lang,
        formats,
    )?;
    // The questions about dates once more on a sheet of their own, to ask the departments.
    let questions: Vec<&crate::findings::Finding> = findings
        .items()
        .iter()
        .filter(|f| crate::findings::QUESTIONS.contains(&f.code))
        .collect();
    if !questions.is_empty() {
        findings_table(
            wb,
            measures,
            &questions,
            &tr!(lang, "questions-sheet"),
            lang,
            formats,
        )?;
    }
    Ok(())
}

/// A sheet of findings with the department of each file.
fn findings_table(
    wb: &mut Workbook,
    measures: &[Measure],
    findings: &[&crate::findings::Finding],
    name: &str,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let mut department_of: BTreeMap<&str, &str> = BTreeMap::new();
    for m in measures {
        department_of
            .entry(m.source_file.as_str())
            .or_insert(m.department.as_str());
    }
    let names = [
        tr!(lang, "findings-column-severity"),
        tr!(lang, "findings-column-department"),
        tr!(lang, "findings-column-file"),
        tr!(lang, "findings-column-sheet"),
        tr!(lang, "findings-column-cell"),
        tr!(lang, "findings-column-message"),
        tr!(lang, "findings-column-code"),
    ];
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    use crate::findings::Severity;
    let (error, warning, info) = (
        tr!(lang, "severity-error"),
        tr!(lang, "severity-warning"),
        tr!(lang, "severity-info"),
    );
    for (k, chunk) in sheet_chunks(findings, SHEET_ROWS).into_iter().enumerate() {
        let ws = wb.add_worksheet();
        let caps = vec![usize::MAX; names.len()];
        let mut s = Sheet::start(ws, &sheet_name(name, k), &names, caps, formats)?;
        for (i, f) in chunk.iter().enumerate() {
            let severity = match f.severity {
                Severity::Error => error.as_str(),
                Severity::Warning => warning.as_str(),
                Severity::Info => info.as_str(),
            };
            let values = vec![
                text(severity),
                text(department_of.get(f.file.as_str()).copied().unwrap_or("")),
                text(&f.file),
                text(&f.sheet),
                text(&f.spot.to_string()),
                text(&f.message),
                text(f.code.as_str()),
            ];
            s.row(i as u32 + 1, values, &formats.date, &formats.money)?;
        }
        s.widths[5] = s.widths[5].min(90);
        s.finish(chunk.len() as u32)?;
    }
    Ok(())
}

/// Marks every entry of a zip (an xlsx) as made on Unix. The zip writer records the
/// operating system it ran on in each central-directory entry; with this one byte fixed,
/// a workbook written on Windows is byte-identical to one written on Linux.
pub fn zip_made_on_unix(mut bytes: Vec<u8>) -> Vec<u8> {
    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let u32_at = |b: &[u8], i: usize| {
        b.get(i..i + 4)
            .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
    };
    // The end-of-central-directory record, searched from the end (no archive comment).
    let Some(eocd) = (0..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
    else {
        return bytes;
    };
    let (Some(count), Some(start)) = (u16_at(&bytes, eocd + 10), u32_at(&bytes, eocd + 16)) else {
        return bytes;
    };
    let mut at = start as usize;
    for _ in 0..count {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(&[0x50, 0x4b, 0x01, 0x02]))
        {
            break;
        }
        bytes[at + 5] = 3;
        let (Some(n), Some(e), Some(c)) = (
            u16_at(&bytes, at + 28),
            u16_at(&bytes, at + 30),
            u16_at(&bytes, at + 32),
        ) else {
            break;
        };
        at += 46 + n as usize + e as usize + c as usize;
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(i: usize) -> Measure {
        Measure {
            year: 2024,
            measure_id: None,
            title: format!("Maßnahme {i}"),
            department: "Fachbereich Jugend".into(),
            field_of_action: "Geflüchtete".into(),
            goals: vec![],
            target_groups: vec![],
            status: "laufend".into(),
            start: None,
            end: None,
            budget_eur: None,
            funding: vec![],
            participants: None,
            participants_unit: None,
            participants_approx: false,
            municipalities: vec![],
            partners: vec![],
            description: None,
            highlight: false,
            contact: None,
            remarks: None,
            source_file: "a.xlsx".into(),
            source_sheet: "Maßnahmen".into(),
            source_row: i as u32 + 2,
        }
    }

    #[test]
    fn a_table_longer_than_a_sheet_goes_on_on_further_sheets() {
        let formats = Formats {
            header: Format::new(),
            date: Format::new(),
            money: Format::new(),
            cut: String::new(),
        };
        let measures: Vec<Measure> = (0..5).map(measure).collect();
        let mut wb = Workbook::new();
        // Two rows a sheet (Excel's limit made small): five measures on three sheets.
        measures_sheets(&mut wb, &measures, Lang::De, false, false, &formats, 2).unwrap();
        let names: Vec<String> = wb.worksheets().iter().map(|w| w.name()).collect();
        assert_eq!(names, ["Maßnahmen", "Maßnahmen (2)", "Maßnahmen (3)"]);
        let bytes = wb.save_to_buffer().unwrap();
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let mut titles = Vec::new();
        for name in &names {
            let range = calamine::Reader::worksheet_range(&mut book, name).unwrap();
            assert_eq!(
                range.get((0, 2)).map(|v| v.to_string()).as_deref(),
                Some("Maßnahme")
            );
            titles.extend((1..range.height()).map(|r| range.get((r, 2)).unwrap().to_string()));
        }
        assert_eq!(titles.len(), 5, "nothing cut: {titles:?}");
        // None at all: one sheet with its header.
        let mut wb = Workbook::new();
        measures_sheets(&mut wb, &[], Lang::De, false, false, &formats, 2).unwrap();
        assert_eq!(wb.worksheets().len(), 1);
    }
}

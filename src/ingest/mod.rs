//! Ingest: finds the departments' files in `input/<year>/`, reads them (calamine, csv),
//! finds the data sheet and header row by content and turns every non-empty data row into a
//! [`RawRow`] with its provenance. Only this module knows calamine.

pub(crate) mod links;
pub(crate) mod read;

mod discover;
mod supersede;
mod xls;

use discover::discover;
pub use discover::year_in_name;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rayon::prelude::*;

use crate::config::{Config, Field, Lang};
use crate::error::Error;
use crate::findings::FileReport;
use crate::findings::{Code, Findings, Location, Severity, Spot};
use crate::text::{clean, column_letters, match_key};
use crate::tr;
pub use read::Value;
use read::{FileContent, Grid};

thread_local! {
    /// Where the last panic on this thread happened (set by the binary's panic hook).
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records where a panic happened, for the finding about the file being read on this
/// thread (called from the panic hook).
pub fn note_panic(location: String) {
    LAST_PANIC.with(|p| *p.borrow_mut() = Some(location));
}

/// File extensions read as inventories.
pub const EXTENSIONS: [&str; 6] = ["xlsx", "xlsm", "xls", "xlsb", "ods", "csv"];

/// The columns a department added that are kept (and named one by one in findings); a
/// sheet with more stray columns has them named in one line and not kept.
const EXTRA_COLUMNS: usize = 20;

/// One cell of a data row, with the column it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCell {
    /// The value as read.
    pub value: Value,
    /// 0-based column.
    pub col: u32,
}

/// Where the department of a row comes from when the sheet has no department column.
#[derive(Debug, Clone, PartialEq)]
pub enum DepartmentSource {
    /// A `Fachbereich: X` cell above the header.
    Cell(String),
    /// The file name.
    FileName,
}

/// A non-empty data row of a sheet, before interpretation.
#[derive(Debug, Clone)]
pub struct RawRow {
    /// Reporting year of the year folder (`input/<year>/`) the file lies in; it rules.
    pub folder_year: Option<i32>,
    /// A year in the file's name or its folders' names, for files outside a year folder
    /// whose rows carry no `Berichtsjahr`.
    pub name_year: Option<i32>,
    /// File, relative to the input folder, with `/` separators.
    pub file: String,
    /// Sheet name.
    pub sheet: String,
    /// 1-based Excel row.
    pub row: u32,
    /// Cells by [`Field::index`].
    pub cells: Vec<Option<RawCell>>,
    /// Department to use when the row has none.
    pub department_fallback: Option<(String, DepartmentSource)>,
    /// Whether the workbook counts dates from 1904.
    pub is_1904: bool,
    /// Cells of columns the department added (a header no field knows, such as
    /// „Bemerkung“): (header, 0-based column, value), kept for its correction workbook and
    /// its remarks.
    pub extra: Vec<(String, u32, Value)>,
}

impl RawRow {
    /// The cell of a field, if the sheet has that column and the cell is not empty.
    pub fn cell(&self, field: Field) -> Option<&RawCell> {
        // Error values and formulas without a result are reported once and then read as
        // empty, so no second finding complains about the same cell.
        self.cells[field.index()].as_ref().filter(|c| {
            !c.value.is_empty() && !matches!(c.value, Value::Error(_) | Value::NoCachedValue)
        })
    }

    /// Where a field's cell is, for findings.
    pub fn location(&self, field: Field) -> Location {
        let spot = match &self.cells[field.index()] {
            Some(c) => Spot::cell(self.row - 1, c.col),
            None => Spot::Row(self.row),
        };
        Location {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            spot,
        }
    }

    /// Where the row is, for findings about the whole row.
    pub fn row_location(&self) -> Location {
        Location {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            spot: Spot::Row(self.row),
        }
    }
}

/// The data rows a sheet held, so the nothing-lost invariant can be checked later.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetTally {
    /// File, relative to the input folder.
    pub file: String,
    /// Sheet name.
    pub sheet: String,
    /// Non-empty rows below the header.
    pub data_rows: usize,
}

/// The result of ingest.
#[derive(Debug, Default)]
pub struct Ingested {
    /// All data rows of all files, in file, sheet, row order.
    pub rows: Vec<RawRow>,
    /// Per data sheet, the number of rows it held.
    pub sheets: Vec<SheetTally>,
    /// Per file, what happened.
    pub files: Vec<FileReport>,
    /// The reporting years that have a folder of their own, also an empty one: a year whose
    /// folder holds nothing yet still has a return list (who has not answered).
    pub year_folders: Vec<i32>,
}

/// The header-matching table built once from the config.
struct HeaderIndex {
    keys: Vec<(String, Field)>,
}

impl HeaderIndex {
    fn new(cfg: &Config) -> HeaderIndex {
        let mut keys = Vec::new();
        for f in Field::ALL {
            let spec = cfg.headers.get(f);
            keys.push((match_key(&spec.name), f));
            for s in &spec.synonyms {
                keys.push((match_key(s), f));
            }
        }
        HeaderIndex { keys }
    }

    /// The field a header cell names: exact key, else the key without a bracketed note
    /// (`Status (bitte wählen)`).
    fn field(&self, header: &str) -> Option<Field> {
        let exact = match_key(header);
        if exact.is_empty() {
            return None;
        }
        if let Some((_, f)) = self.keys.iter().find(|(k, _)| *k == exact) {
            return Some(*f);
        }
        let without_note = match header.find(['(', '[']) {
            Some(i) if i > 0 => match_key(&header[..i]),
            _ => return None,
        };
        self.keys
            .iter()
            .find(|(k, _)| !without_note.is_empty() && *k == without_note)
            .map(|(_, f)| *f)
    }
}

/// A header row found on a sheet.
struct Header {
    /// 0-based absolute row.
    row: u32,
    /// Column of each field.
    columns: BTreeMap<Field, u32>,
    /// Columns whose header names no known field: (column, header text).
    unknown: Vec<(u32, String)>,
    /// Columns naming a field already taken by an earlier column.
    repeated: Vec<(u32, String, Field)>,
}

/// Finds the header row: the row among the first rows that names the title column and the
/// most other known columns.
fn find_header(grid: &Grid, index: &HeaderIndex, search_rows: u32) -> Option<Header> {
    let mut best: Option<Header> = None;
    let end = grid.end_row().min(grid.first_row + search_rows);
    for r in grid.first_row..end {
        let mut columns = BTreeMap::new();
        let mut unknown = Vec::new();
        let mut repeated = Vec::new();
        for (c, v) in grid.row(r) {
            let c = *c;
            let Value::Text(text) = v else {
                if !v.is_empty() {
                    unknown.push((c, v.display()));
                }
                continue;
            };
            if text.trim().is_empty() {
                continue;
            }
            match index.field(text) {
                Some(f) if columns.contains_key(&f) => repeated.push((c, clean(text), f)),
                Some(f) => {
                    columns.insert(f, c);
                }
                None => unknown.push((c, clean(text))),
            }
        }
        let score = columns.len();
        if columns.contains_key(&Field::Title)
            && score >= 3
            && best.as_ref().is_none_or(|b| score > b.columns.len())
        {
            best = Some(Header {
                row: r,
                columns,
                unknown,
                repeated,
            });
        }
    }
    best
}

/// The texts of the row that looks most like a header, to show what was found instead.
fn header_candidate(grid: &Grid, search_rows: u32) -> Vec<String> {
    let end = grid.end_row().min(grid.first_row + search_rows);
    (grid.first_row..end)
        .map(|r| {
            grid.row(r)
                .iter()
                .filter_map(|(_, v)| match v {
                    Value::Text(t) if !t.trim().is_empty() => {
                        let t = clean(t);
                        Some(if t.chars().count() > 40 {
                            format!("{}…", t.chars().take(39).collect::<String>())
                        } else {
                            t
                        })
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        // The earliest of the fullest rows: a header stands above its data.
        .fold(Vec::new(), |best, texts| {
            if texts.len() > best.len() {
                texts
            } else {
                best
            }
        })
}

/// Looks above the header for `Fachbereich: X` (or the label in one cell, the name in the next).
fn department_above(grid: &Grid, header_row: u32, cfg: &Config) -> Option<String> {
    let spec = cfg.headers.get(Field::Department);
    let labels: Vec<String> = std::iter::once(&spec.name)
        .chain(spec.synonyms.iter())
        .map(|s| match_key(s))
        .collect();
    for r in grid.first_row..header_row {
        for (c, v) in grid.row(r) {
            let Value::Text(t) = v else { continue };
            if let Some((label, rest)) = t.split_once(':')
                && labels.contains(&match_key(label))
                && !clean(rest).is_empty()
            {
                return Some(clean(rest));
            }
            if labels.contains(&match_key(t))
                && let Value::Text(next) = grid.get(r, c + 1)
                && !clean(next).is_empty()
            {
                return Some(clean(next));
            }
        }
    }
    None
}

/// The department named by a file: `FB 32 Jugend.xlsx` gives `FB 32 Jugend`.
pub fn department_from_file_name(file: &str) -> String {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The year in "jugend-2024.xlsx" names the return, not the department.
    let words: Vec<&str> = stem
        .split(['_', '-', ' '])
        .filter(|w| !w.is_empty() && year_in_name(w).is_none_or(|_| w.len() != 4))
        .collect();
    clean(&words.join(" "))
}

/// Turns one sheet into rows, or says why it holds none.
fn rows_of_sheet(
    grid: &mut Grid,
    header: &Header,
    file: &str,
    years: (Option<i32>, Option<i32>),
    cfg: &Config,
    findings: &mut Findings,
) -> (Vec<RawRow>, usize) {
    let lang = cfg.lang;
    let sheet_name = grid.name.clone();
    let at = |spot: Spot| Location {
        file: file.to_string(),
        sheet: sheet_name.clone(),
        spot,
    };
    report_repeated_columns(header, &at, cfg, findings);
    report_ignored_columns(grid, header, &at, lang, findings);
    report_rows_above_header(grid, header, &at, lang, findings);

    // A `Fachbereich: X` above the table fills blank department cells too (the template
    // for one department carries it); the file name only stands in without a column.
    let department_fallback = if let Some(d) = department_above(grid, header.row, cfg) {
        Some((d.clone(), DepartmentSource::Cell(d)))
    } else if header.columns.contains_key(&Field::Department) {
        None
    } else {
        Some((department_from_file_name(file), DepartmentSource::FileName))
    };
    let has_department_column = header.columns.contains_key(&Field::Department);

    let rows = take_rows(grid, header, file, years, &department_fallback);
    let n = rows.len();
    if !has_department_column && let Some((dept, source)) = &department_fallback {
        report_department_fallback(dept, source, &at, lang, findings);
    }
    (rows, n)
}

/// A warning per column naming a field an earlier column already names (not read).
fn report_repeated_columns(
    header: &Header,
    at: &impl Fn(Spot) -> Location,
    cfg: &Config,
    findings: &mut Findings,
) {
    for (c, text, f) in &header.repeated {
        findings.push(
            Severity::Warning,
            Code::RepeatedColumn,
            &at(Spot::cell(header.row, *c)),
            tr!(
                cfg.lang,
                "repeated-column",
                text = text.as_str(),
                column = column_letters(header.columns[f]),
                header = cfg.headers.get(*f).name.as_str()
            ),
        );
    }
}

/// Data under a header nobody understands would be lost without a word: names each such
/// column once (by its header up to a point, the rest by letter in one line).
fn report_ignored_columns(
    grid: &Grid,
    header: &Header,
    at: &impl Fn(Spot) -> Location,
    lang: Lang,
    findings: &mut Findings,
) {
    let used: Vec<u32> = header.columns.values().copied().collect();
    let mut with_data: std::collections::BTreeSet<u32> = Default::default();
    for r in header.row + 1..grid.end_row() {
        for (c, _) in grid.row(r) {
            if grid.written(r, *c) {
                with_data.insert(*c);
            }
        }
    }
    let heads: std::collections::HashMap<u32, &String> =
        header.unknown.iter().map(|(c, t)| (*c, t)).collect();
    let repeated: std::collections::HashSet<u32> =
        header.repeated.iter().map(|(c, _, _)| *c).collect();
    // Named one by one up to a point; a sheet with thousands of stray columns gets one line.
    const NAMED: usize = EXTRA_COLUMNS;
    let (mut headed, mut headless): (Vec<u32>, Vec<u32>) = with_data
        .into_iter()
        .filter(|c| !used.contains(c) && !repeated.contains(c))
        .partition(|c| heads.contains_key(c));
    for c in headed.iter().take(NAMED) {
        let h = heads[c];
        findings.push(
            Severity::Info,
            Code::IgnoredColumn,
            &at(Spot::cell(header.row, *c)),
            if crate::schema::is_remarks_header(h) {
                tr!(lang, "remarks-column", header = h)
            } else {
                tr!(lang, "unknown-column", header = h)
            },
        );
    }
    if headed.len() > NAMED {
        headless.extend(headed.drain(NAMED..));
        headless.sort_unstable();
    }
    if let Some(first) = headless.first() {
        let n = headless.len();
        let mut letters: Vec<String> = headless
            .iter()
            .take(10)
            .map(|c| column_letters(*c))
            .collect();
        if n > 10 {
            letters.push("…".into());
        }
        let letters = letters.join(", ");
        findings.push(
            Severity::Info,
            Code::IgnoredColumn,
            &at(Spot::cell(header.row, *first)),
            tr!(lang, "headless-columns", count = n, letters = letters),
        );
    }
}

/// A row above the header that holds several values may be a measure someone put there:
/// it is not read, and says so.
fn report_rows_above_header(
    grid: &Grid,
    header: &Header,
    at: &impl Fn(Spot) -> Location,
    lang: Lang,
    findings: &mut Findings,
) {
    for r in grid.first_row..header.row {
        let filled = grid
            .row(r)
            .iter()
            .filter(|(c, v)| !v.is_empty() && grid.written(r, *c))
            .count();
        if filled >= 3 {
            findings.push(
                Severity::Error,
                Code::RowAboveHeader,
                &at(Spot::Row(r + 1)),
                tr!(
                    lang,
                    "row-above-header",
                    header = (header.row + 1).to_string(),
                    count = filled
                ),
            );
        }
    }
}

/// The written rows below the header, their cells moved out of the grid.
fn take_rows(
    grid: &mut Grid,
    header: &Header,
    file: &str,
    years: (Option<i32>, Option<i32>),
    department_fallback: &Option<(String, DepartmentSource)>,
) -> Vec<RawRow> {
    let mut rows = Vec::new();
    for r in header.row + 1..grid.end_row() {
        if !grid.row_written(r) {
            continue;
        }
        // Each cell is read once: move the values out instead of copying them.
        let mut cells: Vec<Option<RawCell>> = vec![None; Field::COUNT];
        for (f, c) in &header.columns {
            cells[f.index()] = Some(RawCell {
                value: grid.take(r, *c),
                col: *c,
            });
        }
        // The department's own columns, up to the number named one by one.
        let extra = header
            .unknown
            .iter()
            .take(EXTRA_COLUMNS)
            .filter_map(|(c, h)| {
                let value = grid.take(r, *c);
                (!matches!(value, Value::Empty)).then(|| (h.clone(), *c, value))
            })
            .collect();
        rows.push(RawRow {
            folder_year: years.0,
            name_year: years.1,
            file: file.to_string(),
            sheet: grid.name.clone(),
            row: r + 1,
            cells,
            department_fallback: department_fallback.clone(),
            is_1904: grid.is_1904,
            extra,
        });
    }
    rows
}

/// Says where the department of a sheet without a department column comes from.
fn report_department_fallback(
    dept: &str,
    source: &DepartmentSource,
    at: &impl Fn(Spot) -> Location,
    lang: Lang,
    findings: &mut Findings,
) {
    let said = match source {
        DepartmentSource::Cell(_) => tr!(lang, "department-from-cell", department = dept),
        DepartmentSource::FileName => {
            tr!(lang, "department-from-file-name", department = dept)
        }
    };
    findings.push(
        Severity::Info,
        Code::DepartmentFallback,
        &at(Spot::Whole),
        said,
    );
}

/// The goal catalogue sheet of bestand's own template (`Ziel-Nr.`, `Ziel`, `Handlungsfeld`):
/// the office's list, not data of the department.
fn is_goal_catalogue(grid: &Grid) -> bool {
    let first: Vec<String> = grid
        .row(grid.first_row)
        .iter()
        .map(|(_, v)| match_key(&v.display()))
        .collect();
    first == ["zielnr", "ziel", "handlungsfeld"]
}

/// A non-header sheet that still looks like a table: at least three rows with three values.
fn looks_tabular(grid: &Grid) -> bool {
    grid.rows
        .iter()
        .filter(|r| r.iter().filter(|(_, v)| !v.is_empty()).count() >= 3)
        .count()
        >= 3
}

/// Reads one file and turns it into rows and findings. Never panics outward.
fn ingest_file(
    path: &Path,
    rel: &str,
    years: (Option<i32>, Option<i32>),
    cfg: &Config,
    index: &HeaderIndex,
) -> (Vec<RawRow>, Vec<SheetTally>, FileReport, Findings) {
    let mut findings = Findings::new();
    let lang = cfg.lang;
    let file_at = Location {
        file: rel.to_string(),
        ..Location::default()
    };
    let mut report = FileReport {
        file: rel.to_string(),
        ..FileReport::default()
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut content = match read_content(path, &ext, cfg) {
        Ok(c) => c,
        Err(message) => {
            findings.push(Severity::Error, Code::UnreadableFile, &file_at, message);
            report.failed = true;
            return (Vec::new(), Vec::new(), report, findings);
        }
    };

    report.saved = content.saved;
    report.hash = Some(content.hash);
    report.identity = content.identity.take();
    // A result bestand wrote (measures.xlsx) put among the returns: its rows are the
    // measures themselves, read again they would count twice.
    if report
        .identity
        .as_ref()
        .is_some_and(|id| id.kind == crate::identity::Kind::Output)
    {
        findings.push(
            Severity::Info,
            Code::SkippedFile,
            &file_at,
            tr!(lang, "file-output"),
        );
        report.skipped = true;
        return (Vec::new(), Vec::new(), report, findings);
    }
    let (rows, tallies, headerless) =
        read_sheets(&mut content, rel, years, cfg, index, &mut findings);
    report_quote_repairs(&content, rel, lang, &mut findings);
    if content.text_in_disguise {
        if tallies.is_empty() {
            findings.push(
                Severity::Error,
                Code::UnreadableFile,
                &file_at,
                read::ReadFailure::TextNotWorkbook.message(lang),
            );
            report.failed = true;
            return (Vec::new(), Vec::new(), report, findings);
        }
        findings.push(
            Severity::Warning,
            Code::TextAsWorkbook,
            &file_at,
            tr!(lang, "text-as-workbook", ext = ext.as_str()),
        );
    }
    let expected: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| f.required())
        .map(|f| cfg.headers.get(*f).name.as_str())
        .collect();
    let headerless: Vec<&Grid> = content
        .sheets
        .iter()
        .filter(|g| headerless.contains(&g.name))
        .collect();
    if tallies.is_empty() {
        report_no_data(&headerless, &expected, rel, &file_at, cfg, &mut findings);
        report.failed = true;
    } else {
        report_ignored_sheets(&headerless, &expected, rel, lang, &mut findings);
    }
    report.rows = rows.len();
    (rows, tallies, report, findings)
}

/// Reads a file other than a return (the indicator workbook) with the same protection: its
/// extension from its name; on failure, the message of the finding.
pub fn read_file(path: &Path, cfg: &Config) -> Result<FileContent, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    read_content(path, &ext, cfg)
}

/// Reads a file's content: only regular files, and only up to the size limit (a pipe would
/// block the run, a link to /dev/zero would fill the memory), a panic of the reader caught;
/// on failure, the message of the `unreadable-file` finding.
fn read_content(path: &Path, ext: &str, cfg: &Config) -> Result<FileContent, String> {
    let lang = cfg.lang;
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(tr!(lang, "file-not-regular"));
        }
        Ok(m) if m.len() > cfg.limits.max_file_mb << 20 => {
            return Err(read::ReadFailure::TooLarge {
                mb: m.len() >> 20,
                limit: cfg.limits.max_file_mb,
            }
            .message(lang));
        }
        _ => {}
    }
    let bytes =
        std::fs::read(path).map_err(|e| tr!(lang, "file-cannot-open", source = e.to_string()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut content =
        read_catching_panics(&bytes, ext, &stem, cfg).map_err(|failure| failure.message(lang))?;
    content.hash = crate::text::stable_hash(&[&bytes]);
    Ok(content)
}

/// Reads a file's bytes; a panic while reading becomes a read failure that says whether
/// the reader or bestand's own code failed.
fn read_catching_panics(
    bytes: &[u8],
    ext: &str,
    stem: &str,
    cfg: &Config,
) -> Result<FileContent, read::ReadFailure> {
    let lang = cfg.lang;
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read::read_bytes(bytes, ext, stem, &cfg.limits)
    })) {
        Ok(r) => r,
        Err(_) => {
            let at = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_default();
            if at.starts_with("src/") {
                // Our own code, not the reader: say so, with the place for a bug report.
                Err(read::ReadFailure::Corrupt(tr!(
                    lang,
                    "reader-internal-error",
                    place = at
                )))
            } else {
                Err(read::ReadFailure::Corrupt(tr!(lang, "reader-crashed")))
            }
        }
    }
}

/// Reads the sheets with a header row; returns their rows, their tallies and the names of
/// the sheets without a header.
fn read_sheets(
    content: &mut FileContent,
    rel: &str,
    years: (Option<i32>, Option<i32>),
    cfg: &Config,
    index: &HeaderIndex,
    findings: &mut Findings,
) -> (Vec<RawRow>, Vec<SheetTally>, Vec<String>) {
    let mut rows = Vec::new();
    let mut tallies = Vec::new();
    let mut headerless = Vec::new();
    for grid in content.sheets.iter_mut() {
        match find_header(grid, index, cfg.limits.header_search_rows) {
            Some(header) => {
                let (sheet_rows, n) = rows_of_sheet(&mut *grid, &header, rel, years, cfg, findings);
                if n == 0 {
                    findings.push(
                        Severity::Warning,
                        Code::NoDataRows,
                        &Location {
                            file: rel.to_string(),
                            sheet: grid.name.clone(),
                            spot: Spot::cell(header.row, 0),
                        },
                        tr!(cfg.lang, "no-data-rows"),
                    );
                }
                tallies.push(SheetTally {
                    file: rel.to_string(),
                    sheet: grid.name.clone(),
                    data_rows: n,
                });
                rows.extend(sheet_rows);
            }
            None => headerless.push(grid.name.clone()),
        }
    }
    (rows, tallies, headerless)
}

/// A warning per text line whose unclosed quote was read as a character.
fn report_quote_repairs(content: &FileContent, rel: &str, lang: Lang, findings: &mut Findings) {
    for line in &content.quote_repairs {
        findings.push(
            Severity::Warning,
            Code::UnclosedQuote,
            &Location {
                file: rel.to_string(),
                sheet: content
                    .sheets
                    .first()
                    .map(|g| g.name.clone())
                    .unwrap_or_default(),
                spot: Spot::Whole,
            },
            tr!(lang, "unclosed-quote", line = line.to_string()),
        );
    }
}

/// Says why a workbook without a sheet with a header gave no rows: all sheets empty, or
/// per non-empty sheet, the header that was expected and what was found.
fn report_no_data(
    headerless: &[&Grid],
    expected: &[&str],
    rel: &str,
    file_at: &Location,
    cfg: &Config,
    findings: &mut Findings,
) {
    let lang = cfg.lang;
    let non_empty: Vec<&Grid> = headerless
        .iter()
        .copied()
        .filter(|g| g.rows.iter().any(|r| r.iter().any(|(_, v)| !v.is_empty())))
        .collect();
    if non_empty.is_empty() {
        findings.push(
            Severity::Error,
            Code::EmptyWorkbook,
            file_at,
            tr!(lang, "empty-workbook"),
        );
    } else {
        for g in non_empty {
            let found = header_candidate(g, cfg.limits.header_search_rows);
            findings.push(
                Severity::Error,
                Code::NoHeader,
                &Location {
                    file: rel.to_string(),
                    sheet: g.name.clone(),
                    spot: Spot::Whole,
                },
                tr!(
                    lang,
                    "no-header",
                    rows = cfg.limits.header_search_rows.to_string(),
                    expected = quote_list(expected, lang),
                    found = quote_list(
                        &found
                            .iter()
                            .take(10)
                            .map(String::as_str)
                            .collect::<Vec<_>>(),
                        lang
                    )
                ),
            );
        }
    }
}

/// An error per visible sheet without a header that still looks like a table (not the
/// goal catalogue): its rows are not taken over, so nothing is lost without a word.
fn report_ignored_sheets(
    headerless: &[&Grid],
    expected: &[&str],
    rel: &str,
    lang: Lang,
    findings: &mut Findings,
) {
    for g in headerless {
        if !g.hidden && looks_tabular(g) && !is_goal_catalogue(g) {
            // Rows there are not taken over: an error, so nothing is lost without a word.
            findings.push(
                Severity::Error,
                Code::SheetIgnored,
                &Location {
                    file: rel.to_string(),
                    sheet: g.name.clone(),
                    spot: Spot::Whole,
                },
                tr!(lang, "sheet-ignored", expected = quote_list(expected, lang)),
            );
        }
    }
}

fn quote_list(items: &[&str], lang: Lang) -> String {
    if items.is_empty() {
        return tr!(lang, "nothing");
    }
    items
        .iter()
        .map(|s| tr!(lang, "quoted", text = *s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads every inventory under `input`; data problems become findings, only an unusable
/// input folder is an error.
pub fn run(
    input: &Path,
    cfg: &Config,
    findings: &mut Findings,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Ingested, Error> {
    if !input.is_dir() {
        return Err(Error::InputDir {
            path: input.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        });
    }
    let mut skipped = Vec::new();
    let candidates = discover(input, cfg.lang, findings, &mut skipped)?;
    if candidates.is_empty() {
        // An empty report must never replace a good one.
        return Err(Error::EmptyInput {
            path: input.to_path_buf(),
        });
    }
    if let Some(p) = progress {
        p.set_length(candidates.len() as u64);
    }
    let index = HeaderIndex::new(cfg);
    let results: Vec<_> = candidates
        .par_iter()
        .map(|c| {
            let r = ingest_file(&c.path, &c.rel, (c.folder_year, c.name_year), cfg, &index);
            if let Some(p) = progress {
                p.inc(1);
            }
            r
        })
        .collect();
    // The same bytes in an earlier year's folder: last year's return sent again.
    let mut first_of: HashMap<u64, (i32, &str)> = HashMap::new();
    for (c, (_, _, report, _)) in candidates.iter().zip(&results) {
        if let (Some(year), Some(hash)) = (c.folder_year, report.hash) {
            let e = first_of.entry(hash).or_insert((year, c.rel.as_str()));
            if year < e.0 {
                *e = (year, c.rel.as_str());
            }
        }
    }
    // A correction workbook of an earlier year is last year's return, whatever folder it
    // was put in; it replaces nothing.
    let earlier_correction = |c: &discover::Candidate, report: &FileReport| {
        report
            .identity
            .as_ref()
            .filter(|id| id.kind == crate::identity::Kind::Correction)
            .and_then(|id| id.year)
            .filter(|y| c.folder_year.is_some_and(|this| *y < this))
    };
    let entries: Vec<supersede::Entry> = candidates
        .iter()
        .zip(&results)
        .map(|(c, (_, _, report, _))| supersede::Entry {
            rel: &c.rel,
            hash: report.hash,
            saved: report.saved,
            identity: report
                .identity
                .as_ref()
                .filter(|_| earlier_correction(c, report).is_none()),
        })
        .collect();
    let replaced = supersede::replaced(&entries);
    drop(entries);
    let mut out = Ingested::default();
    for (i, (c, (rows, mut tallies, mut report, f))) in candidates.iter().zip(results).enumerate() {
        let file_at = Location {
            file: c.rel.clone(),
            ..Location::default()
        };
        let earlier = report
            .hash
            .and_then(|h| first_of.get(&h))
            .filter(|(y, _)| c.folder_year.is_some_and(|this| *y < this));
        // The same bytes alone may be an unchanged return (a CSV exported again); it is
        // last year's when its name or its rows say so.
        let says_earlier = |year: i32| {
            c.name_year == Some(year)
                || rows.iter().any(|r| {
                    r.cell(Field::Year)
                        .is_some_and(|cell| cell.value.display().trim() == year.to_string())
                })
        };
        let not_counted = if let Some(r) = replaced.get(&i) {
            // Replaced by its correction: one line on the file, its own findings dropped
            // (they were sent back and answered).
            let by = candidates[r.by].rel.as_str();
            let (lang, n) = (cfg.lang, rows.len());
            let (severity, message) = match r.why {
                supersede::Why::MadeFrom => (
                    Severity::Info,
                    tr!(lang, "file-replaced", by = by, rows = n),
                ),
                supersede::Why::ChangedSince => (
                    Severity::Warning,
                    tr!(lang, "file-replaced-changed", by = by, rows = n),
                ),
                supersede::Why::EarlierRound => (
                    Severity::Info,
                    tr!(lang, "file-replaced-round", by = by, rows = n),
                ),
                supersede::Why::SameWorkbook => (
                    Severity::Warning,
                    tr!(lang, "file-replaced-twin", by = by, rows = n),
                ),
            };
            findings.push(severity, Code::ReplacedByCorrection, &file_at, message);
            report.superseded_by = Some(by.to_string());
            true
        } else if let (Some(year), Some(this)) = (earlier_correction(c, &report), c.folder_year) {
            findings.push(
                Severity::Error,
                Code::ResentReturn,
                &file_at,
                tr!(
                    cfg.lang,
                    "file-resent-correction",
                    year = year.to_string(),
                    this = this.to_string(),
                    rows = rows.len()
                ),
            );
            true
        } else if let (Some((year, file)), Some(this)) = (earlier, c.folder_year) {
            if says_earlier(*year) {
                // Its rows are last year's: not counted, named by one error on the file.
                findings.push(
                    Severity::Error,
                    Code::ResentReturn,
                    &file_at,
                    tr!(
                        cfg.lang,
                        "file-resent",
                        earlier = *file,
                        year = year.to_string(),
                        this = this.to_string(),
                        rows = rows.len()
                    ),
                );
                true
            } else {
                findings.push(
                    Severity::Warning,
                    Code::SameAsLastYear,
                    &file_at,
                    tr!(
                        cfg.lang,
                        "file-same-as-last-year",
                        earlier = *file,
                        year = year.to_string(),
                        this = this.to_string()
                    ),
                );
                false
            }
        } else {
            false
        };
        if not_counted {
            for t in &mut tallies {
                t.data_rows = 0;
            }
            out.sheets.extend(tallies);
            out.files.push(FileReport { rows: 0, ..report });
            continue;
        }
        out.rows.extend(rows);
        out.sheets.extend(tallies);
        out.files.push(report);
        findings.extend(f);
    }
    out.files.extend(skipped);
    if let Ok(entries) = std::fs::read_dir(input) {
        out.year_folders = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .filter(|n| n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|n| n.parse::<i32>().ok())
            })
            .filter(|y| (1990..=2100).contains(y))
            .collect();
        out.year_folders.sort_unstable();
    }
    out.files.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_synonyms_and_notes() {
        let cfg = Config::default();
        let index = HeaderIndex::new(&cfg);
        assert_eq!(index.field("Maßnahme"), Some(Field::Title));
        assert_eq!(index.field("MASSNAHME / PROJEKT"), Some(Field::Title));
        assert_eq!(index.field("Budget (€)"), Some(Field::BudgetEur));
        assert_eq!(index.field("Status (bitte wählen)"), Some(Field::Status));
        assert_eq!(
            index.field("Handlungsfeld\n(Baustein)"),
            Some(Field::FieldOfAction)
        );
        assert_eq!(index.field("Ziele und Inhalte"), Some(Field::Description));
        assert_eq!(index.field("Ziele"), Some(Field::Goals));
        assert_eq!(index.field("Bemerkungen"), None);
    }

    #[test]
    fn years_in_names() {
        assert_eq!(year_in_name("jugend-2025.xlsx"), Some(2025));
        assert_eq!(year_in_name("Rückläufe 2025"), Some(2025));
        assert_eq!(year_in_name("FB 32 Jugend.xlsx"), None);
        assert_eq!(year_in_name("20250101-export.csv"), None);
        assert_eq!(year_in_name("2023 korrigiert 2024.xlsx"), Some(2024));
    }

    #[test]
    fn department_from_names() {
        assert_eq!(
            department_from_file_name("2024/FB_32_Jugend.xlsx"),
            "FB 32 Jugend"
        );
        assert_eq!(department_from_file_name("03-jugend-2024.csv"), "03 jugend");
    }
}

//! The office's indicator workbook: where the region stands, beside what it does.
//!
//! One file in the input folder, `indikatoren.xlsx` (or `.xlsm`, `.xls`, `.ods`, `.csv`),
//! in long format: one row per indicator, year and group. It is read with the robustness of
//! the returns (header found by content, synonyms, German numbers, a finding with cell and
//! fix for every problem) and keeps the signs of official statistics (the Zeichenerklärung)
//! with their meaning: a sign that means "no value" never becomes a 0.

use std::collections::BTreeSet;
use std::path::Path;

use crate::config::{Config, IndicatorHeaders, Lang};
use crate::findings::{Findings, Location, Severity};
use crate::ingest::read::{Grid, Value};
use crate::text::{cell_ref, clean, match_key};
use crate::tr;
use crate::transform::parse::parse_german_number;
use crate::transform::vocabulary::{Lookup, Vocabulary};

/// The file's name without extension; the extensions it may have.
pub const FILE_STEM: &str = "indikatoren";
/// The extensions an indicator workbook may have, in the order they are looked for.
pub const EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xls", "ods", "csv"];
/// The group a row without one belongs to.
pub const TOTAL_GROUP: &str = "Gesamt";

/// A column of the indicator workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Col {
    /// Indikator-ID.
    Id,
    /// Indikator.
    Name,
    /// Handlungsfeld.
    Field,
    /// Jahr.
    Year,
    /// Gruppe.
    Group,
    /// Wert.
    Value,
    /// Zähler.
    Numerator,
    /// Nenner.
    Denominator,
    /// Einheit.
    Unit,
    /// Quelle.
    Source,
    /// Stand.
    AsOf,
    /// Zeitreihenbruch.
    Break,
    /// Anmerkung.
    Note,
}

impl Col {
    /// Every column, in the template's order.
    pub const ALL: [Col; 13] = [
        Col::Id,
        Col::Name,
        Col::Field,
        Col::Year,
        Col::Group,
        Col::Value,
        Col::Numerator,
        Col::Denominator,
        Col::Unit,
        Col::Source,
        Col::AsOf,
        Col::Break,
        Col::Note,
    ];

    /// The header the template writes, in the report's language.
    pub fn header(self, lang: Lang) -> &'static str {
        let (de, en) = self.names();
        lang.t(de, en)
    }

    /// The German and English headers; both are always understood.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Col::Id => ("Indikator-ID", "Indicator ID"),
            Col::Name => ("Indikator", "Indicator"),
            Col::Field => ("Handlungsfeld", "Field of action"),
            Col::Year => ("Jahr", "Year"),
            Col::Group => ("Gruppe", "Group"),
            Col::Value => ("Wert", "Value"),
            Col::Numerator => ("Zähler", "Numerator"),
            Col::Denominator => ("Nenner", "Denominator"),
            Col::Unit => ("Einheit", "Unit"),
            Col::Source => ("Quelle", "Source"),
            Col::AsOf => ("Stand", "As of"),
            Col::Break => ("Zeitreihenbruch", "Series break"),
            Col::Note => ("Anmerkung", "Note"),
        }
    }

    /// Headers understood without configuration beside the two names.
    fn built_in_synonyms(self) -> &'static [&'static str] {
        match self {
            // Not „Nr.“: a running number beside the id would split every series.
            Col::Id => &["ID", "Kennziffer", "Indikator-Nr."],
            Col::Name => &["Indikatorname", "Bezeichnung", "Kennzahl"],
            Col::Field => &["Themenfeld", "Baustein"],
            Col::Year => &["Berichtsjahr", "Jahr (Stichtag)"],
            Col::Group => &["Bevölkerungsgruppe", "Personengruppe"],
            Col::Value => &["Wert/Zeichen", "Ergebnis"],
            Col::Numerator => &[],
            Col::Denominator => &["Bezugsgröße"],
            Col::Unit => &["Maßeinheit"],
            Col::Source => &["Datenquelle"],
            Col::AsOf => &["Datenstand"],
            Col::Break => &["Bruch", "Bruch in der Zeitreihe"],
            Col::Note => &["Hinweis", "Bemerkung", "Anmerkungen"],
        }
    }

    /// The office's further headers for the column.
    fn configured(self, h: &IndicatorHeaders) -> &[String] {
        match self {
            Col::Id => &h.id,
            Col::Name => &h.name,
            Col::Field => &h.field,
            Col::Year => &h.year,
            Col::Group => &h.group,
            Col::Value => &h.value,
            Col::Numerator => &h.numerator,
            Col::Denominator => &h.denominator,
            Col::Unit => &h.unit,
            Col::Source => &h.source,
            Col::AsOf => &h.as_of,
            Col::Break => &h.series_break,
            Col::Note => &h.note,
        }
    }
}

/// One value of a series: an indicator in one year for one group, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Indikator-ID (the name when no id is given).
    pub id: String,
    /// The indicator's name.
    pub name: String,
    /// Its field of action as the vocabulary names it; none when not given or unknown.
    pub field: Option<String>,
    /// The year.
    pub year: i32,
    /// The group (Gesamt, Ausländer/-innen …).
    pub group: String,
    /// The value; none where a sign says there is none.
    pub value: Option<f64>,
    /// The sign of official statistics as written (`.`, `x`, `–`, `()` …); empty for a
    /// plain value.
    pub sign: String,
    /// The unit (%, Anzahl, je 1.000 …).
    pub unit: String,
    /// Where the figure comes from.
    pub source: String,
    /// The source's date.
    pub as_of: String,
    /// The first year after a changed definition.
    pub series_break: bool,
    /// A remark.
    pub note: String,
    /// Where the row is (file, sheet, row).
    pub at: Location,
}

impl Point {
    /// The value as a table shows it: the number, the sign for no value, `(12,3)` for a
    /// value of limited reliability.
    pub fn shown(&self, decimals: usize) -> String {
        match (self.value, self.sign.as_str()) {
            (Some(v), "()") => format!("({})", number(v, decimals)),
            (Some(_), sign) if !sign.is_empty() => sign.to_string(),
            (Some(v), _) => number(v, decimals),
            (None, sign) => sign.to_string(),
        }
    }
}

/// A number the German way with `decimals` places: `1.234,5`.
pub fn number(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    // Grouped as text: a figure beyond 64 bits keeps its digits.
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let sign = if v < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// The signs of official statistics and whether each leaves a value.
pub const SIGNS: [(&str, bool); 8] = [
    ("–", true),
    ("0", true),
    (".", false),
    ("x", false),
    ("…", false),
    ("/", false),
    ("()", true),
    ("*", false),
];

/// A cell's reading: its value and sign, or text that is neither.
#[derive(Debug, Clone, PartialEq)]
enum Reading {
    /// A value with its sign (empty for a plain number).
    Value(f64, String),
    /// A sign that means there is no value.
    NoValue(String),
    /// Nothing written.
    Empty,
    /// Text that is neither a number nor a sign.
    Unreadable(String),
    /// A formula whose result was never saved.
    Formula,
}

/// Reads a value cell with the signs of the Zeichenerklärung.
fn read_value(v: &Value) -> Reading {
    let text = match v {
        Value::Number(n) if n.is_finite() => return Reading::Value(*n, String::new()),
        Value::Text(t) => t.trim().to_string(),
        Value::Empty => return Reading::Empty,
        Value::NoCachedValue => return Reading::Formula,
        other => return Reading::Unreadable(other.display()),
    };
    match text.as_str() {
        "" => Reading::Empty,
        // Nothing there: exactly zero.
        "–" | "-" | "—" => Reading::Value(0.0, "–".into()),
        // Unknown or secret, blocked, comes later, not reliable enough, the employment
        // agency's secrecy: no value.
        "." | "x" | "X" | "/" | "*" => Reading::NoValue(text.to_lowercase()),
        "…" | "..." => Reading::NoValue("…".into()),
        _ => {
            // Less than half of the smallest unit shown: 0 as written („0“, „0,0“).
            if text.chars().all(|c| c == '0' || c == ',' || c == '.') && text.starts_with('0') {
                return Reading::Value(0.0, "0".into());
            }
            // A value of limited reliability, in brackets.
            if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                return match plain_number(inner) {
                    Some(n) => Reading::Value(n, "()".into()),
                    None => Reading::Unreadable(text),
                };
            }
            match plain_number(&text) {
                Some(n) => Reading::Value(n, String::new()),
                None => Reading::Unreadable(text),
            }
        }
    }
}

/// A number as written, with a trailing per-cent sign allowed.
fn plain_number(text: &str) -> Option<f64> {
    parse_german_number(text.trim().trim_end_matches('%').trim()).filter(|n| n.is_finite())
}

/// Whether a unit is a share in per cent.
pub fn is_percent(unit: &str) -> bool {
    let u = unit.trim().to_lowercase();
    // Percentage points are a difference, not a share: they may be negative.
    (u.contains('%') || u.contains("prozent") || u.contains("percent"))
        && !u.contains("punkt")
        && !u.contains("point")
}

/// What a quotient is multiplied by for the unit: 100 for %, 1,000 for ‰ or „je 1.000
/// Einwohner/-innen“, N for „je N …“ or „pro N …“; 1 otherwise.
pub fn unit_factor(unit: &str) -> f64 {
    let u = unit.trim().to_lowercase();
    if is_percent(&u) {
        return 100.0;
    }
    if u.contains('‰') || u.contains("promille") {
        return 1000.0;
    }
    let rest = u
        .strip_prefix("je ")
        .or_else(|| u.strip_prefix("pro "))
        .or_else(|| u.strip_prefix("per "));
    // The number up to the first letter, its groups in either convention („1.000“, „1,000“,
    // „100 000“).
    let digits: String = rest
        .unwrap_or("")
        .chars()
        .take_while(|c| !c.is_alphabetic())
        .filter(|c| c.is_ascii_digit())
        .collect();
    digits
        .parse::<f64>()
        .ok()
        .filter(|n| *n >= 1.0 && n.is_finite())
        .unwrap_or(1.0)
}

/// An indicator: its series over the years for each group, as the report shows it.
#[derive(Debug, Clone)]
pub struct Indicator<'a> {
    /// Indikator-ID.
    pub id: &'a str,
    /// Name.
    pub name: &'a str,
    /// Field of action (known to the vocabulary), if any.
    pub field: Option<&'a str>,
    /// The unit of its latest year.
    pub unit: &'a str,
    /// The source of its latest year.
    pub source: &'a str,
    /// The as-of date of its latest year.
    pub as_of: &'a str,
    /// Its groups, the total population first.
    pub groups: Vec<&'a str>,
    /// Its years, ascending.
    pub years: Vec<i32>,
    /// Years that begin a new definition.
    pub breaks: Vec<i32>,
    /// Decimal places its values are shown with (as many as the most precise one needs,
    /// at most 2).
    pub decimals: usize,
    /// Its values.
    pub points: Vec<&'a Point>,
}

impl Indicator<'_> {
    /// Its name, or its id where no name is given.
    pub fn name_or_id(&self) -> &str {
        if self.name.is_empty() {
            self.id
        } else {
            self.name
        }
    }

    /// The value of a group in a year.
    pub fn get(&self, group: &str, year: i32) -> Option<&Point> {
        self.points
            .iter()
            .find(|p| p.group == group && p.year == year)
            .copied()
    }

    /// The signs its values use, in the order of the Zeichenerklärung.
    pub fn signs(&self) -> Vec<&'static str> {
        let used: BTreeSet<&str> = self.points.iter().map(|p| p.sign.as_str()).collect();
        SIGNS
            .iter()
            .map(|(s, _)| *s)
            .filter(|s| used.contains(s))
            .collect()
    }
}

/// The indicator workbook as read.
#[derive(Debug, Clone, Default)]
pub struct Indicators {
    /// The file, relative to the input folder; empty when there is none.
    pub file: String,
    /// Every row taken, in the file's order.
    pub points: Vec<Point>,
}

impl Indicators {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The indicators in the order they first appear.
    pub fn indicators(&self) -> Vec<Indicator<'_>> {
        // Grouped in one pass: 200,000 rows of 5,000 indicators must not cost 5,000 passes.
        let mut order: Vec<&str> = Vec::new();
        let mut by_id: std::collections::HashMap<&str, Vec<&Point>> = Default::default();
        for p in &self.points {
            by_id
                .entry(p.id.as_str())
                .or_insert_with(|| {
                    order.push(&p.id);
                    Vec::new()
                })
                .push(p);
        }
        order
            .into_iter()
            .map(|id| {
                let mut points: Vec<&Point> = by_id.remove(id).unwrap_or_default();
                points.sort_by_key(|p| p.year);
                let latest = points.last().copied();
                let pick = |f: fn(&Point) -> &str| -> &str {
                    points
                        .iter()
                        .rev()
                        .map(|p| f(p))
                        .find(|s| !s.is_empty())
                        .unwrap_or("")
                };
                let mut groups: Vec<&str> = Vec::new();
                for p in &points {
                    if !groups.contains(&p.group.as_str()) {
                        groups.push(&p.group);
                    }
                }
                groups.sort_by_key(|g| *g != TOTAL_GROUP);
                // A row still to be filled (no value, no sign: the template's new year)
                // adds no year to the tables and charts.
                let years: BTreeSet<i32> = points
                    .iter()
                    .filter(|p| p.value.is_some() || !p.sign.is_empty())
                    .map(|p| p.year)
                    .collect();
                let breaks: BTreeSet<i32> = points
                    .iter()
                    .filter(|p| p.series_break)
                    .map(|p| p.year)
                    .collect();
                let decimals = points
                    .iter()
                    .filter_map(|p| p.value)
                    .map(|v| {
                        (0..=2)
                            .find(|d| {
                                ((v * 10f64.powi(*d)).round() - v * 10f64.powi(*d)).abs() < 1e-6
                            })
                            .unwrap_or(2) as usize
                    })
                    .max()
                    .unwrap_or(0);
                Indicator {
                    id,
                    name: pick(|p| &p.name),
                    field: points.iter().find_map(|p| p.field.as_deref()),
                    unit: pick(|p| &p.unit),
                    source: pick(|p| &p.source),
                    as_of: latest.map_or("", |_| pick(|p| &p.as_of)),
                    groups,
                    years: years.into_iter().collect(),
                    breaks: breaks.into_iter().collect(),
                    decimals,
                    points,
                }
            })
            .collect()
    }
}

/// The indicator workbook in the input folder, if there is one: its path and the name it
/// is shown with.
pub fn find(input: &Path) -> Option<(std::path::PathBuf, String)> {
    let entries = std::fs::read_dir(input).ok()?;
    let mut found: Vec<(usize, std::path::PathBuf, String)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let rank = is_indicator_file(&name)?;
            Some((rank, e.path(), name))
        })
        .collect();
    found.sort();
    found.into_iter().next().map(|(_, p, n)| (p, n))
}

/// Whether a file at the top of the input folder is the indicator workbook: its rank among
/// the extensions, or `None`.
pub fn is_indicator_file(name: &str) -> Option<usize> {
    let (stem, ext) = name.rsplit_once('.')?;
    if !stem.eq_ignore_ascii_case(FILE_STEM) {
        return None;
    }
    EXTENSIONS.iter().position(|e| ext.eq_ignore_ascii_case(e))
}

/// Reads the indicator workbook of the input folder; every problem is a finding. Without
/// a workbook, nothing (and no finding). `reporting`: the latest reporting year of the
/// returns, if any (a year far after it is a typo).
pub fn load(
    input: &Path,
    cfg: &Config,
    reporting: Option<i32>,
    findings: &mut Findings,
) -> Indicators {
    let Some((path, name)) = find(input) else {
        return Indicators::default();
    };
    let lang = cfg.lang;
    let file_at = Location {
        file: name.clone(),
        ..Location::default()
    };
    // A second indicator file beside the one read is named, never silently ignored.
    if let Ok(entries) = std::fs::read_dir(input) {
        let mut others: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| *n != name && is_indicator_file(n).is_some())
            .collect();
        others.sort();
        for other in others {
            findings.push(
                Severity::Warning,
                "indicator-file-twice",
                &Location {
                    file: other,
                    ..Location::default()
                },
                tr!(lang, "indicator-file-twice", used = name.as_str()),
            );
        }
    }
    let content = match crate::ingest::read_file(&path, cfg) {
        Ok(c) => c,
        Err(message) => {
            findings.push(
                Severity::Error,
                "indicator-file-unreadable",
                &file_at,
                message,
            );
            return Indicators::default();
        }
    };
    let fields = Vocabulary::new(&cfg.vocabularies.field_of_action);
    let mut points = Vec::new();
    let mut any_header = false;
    let mut headerless = Vec::new();
    for grid in &content.sheets {
        let Some(header) = find_header(grid, cfg) else {
            headerless.push(grid);
            continue;
        };
        any_header = true;
        let sheet_rows = rows(grid, &header, &name, &fields, lang, findings);
        points.extend(sheet_rows);
    }
    if !any_header {
        findings.push(
            Severity::Error,
            "indicator-no-header",
            &file_at,
            tr!(lang, "indicator-no-header"),
        );
        return Indicators::default();
    }
    // A sheet that holds a table but no header bestand knows is named, never passed over
    // (the template's instructions and list of fields are one column and do not count).
    for grid in headerless {
        let tabular = grid
            .rows
            .iter()
            .filter(|r| r.iter().filter(|(_, v)| !v.is_empty()).count() >= 3)
            .count()
            >= 3;
        if tabular {
            findings.push(
                Severity::Warning,
                "indicator-sheet-ignored",
                &Location {
                    file: name.clone(),
                    sheet: grid.name.clone(),
                    cell: String::new(),
                },
                tr!(lang, "indicator-sheet-ignored"),
            );
        }
    }
    check_series(&mut points, reporting, lang, findings);
    Indicators { file: name, points }
}

/// Every row of the indicator workbook below its header as written, one value per column
/// of [`Col::ALL`] (empty where the sheet has no such column): what `template --indicators`
/// carries into the next year's workbook, rows with problems included, so nothing is lost
/// by filling in the new one.
pub fn written_rows(input: &Path, cfg: &Config) -> Written {
    let mut out = Written::default();
    let Some((path, _)) = find(input) else {
        return out;
    };
    let Ok(content) = crate::ingest::read_file(&path, cfg) else {
        return out;
    };
    for grid in &content.sheets {
        let Some(header) = find_header(grid, cfg) else {
            continue;
        };
        let repeated_header = |r: u32| {
            header.columns.iter().all(|(_, c)| {
                match_key(&grid.get(r, *c).display())
                    == match_key(&grid.get(header.row, *c).display())
            })
        };
        for r in header.row + 1..grid.end_row() {
            if !grid.row_written(r) || repeated_header(r) {
                continue;
            }
            out.rows.push(Col::ALL.map(|c| {
                header
                    .col(c)
                    .map(|col| grid.get(r, col).clone())
                    .unwrap_or_default()
            }));
            // What the new workbook cannot carry is named: the office's own columns and
            // formulas whose result was never saved.
            for (c, v) in grid.row(r) {
                if v.is_empty() {
                    continue;
                }
                if matches!(v, Value::NoCachedValue) {
                    out.formulas += 1;
                }
                if !header.columns.iter().any(|(_, col)| col == c) {
                    let name = grid.get(header.row, *c).display();
                    let name = if name.trim().is_empty() {
                        crate::text::column_letters(*c)
                    } else {
                        clean(&name)
                    };
                    if !out.left_out.contains(&name) {
                        out.left_out.push(name);
                    }
                }
            }
        }
    }
    out
}

/// The indicator workbook's rows as written (see [`written_rows`]).
#[derive(Debug, Default)]
pub struct Written {
    /// Each row, one value per column of [`Col::ALL`].
    pub rows: Vec<[Value; 13]>,
    /// Columns with content that are none of the workbook's (the office's own).
    pub left_out: Vec<String>,
    /// Cells holding a formula without a saved result.
    pub formulas: usize,
}

/// The header row found on a sheet: its row and the column of each header.
struct Header {
    row: u32,
    columns: Vec<(Col, u32)>,
}

impl Header {
    fn col(&self, c: Col) -> Option<u32> {
        self.columns.iter().find(|(k, _)| *k == c).map(|(_, i)| *i)
    }
}

/// The header row: among the first rows, the one naming the indicator (id or name), the
/// year and a value (or numerator and denominator), with the most known columns.
fn find_header(grid: &Grid, cfg: &Config) -> Option<Header> {
    let keys: Vec<(String, Col)> = Col::ALL
        .iter()
        .flat_map(|&c| {
            let (de, en) = c.names();
            [de, en]
                .into_iter()
                .chain(c.built_in_synonyms().iter().copied())
                .map(match_key)
                .chain(
                    c.configured(&cfg.indicators.synonyms)
                        .iter()
                        .map(|s| match_key(s)),
                )
                .map(move |k| (k, c))
                .collect::<Vec<_>>()
        })
        .filter(|(k, _)| !k.is_empty())
        .collect();
    let end = grid
        .end_row()
        .min(grid.first_row + cfg.limits.header_search_rows);
    let mut best: Option<Header> = None;
    for r in grid.first_row..end {
        let mut columns: Vec<(Col, u32)> = Vec::new();
        for (c, v) in grid.row(r) {
            let Value::Text(text) = v else { continue };
            let key = match_key(text);
            if let Some((_, col)) = keys.iter().find(|(k, _)| *k == key)
                && !columns.iter().any(|(k, _)| k == col)
            {
                columns.push((*col, *c));
            }
        }
        let has = |c: Col| columns.iter().any(|(k, _)| *k == c);
        let usable = (has(Col::Id) || has(Col::Name))
            && has(Col::Year)
            && (has(Col::Value) || (has(Col::Numerator) && has(Col::Denominator)));
        if usable
            && best
                .as_ref()
                .is_none_or(|b| columns.len() > b.columns.len())
        {
            best = Some(Header { row: r, columns });
        }
    }
    best
}

/// The rows of a sheet below its header: each taken, or a finding says why not.
fn rows(
    grid: &Grid,
    header: &Header,
    file: &str,
    fields: &Vocabulary,
    lang: Lang,
    findings: &mut Findings,
) -> Vec<Point> {
    let mut out = Vec::new();
    // E-mail addresses go at once: personal data never reaches an export or the report
    // (an „Auskunft: Frau M., m@…“ in Quelle or Anmerkung).
    let text = |r: u32, c: Option<u32>| -> String {
        c.map(|c| crate::text::redact_emails(&clean(&grid.get(r, c).display())))
            .unwrap_or_default()
    };
    for r in header.row + 1..grid.end_row() {
        if !grid.row_written(r) {
            continue;
        }
        let at = |c: Option<u32>| Location {
            file: file.to_string(),
            sheet: grid.name.clone(),
            cell: c.map_or_else(|| (r + 1).to_string(), |c| cell_ref(r, c)),
        };
        let (id, name) = (text(r, header.col(Col::Id)), text(r, header.col(Col::Name)));
        if id.is_empty() && name.is_empty() {
            findings.push(
                Severity::Error,
                "indicator-no-id",
                &at(None),
                tr!(lang, "indicator-no-id"),
            );
            continue;
        }
        let id = if id.is_empty() { name.clone() } else { id };
        let year_col = header.col(Col::Year);
        let year_cell = year_col.map(|c| grid.get(r, c)).unwrap_or(&Value::Empty);
        // The header repeated further down (two tables pasted one under the other).
        if let (Some(c), Value::Text(t)) = (year_col, year_cell)
            && match_key(t) == match_key(&text(header.row, Some(c)))
        {
            continue;
        }
        if matches!(year_cell, Value::NoCachedValue) {
            findings.push(
                Severity::Error,
                "indicator-formula",
                &at(year_col),
                tr!(lang, "indicator-formula"),
            );
            continue;
        }
        let year = match year_cell {
            Value::Number(n) if n.fract() == 0.0 => Some(*n as i64),
            Value::Text(t) => t.trim().parse::<i64>().ok(),
            Value::Date(d) => Some(i64::from(chrono::Datelike::year(d))),
            _ => None,
        }
        .filter(|y| (1900..=2100).contains(y))
        .map(|y| y as i32);
        let Some(year) = year else {
            findings.push(
                Severity::Error,
                "indicator-year",
                &at(year_col),
                tr!(
                    lang,
                    "indicator-year",
                    id = id.as_str(),
                    text = year_cell.display()
                ),
            );
            continue;
        };
        let group = match text(r, header.col(Col::Group)) {
            g if g.is_empty() => TOTAL_GROUP.to_string(),
            g => g,
        };
        let unit = text(r, header.col(Col::Unit));
        let value_col = header.col(Col::Value);
        let value_cell = value_col.map(|c| grid.get(r, c)).unwrap_or(&Value::Empty);
        let (value, sign) = match read_value(value_cell) {
            Reading::Value(v, s) => (Some(v), s),
            Reading::NoValue(s) => (None, s),
            Reading::Unreadable(t) => {
                findings.push(
                    Severity::Warning,
                    "indicator-value",
                    &at(value_col),
                    tr!(lang, "indicator-value", text = t),
                );
                (None, String::new())
            }
            Reading::Formula => {
                findings.push(
                    Severity::Warning,
                    "indicator-formula",
                    &at(value_col),
                    tr!(lang, "indicator-formula"),
                );
                (None, String::new())
            }
            Reading::Empty => match computed(grid, r, header, &unit, &id, lang, &at, findings) {
                Computed::Value(v) => (Some(v), String::new()),
                Computed::NotTaken => continue,
                Computed::Unusable => (None, String::new()),
                Computed::Nothing => {
                    findings.push(
                        Severity::Warning,
                        "indicator-value-missing",
                        &at(value_col),
                        tr!(
                            lang,
                            "indicator-value-missing",
                            id = id.as_str(),
                            group = group.as_str(),
                            year = year.to_string()
                        ),
                    );
                    (None, String::new())
                }
            },
        };
        if let Some(v) = value
            && is_percent(&unit)
            && !(0.0..=100.0).contains(&v)
        {
            findings.push(
                Severity::Warning,
                "indicator-percent",
                &at(value_col),
                tr!(lang, "indicator-percent", value = number(v, 1)),
            );
        }
        let field_col = header.col(Col::Field);
        let field_text = text(r, field_col);
        let field = if field_text.is_empty() {
            None
        } else {
            match fields.lookup(&field_text) {
                Lookup::Exact(f) => Some(f),
                Lookup::Close(f) => {
                    findings.push(
                        Severity::Warning,
                        "indicator-field-read-as",
                        &at(field_col),
                        tr!(
                            lang,
                            "indicator-field-read-as",
                            text = field_text.as_str(),
                            field = f.as_str()
                        ),
                    );
                    Some(f)
                }
                Lookup::Unknown(suggestion) => {
                    findings.push(
                        Severity::Warning,
                        "indicator-unknown-field",
                        &at(field_col),
                        tr!(
                            lang,
                            "indicator-unknown-field",
                            text = field_text.as_str(),
                            known = fields.names().join(", "),
                            hint = suggestion.map_or_else(String::new, |s| {
                                format!(" {}", tr!(lang, "did-you-mean", suggestion = s))
                            })
                        ),
                    );
                    None
                }
            }
        };
        let break_text = text(r, header.col(Col::Break));
        out.push(Point {
            id,
            name,
            field,
            year,
            group,
            value,
            sign,
            unit,
            source: text(r, header.col(Col::Source)),
            as_of: text(r, header.col(Col::AsOf)),
            series_break: crate::text::parse_yes_no(&break_text).unwrap_or(!break_text.is_empty()),
            note: text(r, header.col(Col::Note)),
            at: at(None),
        });
    }
    out
}

/// What numerator and denominator give where no value is written.
enum Computed {
    /// The value they give.
    Value(f64),
    /// A denominator of 0: the row is not taken (the finding says so).
    NotTaken,
    /// Neither is given.
    Nothing,
    /// Given but not usable (the finding says so): no value.
    Unusable,
}

/// The value from numerator and denominator, scaled by the unit (per cent, per 1,000 …).
#[allow(clippy::too_many_arguments)]
fn computed(
    grid: &Grid,
    r: u32,
    header: &Header,
    unit: &str,
    id: &str,
    lang: Lang,
    at: &dyn Fn(Option<u32>) -> Location,
    findings: &mut Findings,
) -> Computed {
    let (nc, dc) = (header.col(Col::Numerator), header.col(Col::Denominator));
    let written = |c: Option<u32>| c.is_some_and(|c| !grid.get(r, c).is_empty());
    let read = |c: Option<u32>| match c.map(|c| grid.get(r, c)) {
        Some(Value::Number(n)) if n.is_finite() => Some(*n),
        Some(Value::Text(t)) => plain_number(t),
        _ => None,
    };
    match (read(nc), read(dc)) {
        (Some(n), Some(d))
            if d.abs() >= f64::MIN_POSITIVE && !(n / d * unit_factor(unit)).is_finite() =>
        {
            findings.push(
                Severity::Error,
                "indicator-ratio",
                &at(nc),
                tr!(lang, "indicator-ratio", id = id),
            );
            Computed::NotTaken
        }
        (Some(_), Some(d)) if d.abs() < f64::MIN_POSITIVE => {
            findings.push(
                Severity::Error,
                "indicator-denominator-zero",
                &at(dc),
                tr!(lang, "indicator-denominator-zero", id = id),
            );
            Computed::NotTaken
        }
        (Some(n), Some(d)) => Computed::Value(n / d * unit_factor(unit)),
        // One of the two written, or either unreadable: said, not taken for a missing value.
        _ if written(nc) || written(dc) => {
            findings.push(
                Severity::Warning,
                "indicator-ratio",
                &at(if read(nc).is_none() { nc } else { dc }),
                tr!(lang, "indicator-ratio", id = id),
            );
            Computed::Unusable
        }
        _ => Computed::Nothing,
    }
}

/// The checks across rows: a year twice (the later row is not taken), a gap in a series,
/// a unit that changes within a series.
fn check_series(
    points: &mut Vec<Point>,
    reporting: Option<i32>,
    lang: Lang,
    findings: &mut Findings,
) {
    // The first row of each indicator, group and year; the rows are looked up, never
    // scanned again (200,000 rows take a moment, not minutes).
    let mut seen: std::collections::HashMap<(String, String, i32), Location> = Default::default();
    points.retain(|p| {
        let key = (p.id.clone(), p.group.clone(), p.year);
        if let Some(first) = seen.get(&key) {
            let place = if first.sheet == p.at.sheet {
                first.cell.clone()
            } else {
                format!("{} ({})", first.cell, first.sheet)
            };
            findings.push(
                Severity::Error,
                "indicator-year-twice",
                &p.at,
                tr!(
                    lang,
                    "indicator-year-twice",
                    id = p.id.as_str(),
                    group = p.group.as_str(),
                    year = p.year.to_string(),
                    first = place
                ),
            );
            return false;
        }
        seen.insert(key, p.at.clone());
        true
    });
    // A year far after the reporting year is a typo (2042 for 2024), not the monitoring
    // running ahead of the returns.
    if let Some(reporting) = reporting {
        for p in points.iter().filter(|p| p.year > reporting + 1) {
            findings.push(
                Severity::Warning,
                "indicator-year-future",
                &p.at,
                tr!(
                    lang,
                    "indicator-year-future",
                    id = p.id.as_str(),
                    year = p.year.to_string(),
                    reporting = reporting.to_string()
                ),
            );
        }
    }
    // One id, one indicator: another name or field of action under the same id is said.
    let mut first_of: std::collections::HashMap<&str, &Point> = Default::default();
    for p in points.iter() {
        let first = *first_of.entry(p.id.as_str()).or_insert(p);
        if !p.name.is_empty()
            && !first.name.is_empty()
            && match_key(&p.name) != match_key(&first.name)
            || p.field.is_some() && first.field.is_some() && p.field != first.field
        {
            findings.push(
                Severity::Warning,
                "indicator-id-twice",
                &p.at,
                tr!(
                    lang,
                    "indicator-id-twice",
                    id = p.id.as_str(),
                    first = if first.at.sheet == p.at.sheet {
                        first.at.cell.clone()
                    } else {
                        format!("{} ({})", first.at.cell, first.at.sheet)
                    },
                    name = first.name.as_str(),
                    field = first.field.as_deref().unwrap_or("–")
                ),
            );
        }
    }
    let mut series: std::collections::BTreeMap<(&str, &str), Vec<&Point>> = Default::default();
    for p in points.iter() {
        series
            .entry((p.id.as_str(), p.group.as_str()))
            .or_default()
            .push(p);
    }
    for ((id, group), mut rows) in series {
        rows.sort_by_key(|p| p.year);
        // A share typed as „12,3 %“ into a cell Excel formats as per cent is stored as
        // 0,123: a whole series of shares between 0 and 1, written with more than one
        // decimal, is most likely that (one value alone, or 0,8 %, may well be a share).
        let values: Vec<f64> = rows.iter().filter_map(|p| p.value).collect();
        if rows.iter().all(|p| is_percent(&p.unit))
            && values.len() >= 2
            && values.iter().any(|v| *v > 0.0)
            && values.iter().all(|v| (0.0..=1.0).contains(v))
            && values
                .iter()
                .all(|v| ((v * 10.0).round() - v * 10.0).abs() > 1e-9)
            && let Some(first) = rows.iter().find(|p| p.value.is_some())
        {
            findings.push(
                Severity::Warning,
                "indicator-fraction",
                &first.at,
                tr!(lang, "indicator-fraction", id = id, group = group),
            );
        }
        for pair in rows.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.year > a.year + 1 {
                // A long gap is named by its ends, not year by year.
                let missing = if b.year - a.year > 4 {
                    tr!(
                        lang,
                        "indicator-years-range",
                        first = (a.year + 1).to_string(),
                        last = (b.year - 1).to_string()
                    )
                } else {
                    (a.year + 1..b.year)
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                findings.push(
                    Severity::Warning,
                    "indicator-year-gap",
                    &b.at,
                    tr!(
                        lang,
                        "indicator-year-gap",
                        id = id,
                        group = group,
                        missing = missing
                    ),
                );
            }
            let same_unit = if is_percent(&a.unit) || is_percent(&b.unit) {
                is_percent(&a.unit) == is_percent(&b.unit)
            } else {
                match_key(&a.unit) == match_key(&b.unit)
            };
            if !a.unit.is_empty() && !b.unit.is_empty() && !same_unit {
                findings.push(
                    Severity::Warning,
                    "indicator-unit-changed",
                    &b.at,
                    tr!(
                        lang,
                        "indicator-unit-changed",
                        id = id,
                        before = a.unit.as_str(),
                        after = b.unit.as_str(),
                        year = b.year.to_string()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(text: &str) -> Reading {
        read_value(&Value::Text(text.into()))
    }

    #[test]
    fn every_sign_keeps_its_meaning() {
        assert_eq!(reading("–"), Reading::Value(0.0, "–".into()));
        assert_eq!(reading("-"), Reading::Value(0.0, "–".into()));
        assert_eq!(reading("0"), Reading::Value(0.0, "0".into()));
        assert_eq!(reading("0,0"), Reading::Value(0.0, "0".into()));
        for no_value in [".", "x", "X", "…", "...", "/", "*"] {
            assert!(
                matches!(reading(no_value), Reading::NoValue(_)),
                "{no_value} must have no value"
            );
        }
        assert_eq!(reading("(12,3)"), Reading::Value(12.3, "()".into()));
        assert_eq!(reading("12,3 %"), Reading::Value(12.3, String::new()));
        assert_eq!(reading("1.234"), Reading::Value(1234.0, String::new()));
        assert_eq!(
            read_value(&Value::Number(7.5)),
            Reading::Value(7.5, String::new())
        );
        assert!(matches!(reading("k. A. bis Juni"), Reading::Unreadable(_)));
        assert_eq!(reading("  "), Reading::Empty);
    }

    #[test]
    fn values_are_shown_with_their_sign() {
        let p = |value: Option<f64>, sign: &str| Point {
            id: "A1".into(),
            name: String::new(),
            field: None,
            year: 2024,
            group: TOTAL_GROUP.into(),
            value,
            sign: sign.into(),
            unit: "%".into(),
            source: String::new(),
            as_of: String::new(),
            series_break: false,
            note: String::new(),
            at: Location::default(),
        };
        assert_eq!(p(Some(12.345), "").shown(1), "12,3");
        assert_eq!(p(Some(12.3), "()").shown(1), "(12,3)");
        assert_eq!(p(None, ".").shown(1), ".");
        assert_eq!(p(Some(0.0), "–").shown(1), "–");
        assert_eq!(p(Some(1234567.0), "").shown(0), "1.234.567");
        assert_eq!(p(Some(-0.04), "").shown(1), "0,0");
        // Beyond 64 bits the digits stay (they were shown as 0).
        assert_eq!(number(1e20, 0), "100.000.000.000.000.000.000");
    }

    #[test]
    fn a_quotient_is_scaled_by_its_unit() {
        assert_eq!(unit_factor("%"), 100.0);
        assert_eq!(unit_factor("Prozent"), 100.0);
        assert_eq!(unit_factor("je 1.000 Einw."), 1000.0);
        assert_eq!(unit_factor("pro 100.000 Einwohner/-innen"), 100000.0);
        assert_eq!(unit_factor("‰"), 1000.0);
        assert_eq!(unit_factor("Anzahl"), 1.0);
        assert_eq!(unit_factor("je Person"), 1.0);
        assert_eq!(unit_factor("per 1,000 inhabitants"), 1000.0);
        assert_eq!(unit_factor("je 100 000 Einw."), 100000.0);
        // Percentage points are a difference, not a share.
        assert!(!is_percent("Prozentpunkte"));
        assert_eq!(plain_number("0.123"), Some(0.123));
    }
}

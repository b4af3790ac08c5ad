//! Reading the indicator workbook: finding it, its header by content, each row with its
//! value or sign, and the rows as written for the next year's workbook.

use std::path::Path;

use crate::config::{Config, Lang};
use crate::findings::{Code, Findings, Location, Severity, Spot};
use crate::ingest::read::{Grid, Value};
use crate::text::{clean, match_key};
use crate::tr;
use crate::transform::vocabulary::{Lookup, Vocabulary};

use super::checks;
use super::{
    Col, EXTENSIONS, FILE_STEM, Indicators, Point, Reading, TOTAL_GROUP, is_percent, number,
    plain_number, read_value, unit_factor,
};

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
                Code::IndicatorFileTwice,
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
                Code::IndicatorFileUnreadable,
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
            Code::IndicatorNoHeader,
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
                Code::IndicatorSheetIgnored,
                &Location {
                    file: name.clone(),
                    sheet: grid.name.clone(),
                    spot: Spot::Whole,
                },
                tr!(lang, "indicator-sheet-ignored"),
            );
        }
    }
    checks::check_series(&mut points, reporting, lang, findings);
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
            spot: c.map_or(Spot::Row(r + 1), |c| Spot::cell(r, c)),
        };
        let (id, name) = (text(r, header.col(Col::Id)), text(r, header.col(Col::Name)));
        if id.is_empty() && name.is_empty() {
            findings.push(
                Severity::Error,
                Code::IndicatorNoId,
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
                Code::IndicatorFormula,
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
                Code::IndicatorYear,
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
                    Code::IndicatorValue,
                    &at(value_col),
                    tr!(lang, "indicator-value", text = t),
                );
                (None, String::new())
            }
            Reading::Formula => {
                findings.push(
                    Severity::Warning,
                    Code::IndicatorFormula,
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
                        Code::IndicatorValueMissing,
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
                Code::IndicatorPercent,
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
                        Code::IndicatorFieldReadAs,
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
                        Code::IndicatorUnknownField,
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
                Code::IndicatorRatio,
                &at(nc),
                tr!(lang, "indicator-ratio", id = id),
            );
            Computed::NotTaken
        }
        (Some(_), Some(d)) if d.abs() < f64::MIN_POSITIVE => {
            findings.push(
                Severity::Error,
                Code::IndicatorDenominatorZero,
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
                Code::IndicatorRatio,
                &at(if read(nc).is_none() { nc } else { dc }),
                tr!(lang, "indicator-ratio", id = id),
            );
            Computed::Unusable
        }
        _ => Computed::Nothing,
    }
}

//! The office's indicator workbook: where the region stands, beside what it does.
//!
//! One file in the input folder, `indikatoren.xlsx` (or `.xlsm`, `.xls`, `.ods`, `.csv`),
//! in long format: one row per indicator, year and group. It is read with the robustness of
//! the returns (header found by content, synonyms, German numbers, a finding with cell and
//! fix for every problem) and keeps the signs of official statistics (the Zeichenerklärung)
//! with their meaning: a sign that means "no value" never becomes a 0.

use std::collections::BTreeSet;

use crate::config::{IndicatorHeaders, Lang};
use crate::findings::Location;
use crate::ingest::read::Value;
use crate::transform::parse::parse_german_number;

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
        crate::i18n::either(lang, de, en)
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

mod checks;
mod read;

pub use read::{Written, find, is_indicator_file, load, written_rows};

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

//! Parsers for the values people write into inventory cells: dates, money, counts, lists
//! and yes/no. They know nothing of cells; the caller that knows the cell turns a `None`
//! or a flag into a finding.

use chrono::{Datelike, NaiveDate};

/// Which end of a period a date stands for: `03/2019` starts on the 1st and ends on the 31st.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A start date: the first day of a month or year.
    Start,
    /// An end date: the last day of a month or year.
    End,
}

/// What a date cell's text said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateText {
    /// Nothing (empty, `k.A.`, `-`).
    Missing,
    /// Ongoing, no end (`laufend`, `offen`, `unbefristet`).
    Open,
    /// A single date.
    Date(NaiveDate),
    /// A period `2016-2020` in one cell: start and end.
    Range(NaiveDate, Option<NaiveDate>),
}

const MONTHS: [(&str, u32); 28] = [
    ("januar", 1),
    ("jan", 1),
    ("january", 1),
    ("februar", 2),
    ("feb", 2),
    ("february", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mrz", 3),
    ("mär", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("jun", 6),
    ("june", 6),
    ("juli", 7),
    ("jul", 7),
    ("july", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
];

const MONTHS_LATE: [(&str, u32); 8] = [
    ("okt", 10),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("dezember", 12),
    ("dez", 12),
    ("december", 12),
];

fn month_by_name(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .chain(MONTHS_LATE.iter())
        .find(|(n, _)| *n == w)
        .map(|(_, m)| *m)
        .or(if w == "dec" { Some(12) } else { None })
}

/// Words that mean "no value given".
fn is_missing(s: &str) -> bool {
    matches!(
        s,
        "" | "-"
            | "–"
            | "—"
            | "/"
            | "k.a."
            | "k. a."
            | "ka"
            | "k.a"
            | "n.n."
            | "nn"
            | "keine angabe"
            | "keine angaben"
            | "n/a"
            | "na"
            | "?"
            | "unbekannt"
            | "entfällt"
            | "./."
    )
}

fn last_day_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// A day written in full (`01.01.1900`, `2999-03-01`) whatever its year: a date read as
/// unreadable only for its implausible year is named as such.
pub fn date_with_any_year(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.trim().split(['.', '/', '-']).map(str::trim).collect();
    let num = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, num(m)?, num(d)?),
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(y.parse().ok()?, num(m)?, num(d)?),
        _ => None,
    }
}

fn plausible_year(y: i32) -> bool {
    (1950..=2100).contains(&y)
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    if s.len() == 2 {
        return Some(2000 + y);
    }
    if s.len() == 4 && plausible_year(y) {
        Some(y)
    } else {
        None
    }
}

fn month_date(y: i32, m: u32, role: Role) -> Option<NaiveDate> {
    match role {
        Role::Start => NaiveDate::from_ymd_opt(y, m, 1),
        Role::End => last_day_of_month(y, m),
    }
}

/// Parses one date without range or prefix words.
fn single_date(s: &str, role: Role) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return None;
    }
    // ISO 8601: 2019-03-01 or 2019-03.
    if s.len() >= 7 && s.as_bytes()[4] == b'-' && s[..4].bytes().all(|b| b.is_ascii_digit()) {
        let parts: Vec<&str> = s.split('-').collect();
        let y = year_of(parts[0])?;
        let m: u32 = parts.get(1)?.parse().ok()?;
        return match parts.get(2) {
            Some(d) => {
                // A time part such as `2019-03-01T00:00:00` is dropped.
                let d: u32 = d.get(..2).unwrap_or(d).trim_end_matches('T').parse().ok()?;
                NaiveDate::from_ymd_opt(y, m, d)
            }
            None => month_date(y, m, role),
        };
    }
    // 01.03.2019, 1.3.19, 03.2019, 03/2019, 1/3/2019 (read day first, as in Germany).
    let parts: Vec<&str> = s.split(['.', '/']).map(str::trim).collect();
    if parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return match parts.as_slice() {
            [y] => {
                let y = year_of(y).filter(|_| y.len() == 4)?;
                match role {
                    Role::Start => NaiveDate::from_ymd_opt(y, 1, 1),
                    Role::End => NaiveDate::from_ymd_opt(y, 12, 31),
                }
            }
            [m, y] => month_date(year_of(y).filter(|_| y.len() == 4)?, m.parse().ok()?, role),
            [d, m, y] => NaiveDate::from_ymd_opt(year_of(y)?, m.parse().ok()?, d.parse().ok()?),
            _ => None,
        };
    }
    // März 2019, Mrz. 2019, 1. März 2019.
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        [m, y] => month_date(
            year_of(y).filter(|_| y.len() == 4)?,
            month_by_name(m)?,
            role,
        ),
        [d, m, y] => {
            let d: u32 = d.trim_end_matches('.').parse().ok()?;
            NaiveDate::from_ymd_opt(year_of(y)?, month_by_name(m)?, d)
        }
        _ => None,
    }
}

/// Parses a date as people write it (see SPEC "Values a person writes"); `None` if unreadable.
pub fn parse_date(text: &str, role: Role) -> Option<DateText> {
    let lower = text.trim().to_lowercase().replace(['–', '—'], "-");
    let s = lower.trim();
    if is_missing(s) {
        return Some(DateText::Missing);
    }
    if matches!(
        s,
        "laufend"
            | "offen"
            | "unbefristet"
            | "fortlaufend"
            | "dauerhaft"
            | "dauerhaft angelegt"
            | "ongoing"
            | "open"
            | "open-ended"
            | "bis auf weiteres"
    ) {
        return Some(DateText::Open);
    }
    let mut rest = s;
    for prefix in [
        "seit",
        "ab",
        "bis",
        "ca.",
        "voraussichtlich",
        "vsl.",
        "since",
        "from",
        "until",
    ] {
        if let Some(r) = rest.strip_prefix(prefix)
            && (r.starts_with([' ', '.']) || prefix.ends_with('.'))
        {
            rest = r.trim_start_matches('.').trim();
        }
    }
    if let Some(d) = single_date(rest, role) {
        return Some(DateText::Date(d));
    }
    // A period in one cell: 2016-2020, 01.01.2016 - 31.12.2020, 2016 bis 2020, 2016 - laufend.
    for sep in [" bis ", " - ", "-", " to "] {
        if let Some((a, b)) = rest.split_once(sep) {
            let start = single_date(a, Role::Start);
            let end = match b.trim() {
                "laufend" | "offen" | "unbefristet" | "heute" | "dato" | "ongoing" => Some(None),
                b => single_date(b, Role::End).map(Some),
            };
            if let (Some(start), Some(end)) = (start, end) {
                return Some(DateText::Range(start, end));
            }
        }
    }
    None
}

/// Converts an Excel serial day number to a date (both the 1900 and the 1904 system).
pub fn excel_serial_date(serial: f64, is_1904: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let base = if is_1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else {
        // Excel counts 1900-02-29, which never existed; from serial 61 on, 1899-12-30 is day 0.
        if days < 61 {
            NaiveDate::from_ymd_opt(1899, 12, 31)?
        } else {
            NaiveDate::from_ymd_opt(1899, 12, 30)?
        }
    };
    base.checked_add_signed(chrono::Duration::days(days))
}

/// Whether a plain number in a date column is plausibly a serial date (1950 to 2100).
pub fn plausible_serial(serial: f64, is_1904: bool) -> bool {
    excel_serial_date(serial, is_1904).is_some_and(|d| plausible_year(d.year()))
}

/// A money amount and whether it was marked as approximate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money {
    /// Amount in euro; `None` when the cell said "not known".
    pub value: Option<f64>,
    /// Written with `ca.`, `etwa`, `~`.
    pub approx: bool,
}

fn strip_approx(s: &str) -> (&str, bool) {
    for p in [
        "ca.",
        "ca ",
        "circa",
        "etwa",
        "rund",
        "ungefähr",
        "~",
        "approx.",
        "about",
    ] {
        if let Some(r) = s.strip_prefix(p) {
            return (r.trim(), true);
        }
    }
    (s, false)
}

/// Reads a number written the German way (`12.500,50`) or plainly (`12500.5`).
pub fn parse_german_number(s: &str) -> Option<f64> {
    let s: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect();
    if s.is_empty() {
        return None;
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s),
    };
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let groups_of_three = |sep: char| {
        let parts: Vec<&str> = s.split(sep).collect();
        // „0.123“ is no thousands grouping: nobody writes 123 that way.
        parts.len() > 1
            && !parts[0].is_empty()
            && parts[0] != "0"
            && parts[0].len() <= 3
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let normalised = match (s.rfind('.'), s.rfind(',')) {
        (Some(d), Some(c)) if c > d => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (None, Some(_)) if groups_of_three(',') && s.matches(',').count() > 1 => s.replace(',', ""),
        (None, Some(_)) => s.replace(',', "."),
        (Some(_), None) if groups_of_three('.') => s.replace('.', ""),
        _ => s.clone(),
    };
    let v: f64 = normalised.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// Parses a money cell's text: `12.500 €`, `12.500,50`, `12500 EUR`, `ca. 5.000`, `1,2 Mio. €`.
pub fn parse_money(text: &str) -> Option<Money> {
    let lower = text.trim().to_lowercase();
    if is_missing(lower.as_str()) {
        return Some(Money {
            value: None,
            approx: false,
        });
    }
    let (rest, approx) = strip_approx(&lower);
    let mut s = rest.to_string();
    let mut factor = 1.0;
    for (word, f) in [
        ("mio.", 1e6),
        ("mio", 1e6),
        ("millionen", 1e6),
        ("tsd.", 1e3),
        ("tsd", 1e3),
        ("t€", 1e3),
        ("teur", 1e3),
    ] {
        if let Some(pos) = s.find(word) {
            s.replace_range(pos..pos + word.len(), "");
            factor = f;
            break;
        }
    }
    for cur in ["euro", "eur", "€", ",-", ",--"] {
        s = s.replace(cur, "");
    }
    let v = parse_german_number(s.trim())?;
    Some(Money {
        value: Some(v * factor),
        approx,
    })
}

/// How exactly a count was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// A plain number.
    Exact,
    /// `ca. 120`.
    Approx,
    /// `>100`, `über 100`: the number is a lower bound.
    AtLeast,
    /// `120-150`: the lower bound is taken (never overstate reach).
    Range(i64, i64),
}

/// A count of participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The number taken; `None` when not given.
    pub value: Option<i64>,
    /// How it was written.
    pub kind: CountKind,
    /// What it counts when that is not people („Einsätze“ of `600 Einsätze`): listed with
    /// its unit, never added to the people reached.
    pub unit: Option<String>,
}

/// Words after a number that still count people („120 TN“, „40 Kinder“), as word starts.
const PEOPLE: [&str; 22] = [
    "person",
    "pers",
    "tn",
    "teiln",
    "teilnehm",
    "leute",
    "menschen",
    "kind",
    "jugendlich",
    "schueler",
    "frau",
    "maenner",
    "mann",
    "eltern",
    "muetter",
    "vaeter",
    "besucher",
    "gefluechtet",
    "zugewandert",
    "seniorinnen",
    "senioren",
    "azubi",
];

/// Whether the words after a count still count people.
fn counts_people(unit: &str) -> bool {
    let key = crate::text::match_key(unit);
    PEOPLE.iter().any(|p| key.starts_with(p))
}

/// A whole number with the words after it („120 Personen“, „600 Einsätze“).
fn plain_count(s: &str) -> Option<(i64, String)> {
    // "120 Personen", "120 TN": the number comes first.
    let num: String = s
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let rest = s.trim()[num.len()..].trim();
    if !rest.is_empty()
        && !rest
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == ' ' || c == '-')
    {
        return None;
    }
    let v = parse_german_number(&num)?;
    if v < 0.0 || v.fract() != 0.0 {
        return None;
    }
    Some((v as i64, rest.to_string()))
}

/// The unit of the words after a count: none when they count people or say nothing.
fn unit_of(rest: &str) -> Option<String> {
    let rest = crate::text::clean(rest.trim_matches(['.', ' ']));
    (!rest.is_empty() && !counts_people(&rest)).then_some(rest)
}

/// Parses a count: `120`, `ca. 120`, `>100`, `120-150`, `k.A.`, `600 Einsätze` (a unit
/// other than people).
pub fn parse_count(text: &str) -> Option<Count> {
    let trimmed = text.trim().replace(['–', '—'], "-");
    let lower = trimmed.to_lowercase();
    if is_missing(lower.as_str()) {
        return Some(Count {
            value: None,
            kind: CountKind::Exact,
            unit: None,
        });
    }
    // The unit as written (its case), from the same place in the original text.
    let unit_as_written = |rest: &str| {
        unit_of(rest).map(|u| {
            trimmed
                .char_indices()
                .map(|(i, _)| &trimmed[i..])
                .find(|t| t.to_lowercase() == u.to_lowercase())
                .map_or(u.clone(), str::to_string)
        })
    };
    let (rest, approx) = strip_approx(&lower);
    for p in [
        ">=",
        ">",
        "über",
        "mehr als",
        "mind.",
        "mindestens",
        "min.",
        "more than",
        "über ",
    ] {
        if let Some(r) = rest.strip_prefix(p) {
            let (v, words) = plain_count(r)?;
            return Some(Count {
                value: Some(v),
                kind: CountKind::AtLeast,
                unit: unit_as_written(&words),
            });
        }
    }
    let digits_then_dash = rest
        .split_once('-')
        .filter(|(a, _)| a.trim().chars().all(|c| c.is_ascii_digit() || c == '.'));
    if let Some((a, b)) = digits_then_dash.or_else(|| rest.split_once(" bis ")) {
        let ((lo, _), (hi, words)) = (plain_count(a)?, plain_count(b)?);
        return Some(Count {
            value: Some(lo.min(hi)),
            kind: CountKind::Range(lo.min(hi), lo.max(hi)),
            unit: unit_as_written(&words),
        });
    }
    let (v, words) = plain_count(rest)?;
    Some(Count {
        value: Some(v),
        kind: if approx {
            CountKind::Approx
        } else {
            CountKind::Exact
        },
        unit: unit_as_written(&words),
    })
}

/// Splits a list cell on `;`, `,`, `/` and line breaks; trims, drops empties and repeats.
pub fn split_list(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split([';', ',', '/', '\n', '\r', '•']) {
        let item = crate::text::clean(part.trim_start_matches(['-', '*']));
        if !item.is_empty() && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn date(input: &str, role: Role, expected: Option<DateText>) {
        assert_eq!(parse_date(input, role), expected, "{input:?}");
    }

    #[test]
    fn dates() {
        use DateText::*;
        use Role::*;
        date("01.03.2019", Start, Some(Date(d(2019, 3, 1))));
        date("1.3.2019", Start, Some(Date(d(2019, 3, 1))));
        date("1.3.19", Start, Some(Date(d(2019, 3, 1))));
        date("03/2019", Start, Some(Date(d(2019, 3, 1))));
        date("03/2019", End, Some(Date(d(2019, 3, 31))));
        date("02/2024", End, Some(Date(d(2024, 2, 29))));
        date("März 2019", Start, Some(Date(d(2019, 3, 1))));
        date("Mrz. 2019", Start, Some(Date(d(2019, 3, 1))));
        date("Dezember 2020", End, Some(Date(d(2020, 12, 31))));
        date("2019", Start, Some(Date(d(2019, 1, 1))));
        date("2019", End, Some(Date(d(2019, 12, 31))));
        date("seit 2016", Start, Some(Date(d(2016, 1, 1))));
        date("ab 01.02.2020", Start, Some(Date(d(2020, 2, 1))));
        date("laufend", End, Some(Open));
        date("Unbefristet", End, Some(Open));
        date("offen", End, Some(Open));
        date("2019-03-01", Start, Some(Date(d(2019, 3, 1))));
        date("2019-03-01T00:00:00", Start, Some(Date(d(2019, 3, 1))));
        date(
            "2016-2020",
            Start,
            Some(Range(d(2016, 1, 1), Some(d(2020, 12, 31)))),
        );
        date(
            "2016 – 2020",
            Start,
            Some(Range(d(2016, 1, 1), Some(d(2020, 12, 31)))),
        );
        date(
            "01.01.2016 - 30.06.2020",
            Start,
            Some(Range(d(2016, 1, 1), Some(d(2020, 6, 30)))),
        );
        date(
            "2016 bis 2020",
            Start,
            Some(Range(d(2016, 1, 1), Some(d(2020, 12, 31)))),
        );
        date("2016 - laufend", Start, Some(Range(d(2016, 1, 1), None)));
        date("k.A.", Start, Some(Missing));
        date("-", End, Some(Missing));
        date("", End, Some(Missing));
        date("irgendwann", Start, None);
        date("31.02.2019", Start, None);
        date("13/2019", Start, None);
        date("12345", Start, None);
    }

    #[test]
    fn serial_dates() {
        assert_eq!(excel_serial_date(43040.0, false), Some(d(2017, 11, 1)));
        assert_eq!(excel_serial_date(1.0, false), Some(d(1900, 1, 1)));
        assert_eq!(excel_serial_date(61.0, false), Some(d(1900, 3, 1)));
        // The same day is 1462 lower in the 1904 system.
        assert_eq!(
            excel_serial_date(43040.0 - 1462.0, true),
            Some(d(2017, 11, 1))
        );
        assert!(plausible_serial(45000.0, false));
        assert!(!plausible_serial(120.0, false));
        assert_eq!(excel_serial_date(f64::NAN, false), None);
    }

    fn money(input: &str, expected: Option<(Option<f64>, bool)>) {
        let got = parse_money(input).map(|m| (m.value, m.approx));
        assert_eq!(got, expected, "{input:?}");
    }

    #[test]
    fn money_values() {
        money("12.500 €", Some((Some(12500.0), false)));
        money("12.500,50", Some((Some(12500.5), false)));
        money("12500 EUR", Some((Some(12500.0), false)));
        money("12500", Some((Some(12500.0), false)));
        money("1.250.000", Some((Some(1_250_000.0), false)));
        money("12,5", Some((Some(12.5), false)));
        money("1250.50", Some((Some(1250.5), false)));
        money("12,500.50", Some((Some(12500.5), false)));
        money("ca. 5.000", Some((Some(5000.0), true)));
        money("1,2 Mio. €", Some((Some(1_200_000.0), false)));
        money("25 T€", Some((Some(25_000.0), false)));
        money("5.000,- €", Some((Some(5000.0), false)));
        money("k.A.", Some((None, false)));
        money("-", Some((None, false)));
        money("", Some((None, false)));
        money("viel", None);
        money("12 Stellen", None);
    }

    fn count(input: &str, expected: Option<(Option<i64>, CountKind)>) {
        let got = parse_count(input).map(|c| (c.value, c.kind));
        assert_eq!(got, expected, "{input:?}");
    }

    #[test]
    fn counts() {
        use CountKind::*;
        count("120", Some((Some(120), Exact)));
        count("1.200", Some((Some(1200), Exact)));
        count("ca. 120", Some((Some(120), Approx)));
        count(">100", Some((Some(100), AtLeast)));
        count("über 100", Some((Some(100), AtLeast)));
        count("120-150", Some((Some(120), Range(120, 150))));
        count("120 – 150", Some((Some(120), Range(120, 150))));
        count("120 Personen", Some((Some(120), Exact)));
        count("k.A.", Some((None, Exact)));
        count("viele", None);
        count("12,5", None);
        count("ca. 20 TN", Some((Some(20), Approx)));
    }

    #[test]
    fn counts_of_other_units_keep_their_unit() {
        let unit = |input: &str| parse_count(input).and_then(|c| c.unit);
        assert_eq!(unit("600 Einsätze").as_deref(), Some("Einsätze"));
        assert_eq!(unit("ca. 35 Termine").as_deref(), Some("Termine"));
        assert_eq!(
            unit("10-12 Veranstaltungen").as_deref(),
            Some("Veranstaltungen")
        );
        assert_eq!(unit("80 Beratungen").as_deref(), Some("Beratungen"));
        for people in [
            "120",
            "120 Personen",
            "ca. 20 TN",
            "40 Kinder",
            "12 Teilnehmende",
            "15 Pers.",
        ] {
            assert_eq!(unit(people), None, "{people}");
        }
    }

    #[test]
    fn yes_no() {
        for (input, expected) in [
            ("ja", Some(true)),
            ("Ja", Some(true)),
            ("x", Some(true)),
            ("X", Some(true)),
            ("1", Some(true)),
            ("nein", Some(false)),
            ("0", Some(false)),
            ("", Some(false)),
            ("vielleicht", None),
        ] {
            assert_eq!(crate::text::parse_yes_no(input), expected, "{input:?}");
        }
    }

    #[test]
    fn lists() {
        assert_eq!(
            split_list("Frauen; Geflüchtete,Kinder und Jugendliche\nÄltere Menschen / Frauen"),
            vec![
                "Frauen",
                "Geflüchtete",
                "Kinder und Jugendliche",
                "Ältere Menschen"
            ]
        );
        assert_eq!(split_list(" ; ,"), Vec::<String>::new());
        assert_eq!(
            split_list("- Caritas\n- Diakonie"),
            vec!["Caritas", "Diakonie"]
        );
    }
}

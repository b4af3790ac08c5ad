//! The measure types: one measure of one year, a rejected row's evidence, a row as
//! written, and the dataset of a run.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::config::Field;
use crate::ingest::Value;
use crate::schema::Datum;

use super::returns_of;

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
    /// What `participants` counts when it is not people („Einsätze“): listed with its
    /// unit, never added to the people reached.
    pub participants_unit: Option<String>,
    /// Whether `participants` was given approximately (ca., a range, a lower bound).
    pub participants_approx: bool,
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
    /// The department's remarks, from a column it added („Bemerkung“, „Anmerkungen“ …):
    /// for the office's measures.xlsx only, never in the report or the tables.
    pub remarks: Option<String>,
    /// File, relative to the input folder.
    pub source_file: String,
    /// Sheet.
    pub source_sheet: String,
    /// 1-based Excel row.
    pub source_row: u32,
}

impl Measure {
    /// Where its row is, for findings about the whole row.
    pub fn location(&self) -> crate::findings::Location {
        crate::findings::Location {
            file: self.source_file.clone(),
            sheet: self.source_sheet.clone(),
            spot: crate::findings::Spot::Row(self.source_row),
        }
    }

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
            "participants_unit" => |m| Datum::Text(m.participants_unit.as_deref()),
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
    /// (field, 0-based column in the department's sheet, value as written).
    pub cells: Vec<(Field, u32, Value)>,
    /// The columns the department added: (header, 0-based column, value as written).
    pub extra: Vec<(String, u32, Value)>,
}

/// The clean dataset of a run.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// All accepted measures, sorted by year, department, file and row.
    pub measures: Vec<Measure>,
    /// How many rows were read but not taken into the table (each has an error finding).
    pub rejected_count: usize,
    /// The rejected rows that name a measure (not repetitions of a measure taken over).
    pub rejected_rows: Vec<Rejected>,
    /// Per reporting year, the rows not taken over as repetitions of a measure taken (the
    /// same id and title, or the same content): counted among the rows not taken over, not
    /// in `rejected_rows`, so no template gives them back.
    pub repeated_rows: BTreeMap<i32, usize>,
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
    /// The reporting years with a folder of their own in the input folder, also empty ones.
    pub year_folders: BTreeSet<i32>,
    /// Per file read, whose rows it holds: a workbook bestand makes for a department
    /// replaces a file only when all of the file's rows are that department's of that year.
    pub file_rows: BTreeMap<String, FileRows>,
}

/// Whose rows a file holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileRows {
    /// The department and reporting year of all its rows; none when they differ (a file
    /// of several departments or years) or a row's year is unknown.
    pub owner: Option<(String, i32)>,
    /// How many rows it holds.
    pub rows: usize,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{self, Kind};

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
            participants_unit: Some("Einsätze".into()),
            participants_approx: false,
            municipalities: vec![],
            partners: vec![],
            description: None,
            highlight: true,
            contact: Some("C".into()),
            remarks: None,
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
}

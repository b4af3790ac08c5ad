//! Findings: everything the data tells the office to look at, each naming file, sheet and
//! cell. Findings never stop a run.

use std::fmt;

pub use crate::codes::Code;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The row or file was not taken into the table.
    Error,
    /// Taken, but a value was read with a guess or left empty.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    /// Lower-case name as written to `findings.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing a department or the office should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What it is about; its stable code in `findings.csv`.
    pub code: Code,
    /// File, relative to the input folder.
    pub file: String,
    /// Sheet name, empty when the finding is about the whole file.
    pub sheet: String,
    /// The row or cell, or nothing when about a sheet or file.
    pub spot: Spot,
    /// What is wrong and how to fix it, in plain words.
    pub message: String,
}

/// Where in the input a finding points.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// File, relative to the input folder.
    pub file: String,
    /// Sheet name.
    pub sheet: String,
    /// Row or cell.
    pub spot: Spot,
}

impl Location {
    /// The whole of a file.
    pub fn file(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            ..Location::default()
        }
    }
}

/// Where on a sheet, or in a text file, a finding points.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Spot {
    /// The whole file or sheet.
    #[default]
    Whole,
    /// A row as the spreadsheet numbers it (from 1), or a line of a text file.
    Row(u32),
    /// One cell, row and column counted from 0 (`C12` is row 11, column 2).
    Cell {
        /// Row, from 0.
        row: u32,
        /// Column, from 0.
        col: u32,
    },
}

impl Spot {
    /// The cell at a row and column counted from 0.
    pub fn cell(row: u32, col: u32) -> Spot {
        Spot::Cell { row, col }
    }

    /// The row as the spreadsheet numbers it, where one is named.
    pub fn row(self) -> Option<u32> {
        match self {
            Spot::Whole => None,
            Spot::Row(r) => Some(r),
            Spot::Cell { row, .. } => Some(row.saturating_add(1)),
        }
    }

    /// The column counted from 0, where a cell is named.
    pub fn col(self) -> Option<u32> {
        match self {
            Spot::Cell { col, .. } => Some(col),
            _ => None,
        }
    }

    /// (row, column) as the spreadsheet numbers them, 0 where not given: findings read top
    /// to bottom, a row before its cells.
    pub fn order(self) -> (u32, u32) {
        match self {
            Spot::Whole => (0, 0),
            Spot::Row(r) => (r, 0),
            Spot::Cell { row, col } => (row.saturating_add(1), col.saturating_add(1)),
        }
    }
}

/// As `findings.csv` writes it: `C12` for a cell, `12` for a row, nothing for the whole.
impl fmt::Display for Spot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Spot::Whole => Ok(()),
            Spot::Row(r) => write!(f, "{r}"),
            Spot::Cell { row, col } => f.write_str(&crate::text::cell_ref(*row, *col)),
        }
    }
}

/// The collected findings of a run.
#[derive(Debug, Default, Clone)]
pub struct Findings {
    items: Vec<Finding>,
}

impl Findings {
    /// An empty collection.
    pub fn new() -> Findings {
        Findings::default()
    }

    /// Adds one finding.
    pub fn push(
        &mut self,
        severity: Severity,
        code: Code,
        at: &Location,
        message: impl Into<String>,
    ) {
        self.items.push(Finding {
            severity,
            code,
            file: at.file.clone(),
            sheet: at.sheet.clone(),
            spot: at.spot,
            message: publishable(&message.into()),
        });
    }

    /// Appends all findings of another collection.
    pub fn extend(&mut self, other: Findings) {
        self.items.extend(other.items);
    }

    /// All findings in the order they were made.
    pub fn items(&self) -> &[Finding] {
        &self.items
    }

    /// Number of findings of one severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|f| f.severity == severity).count()
    }

    /// Sorts by file, sheet, row, column, severity, so output never depends on thread timing.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (
                a.file.as_str(),
                a.sheet.as_str(),
                a.spot.order(),
                a.severity,
                a.code,
            )
                .cmp(&(
                    b.file.as_str(),
                    b.sheet.as_str(),
                    b.spot.order(),
                    b.severity,
                    b.code,
                ))
        });
    }
}

/// The infos that ask the department something (a date that passed, a count of something
/// other than people): they go into its correction workbook, marked blue, and onto the
/// sheet „Rückfragen“ of measures.xlsx, though nothing is wrong.
pub const QUESTIONS: [Code; 3] = [
    Code::DeadlineEndPassed,
    Code::DeadlineStartPassed,
    Code::ParticipantsUnit,
];

/// Longest message kept whole; a value quoted in a message never runs over a page.
const MAX_MESSAGE_CHARS: usize = 600;

/// A message as it may be published: e-mail addresses (a contact that slipped into another
/// column) replaced, and an over-long quoted value shortened in the middle.
fn publishable(message: &str) -> String {
    let redacted = crate::text::redact_emails(message);
    let n = redacted.chars().count();
    if n <= MAX_MESSAGE_CHARS {
        return redacted;
    }
    let head: String = redacted.chars().take(MAX_MESSAGE_CHARS - 120).collect();
    let tail: String = redacted.chars().skip(n - 100).collect();
    format!("{head} … {tail}")
}

/// What happened to one input file: the terminal summary and the report's data-quality
/// table list every file with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileReport {
    /// File, relative to the input folder.
    pub file: String,
    /// Data rows read from it.
    pub rows: usize,
    /// Whether it was skipped on purpose (lock file, hidden, other type).
    pub skipped: bool,
    /// Whether it could not be read at all.
    pub failed: bool,
    /// When the workbook says it was last saved (its document properties; none for CSV),
    /// for the return list.
    pub saved: Option<chrono::NaiveDate>,
    /// A hash of its bytes, where it could be read.
    pub hash: Option<u64>,
    /// What it says about itself, when bestand handed it out (template, correction).
    pub identity: Option<crate::identity::Identity>,
    /// The correction workbook that replaces it: its rows were not counted.
    pub superseded_by: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spot_reads_as_excel_names_it_and_findings_read_top_to_bottom() {
        assert_eq!(Spot::cell(11, 2).to_string(), "C12");
        assert_eq!(Spot::cell(2, 26).to_string(), "AA3");
        assert_eq!(Spot::Row(12).to_string(), "12");
        assert_eq!(Spot::Whole.to_string(), "");
        let mut findings = Findings::new();
        for spot in [
            Spot::cell(11, 1),
            Spot::Row(12),
            Spot::cell(2, 26),
            Spot::Whole,
        ] {
            let at = Location {
                file: "a.xlsx".into(),
                sheet: "S".into(),
                spot,
            };
            findings.push(Severity::Warning, Code::TotalRow, &at, "m");
        }
        findings.sort();
        let order: Vec<String> = findings
            .items()
            .iter()
            .map(|f| f.spot.to_string())
            .collect();
        // The sheet, then row 3 (AA3 before B12: rows first), then row 12 before its cells.
        assert_eq!(order, ["", "AA3", "12", "B12"]);
        assert_eq!(Spot::cell(11, 1).row(), Some(12));
        assert_eq!(Spot::Row(12).col(), None);
    }
}

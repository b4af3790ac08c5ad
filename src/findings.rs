//! Findings: everything the data tells the office to look at, each naming file, sheet and
//! cell. Findings never stop a run.

use std::fmt;

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
    /// Stable machine code, e.g. `unknown-status`.
    pub code: &'static str,
    /// File, relative to the input folder.
    pub file: String,
    /// Sheet name, empty when the finding is about the whole file.
    pub sheet: String,
    /// Cell (`C12`) or row (`12`), empty when about a sheet or file.
    pub cell: String,
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
    /// Cell or row.
    pub cell: String,
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
        code: &'static str,
        at: &Location,
        message: impl Into<String>,
    ) {
        self.items.push(Finding {
            severity,
            code,
            file: at.file.clone(),
            sheet: at.sheet.clone(),
            cell: at.cell.clone(),
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
                cell_order(&a.cell),
                a.severity,
                a.code,
            )
                .cmp(&(
                    b.file.as_str(),
                    b.sheet.as_str(),
                    cell_order(&b.cell),
                    b.severity,
                    b.code,
                ))
        });
    }
}

/// The infos that ask the department something (a date that passed, a count of something
/// other than people): they go into its correction workbook, marked blue, and onto the
/// sheet „Rückfragen“ of measures.xlsx, though nothing is wrong.
pub const QUESTIONS: [&str; 3] = [
    "deadline-end-passed",
    "deadline-start-passed",
    "participants-unit",
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

/// Orders `B12` after `AA3` only by row first, then column, so findings read top to bottom:
/// (row, column), each 0 when not given.
pub fn cell_order(cell: &str) -> (u32, u32) {
    let letters: String = cell
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let row: u32 = cell[letters.len()..].parse().unwrap_or(0);
    let col = letters.bytes().fold(0u32, |acc, b| {
        acc * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    (row, col)
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

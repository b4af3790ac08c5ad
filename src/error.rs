//! Fatal errors: problems that stop a run (as opposed to findings about the data).

use std::fmt;
use std::path::PathBuf;

use crate::lang::Lang;
use crate::tr;

/// A problem that stops the run; printed once by `main`.
#[derive(Debug)]
pub enum Error {
    /// The input folder does not exist or cannot be listed.
    InputDir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// An output file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The configuration file is invalid.
    Config {
        /// The configuration file.
        path: PathBuf,
        /// What is wrong, with the line where known (boxed: errors travel by value).
        problem: Box<ConfigError>,
    },
    /// A command-line value makes no sense; the text says why.
    Usage(String),
    /// An output could not be made: the library that makes it failed.
    Export {
        /// The output file.
        path: PathBuf,
        /// What failed, with the library's own error.
        source: Cause,
    },
    /// The key figures could not be computed (a bug: the table is built by us).
    Figures {
        /// What polars said.
        source: polars::error::PolarsError,
    },
    /// Another run writes into the same output folder.
    Locked {
        /// The output folder.
        path: PathBuf,
    },
    /// The input folder holds no workbook at all.
    EmptyInput {
        /// The input folder.
        path: PathBuf,
    },
    /// No file of the input folder could be read at all.
    NothingReadable {
        /// The input folder.
        path: PathBuf,
    },
    /// A bug: a condition the program should never reach.
    Internal(String),
    /// Some outputs could not be made; the others are written (the new set without them).
    PartlyWritten(Vec<Error>),
}

impl Error {
    /// Process exit code: 2 for usage and configuration errors, 3 when input cannot be read
    /// or output cannot be written (1 is kept for error findings).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Config { .. } => 2,
            Error::InputDir { .. }
            | Error::Write { .. }
            | Error::Export { .. }
            | Error::Figures { .. }
            | Error::Locked { .. }
            | Error::EmptyInput { .. }
            | Error::NothingReadable { .. }
            | Error::Internal(_)
            | Error::PartlyWritten(_) => 3,
        }
    }

    /// The same error with a path under `from` named under `to` instead.
    pub fn rebased(self, from: &std::path::Path, to: &std::path::Path) -> Error {
        let moved = |path: PathBuf| match path.strip_prefix(from) {
            Ok(rest) => to.join(rest),
            Err(_) => path,
        };
        match self {
            Error::Write { path, source } => Error::Write {
                path: moved(path),
                source,
            },
            Error::Export { path, source } => Error::Export {
                path: moved(path),
                source,
            },
            Error::PartlyWritten(failed) => {
                Error::PartlyWritten(failed.into_iter().map(|e| e.rebased(from, to)).collect())
            }
            other @ (Error::InputDir { .. }
            | Error::Config { .. }
            | Error::Usage(_)
            | Error::Figures { .. }
            | Error::Locked { .. }
            | Error::EmptyInput { .. }
            | Error::NothingReadable { .. }
            | Error::Internal(_)) => other,
        }
    }
}

impl Error {
    /// The message in the user's language, naming the path and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &PathBuf| p.display().to_string();
        match self {
            Error::InputDir { path, source } => {
                tr!(
                    lang,
                    "error-input-dir",
                    path = shown(path),
                    source = source.to_string()
                )
            }
            Error::Write { path, source } => {
                tr!(
                    lang,
                    "error-write",
                    path = shown(path),
                    source = source.to_string()
                )
            }
            Error::Config { path, problem } => tr!(
                lang,
                "error-config",
                path = shown(path),
                message = problem.message(lang)
            ),
            Error::Usage(m) => m.clone(),
            Error::Export { path, source } => tr!(
                lang,
                "error-export",
                path = shown(path),
                what = source.what(lang),
                detail = source.detail()
            ),
            Error::Figures { source } => tr!(lang, "error-figures", source = source.to_string()),
            Error::Locked { path } => tr!(lang, "error-locked", path = shown(path)),
            Error::EmptyInput { path } => tr!(lang, "error-empty-input", path = shown(path)),
            Error::NothingReadable { path } => {
                tr!(lang, "error-nothing-readable", path = shown(path))
            }
            Error::Internal(m) => tr!(lang, "error-internal", message = m),
            Error::PartlyWritten(failed) => {
                let each: Vec<String> = failed
                    .iter()
                    .map(|e| format!("  – {}", e.message(lang)))
                    .collect();
                tr!(lang, "error-partly-written", failures = each.join("\n"))
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InputDir { source, .. } | Error::Write { source, .. } => Some(source),
            Error::Export { source, .. } => Some(source),
            Error::Figures { source } => Some(source),
            _ => None,
        }
    }
}

/// What is wrong with a configuration file, with its line where known.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// The line of the file (1-based) that holds the culprit, where known.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: ConfigProblem,
}

/// One thing a configuration file can have wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigProblem {
    /// The file cannot be read; what the system said.
    Unreadable(String),
    /// A setting of the wrong kind (a text where a list belongs).
    WrongKind {
        /// What the file has.
        found: ValueKind,
        /// What the setting needs.
        expected: ValueKind,
    },
    /// A key missing, unknown or misspelt; the TOML reader's own words.
    Toml(String),
    /// A `[headers.<key>]` table for a column the schema does not have.
    UnknownHeader {
        /// The key written.
        column: String,
    },
    /// A column's `[headers.<key>]` table is missing.
    MissingHeader {
        /// The column's key.
        column: String,
    },
    /// A goal names a field of action the vocabulary does not have.
    GoalField {
        /// The goal's id.
        goal: String,
        /// The field it names.
        field: String,
    },
    /// An introduction for a field of action the vocabulary does not have.
    IntroField {
        /// The field it names.
        field: String,
    },
    /// A column's header is empty.
    EmptyHeader {
        /// The column's key.
        column: String,
    },
    /// One header text under two columns.
    HeaderTwice {
        /// The header text.
        header: String,
        /// The first column's key.
        first: String,
        /// The second column's key.
        second: String,
    },
    /// `compare.threshold` outside 0 … 1.
    Threshold,
    /// An empty name in the list of departments.
    EmptyDepartment,
    /// An entry of the list of departments that is neither a name nor `{ name, synonyms }`.
    DepartmentEntry,
    /// One department twice in the list (spelt alike but for case, spaces or punctuation).
    DepartmentTwice {
        /// The first spelling.
        first: String,
        /// The second spelling.
        second: String,
    },
    /// No status or no field of action at all.
    EmptyVocabularies,
    /// A status without its role.
    StatusRole {
        /// The status.
        status: String,
    },
    /// One spelling under two values of a vocabulary.
    SpellingTwice {
        /// The spelling.
        spelling: String,
        /// The vocabulary's key.
        list: String,
        /// The first value.
        first: String,
        /// The second value.
        second: String,
    },
    /// The file is larger than a configuration can be.
    FileTooBig {
        /// Its size in kilobytes.
        kb: u64,
    },
    /// More goals than a catalogue can hold.
    TooManyGoals {
        /// How many.
        count: usize,
    },
    /// A text setting longer than allowed.
    LongText {
        /// Where it stands (the setting, or the goal or department it belongs to).
        key: String,
        /// Its length in characters.
        chars: usize,
        /// The most allowed.
        max: usize,
    },
    /// A limit outside what is allowed.
    Limit {
        /// The limit's key.
        name: String,
        /// The value given.
        value: u64,
        /// The largest value allowed.
        max: u64,
    },
}

/// The kinds of value a setting can have, as a clerk names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A text in quotes.
    Text,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// true or false.
    Boolean,
    /// A list in brackets.
    List,
    /// A table.
    Table,
}

impl ValueKind {
    fn id(self) -> &'static str {
        match self {
            ValueKind::Text => "text",
            ValueKind::Integer => "integer",
            ValueKind::Number => "number",
            ValueKind::Boolean => "boolean",
            ValueKind::List => "list",
            ValueKind::Table => "table",
        }
    }
}

impl ConfigProblem {
    /// A text the file quotes or a key that starts the culprit's line, to find its line.
    pub fn needle(&self) -> Option<String> {
        match self {
            ConfigProblem::GoalField { field, .. } | ConfigProblem::IntroField { field } => {
                Some(format!("\"{field}\""))
            }
            ConfigProblem::HeaderTwice { header, .. } => Some(format!("\"{header}\"")),
            ConfigProblem::DepartmentTwice { second, .. } => Some(format!("\"{second}\"")),
            ConfigProblem::StatusRole { status } => Some(format!("\"{status}\"")),
            ConfigProblem::SpellingTwice { spelling, .. } => Some(format!("\"{spelling}\"")),
            _ => None,
        }
    }

    /// What is wrong, in the run's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ConfigProblem::Unreadable(source) => {
                tr!(lang, "config-unreadable", source = source)
            }
            ConfigProblem::WrongKind { found, expected } => tr!(
                lang,
                "config-wrong-kind",
                found = found.id(),
                expected = expected.id()
            ),
            ConfigProblem::Toml(said) => tr!(lang, "config-toml", said = said),
            ConfigProblem::UnknownHeader { column } => {
                let known: Vec<&str> = crate::schema::Field::ALL.iter().map(|f| f.key()).collect();
                tr!(
                    lang,
                    "config-unknown-header",
                    column = column,
                    known = known.join(", ")
                )
            }
            ConfigProblem::MissingHeader { column } => {
                tr!(lang, "config-missing-header", column = column)
            }
            ConfigProblem::GoalField { goal, field } => {
                tr!(lang, "config-goal-field", goal = goal, field = field)
            }
            ConfigProblem::IntroField { field } => tr!(lang, "config-intro-field", field = field),
            ConfigProblem::EmptyHeader { column } => {
                tr!(lang, "config-empty-header", column = column)
            }
            ConfigProblem::HeaderTwice {
                header,
                first,
                second,
            } => tr!(
                lang,
                "config-header-twice",
                header = header,
                first = first,
                second = second
            ),
            ConfigProblem::Threshold => tr!(lang, "config-threshold"),
            ConfigProblem::EmptyDepartment => tr!(lang, "config-empty-department"),
            ConfigProblem::DepartmentEntry => tr!(lang, "config-department-entry"),
            ConfigProblem::DepartmentTwice { first, second } => tr!(
                lang,
                "config-department-twice",
                first = first,
                second = second
            ),
            ConfigProblem::EmptyVocabularies => tr!(lang, "config-empty-vocabularies"),
            ConfigProblem::StatusRole { status } => {
                tr!(lang, "config-status-role", status = status)
            }
            ConfigProblem::SpellingTwice {
                spelling,
                list,
                first,
                second,
            } => tr!(
                lang,
                "config-spelling-twice",
                spelling = spelling,
                list = list,
                first = first,
                second = second
            ),
            ConfigProblem::FileTooBig { kb } => tr!(lang, "config-file-too-big", kb = *kb as usize),
            ConfigProblem::TooManyGoals { count } => {
                tr!(lang, "config-too-many-goals", count = *count)
            }
            ConfigProblem::LongText { key, chars, max } => tr!(
                lang,
                "config-long-text",
                key = key.as_str(),
                chars = *chars,
                max = *max
            ),
            ConfigProblem::Limit { name, value, max } => tr!(
                lang,
                "config-limit",
                name = name,
                value = value.to_string(),
                max = max.to_string()
            ),
        }
    }
}

impl ConfigError {
    /// The problem with its line, in the run's language.
    pub fn message(&self, lang: Lang) -> String {
        let said = self.problem.message(lang);
        match self.line {
            Some(line) => tr!(lang, "config-at-line", line = line, message = said),
            None => said,
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::De))
    }
}

/// Why an output could not be made, with the error of the library that makes it.
#[derive(Debug)]
pub enum Cause {
    /// The CSV writer.
    Csv(csv::Error),
    /// polars (the Parquet file).
    Table(polars::error::PolarsError),
    /// rust_xlsxwriter (a workbook).
    Workbook(rust_xlsxwriter::XlsxError),
    /// serde_json (summary.json).
    Json(serde_json::Error),
    /// plotters or the PNG encoder (a chart); their errors carry the drawing backend's type,
    /// so their text is kept.
    Chart(String),
    /// printpdf or lopdf (the PDF report).
    Pdf(String),
}

impl Cause {
    /// What was being made, in the user's language.
    pub fn what(&self, lang: Lang) -> String {
        match self {
            Cause::Csv(_) => tr!(lang, "cause-csv"),
            Cause::Table(_) => tr!(lang, "cause-table"),
            Cause::Workbook(_) => tr!(lang, "cause-workbook"),
            Cause::Json(_) => tr!(lang, "cause-json"),
            Cause::Chart(_) => tr!(lang, "cause-chart"),
            Cause::Pdf(_) => tr!(lang, "cause-pdf"),
        }
    }

    /// The library's own words.
    pub fn detail(&self) -> String {
        match self {
            Cause::Csv(e) => e.to_string(),
            Cause::Table(e) => e.to_string(),
            Cause::Workbook(e) => e.to_string(),
            Cause::Json(e) => e.to_string(),
            Cause::Chart(m) | Cause::Pdf(m) => m.clone(),
        }
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.what(Lang::En), self.detail())
    }
}

impl std::error::Error for Cause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Cause::Csv(e) => Some(e),
            Cause::Table(e) => Some(e),
            Cause::Workbook(e) => Some(e),
            Cause::Json(e) => Some(e),
            Cause::Chart(_) | Cause::Pdf(_) => None,
        }
    }
}

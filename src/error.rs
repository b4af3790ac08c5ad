//! Fatal errors: problems that stop a run (as opposed to findings about the data).

use std::fmt;
use std::path::PathBuf;

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
    /// A file that must be read could not be.
    Read {
        /// The file.
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
        /// What is wrong, with the line where known.
        message: String,
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
}

impl Error {
    /// Process exit code: 2 for usage and configuration errors, 3 when input cannot be read
    /// or output cannot be written (1 is kept for error findings).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Config { .. } => 2,
            Error::InputDir { .. }
            | Error::Read { .. }
            | Error::Write { .. }
            | Error::Export { .. }
            | Error::Figures { .. }
            | Error::Locked { .. }
            | Error::EmptyInput { .. }
            | Error::NothingReadable { .. }
            | Error::Internal(_) => 3,
        }
    }
}

impl Error {
    /// The message in the user's language, naming the path and what to do.
    pub fn message(&self, lang: crate::config::Lang) -> String {
        use crate::config::Lang::{De, En};
        match (self, lang) {
            (Error::InputDir { path, source }, De) => format!(
                "Der Eingabeordner {} kann nicht gelesen werden ({source}). Bitte die Arbeitsmappen in {}/<Jahr>/ legen oder den Ordner mit --input angeben.",
                path.display(),
                path.display()
            ),
            (Error::InputDir { path, source }, En) => format!(
                "cannot read input folder {}: {source} (put the workbooks into {}/<year>/, or name the folder with --input)",
                path.display(),
                path.display()
            ),
            (Error::Read { path, source }, De) => {
                format!("{} kann nicht gelesen werden ({source}).", path.display())
            }
            (Error::Read { path, source }, En) => {
                format!("cannot read {}: {source}", path.display())
            }
            (Error::Write { path, source }, De) => format!(
                "{} kann nicht geschrieben werden ({source}). Ist die Datei noch in Excel oder einem PDF-Programm geöffnet? Bitte schließen und erneut starten.",
                path.display()
            ),
            (Error::Write { path, source }, En) => {
                format!("cannot write {}: {source}", path.display())
            }
            (Error::Config { path, message }, De) => format!(
                "Die Einstellungen in {} sind fehlerhaft: {message}",
                path.display()
            ),
            (Error::Config { path, message }, En) => {
                format!("configuration {} is invalid: {message}", path.display())
            }
            (Error::Usage(m), _) => m.clone(),
            (Error::Export { path, source }, De) => format!(
                "{} kann nicht erstellt werden: {} ({}). Bitte mit dieser Meldung melden.",
                path.display(),
                source.what(De),
                source.detail()
            ),
            (Error::Export { path, source }, En) => format!(
                "cannot make {}: {} ({}); please report it with this message",
                path.display(),
                source.what(En),
                source.detail()
            ),
            (Error::Figures { source }, De) => format!(
                "Interner Fehler (bitte melden): die Kennzahlen konnten nicht berechnet werden ({source})."
            ),
            (Error::Figures { source }, En) => {
                format!(
                    "internal error (please report): the key figures could not be computed ({source})"
                )
            }
            (Error::Locked { path }, De) => format!(
                "Ein anderer bestand-Lauf schreibt gerade in {}. Bitte warten, bis er fertig ist, oder mit --output einen anderen Ordner angeben.",
                path.display()
            ),
            (Error::Locked { path }, En) => format!(
                "another bestand run is writing into {}; wait until it has finished, or use another --output folder",
                path.display()
            ),
            (Error::EmptyInput { path }, De) => format!(
                "{} enthält keine Arbeitsmappe (xlsx, xlsm, xls, xlsb, ods, csv). Bitte die Rückmeldungen in {}/<Jahr>/ legen. Die bisherigen Ergebnisse bleiben unverändert.",
                path.display(),
                path.display()
            ),
            (Error::EmptyInput { path }, En) => format!(
                "{} holds no workbook (xlsx, xlsm, xls, xlsb, ods, csv); put the returns into {}/<year>/. The previous outputs were left as they are.",
                path.display(),
                path.display()
            ),
            (Error::NothingReadable { path }, De) => format!(
                "Keine Datei in {} konnte gelesen werden (siehe die Meldungen oben); der bisherige Bericht bleibt unverändert.",
                path.display()
            ),
            (Error::NothingReadable { path }, En) => format!(
                "no file in {} could be read (see the findings above); the previous report was left as it is",
                path.display()
            ),
            (Error::Internal(m), De) => {
                format!("Interner Fehler (bitte melden): {m}")
            }
            (Error::Internal(m), En) => format!("internal error (please report): {m}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::config::Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InputDir { source, .. }
            | Error::Read { source, .. }
            | Error::Write { source, .. } => Some(source),
            Error::Export { source, .. } => Some(source),
            Error::Figures { source } => Some(source),
            _ => None,
        }
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
    pub fn what(&self, lang: crate::config::Lang) -> &'static str {
        match self {
            Cause::Csv(_) => lang.t("CSV-Tabelle", "CSV table"),
            Cause::Table(_) => lang.t("Parquet-Tabelle", "Parquet table"),
            Cause::Workbook(_) => lang.t("Excel-Arbeitsmappe", "Excel workbook"),
            Cause::Json(_) => lang.t("JSON-Datei", "JSON file"),
            Cause::Chart(_) => lang.t("Diagramm", "chart"),
            Cause::Pdf(_) => lang.t("PDF-Bericht", "PDF report"),
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
        write!(
            f,
            "{}: {}",
            self.what(crate::config::Lang::En),
            self.detail()
        )
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

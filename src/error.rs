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
    /// An export library failed.
    Export {
        /// The output file.
        path: PathBuf,
        /// What the library said.
        message: String,
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
            | Error::Locked { .. }
            | Error::EmptyInput { .. }
            | Error::NothingReadable { .. }
            | Error::Internal(_) => 3,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputDir { path, source } => write!(
                f,
                "cannot read input folder {}: {source} (put the workbooks into {}/<year>/, or name the folder with --input)",
                path.display(),
                path.display()
            ),
            Error::Read { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Error::Write { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
            Error::Config { path, message } => {
                write!(f, "configuration {} is invalid: {message}", path.display())
            }
            Error::Usage(m) => write!(f, "{m}"),
            Error::Export { path, message } => {
                write!(f, "cannot write {}: {message}", path.display())
            }
            Error::Locked { path } => write!(
                f,
                "another bestand run is writing into {}; wait until it has finished, or use another --output folder",
                path.display()
            ),
            Error::EmptyInput { path } => write!(
                f,
                "{} holds no workbook (xlsx, xlsm, xls, xlsb, ods, csv); put the returns into {}/<year>/. The previous outputs were left as they are.",
                path.display(),
                path.display()
            ),
            Error::NothingReadable { path } => write!(
                f,
                "no file in {} could be read (see the findings above); the previous report was left as it is",
                path.display()
            ),
            Error::Internal(m) => write!(f, "internal error (please report): {m}"),
        }
    }
}

impl std::error::Error for Error {}

//! bestand: departmental Excel inventories of integration measures in; one clean table,
//! findings, comparison and report out.
//!
//! The pipeline is three stages, each a folder, each importing only the ones before it:
//! - [`ingest`]: files to raw rows with their provenance (file, sheet, cell);
//! - [`transform`]: raw rows to the canonical measures and findings, the year-over-year
//!   comparison and the key figures;
//! - [`render`]: the tables (CSV, Parquet, xlsx), the templates, the charts and the report.
//!
//! Beside them: [`config`] (settings), [`schema`] (the input convention), [`findings`], [`error`],
//! [`files`] (the output folder: its lock, names and transaction), [`identity`] (what a handed-out workbook says about itself), [`run`] (the commands over the stages), [`lang`] (the run's language), [`i18n`] (every sentence, from `i18n/*/*.ftl`), [`texts`] (the office's own texts), [`text`] (text keys shared
//! by all stages), [`memory`] (allocator settings) and, for the `bestand` command, [`cli`] and [`terminal`].

#![warn(missing_docs)]

pub mod cli;
pub(crate) mod codes;
pub mod config;
pub(crate) mod error;
pub(crate) mod files;
pub mod findings;
pub(crate) mod goals;
pub mod i18n;
pub mod identity;
pub mod indicators;
pub mod ingest;
pub mod lang;
pub mod memory;
pub mod render;
pub mod run;
pub(crate) mod schema;
pub mod terminal;
pub(crate) mod text;
pub mod texts;
pub mod transform;

//! bestand: departmental Excel inventories of integration measures in; one clean table,
//! findings, comparison and report out.
//!
//! The pipeline is three stages: [`ingest`] (files to raw rows with provenance),
//! [`transform`] (raw rows to the canonical table and findings, [`compare`] and
//! [`summary`] for the year-over-year view) and the exports.

#![warn(missing_docs)]

pub mod charts;
pub mod cli;
pub mod compare;
pub mod config;
pub mod departments;
pub mod error;
pub mod export;
pub mod export_xlsx;
pub mod findings;
pub mod ingest;
pub mod parse;
pub mod report;
pub mod samples;
pub mod summary;
pub mod template;
pub mod terminal;
pub mod text;
pub mod titles;
pub mod transform;

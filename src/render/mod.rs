//! The render stage: everything a person reads, made from the transform stage's results.
//! [`tables`] (measures.csv, findings.csv, changes.csv, Parquet), [`xlsx`] (measures.xlsx
//! and the correction workbooks), [`template`] (the departments' templates), [`charts`]
//! and [`report`] (PDF and HTML). Nothing here writes a file itself: bytes go to
//! [`crate::files`].

pub mod charts;
pub mod report;
pub mod tables;
pub mod template;
pub mod xlsx;

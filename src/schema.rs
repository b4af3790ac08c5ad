//! The input convention shared by every stage: what a department's workbook looks like.

/// Title of the template's example row; while it stands unchanged the row is not counted.
pub const EXAMPLE_TITLE: &str =
    "Beispiel: Elterncafé im Stadtteil (bitte überschreiben oder löschen)";

/// Id of the template's example row.
pub const EXAMPLE_ID: &str = "Beispiel";

/// The most characters an Excel cell holds.
pub const EXCEL_CELL_CHARS: usize = 32_767;

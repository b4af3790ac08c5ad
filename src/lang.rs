//! The language a run speaks: messages, the report and the workbooks.

use serde::{Deserialize, Serialize};

/// Output language of messages and the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German (default).
    #[default]
    De,
    /// English.
    En,
}

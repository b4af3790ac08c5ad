//! The PDF progress report, in three layers kept apart: [`model`] (what the report says,
//! built by [`content`]), [`layout`] (where it goes on A4 pages) and [`pdf`] (bytes).

pub mod content;
pub mod layout;
pub mod model;
pub mod pdf;

pub use content::Inputs;

/// Builds, lays out and writes the report; returns the PDF bytes.
pub fn render(inputs: &Inputs, created: i64) -> Result<Vec<u8>, String> {
    let doc = content::build(inputs);
    let laid = layout::layout(&doc);
    pdf::write(&doc, &laid, created)
}

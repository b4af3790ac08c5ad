//! The progress report, in three layers kept apart: [`model`] (what the report says,
//! built by [`content`]), [`layout`] (where it goes on A4 pages) and the writers, [`pdf`]
//! (bytes of the PDF) and [`html`] (the accessible web page), both from the same model.

pub(crate) mod content;
pub(crate) mod docx;
pub(crate) mod html;
pub(crate) mod layout;
pub(crate) mod model;
pub mod pdf;
pub(crate) mod pdf_file;
pub(crate) mod theme;

pub use content::Inputs;

/// The report as PDF bytes, as an HTML page and as a Word document.
pub struct Rendered {
    /// `report.pdf`.
    pub pdf: Vec<u8>,
    /// `report.html`.
    pub html: String,
    /// `report.docx`.
    pub docx: Vec<u8>,
}

/// Builds the model once, then lays it out and writes the PDF, and writes the HTML and
/// the Word document (in the office's Word template where it has one).
pub fn render(inputs: &Inputs, created: i64) -> Result<Rendered, String> {
    let mut doc = content::build(inputs);
    let html = html::render(&doc);
    let template = inputs
        .texts
        .word_template
        .as_deref()
        .and_then(|bytes| docx::Template::read(bytes));
    let docx = docx::write(&doc, template.as_ref(), created)?;
    let laid = layout::layout(&doc);
    // The PDF needs nothing of the model beyond its metadata: the layout holds the text.
    doc.blocks = Vec::new();
    let pdf = pdf::write(&doc, laid, created)?;
    Ok(Rendered { pdf, html, docx })
}

/// The report's first half: the model, its HTML page and its layout. The model keeps only
/// its metadata: the PDF needs nothing else beyond the layout, which holds the text.
pub fn prepare(inputs: &Inputs) -> (model::Document, layout::Layout, String) {
    let mut doc = content::build(inputs);
    let html = html::render(&doc);
    let laid = layout::layout(&doc);
    doc.blocks = Vec::new();
    (doc, laid, html)
}

//! The embedded fonts (Liberation Sans Regular and Bold) and their metrics, shared by the
//! charts and the PDF report so that text is measured and drawn with the same widths.

use std::sync::{Once, OnceLock};

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::style::FontStyle;

/// Family name the charts ask plotters for.
pub const FAMILY: &str = "Liberation Sans";
/// Liberation Sans Regular (SIL OFL 1.1).
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold (SIL OFL 1.1).
pub static BOLD: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");

/// Registers the embedded fonts with plotters once per process.
pub fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are compiled in and valid; a failure would only mean text is not drawn.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, REGULAR);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, BOLD);
    });
}

/// The parsed faces, once per process: layout measures every word of the report.
fn face(bold: bool) -> Option<FontRef<'static>> {
    static FACES: OnceLock<(Option<FontRef<'static>>, Option<FontRef<'static>>)> = OnceLock::new();
    let (regular, bold_face) = FACES.get_or_init(|| {
        (
            FontRef::try_from_slice(REGULAR).ok(),
            FontRef::try_from_slice(BOLD).ok(),
        )
    });
    if bold {
        bold_face.clone()
    } else {
        regular.clone()
    }
}

/// Width of `text` at `em` points (the PDF font size), with kerning.
pub fn text_width(text: &str, em: f64, bold: bool) -> f64 {
    let Some(font) = face(bold) else {
        return text.chars().count() as f64 * em * 0.55;
    };
    let upem = f64::from(font.units_per_em().unwrap_or(2048.0));
    let mut width = 0.0;
    let mut prev = None;
    for c in text.chars() {
        let g = font.glyph_id(c);
        width += f64::from(font.h_advance_unscaled(g));
        if let Some(p) = prev {
            width += f64::from(font.kern_unscaled(p, g));
        }
        prev = Some(g);
    }
    width * em / upem
}

/// The PDF font size (em, in points) at which text has the width and height plotters
/// measured for a plotters font size (plotters scales by ascent minus descent).
pub fn em_for_plotters_size(size: f64) -> f64 {
    match face(false) {
        Some(f) => {
            let upem = f64::from(f.units_per_em().unwrap_or(2048.0));
            size * upem / f64::from(f.height_unscaled())
        }
        None => size * 0.9,
    }
}

/// Ascent of the font scaled to a plotters font size.
pub fn ascent_for_plotters_size(size: f64) -> f64 {
    match face(false) {
        Some(f) => f64::from(f.as_scaled(size as f32).ascent()),
        None => size * 0.8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size() {
        let a = text_width("Maßnahme", 10.0, false);
        assert!(a > 30.0 && a < 60.0, "{a}");
        assert!((text_width("Maßnahme", 20.0, false) - 2.0 * a).abs() < 1e-9);
        assert!(text_width("Maßnahme", 10.0, true) > a);
        assert_eq!(text_width("", 10.0, false), 0.0);
    }
}

//! The embedded fonts (Liberation Sans Regular, Bold, Italic and Bold Italic) and their
//! metrics, shared by the charts and the PDF report so that text is measured and drawn with
//! the same widths.

use std::sync::{Once, OnceLock};

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::style::FontStyle;

/// Family name the charts ask plotters for.
pub const FAMILY: &str = "Liberation Sans";
/// Liberation Sans Regular (SIL OFL 1.1).
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold (SIL OFL 1.1).
pub static BOLD: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");
/// Liberation Sans Italic (SIL OFL 1.1), for the office's emphasis in the report.
pub static ITALIC: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Italic.ttf");
/// Liberation Sans Bold Italic (SIL OFL 1.1).
pub static BOLD_ITALIC: &[u8] =
    include_bytes!("../../../assets/fonts/LiberationSans-BoldItalic.ttf");

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
fn face(bold: bool, italic: bool) -> Option<&'static Metrics> {
    static FACES: OnceLock<[Option<Metrics>; 4]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        [REGULAR, BOLD, ITALIC, BOLD_ITALIC]
            .map(|bytes| FontRef::try_from_slice(bytes).ok().map(Metrics::new))
    });
    faces[usize::from(bold) + 2 * usize::from(italic)].as_ref()
}

/// The characters whose advances and kerning pairs are looked up once per face: a report is
/// mostly these, and a 700-page report measures millions of them.
const COMMON: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~äöüÄÖÜßéèáàçñ€–—„“”‚‘’…·§°²³½×";

/// A face with the metrics of [`COMMON`] in tables; the values are the font's own, so a
/// width is the same to the last bit as when every glyph is looked up.
struct Metrics {
    font: FontRef<'static>,
    /// Position in [`COMMON`] of a Latin-1 character, or `u8::MAX`.
    latin1: [u8; 256],
    /// Glyph and unscaled advance of each character of [`COMMON`].
    glyphs: Vec<(ab_glyph::GlyphId, f32)>,
    /// Unscaled kerning between two characters of [`COMMON`], row by the first.
    kerning: Vec<f32>,
}

impl Metrics {
    fn new(font: FontRef<'static>) -> Metrics {
        let glyphs: Vec<(ab_glyph::GlyphId, f32)> = COMMON
            .chars()
            .map(|c| {
                let g = font.glyph_id(c);
                (g, font.h_advance_unscaled(g))
            })
            .collect();
        let mut kerning = Vec::with_capacity(glyphs.len() * glyphs.len());
        for (a, _) in &glyphs {
            for (b, _) in &glyphs {
                kerning.push(font.kern_unscaled(*a, *b));
            }
        }
        let mut latin1 = [u8::MAX; 256];
        for (i, c) in COMMON.chars().enumerate() {
            if let (Ok(code), Ok(i)) = (u8::try_from(u32::from(c)), u8::try_from(i)) {
                latin1[usize::from(code)] = i;
            }
        }
        Metrics {
            font,
            latin1,
            glyphs,
            kerning,
        }
    }

    /// Position of a character in [`COMMON`], if it is there.
    fn index(&self, c: char) -> Option<usize> {
        let code = u32::from(c);
        if code < 256 {
            let i = self.latin1[code as usize];
            return (i != u8::MAX).then_some(usize::from(i));
        }
        COMMON.chars().position(|x| x == c)
    }
}

/// Width of `text` at `em` points (the PDF font size), with kerning.
pub fn text_width(text: &str, em: f64, bold: bool) -> f64 {
    styled_width(text, em, bold, false)
}

/// Width of `text` at `em` points in the bold and/or italic face, with kerning.
pub fn styled_width(text: &str, em: f64, bold: bool, italic: bool) -> f64 {
    let Some(m) = face(bold, italic) else {
        return text.chars().count() as f64 * em * 0.55;
    };
    let font = &m.font;
    let upem = f64::from(font.units_per_em().unwrap_or(2048.0));
    let n = m.glyphs.len();
    let mut width = 0.0;
    // The previous glyph, and its place in the tables if it has one.
    let mut prev: Option<(ab_glyph::GlyphId, Option<usize>)> = None;
    for c in text.chars() {
        let at = m.index(c);
        let (g, advance) = match at {
            Some(i) => m.glyphs[i],
            None => {
                let g = font.glyph_id(c);
                (g, font.h_advance_unscaled(g))
            }
        };
        width += f64::from(advance);
        if let Some((p, p_at)) = prev {
            let kern = match (p_at, at) {
                (Some(a), Some(b)) => m.kerning[a * n + b],
                _ => font.kern_unscaled(p, g),
            };
            width += f64::from(kern);
        }
        prev = Some((g, at));
    }
    width * em / upem
}

/// The PDF font size (em, in points) at which text has the width and height plotters
/// measured for a plotters font size (plotters scales by ascent minus descent).
pub fn em_for_plotters_size(size: f64) -> f64 {
    match face(false, false) {
        Some(m) => {
            let upem = f64::from(m.font.units_per_em().unwrap_or(2048.0));
            size * upem / f64::from(m.font.height_unscaled())
        }
        None => size * 0.9,
    }
}

/// Ascent of the font scaled to a plotters font size.
pub fn ascent_for_plotters_size(size: f64) -> f64 {
    match face(false, false) {
        Some(m) => f64::from(m.font.as_scaled(size as f32).ascent()),
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

    /// The tables give the font's own values: every width, common characters or not, is
    /// the same to the last bit as when each glyph and pair is looked up in the font.
    #[test]
    fn tables_measure_exactly_as_the_font_does() {
        let slow = |text: &str, em: f64, bold: bool| {
            let font = FontRef::try_from_slice(if bold { BOLD } else { REGULAR }).unwrap();
            let upem = f64::from(font.units_per_em().unwrap());
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
        };
        for text in [
            "AVATAR Ty Yo LT „Wörter“ – 12.500 € · Ω Łódź ﬁ Żółw ľ ẞ 中",
            COMMON,
            "Kooperation mit Trägern der Jugendhilfe (Fachbereich Soziales)",
        ] {
            for bold in [false, true] {
                assert_eq!(text_width(text, 9.5, bold), slow(text, 9.5, bold), "{text}");
            }
        }
    }
}

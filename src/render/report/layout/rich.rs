//! Line breaking of running text with emphasis and links: the office's own words, where a
//! line holds pieces in different faces. Plain text takes [`super::wrap`] unchanged, so
//! bestand's own sentences break exactly as before.

use crate::render::charts::fonts;
use crate::texts::inline::{Inline, Style};

/// Words on a line set one way, at their offset from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Offset from the line's left edge, in points.
    pub dx: f64,
    /// Width in points.
    pub w: f64,
    /// The words.
    pub text: String,
    /// Bold face (the paragraph's or the words' own).
    pub bold: bool,
    /// Italic face.
    pub italic: bool,
    /// The web or mail address the words link to.
    pub link: Option<String>,
}

/// A word: its parts in their styles ("**Wort**," is a bold part and a plain comma).
type Word = Vec<(String, Style)>;

/// Breaks running text into lines no wider than `width`, each a list of pieces.
pub fn wrap_inline(text: &Inline, size: f64, bold: bool, width: f64) -> Vec<Vec<Piece>> {
    if text.is_plain() {
        return super::wrap(&text.plain(), size, bold, width)
            .into_iter()
            .map(|line| {
                let w = fonts::text_width(&line, size, bold);
                vec![Piece {
                    dx: 0.0,
                    w,
                    text: line,
                    bold,
                    italic: false,
                    link: None,
                }]
            })
            .collect();
    }
    let measure = |t: &str, st: &Style| fonts::styled_width(t, size, bold || st.bold, st.italic);
    let space = fonts::text_width(" ", size, bold);
    let mut out = Vec::new();
    for hard in hard_lines(text) {
        let mut line: Vec<Word> = Vec::new();
        let mut line_w = 0.0;
        for word in words(hard) {
            let ww: f64 = word.iter().map(|(t, st)| measure(t, st)).sum();
            let add = if line.is_empty() { ww } else { space + ww };
            if line_w + add <= width {
                line.push(word);
                line_w += add;
                continue;
            }
            if !line.is_empty() {
                out.push(pieces(std::mem::take(&mut line), size, bold));
            }
            if ww <= width {
                line.push(word);
                line_w = ww;
                continue;
            }
            // Wider than the line on its own (a long address): broken by characters.
            let mut part: Word = Vec::new();
            let mut part_w = 0.0;
            for (t, st) in word {
                for c in t.chars() {
                    let cw = measure(c.encode_utf8(&mut [0; 4]), &st);
                    if part_w + cw > width && part_w > 0.0 {
                        out.push(pieces(vec![std::mem::take(&mut part)], size, bold));
                        part_w = 0.0;
                    }
                    match part.last_mut() {
                        Some((last, s)) if *s == st => last.push(c),
                        _ => part.push((c.to_string(), st.clone())),
                    }
                    part_w += cw;
                }
            }
            line = vec![part];
            line_w = part_w;
        }
        out.push(pieces(line, size, bold));
    }
    if out.is_empty() {
        out.push(Vec::new());
    }
    out
}

/// The text's lines as written (split at `\n`), each as its parts in their styles.
fn hard_lines(text: &Inline) -> Vec<Vec<(&str, &Style)>> {
    let mut lines = vec![Vec::new()];
    for span in text.spans() {
        for (i, part) in span.text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
            }
            if let Some(line) = lines.last_mut()
                && !part.is_empty()
            {
                line.push((part, &span.style));
            }
        }
    }
    lines
}

/// The words of a line; a unit (€, %) stays with the number before it, as in plain text.
fn words(parts: Vec<(&str, &Style)>) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut word: Word = Vec::new();
    for (text, style) in parts {
        let mut piece = String::new();
        for c in text.chars() {
            if c.is_whitespace() {
                if !piece.is_empty() {
                    word.push((std::mem::take(&mut piece), style.clone()));
                }
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            } else {
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            word.push((piece, style.clone()));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut glued: Vec<Word> = Vec::new();
    for w in words {
        let unit = w.first().is_some_and(|(t, _)| t.starts_with(['€', '%']));
        match glued.last_mut() {
            Some(last) if unit => {
                let st = last.last().map(|(_, s)| s.clone()).unwrap_or_default();
                last.push((" ".to_string(), st));
                last.extend(w);
            }
            _ => glued.push(w),
        }
    }
    glued
}

/// A line's words as pieces: parts of one style joined, the space between two words set
/// like the words on both sides when they agree (so a link is one piece), else plainly.
fn pieces(line: Vec<Word>, size: f64, bold: bool) -> Vec<Piece> {
    let mut parts: Vec<(String, Style)> = Vec::new();
    let mut previous: Option<Style> = None;
    for word in line {
        if let (Some(before), Some((_, first))) = (&previous, word.first()) {
            let st = if before == first {
                before.clone()
            } else {
                Style::default()
            };
            parts.push((" ".to_string(), st));
        }
        previous = word.last().map(|(_, s)| s.clone());
        parts.extend(word);
    }
    let mut out: Vec<Piece> = Vec::new();
    for (text, st) in parts {
        let (b, i) = (bold || st.bold, st.italic);
        match out.last_mut() {
            Some(p) if p.bold == b && p.italic == i && p.link == st.link => p.text.push_str(&text),
            _ => out.push(Piece {
                dx: 0.0,
                w: 0.0,
                text,
                bold: b,
                italic: i,
                link: st.link,
            }),
        }
    }
    // Each piece measured whole, with the kerning inside it.
    let mut x = 0.0;
    for p in &mut out {
        p.dx = x;
        p.w = fonts::styled_width(&p.text, size, p.bold, p.italic);
        x += p.w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styled(parts: &[(&str, bool, bool, Option<&str>)]) -> Inline {
        let mut i = Inline::default();
        for (t, b, it, link) in parts {
            i.push(
                t,
                &Style {
                    bold: *b,
                    italic: *it,
                    link: link.map(str::to_string),
                    note: None,
                },
            );
        }
        i
    }

    #[test]
    fn plain_text_breaks_as_before() {
        let text = "Das gemeldete Budget beträgt 13.081.000 € für alle Maßnahmen zusammen.";
        let lines = wrap_inline(&Inline::from(text), 10.0, false, 120.0);
        let plain: Vec<String> = lines.iter().map(|l| l[0].text.clone()).collect();
        assert_eq!(plain, super::super::wrap(text, 10.0, false, 120.0));
    }

    #[test]
    fn emphasis_keeps_its_face_and_lines_stay_inside_the_column() {
        let text = styled(&[
            ("Die ", false, false, None),
            ("Leitstelle", true, false, None),
            (" lädt zur ", false, false, None),
            ("Sprechstunde", false, true, None),
            (" ein, siehe ", false, false, None),
            (
                "www.example.org",
                false,
                false,
                Some("https://www.example.org"),
            ),
            (".", false, false, None),
        ]);
        let lines = wrap_inline(&text, 10.0, false, 110.0);
        assert!(lines.len() > 1);
        let joined: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert_eq!(joined.join(" "), text.plain());
        for line in &lines {
            let end = line.last().map_or(0.0, |p| p.dx + p.w);
            assert!(end <= 110.0 + 1e-9, "{line:?}");
        }
        let all: Vec<&Piece> = lines.iter().flatten().collect();
        assert!(
            all.iter()
                .any(|p| p.text == "Leitstelle" && p.bold && !p.italic)
        );
        assert!(
            all.iter()
                .any(|p| p.text.contains("Sprechstunde") && p.italic)
        );
        assert!(
            all.iter().any(|p| p.text == "www.example.org"
                && p.link.as_deref() == Some("https://www.example.org"))
        );
    }

    #[test]
    fn an_address_wider_than_the_column_is_broken() {
        let long = "https://www.example.org/".to_string() + &"verzeichnis/".repeat(12);
        let text = styled(&[
            ("Siehe ", false, false, None),
            (&long, false, false, Some(&long)),
        ]);
        let lines = wrap_inline(&text, 10.0, false, 150.0);
        for line in &lines {
            let end = line.last().map_or(0.0, |p| p.dx + p.w);
            assert!(end <= 150.0 + 1e-9, "{line:?}");
        }
        let joined: String = lines.iter().flatten().map(|p| p.text.as_str()).collect();
        assert_eq!(joined.replace(' ', ""), text.plain().replace(' ', ""));
    }
}

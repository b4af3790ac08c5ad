//! The report's look in one place: every colour the PDF and the HTML page use. The
//! writers choose none of their own. The colours that carry the organisation's identity
//! (headings, rules, table heads, tiles, links) are a [`Theme`] in the document, made from
//! the configured colour; the rest are fixed.

/// A colour (RGB).
pub type Rgb = (u8, u8, u8);

/// The colours that follow the organisation's colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Headings, the cover band, table captions, key figures.
    pub head: Rgb,
    /// Table header background.
    pub header_bg: Rgb,
    /// Key-figure tiles.
    pub tile: Rgb,
    /// Rules.
    pub rule: Rgb,
    /// Links on the web page.
    pub link: Rgb,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            head: color::HEAD,
            header_bg: color::HEADER_BG,
            tile: color::TILE,
            rule: color::RULE,
            link: color::LINK,
        }
    }
}

/// The least contrast of text on white (WCAG 2.1 AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

impl Theme {
    /// The theme of an organisation's colour: headings and links in it, table heads and
    /// tiles in light tints of it (light enough that the colour keeps AA contrast on them),
    /// rules in a middle tint. `None` when the colour has too little contrast on white.
    pub fn from_colour(c: Rgb) -> Option<Theme> {
        if contrast(c, color::WHITE) < MIN_CONTRAST {
            return None;
        }
        let light = |start: f64| {
            let mut share = start;
            while share < 1.0 && contrast(c, mix(c, share)) < MIN_CONTRAST {
                share += 0.01;
            }
            mix(c, share.min(1.0))
        };
        Some(Theme {
            head: c,
            header_bg: light(0.85),
            tile: light(0.9),
            rule: mix(c, 0.6),
            link: c,
        })
    }
}

/// `c` mixed with white: `share` 0 is `c`, 1 is white.
fn mix(c: Rgb, share: f64) -> Rgb {
    let m = |v: u8| (f64::from(v) + (255.0 - f64::from(v)) * share).round() as u8;
    (m(c.0), m(c.1), m(c.2))
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let lum = |(r, g, b): Rgb| {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The theme of the configured colour; the built-in one without a colour, and the reason
/// (its finding code with the colour) when the colour cannot be used.
pub fn of_config(cfg: &crate::config::Config) -> Result<Theme, (crate::findings::Code, String)> {
    let Some(text) = cfg.colour.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Ok(Theme::default());
    };
    let Some(c) = parse_colour(text) else {
        return Err((crate::findings::Code::ColourUnreadable, text.to_string()));
    };
    Theme::from_colour(c).ok_or((crate::findings::Code::ColourContrast, text.to_string()))
}

/// A warning when the configured colour cannot be used (the report then takes the
/// built-in one), so the office learns it before the report goes out.
pub fn check(cfg: &crate::config::Config, findings: &mut crate::findings::Findings) {
    if let Err((id, colour)) = of_config(cfg) {
        let ratio = parse_colour(&colour).map_or(0.0, |c| contrast(c, color::WHITE));
        let message = match id {
            crate::findings::Code::ColourContrast => crate::tr!(
                cfg.lang,
                "colour-contrast",
                colour = colour.as_str(),
                ratio = format!("{ratio:.1}").replace(
                    '.',
                    &crate::i18n::message(cfg.lang, "decimal-separator", &[])
                )
            ),
            _ => crate::tr!(cfg.lang, "colour-unreadable", colour = colour.as_str()),
        };
        findings.push(
            crate::findings::Severity::Warning,
            id,
            &crate::findings::Location {
                file: "bestand.toml".into(),
                ..Default::default()
            },
            message,
        );
    }
}

/// A colour written as `#0b5a8c` or `#09c` (the `#` may be left out).
pub fn parse_colour(text: &str) -> Option<Rgb> {
    let hex = text.trim().trim_start_matches('#');
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some((r * 17, g * 17, b * 17)),
        [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
        _ => None,
    }
}

/// Colours of the report (RGB).
pub mod color {
    /// Body text.
    pub const INK: (u8, u8, u8) = (0x1F, 0x1F, 0x1F);
    /// Headings and the cover band (dark blue, AA contrast on white).
    pub const HEAD: (u8, u8, u8) = (0x0B, 0x3C, 0x5D);
    /// Notes (grey with AA contrast on white).
    pub const MUTED: (u8, u8, u8) = (0x59, 0x59, 0x59);
    /// Table header background.
    pub const HEADER_BG: (u8, u8, u8) = (0xDD, 0xE7, 0xF0);
    /// Every other table row.
    pub const ZEBRA: (u8, u8, u8) = (0xF4, 0xF6, 0xF8);
    /// Highlighted table rows (gaps).
    pub const MARK: (u8, u8, u8) = (0xFD, 0xE8, 0xD0);
    /// Key-figure tiles.
    pub const TILE: (u8, u8, u8) = (0xEA, 0xF1, 0xF7);
    /// Rules.
    pub const RULE: (u8, u8, u8) = (0xB0, 0xBE, 0xC9);
    /// White.
    pub const WHITE: (u8, u8, u8) = (0xFF, 0xFF, 0xFF);
    /// Links on the web page.
    pub const LINK: (u8, u8, u8) = (0x0B, 0x4F, 0x8A);
    /// The keyboard focus outline on the web page (Okabe–Ito orange).
    pub const FOCUS: (u8, u8, u8) = (0xE6, 0x9F, 0x00);
    /// The draft notice's text on the web page's cover.
    pub const DRAFT: (u8, u8, u8) = (0x8A, 0x3B, 0x00);
}

/// A colour as CSS writes it: `#0b3c5d`, short where it can be (`#fff`).
pub fn css((r, g, b): (u8, u8, u8)) -> String {
    let short = |c: u8| c >> 4 == c & 0xF;
    if short(r) && short(g) && short(b) {
        format!("#{:x}{:x}{:x}", r & 0xF, g & 0xF, b & 0xF)
    } else {
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// The web page's style sheet with the theme's colours filled in (`@NAME@` in `template`).
pub fn with_colours(template: &str, theme: &Theme) -> String {
    use color::*;
    let mut out = template.to_string();
    for (name, c) in [
        ("INK", INK),
        ("HEAD", theme.head),
        ("MUTED", MUTED),
        ("HEADER_BG", theme.header_bg),
        ("ZEBRA", ZEBRA),
        ("MARK", MARK),
        ("TILE", theme.tile),
        ("RULE", theme.rule),
        ("WHITE", WHITE),
        ("LINK", theme.link),
        ("FOCUS", FOCUS),
        ("DRAFT", DRAFT),
    ] {
        out = out.replace(&format!("@{name}@"), &css(c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_of_the_style_sheet_comes_from_the_theme() {
        let sheet = with_colours(
            "a { color: @LINK@; } b { color: @WHITE@; }",
            &Theme::default(),
        );
        assert_eq!(sheet, "a { color: #0b4f8a; } b { color: #fff; }");
    }

    #[test]
    fn an_office_colour_keeps_aa_contrast_or_is_refused() {
        assert_eq!(parse_colour("#0b5a8c"), Some((0x0b, 0x5a, 0x8c)));
        assert_eq!(parse_colour("09c"), Some((0x00, 0x99, 0xcc)));
        assert_eq!(parse_colour("blau"), None);
        // A pale yellow has too little contrast on white.
        assert!(Theme::from_colour((0xff, 0xd7, 0x00)).is_none());
        let t = Theme::from_colour((0x0b, 0x5a, 0x8c)).unwrap();
        assert_eq!(t.head, (0x0b, 0x5a, 0x8c));
        for bg in [t.header_bg, t.tile, color::WHITE] {
            assert!(contrast(t.head, bg) >= MIN_CONTRAST, "{bg:?}");
            assert!(contrast(color::INK, bg) >= MIN_CONTRAST);
        }
        // The built-in blue, as contrast goes.
        assert!((contrast(color::HEAD, color::WHITE) - 11.5).abs() < 0.5);
    }
}

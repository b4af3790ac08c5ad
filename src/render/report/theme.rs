//! The report's look in one place: every colour the PDF and the HTML page use. The
//! writers choose none of their own.

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
pub fn with_colours(template: &str) -> String {
    use color::*;
    let mut out = template.to_string();
    for (name, c) in [
        ("INK", INK),
        ("HEAD", HEAD),
        ("MUTED", MUTED),
        ("HEADER_BG", HEADER_BG),
        ("ZEBRA", ZEBRA),
        ("MARK", MARK),
        ("TILE", TILE),
        ("RULE", RULE),
        ("WHITE", WHITE),
        ("LINK", LINK),
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
        let sheet = with_colours("a { color: @LINK@; } b { color: @WHITE@; }");
        assert_eq!(sheet, "a { color: #0b4f8a; } b { color: #fff; }");
    }
}

//! Text matching: the key under which headers and category values are compared, and
//! "did you mean" suggestions for values that match nothing.

/// Folds a header or value to the key it is compared by: lower case, umlauts and ß spelt
/// out, and everything but letters and digits removed.
pub fn match_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // The common case first, without the Unicode case tables.
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            c if c.is_ascii() && c != '&' => {}
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            // "Bildung & Sprache" is the same field as "Bildung und Sprache".
            '&' => out.push_str("und"),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The key names are put in order by: their match key with every number padded to ten
/// digits, so „Fachbereich 2“ comes before „Fachbereich 10“ as a person counts.
pub fn sort_key(s: &str) -> String {
    let key = match_key(s);
    if !key.bytes().any(|b| b.is_ascii_digit()) {
        return key;
    }
    let mut out = String::with_capacity(key.len() + 10);
    let mut digits = String::new();
    let flush = |out: &mut String, digits: &mut String| {
        if !digits.is_empty() {
            let significant = digits.trim_start_matches('0');
            for _ in significant.len()..10 {
                out.push('0');
            }
            out.push_str(significant);
            digits.clear();
        }
    };
    for c in key.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut out, &mut digits);
            out.push(c);
        }
    }
    flush(&mut out, &mut digits);
    out
}

/// Trims a cell's text, collapses inner runs of whitespace (line breaks included) and drops
/// control characters (a bell or an escape in a cell must never reach a report).
pub fn clean(s: &str) -> String {
    // Most cells are clean already: one pass to see, and a copy.
    if is_clean(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let mut kept = word
            .chars()
            .filter(|c| !c.is_control() && !is_bidi_override(*c))
            .peekable();
        // A word of control characters alone leaves no double space behind.
        if kept.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(kept);
    }
    out
}

/// Whether [`clean`] would give the text back unchanged: no whitespace but single spaces
/// between words, no control or direction-changing characters.
fn is_clean(s: &str) -> bool {
    // A space at the start is as wrong as two in a row.
    let mut after_space = true;
    for c in s.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() || c.is_control() || is_bidi_override(c) {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || s.is_empty()
}

/// Replaces every e-mail address in a text by „[E-Mail]“: personal data never reaches a
/// message, even when a contact slipped into another column.
pub fn redact_emails(s: &str) -> String {
    if !s.contains('@') {
        return s.to_string();
    }
    let is_part = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            let mut start = out.len();
            for (j, c) in out.char_indices().rev() {
                if is_part(c) {
                    start = j;
                } else {
                    break;
                }
            }
            let mut end = i + 1;
            while end < chars.len() && is_part(chars[end]) {
                end += 1;
            }
            let domain: String = chars[i + 1..end].iter().collect();
            if start < out.len() && domain.contains('.') {
                out.truncate(start);
                out.push_str("[E-Mail]");
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Text without control characters other than line breaks and tabs, for the report.
pub fn printable(s: &str) -> String {
    s.chars()
        .filter(|c| (!c.is_control() || matches!(c, '\n' | '\t')) && !is_bidi_override(*c))
        .collect()
}

/// Characters that turn the direction of the following text (a way to disguise text).
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How alike two spellings (match keys) are, between 0 (nothing alike) and 1 (equal): the
/// edit distance behind every „did you mean“.
pub fn spelling_similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(a, b)
}

/// Escapes text for HTML and XML content and attributes (SVG, XMP, HTML).
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Control characters are not allowed in XML and mean nothing to a reader.
            c if (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || is_bidi_override(c) => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A hash that never changes between Rust versions or machines (FNV-1a, 64 bit), for
/// fingerprints that end up in files (the PDF's /ID, the report's table stamp).
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut h = StableHasher::default();
    for part in parts {
        h.part(part);
    }
    h.finish()
}

/// [`stable_hash`] part by part, for parts that are ready at different times (a large
/// measures.csv is hashed while the years are compared, not at the end of a run).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StableHasher(u64);

impl Default for StableHasher {
    fn default() -> Self {
        StableHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl StableHasher {
    /// Takes in the next part.
    pub fn part(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for b in bytes.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    /// The hash of the parts taken in.
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// Excel's column letters for a 0-based column index (0 → A, 26 → AA).
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// An A1 cell reference from 0-based row and column.
pub fn cell_ref(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// Parses a yes/no cell: `ja`, `x`, `1`, `nein`, `0`, empty.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().trim_end_matches('.') {
        "ja" | "j" | "x" | "1" | "yes" | "y" | "true" | "wahr" | "✓" | "✔" | "ja, bitte" => {
            Some(true)
        }
        "nein" | "n" | "0" | "no" | "false" | "falsch" | "" | "-" => Some(false),
        _ => None,
    }
}

/// A German amount: `12.500 €`, `1.250.000,50 €`.
pub fn euro(v: f64) -> String {
    let negative = v < 0.0;
    let cents = (v.abs() * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if frac != 0 {
        out.push_str(&format!(",{frac:02}"));
    }
    format!("{}{out} €", if negative { "-" } else { "" })
}

/// Formats a number without a spurious `.0` (IDs and years are often numbers in Excel).
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(input: &str, expected: &str) {
        assert_eq!(match_key(input), expected, "{input}");
    }

    #[test]
    fn match_keys() {
        key("Maßnahme", "massnahme");
        key("  MASSNAHME ", "massnahme");
        key("Maßnahmen-\nID", "massnahmenid");
        key("Budget (€)", "budget");
        key("Zielgruppe(n)", "zielgruppen");
        key("Fach-/Servicebereich", "fachservicebereich");
        key("Über", "ueber");
    }

    #[test]
    fn names_sort_as_a_person_counts() {
        let mut names = vec![
            "Fachbereich 10",
            "Fachbereich 2",
            "Fachbereich 1 Zentrale Dienste",
            "Fachbereich Soziales",
            "Fachbereich 02a",
            "Amt für Integration",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Amt für Integration",
                "Fachbereich 1 Zentrale Dienste",
                "Fachbereich 2",
                "Fachbereich 02a",
                "Fachbereich 10",
                "Fachbereich Soziales",
            ]
        );
        // Without digits the order is the match key's.
        assert_eq!(
            sort_key("Fachbereich Öffentliche Sicherheit"),
            match_key("Fachbereich Öffentliche Sicherheit")
        );
    }

    #[test]
    fn cells_are_cleaned() {
        for (input, expected) in [
            ("Sprachcafé für Frauen", "Sprachcafé für Frauen"),
            ("", ""),
            (" Sprachcafé", "Sprachcafé"),
            ("Sprachcafé ", "Sprachcafé"),
            ("Sprach  café", "Sprach café"),
            ("Sprach\ncafé\t", "Sprach café"),
            ("Sprach\u{a0}café", "Sprach café"),
            ("Sprach\u{7}café\u{1b}", "Sprachcafé"),
            ("Sprach\u{85}café", "Sprach café"),
            ("\u{202e}Sprachcafé", "Sprachcafé"),
            ("   ", ""),
            (
                "Lotsen \u{7} für Zugewanderte \u{1b}",
                "Lotsen für Zugewanderte",
            ),
            ("\u{7} Lotsen", "Lotsen"),
        ] {
            assert_eq!(clean(input), expected, "{input:?}");
        }
    }

    #[test]
    fn emails_are_redacted() {
        assert_eq!(
            redact_emails("„erika.muster@region-hannover.de“ ist kein Status"),
            "„[E-Mail]“ ist kein Status"
        );
        assert_eq!(redact_emails("a@b.de; c.d@e.org"), "[E-Mail]; [E-Mail]");
        assert_eq!(redact_emails("@home und x@y"), "@home und x@y");
        assert_eq!(redact_emails("ohne"), "ohne");
    }

    #[test]
    fn columns() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(cell_ref(4, 2), "C5");
    }
}

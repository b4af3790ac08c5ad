//! Running text with its emphasis and links: the office writes **bold**, *italic* and
//! [links](https://example.org) in its texts, and the report keeps them in the PDF, the web
//! page and the Word file. Text bestand writes itself is one plain span.

/// How a stretch of text is set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Style {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// The web address it links to.
    pub link: Option<String>,
    /// The footnote these words mark (`[1]`).
    pub note: Option<Footnote>,
}

/// A footnote a mark in the text refers to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Footnote {
    /// Its number in its text, from 1.
    pub number: usize,
    /// Its words.
    pub text: String,
}

/// A stretch of text set one way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    /// The words.
    pub text: String,
    /// How they are set.
    pub style: Style,
}

/// Running text: its spans in order. Line breaks written as such are `\n` inside a span.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inline(pub Vec<Span>);

impl Inline {
    /// The words without emphasis or links (for measuring, sorting and plain outputs).
    pub fn plain(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }

    /// Whether it holds no words.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|s| s.text.is_empty())
    }

    /// Whether every span is plain (no emphasis, no link).
    pub fn is_plain(&self) -> bool {
        self.0.iter().all(|s| s.style == Style::default())
    }

    /// The spans.
    pub fn spans(&self) -> &[Span] {
        &self.0
    }

    /// The same text with each span's words, and its footnote's, changed by `f` (live
    /// figures filled in).
    pub fn map(&self, f: impl Fn(&str) -> String) -> Inline {
        Inline(
            self.0
                .iter()
                .map(|s| {
                    let mut style = s.style.clone();
                    if let Some(note) = &mut style.note {
                        note.text = f(&note.text);
                    }
                    // An address may hold a figure too (`…/bericht-{{jahr}}.pdf`).
                    if let Some(link) = &mut style.link {
                        *link = f(link);
                    }
                    Span {
                        text: f(&s.text),
                        style,
                    }
                })
                .collect(),
        )
    }

    /// Gives each footnote mark its words: `notes[n - 1]` for the mark of note `n`.
    pub fn with_notes(&mut self, notes: &[String]) {
        for span in &mut self.0 {
            if let Some(note) = &mut span.style.note {
                note.text = note
                    .number
                    .checked_sub(1)
                    .and_then(|i| notes.get(i))
                    .cloned()
                    .unwrap_or_default();
            }
        }
    }

    /// Appends plain words.
    pub fn push_plain(&mut self, text: &str) {
        self.push(text, &Style::default());
    }

    /// Appends words set one way, joined to the last span where it is set the same.
    pub fn push(&mut self, text: &str, style: &Style) {
        if text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some(last) if last.style == *style => last.text.push_str(text),
            _ => self.0.push(Span {
                text: text.to_string(),
                style: style.clone(),
            }),
        }
    }

    /// Appends another text.
    pub fn append(&mut self, other: Inline) {
        for s in other.0 {
            self.push(&s.text, &s.style);
        }
    }

    /// Without white space at its start and end.
    pub fn trimmed(mut self) -> Inline {
        while let Some(first) = self.0.first_mut() {
            let t = first.text.trim_start();
            if t.is_empty() {
                self.0.remove(0);
            } else {
                first.text = t.to_string();
                break;
            }
        }
        while let Some(last) = self.0.last_mut() {
            let t = last.text.trim_end();
            if t.is_empty() {
                self.0.pop();
            } else {
                last.text = t.to_string();
                break;
            }
        }
        self
    }

    /// The spans of `text`, where `marks` say from which byte on which style holds (text
    /// before the first mark is plain). A mark that does not fall on a character of `text`
    /// or goes back is passed over, so a mark can never cut a character in two.
    pub fn from_marks(text: &str, marks: &[(usize, Style)]) -> Inline {
        let mut starts: Vec<(usize, &Style)> = Vec::with_capacity(marks.len() + 1);
        let plain = Style::default();
        starts.push((0, &plain));
        for (at, style) in marks {
            let last = starts.last().map_or(0, |s| s.0);
            if *at < last || *at > text.len() || !text.is_char_boundary(*at) {
                continue;
            }
            if *at == last {
                starts.pop();
            }
            starts.push((*at, style));
        }
        let mut out = Inline::default();
        for (i, (at, style)) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(text.len(), |n| n.0);
            out.push(&text[*at..end], style);
        }
        out
    }
}

/// Whether an address may become a live link: web and mail addresses only (a `javascript:`
/// or `file:` address in a text stays words).
pub fn linkable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// An address as it goes into a link: trimmed, every byte that is no visible ASCII
/// character percent-encoded (a space, an umlaut), the same in the PDF, the web page and the
/// Word file.
pub fn address(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.trim().bytes() {
        if b.is_ascii_graphic() {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl From<String> for Inline {
    fn from(text: String) -> Inline {
        Inline(vec![Span {
            text,
            style: Style::default(),
        }])
    }
}

impl From<&str> for Inline {
    fn from(text: &str) -> Inline {
        Inline::from(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_make_spans_and_never_cut_a_character() {
        let bold = Style {
            bold: true,
            ..Style::default()
        };
        let text = "Die Größe zählt";
        // "Größe" is bold: bytes 4..11; a mark inside the ö (byte 7) is passed over.
        let i = Inline::from_marks(
            text,
            &[
                (4, bold.clone()),
                (7, Style::default()),
                (11, Style::default()),
            ],
        );
        assert_eq!(i.plain(), text);
        assert_eq!(
            i.0.iter()
                .map(|s| (s.text.as_str(), s.style.bold))
                .collect::<Vec<_>>(),
            [("Die ", false), ("Größe", true), (" zählt", false)]
        );
        // Marks past the end or going back change nothing.
        assert_eq!(Inline::from_marks("ab", &[(9, bold.clone())]).plain(), "ab");
        assert!(Inline::from_marks("ab", &[(9, bold)]).is_plain());
    }

    #[test]
    fn only_web_and_mail_addresses_become_links() {
        assert!(linkable("https://www.hannover.de"));
        assert!(linkable("MAILTO:integration@example.org"));
        assert!(!linkable("javascript:alert(1)"));
        assert!(!linkable("file:///etc/passwd"));
        assert!(!linkable("bericht.pdf"));
    }

    #[test]
    fn trimming_drops_empty_spans_at_both_ends() {
        let mut i = Inline::default();
        i.push_plain("  ");
        i.push(
            " Wort ",
            &Style {
                italic: true,
                ..Style::default()
            },
        );
        i.push_plain(" ");
        let t = i.trimmed();
        assert_eq!(t.plain(), "Wort");
        assert!(t.0[0].style.italic);
    }
}

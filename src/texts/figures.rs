//! Live figures in the office's texts: the placeholders bestand knows, their check with a
//! did-you-mean, and filling them with the run's figures.

use crate::config::Config;
use crate::findings::{Code, Findings, Severity};
use crate::text::match_key;
use crate::tr;

use super::{FIELD_FIGURES, FIGURES, at};

/// The text with its HTML comments blanked (their line breaks kept, so offsets and lines
/// stay): a placeholder in a comment is the writer's note, not published.
pub(super) fn without_comments(body: &str) -> String {
    let mut out = body.to_string();
    let mut from = 0;
    while let Some(start) = out[from..].find("<!--").map(|i| from + i) {
        let end = out[start..]
            .find("-->")
            .map_or(out.len(), |i| start + i + 3);
        let blank: String = out[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        // Blanking by characters may change the byte length: keep it by padding.
        let pad = (end - start).saturating_sub(blank.len());
        out.replace_range(start..end, &format!("{blank}{}", " ".repeat(pad)));
        from = start + (end - start).max(1);
        if from >= out.len() {
            break;
        }
    }
    out
}

/// The placeholders of a text, each with its byte offset: `{{ name }}`.
fn placeholders(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = body[from..].find("{{") {
        let open = from + start;
        let Some(len) = body[open + 2..].find("}}") else {
            break;
        };
        out.push((open, body[open + 2..open + 2 + len].trim()));
        from = open + 2 + len + 2;
    }
    out
}

/// Every placeholder name a text may use (the per-field ones with this configuration's
/// fields).
pub fn known_placeholders(cfg: &Config) -> Vec<String> {
    let mut known: Vec<String> = FIGURES.iter().map(|s| s.to_string()).collect();
    for t in &cfg.vocabularies.field_of_action {
        for f in FIELD_FIGURES {
            known.push(format!("handlungsfeld.{}.{f}", t.name));
        }
    }
    known
}

/// The placeholders of the configuration's cover texts (subtitle, date line) checked as the
/// texts' are, named at bestand.toml.
pub fn check_config(cfg: &Config, findings: &mut Findings) {
    for text in [&cfg.subtitle, &cfg.date_line].into_iter().flatten() {
        check_placeholders("bestand.toml", text, &|_| 0, cfg, findings);
    }
}

/// An unknown placeholder is an error finding with its line and the nearest known name.
pub(super) fn check_placeholders(
    file: &str,
    body: &str,
    line_of: &dyn Fn(usize) -> usize,
    cfg: &Config,
    findings: &mut Findings,
) {
    let known = known_placeholders(cfg);
    for (offset, name) in placeholders(body) {
        if resolve(name, cfg).is_some() {
            continue;
        }
        let nearest = known
            .iter()
            .map(|k| {
                (
                    strsim::normalized_levenshtein(&k.to_lowercase(), &name.to_lowercase()),
                    k,
                )
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(score, _)| *score > 0.5)
            .map(|(_, k)| k.clone());
        let message = match nearest {
            Some(k) => tr!(
                cfg.lang,
                "text-placeholder-unknown-near",
                name = name,
                nearest = k
            ),
            None => tr!(cfg.lang, "text-placeholder-unknown", name = name),
        };
        let line = Some(line_of(offset)).filter(|l| *l > 0);
        findings.push(
            Severity::Error,
            Code::TextPlaceholderUnknown,
            &at(file, line),
            message,
        );
    }
}

/// A placeholder's figure: one of [`FIGURES`], or a field of action (its canonical name)
/// with one of [`FIELD_FIGURES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// A figure of the whole year.
    Year(&'static str),
    /// A figure of one field of action.
    Field(String, &'static str),
}

/// What a placeholder names, if anything (names compared as match keys).
pub fn resolve(name: &str, cfg: &Config) -> Option<Figure> {
    let key = |s: &str| match_key(s);
    if let Some(f) = FIGURES.iter().find(|f| key(f) == key(name)) {
        return Some(Figure::Year(f));
    }
    let rest = name.trim().strip_prefix("handlungsfeld.")?;
    let (field, figure) = rest.rsplit_once('.')?;
    let figure = FIELD_FIGURES.iter().find(|f| key(f) == key(figure))?;
    let field = cfg
        .vocabularies
        .field_of_action
        .iter()
        .find(|t| key(&t.name) == key(field))?;
    Some(Figure::Field(field.name.clone(), figure))
}

/// A text with its placeholders replaced by `value`; an unknown one stays as written, so
/// it shows in the draft.
pub fn fill(text: &str, cfg: &Config, value: &dyn Fn(&Figure) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (offset, name) in placeholders(text) {
        let end = offset + 2 + text[offset + 2..].find("}}").unwrap_or(0) + 2;
        out.push_str(&text[from..offset]);
        match resolve(name, cfg) {
            Some(f) => out.push_str(&value(&f)),
            None => out.push_str(&text[offset..end]),
        }
        from = end;
    }
    out.push_str(&text[from..]);
    out
}

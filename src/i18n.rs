//! The words a user reads, as data: one Fluent file per language and area under `i18n/`
//! (`i18n/de/*.ftl`, `i18n/en/*.ftl`), compiled into the binary. Code names a message by
//! its id and gives its variables; the sentence, its plural forms and its word order live
//! in the file, where someone who does not read Rust can review and correct them.
//!
//! Numbers given as [`Arg::Count`] choose the plural form by the language's rules and are
//! shown without grouping (a row number, a count); a figure shown with separators is
//! formatted by the caller ([`crate::text`]) and given as text beside the count.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// The Fluent files of one language, in the order they are added to its bundle.
macro_rules! sources {
    ($lang:literal) => {
        [
            (
                concat!("i18n/", $lang, "/run.ftl"),
                include_str!(concat!("../i18n/", $lang, "/run.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/errors.ftl"),
                include_str!(concat!("../i18n/", $lang, "/errors.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/config.ftl"),
                include_str!(concat!("../i18n/", $lang, "/config.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/findings.ftl"),
                include_str!(concat!("../i18n/", $lang, "/findings.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/ingest.ftl"),
                include_str!(concat!("../i18n/", $lang, "/ingest.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/report.ftl"),
                include_str!(concat!("../i18n/", $lang, "/report.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/terminal.ftl"),
                include_str!(concat!("../i18n/", $lang, "/terminal.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/goals.ftl"),
                include_str!(concat!("../i18n/", $lang, "/goals.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/indicators.ftl"),
                include_str!(concat!("../i18n/", $lang, "/indicators.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/workbook.ftl"),
                include_str!(concat!("../i18n/", $lang, "/workbook.ftl")),
            ),
            (
                concat!("i18n/", $lang, "/cli.ftl"),
                include_str!(concat!("../i18n/", $lang, "/cli.ftl")),
            ),
        ]
    };
}

/// The German files (path, text).
pub const GERMAN: [(&str, &str); 11] = sources!("de");
/// The English files (path, text).
pub const ENGLISH: [(&str, &str); 11] = sources!("en");

/// A message's variable.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, shown as given.
    Text(Cow<'a, str>),
    /// A whole number: chooses plural forms, shown without grouping.
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Count(i64::from(n))
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl<'a> From<&'a std::path::Path> for Arg<'a> {
    fn from(p: &'a std::path::Path) -> Self {
        Arg::Text(p.to_string_lossy())
    }
}

impl<'a> From<&'a std::path::PathBuf> for Arg<'a> {
    fn from(p: &'a std::path::PathBuf) -> Self {
        Arg::Text(p.to_string_lossy())
    }
}

/// One language's messages.
struct Bundle(FluentBundle<FluentResource>);

impl Bundle {
    /// The bundle of `files`; a file that is not valid Fluent or repeats an id is a bug
    /// the tests catch ([`tests`]), so here its valid part is used.
    fn new(locale: &str, files: &[(&str, &str)]) -> Bundle {
        let id = locale
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Outputs stay as bestand wrote them before Fluent: no bidi isolation marks
        // around variables (all text here is left to right).
        bundle.set_use_isolating(false);
        for (_, text) in files {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Bundle(bundle)
    }
}

static DE: LazyLock<Bundle> = LazyLock::new(|| Bundle::new("de-DE", &GERMAN));
static EN: LazyLock<Bundle> = LazyLock::new(|| Bundle::new("en-GB", &ENGLISH));

/// The German or the English variant of what is no message: a whole file (the commented
/// defaults, the example texts `bestand init` writes) or words the parsers read back as
/// well as write (the indicator workbook's column names). Sentences are messages.
pub fn either<T>(lang: Lang, de: T, en: T) -> T {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// Whether `lang` has the message `id` (for ids the code puts together, such as an
/// option's value name, which not every option has).
pub fn exists(lang: Lang, id: &str) -> bool {
    let bundle = match lang {
        Lang::De => &DE.0,
        Lang::En => &EN.0,
    };
    bundle.get_message(id).and_then(|m| m.value()).is_some()
}

/// The message `id` in `lang` with its variables. A missing id shows as the id itself,
/// which the tests rule out for every id the code uses.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = match lang {
        Lang::De => &DE.0,
        Lang::En => &EN.0,
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(t) => FluentValue::String(t.clone()),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// `tr!(lang, "message-id", name = value, …)`: the message in the run's language.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message id of a language's files with the variables its text uses.
    fn catalogue(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for (path, text) in files {
            let resource = match fluent_syntax::parser::parse(*text) {
                Ok(r) => r,
                Err((_, errors)) => panic!("{path}: {errors:?}"),
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables(p, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(out.insert(id.clone(), vars).is_none(), "{path}: {id} twice");
                }
            }
        }
        out
    }

    fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline_variables(i, out),
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }

    fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_variables() {
        let de = catalogue(&GERMAN);
        let en = catalogue(&ENGLISH);
        let only_de: Vec<_> = de.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !de.contains_key(*k)).collect();
        assert!(only_de.is_empty(), "only in i18n/de: {only_de:?}");
        assert!(only_en.is_empty(), "only in i18n/en: {only_en:?}");
        for (id, vars) in &de {
            assert_eq!(Some(vars), en.get(id), "{id}: the variables differ");
        }
    }

    #[test]
    fn every_message_the_code_names_exists() {
        let ids = catalogue(&GERMAN);
        let mut missing = Vec::new();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (i, _) in text.match_indices("tr!(") {
                        // `tr!(lang, "id", …)`, not `include_str!(…)` or `concat_str!(…)`.
                        let before = text[..i].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' {
                            continue;
                        }
                        let call = &text[i + 4..];
                        let id = call
                            .split_once(',')
                            .and_then(|(_, rest)| rest.trim_start().strip_prefix('"'))
                            .and_then(|rest| rest.split('"').next());
                        match id {
                            Some(id) if ids.contains_key(id) => {}
                            other => missing.push(format!("{}: {other:?}", path.display())),
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no such message: {missing:?}");
    }

    /// The string literals of Rust source outside comments (plain and raw strings).
    fn literals(code: &str) -> Vec<(usize, String)> {
        let (b, mut out, mut i, mut line) = (code.as_bytes(), Vec::new(), 0, 1);
        while i < b.len() {
            match b[i] {
                b'\n' => line += 1,
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                // A char literal ('"' or '\''), not a lifetime.
                b'\'' if b.get(i + 2) == Some(&b'\'') => i += 2,
                b'\'' if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') => i += 3,
                b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                    && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
                {
                    let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                    if b.get(i + 1 + hashes) == Some(&b'"') {
                        let start = i + 2 + hashes;
                        let end_mark = format!("\"{}", "#".repeat(hashes));
                        let end = code[start..].find(&end_mark).map_or(b.len(), |e| start + e);
                        out.push((line, code[start..end].to_string()));
                        line += code[start..end].matches('\n').count();
                        i = end + end_mark.len();
                        continue;
                    }
                }
                b'"' => {
                    let start = i + 1;
                    let mut j = start;
                    while j < b.len() && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    let end = j.min(b.len());
                    out.push((line, code[start..end].to_string()));
                    line += code[start..end].matches('\n').count();
                    i = end + 1;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        out
    }

    /// Whether a text reads as a German sentence: three words or more, with German
    /// function words or umlauts (a message id or a single header word does not).
    fn german_sentence(text: &str) -> bool {
        const WORDS: [&str; 40] = [
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "mit",
            "für", "wird", "werden", "bitte", "oder", "von", "zu", "im", "den", "dem", "des",
            "sich", "auf", "als", "auch", "nur", "kein", "keine", "sind", "wurde", "wurden", "hat",
            "haben", "noch", "bei", "nach", "aus", "wie", "liegt",
        ];
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.len() < 3 || !text.contains(' ') {
            return false;
        }
        let umlaut = text.chars().any(|c| "äöüÄÖÜß".contains(c));
        let german =
            words.iter().filter(|w| WORDS.contains(&w.as_str())).count() + usize::from(umlaut);
        german >= 2 || (german >= 1 && words.len() >= 5)
    }

    #[test]
    fn no_german_sentence_is_left_in_the_code() {
        // Words the parsers recognise are vocabulary, not messages: the template's example
        // row is known by its title.
        const VOCABULARY: [&str; 1] = ["Beispiel: Elterncafé im Stadtteil"];
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        let mut stack = vec![src.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // The tests at a file's end may speak German; they are not shipped.
                let code = text.split("\n#[cfg(test)]").next().unwrap_or_default();
                for (line, literal) in literals(code) {
                    if german_sentence(&literal)
                        && !VOCABULARY.iter().any(|v| literal.starts_with(v))
                    {
                        let file = path.strip_prefix(&src).unwrap_or(&path).display();
                        found.push(format!("src/{file}:{line}: {literal}"));
                    }
                }
            }
        }
        found.sort();
        assert!(
            found.is_empty(),
            "German sentences belong in i18n/de/*.ftl (with their English twin):\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn the_sentence_finder_sees_literals_and_skips_comments_and_ids() {
        let code = "// Eine Zeile, die nicht zählt.\nlet a = \"Die Datei ist leer und wird nicht gelesen.\";\nlet b = r#\"Bitte den Titel eintragen, \"jetzt\".\"#;\nlet c = \"rpt-die-datei-ist-leer\"; let d = '\"';\n";
        let found: Vec<(usize, String)> = literals(code)
            .into_iter()
            .filter(|(_, l)| german_sentence(l))
            .collect();
        assert_eq!(
            found,
            [
                (2, "Die Datei ist leer und wird nicht gelesen.".to_string()),
                (3, "Bitte den Titel eintragen, \"jetzt\".".to_string())
            ]
        );
    }

    #[test]
    fn plurals_follow_the_language_and_no_isolation_marks_are_added() {
        for n in [1usize, 2] {
            let de = message(
                Lang::De,
                "template-written-prefilled",
                &[
                    ("path", Arg::from("a.xlsx")),
                    ("count", Arg::from(n)),
                    ("year", Arg::from("2024")),
                ],
            );
            assert!(!de.contains('\u{2068}'), "{de}");
            let en = message(
                Lang::En,
                "template-written-prefilled",
                &[
                    ("path", Arg::from("a.xlsx")),
                    ("count", Arg::from(n)),
                    ("year", Arg::from("2024")),
                ],
            );
            if n == 1 {
                assert_eq!(de, "a.xlsx (vorausgefüllt mit 1 Maßnahme aus 2024)");
                assert_eq!(en, "a.xlsx (pre-filled with 1 measure of 2024)");
            } else {
                assert_eq!(de, "a.xlsx (vorausgefüllt mit 2 Maßnahmen aus 2024)");
                assert_eq!(en, "a.xlsx (pre-filled with 2 measures of 2024)");
            }
        }
    }
}

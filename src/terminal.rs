//! What `check` and `report` print: per file the measures read and the findings grouped by
//! severity, then a one-line total. Colour only when asked (a terminal, no NO_COLOR).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use crate::config::Lang;
use crate::findings::FileReport;
use crate::findings::{Finding, Findings, Severity};
use crate::transform::Dataset;

/// How much the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only.
    Quiet,
    /// Summary, errors and warnings.
    Normal,
    /// Everything, info findings too.
    Verbose,
}

/// Findings of one severity listed per file before the rest is summed up.
const PER_FILE: usize = 20;

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn heading(sev: Severity, n: usize, lang: Lang) -> String {
    match (sev, lang) {
        (Severity::Error, Lang::De) => {
            format!("Fehler ({n}) – Zeile nicht übernommen oder Datei nicht gelesen")
        }
        (Severity::Warning, Lang::De) => format!("Warnungen ({n}) – übernommen, bitte prüfen"),
        (Severity::Info, Lang::De) => format!("Hinweise ({n})"),
        (Severity::Error, Lang::En) => {
            format!("Errors ({n}) – row not taken over or file not read")
        }
        (Severity::Warning, Lang::En) => format!("Warnings ({n}) – taken over, please check"),
        (Severity::Info, Lang::En) => format!("Notes ({n})"),
    }
}

fn place(f: &Finding, lang: Lang) -> String {
    match (f.sheet.is_empty(), f.cell.is_empty()) {
        (true, _) => String::new(),
        (false, true) => f.sheet.clone(),
        (false, false) if f.cell.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{}, {} {}", f.sheet, lang.t("Zeile", "row"), f.cell)
        }
        (false, false) => format!("{}!{}", f.sheet, f.cell),
    }
}

/// The findings summary, grouped by file.
pub fn summary(
    files: &[FileReport],
    dataset: &Dataset,
    findings: &Findings,
    verbosity: Verbosity,
    lang: Lang,
    color: bool,
) -> String {
    let mut by_file: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings.items() {
        by_file.entry(f.file.as_str()).or_default().push(f);
    }
    let mut taken: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &dataset.measures {
        *taken.entry(m.source_file.as_str()).or_default() += 1;
    }
    let mut out = String::new();
    let shown: Vec<Severity> = match verbosity {
        Verbosity::Quiet => vec![Severity::Error],
        Verbosity::Normal => vec![Severity::Error, Severity::Warning],
        Verbosity::Verbose => vec![Severity::Error, Severity::Warning, Severity::Info],
    };
    for file in files {
        let list = by_file.remove(file.file.as_str()).unwrap_or_default();
        let has_shown = list.iter().any(|f| shown.contains(&f.severity));
        if verbosity == Verbosity::Quiet && !has_shown {
            continue;
        }
        if file.skipped && verbosity != Verbosity::Verbose {
            continue;
        }
        let n = taken.get(file.file.as_str()).copied().unwrap_or(0);
        let status = file_status(file, n, lang, color);
        let _ = writeln!(out, "{} — {status}", paint(&file.file, "1", color));
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            let items: Vec<&&Finding> = list.iter().filter(|f| f.severity == sev).collect();
            if items.is_empty() {
                continue;
            }
            if !shown.contains(&sev) {
                continue;
            }
            severity_group(&mut out, sev, &items, verbosity, lang, color);
        }
        let hidden_info = list.iter().filter(|f| f.severity == Severity::Info).count();
        if !shown.contains(&Severity::Info) && hidden_info > 0 && verbosity == Verbosity::Normal {
            hidden_notes(&mut out, hidden_info, lang, color);
        }
    }
    // Findings about no inventory (input/links.csv, a folder): listed under their name, so
    // every counted finding is shown.
    for (name, list) in by_file {
        let items: Vec<&Finding> = list
            .into_iter()
            .filter(|f| shown.contains(&f.severity))
            .collect();
        if items.is_empty() {
            continue;
        }
        let label = if name.is_empty() {
            lang.t("Eingabeordner", "input folder")
        } else {
            name
        };
        let _ = writeln!(out, "{}", paint(label, "1", color));
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            let group: Vec<&&Finding> = items.iter().filter(|f| f.severity == sev).collect();
            if !group.is_empty() {
                severity_group(&mut out, sev, &group, verbosity, lang, color);
            }
        }
    }
    let _ = writeln!(out, "{}", total_line(files, dataset, findings, lang, color));
    out
}

/// What became of a file: skipped, not read, or how many measures were taken over.
fn file_status(file: &FileReport, n: usize, lang: Lang, color: bool) -> String {
    if file.skipped {
        lang.t("übersprungen", "skipped").to_string()
    } else if file.failed && n == 0 {
        paint(lang.t("nicht gelesen", "not read"), "1;31", color)
    } else {
        match lang {
            Lang::De if n == 1 => "1 Maßnahme übernommen".to_string(),
            Lang::En if n == 1 => "1 measure taken over".to_string(),
            Lang::De => format!("{n} Maßnahmen übernommen"),
            Lang::En => format!("{n} measures taken over"),
        }
    }
}

/// A file's findings of one severity: a heading, then the findings (the first ones unless
/// verbose) with their place.
fn severity_group(
    out: &mut String,
    sev: Severity,
    items: &[&&Finding],
    verbosity: Verbosity,
    lang: Lang,
    color: bool,
) {
    let code = match sev {
        Severity::Error => "31",
        Severity::Warning => "33",
        Severity::Info => "2",
    };
    let _ = writeln!(
        out,
        "  {}",
        paint(&heading(sev, items.len(), lang), code, color)
    );
    // A file with hundreds of findings would bury the others: the first ones here,
    // all of them in findings.csv (and -v shows every one).
    let limit = if verbosity == Verbosity::Verbose {
        usize::MAX
    } else {
        PER_FILE
    };
    for f in items.iter().take(limit) {
        let p = place(f, lang);
        if p.is_empty() {
            let _ = writeln!(out, "    {}", f.message);
        } else {
            let _ = writeln!(out, "    {}  {}", paint(&p, code, color), f.message);
        }
    }
    if items.len() > limit {
        let more = items.len() - limit;
        let _ = writeln!(
            out,
            "    {}",
            paint(
                &match lang {
                    Lang::De => format!("… und {more} weitere (alle in findings.csv, oder mit -v)"),
                    Lang::En => format!("… and {more} more (all in findings.csv, or with -v)"),
                },
                code,
                color
            )
        );
    }
}

/// The line that counts a file's notes not shown (without -v).
fn hidden_notes(out: &mut String, hidden_info: usize, lang: Lang, color: bool) {
    let _ = writeln!(
        out,
        "  {}",
        paint(
            &match lang {
                Lang::De => format!(
                    "{hidden_info} {} (mit -v anzeigen)",
                    if hidden_info == 1 {
                        "Hinweis"
                    } else {
                        "Hinweise"
                    }
                ),
                Lang::En => format!(
                    "{hidden_info} {} (show with -v)",
                    if hidden_info == 1 { "note" } else { "notes" }
                ),
            },
            "2",
            color
        )
    );
}

/// The total line: files read, measures taken over, rows rejected and findings, coloured by
/// the worst severity.
fn total_line(
    files: &[FileReport],
    dataset: &Dataset,
    findings: &Findings,
    lang: Lang,
    color: bool,
) -> String {
    let read = files.iter().filter(|f| !f.skipped && !f.failed).count();
    let failed = files.iter().filter(|f| f.failed).count();
    let (e, w, i) = (
        findings.count(Severity::Error),
        findings.count(Severity::Warning),
        findings.count(Severity::Info),
    );
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    let (m, r) = (dataset.measures.len(), dataset.rejected);
    let set_aside = match (dataset.set_aside, lang) {
        (0, _) => String::new(),
        (s, Lang::De) => format!(", {s} keine Maßnahme (Summenzeilen, ersetzte Zeilen)"),
        (s, Lang::En) => format!(", {s} no measure (total rows, superseded rows)"),
    };
    let total = match lang {
        Lang::De => format!(
            "Gesamt: {} gelesen, {failed} nicht lesbar; {} übernommen, {} abgewiesen{set_aside}; {e} Fehler, {}, {}.",
            n(read, "Datei", "Dateien"),
            n(m, "Maßnahme", "Maßnahmen"),
            n(r, "Zeile", "Zeilen"),
            n(w, "Warnung", "Warnungen"),
            n(i, "Hinweis", "Hinweise"),
        ),
        Lang::En => format!(
            "Total: {} read, {failed} unreadable; {} taken over, {} rejected{set_aside}; {}, {}, {}.",
            n(read, "file", "files"),
            n(m, "measure", "measures"),
            n(r, "row", "rows"),
            n(e, "error", "errors"),
            n(w, "warning", "warnings"),
            n(i, "note", "notes"),
        ),
    };
    let code = if e > 0 {
        "1;31"
    } else if w > 0 {
        "1;33"
    } else {
        "1;32"
    };
    paint(&total, code, color)
}

/// The run's last line: where the clerk finds every finding. That is the workbook (a sheet
/// filterable by department), not findings.csv, which German Excel opens in one column and
/// which stays for analysts.
pub fn findings_pointer(output: &Path, lang: Lang) -> String {
    let workbook = output.join("measures.xlsx");
    match lang {
        Lang::De => format!(
            "Alle Meldungen: {}, Blatt „Meldungen“ (nach Fachbereich filterbar).\n",
            workbook.display()
        ),
        Lang::En => format!(
            "All findings: {}, sheet \"Findings\" (filter by department).\n",
            workbook.display()
        ),
    }
}

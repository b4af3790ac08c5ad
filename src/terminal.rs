//! What `check` and `report` print: per file the measures read and the findings grouped by
//! severity, then a one-line total. Colour only when asked (a terminal, no NO_COLOR).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use crate::config::Lang;
use crate::findings::FileReport;
use crate::findings::{Code, Finding, Findings, Severity, Spot};
use crate::tr;
use crate::transform::Dataset;
use crate::transform::returns::{Asked, Standing, YearReturns};

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

fn heading(sev: Severity, n: usize, text: bool, lang: Lang) -> String {
    match sev {
        // An office text is no return: its errors are marked in the report, not dropped.
        Severity::Error if text => tr!(lang, "heading-errors-text", count = n),
        Severity::Error => tr!(lang, "heading-errors", count = n),
        Severity::Warning if text => tr!(lang, "heading-warnings-text", count = n),
        Severity::Warning => tr!(lang, "heading-warnings", count = n),
        Severity::Info => tr!(lang, "heading-notes", count = n),
    }
}

fn place(f: &Finding, lang: Lang) -> String {
    match (f.sheet.is_empty(), f.spot) {
        // A line of a text file.
        (true, Spot::Row(line)) => tr!(lang, "place-line", line = line.to_string()),
        (true, _) => String::new(),
        (false, Spot::Whole) => f.sheet.clone(),
        (false, Spot::Row(row)) => tr!(lang, "place-row", sheet = &f.sheet, row = row.to_string()),
        (false, Spot::Cell { .. }) => format!("{}!{}", f.sheet, f.spot),
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
            tr!(lang, "input-folder")
        } else {
            name.to_string()
        };
        let _ = writeln!(out, "{}", paint(&label, "1", color));
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
        tr!(lang, "file-skipped")
    } else if file.failed && n == 0 {
        paint(&tr!(lang, "file-not-read"), "1;31", color)
    } else if let Some(by) = &file.superseded_by {
        tr!(lang, "file-replaced-by", by = by.as_str())
    } else {
        tr!(lang, "file-taken-over", count = n)
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
        paint(
            &heading(
                sev,
                items.len(),
                items.first().is_some_and(|f| f.file.ends_with(".md")),
                lang
            ),
            code,
            color
        )
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
            paint(&tr!(lang, "more-findings", count = more), code, color)
        );
    }
}

/// The line that counts a file's notes not shown (without -v).
fn hidden_notes(out: &mut String, hidden_info: usize, lang: Lang, color: bool) {
    let _ = writeln!(
        out,
        "  {}",
        paint(&tr!(lang, "hidden-notes", count = hidden_info), "2", color)
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
    let set_aside = match dataset.set_aside {
        0 => String::new(),
        s => tr!(lang, "total-set-aside", count = s),
    };
    let total = tr!(
        lang,
        "total",
        files = read,
        failed = failed,
        measures = dataset.measures.len(),
        rejected = dataset.rejected_count,
        setaside = set_aside,
        errors = e,
        warnings = w,
        notes = i
    );
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
    let workbook = output.join(crate::files::name::MEASURES_XLSX);
    format!("{}\n", tr!(lang, "findings-pointer", workbook = &workbook))
}

/// Prints to standard output; a closed pipe (`bestand check | head`) is not an error.
pub fn say(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Departments listed one per line in the return list before the rest is counted.
const RETURNS_LISTED: usize = 30;

/// The return list of the latest reporting year: a summary line, then each department —
/// the missing first — with its files and their dates.
pub fn return_list(
    list: &YearReturns,
    files: &[FileReport],
    findings: &Findings,
    output: &Path,
    verbosity: Verbosity,
    lang: Lang,
) -> String {
    if verbosity == Verbosity::Quiet {
        return String::new();
    }
    let missing = list.with(Standing::Missing);
    let (unclear, unlisted) = (list.with(Standing::Unclear), list.unlisted());
    let mut out = tr!(
        lang,
        "returns-summary",
        year = list.year.to_string(),
        asked = list.asked(),
        answered = list.answered(),
        incomplete = list
            .departments
            .iter()
            .filter(|d| d.listed && d.standing == Standing::Incomplete)
            .count(),
        missing = missing.len(),
        names = missing.join(", "),
        unclear = unclear.len(),
        unclearnames = unclear.join(", "),
        unlisted = unlisted.len(),
        unlistednames = unlisted.join(", ")
    );
    out.push('\n');
    let asked = match list.asked {
        Asked::Configured => tr!(lang, "returns-asked-configured"),
        Asked::Seen => tr!(lang, "returns-asked-seen"),
    };
    let _ = writeln!(out, "  {asked}");
    // What arrived but was not read may be a missing department's return.
    let folder = format!("{}/", list.year);
    let unread: Vec<&str> = files
        .iter()
        .filter(|f| f.failed && f.file.starts_with(&folder))
        .map(|f| f.file.as_str())
        .collect();
    if !unread.is_empty() {
        let line = tr!(lang, "returns-unread", files = unread.join(", "));
        let _ = writeln!(out, "  {line}");
    }
    let skipped: Vec<&str> = findings
        .items()
        .iter()
        .filter(|f| f.code == Code::SkippedFolder && f.file.starts_with(&folder))
        .map(|f| f.file.as_str())
        .collect();
    let resent: Vec<&str> = findings
        .items()
        .iter()
        .filter(|f| f.code == Code::ResentReturn && f.file.starts_with(&folder))
        .map(|f| f.file.as_str())
        .collect();
    if !resent.is_empty() {
        let line = tr!(lang, "returns-resent", files = resent.join(", "));
        let _ = writeln!(out, "  {line}");
    }
    // Originals a correction replaced: the clerk sees the correction counted, not them.
    let replaced: Vec<String> = files
        .iter()
        .filter(|f| f.file.starts_with(&folder))
        .filter_map(|f| {
            let by = f.superseded_by.as_deref()?;
            Some(tr!(
                lang,
                "returns-replaced-pair",
                file = f.file.as_str(),
                by = by
            ))
        })
        .collect();
    if !replaced.is_empty() {
        let line = tr!(lang, "returns-replaced", pairs = replaced.join(", "));
        let _ = writeln!(out, "  {line}");
    }
    if !skipped.is_empty() {
        let line = tr!(
            lang,
            "returns-skipped-folders",
            folders = skipped.join(", ")
        );
        let _ = writeln!(out, "  {line}");
    }
    let dated = |file: &str| {
        let date = files
            .iter()
            .find(|f| f.file == file)
            .and_then(|f| f.saved)
            .map(|d| {
                let pattern = crate::i18n::message(lang, "date-pattern", &[]);
                d.format(&pattern).to_string()
            });
        match date {
            Some(date) => tr!(lang, "returns-file", file = file, date = date),
            None => file.to_string(),
        }
    };
    let order = list.missing_first();
    let limit = if verbosity == Verbosity::Verbose {
        usize::MAX
    } else {
        RETURNS_LISTED
    };
    for d in order.iter().take(limit) {
        let files = d
            .files
            .iter()
            .map(|f| dated(f))
            .collect::<Vec<_>>()
            .join(", ");
        let line = match d.standing {
            Standing::Answered => {
                tr!(
                    lang,
                    "returns-answered",
                    department = &d.department,
                    files = files
                )
            }
            Standing::Incomplete => tr!(
                lang,
                "returns-incomplete",
                department = &d.department,
                files = files,
                rejected = d.rejected
            ),
            Standing::Missing => tr!(lang, "returns-missing", department = &d.department),
            Standing::Unclear => tr!(lang, "returns-unclear", department = &d.department),
        };
        let _ = writeln!(out, "  {line}");
    }
    if order.len() > limit {
        let workbook = output.join(crate::files::name::MEASURES_XLSX);
        let more = tr!(
            lang,
            "returns-more",
            count = order.len() - limit,
            workbook = &workbook
        );
        let _ = writeln!(out, "  {more}");
    }
    out
}

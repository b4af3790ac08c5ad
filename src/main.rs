//! The `bestand` command: resolves the command line, runs the stages, prints findings and
//! fatal errors, and sets the exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use bestand::cli::{self, Cli, Command, Settings, Verbosity};
use bestand::config::Config;
use bestand::error::{Cause, Error};
use bestand::findings::{Findings, Severity};
use bestand::render::tables;
use bestand::transform::{compare, summary};
use bestand::{files, ingest, terminal, text, transform};

/// The allocator (see Cargo.toml): many small strings are made and dropped on two threads.
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    bestand::memory::tune();
    #[cfg(windows)]
    if std::env::args_os().len() == 1 && double_click::owns_console() {
        return double_click::run_and_wait();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::language(&args);
    let refused = |message: String| {
        eprintln!("bestand: {message}");
        eprintln!(
            "{}",
            lang.t("Hilfe: bestand --help", "Help: bestand --help")
        );
        ExitCode::from(2)
    };
    let parsed = cli::command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) if !e.use_stderr() => {
            // --help and --version are not errors.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => return refused(cli::usage_error(&e, lang)),
    };
    let (command, settings) = match cli.resolve(lang) {
        Ok(resolved) => resolved,
        Err(message) => return refused(message),
    };
    match run(command, &settings) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("bestand: {}", e.message(lang));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Started by double-click on Windows: the office's way to run the report without a
/// command line.
#[cfg(windows)]
mod double_click {
    use std::io::IsTerminal;
    use std::process::ExitCode;

    /// Whether this process is the only one on its console (it was started by a double-click,
    /// not from a command prompt).
    pub fn owns_console() -> bool {
        let mut ids = [0u32; 4];
        // SAFETY: the buffer holds four ids and its length is passed along.
        let n = unsafe {
            windows_sys::Win32::System::Console::GetConsoleProcessList(ids.as_mut_ptr(), 4)
        };
        n == 1
    }

    /// Runs the report with the exe's folder as the working folder (`input/` beside the exe)
    /// and waits for Enter, so the window does not vanish with the result.
    pub fn run_and_wait() -> ExitCode {
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
        {
            let _ = std::env::set_current_dir(dir);
        }
        let resolved = <super::Cli as clap::Parser>::try_parse_from(["bestand"])
            .map_err(|e| e.to_string())
            .and_then(|cli| cli.resolve(bestand::cli::language(&[])));
        let code = match resolved {
            Ok((command, settings)) => match super::run(command, &settings) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("bestand: {}", e.message(bestand::config::Lang::De));
                    e.exit_code() as u8
                }
            },
            Err(_) => 2,
        };
        if std::io::stdin().is_terminal() {
            super::say("\nFertig. Zum Schließen des Fensters die Eingabetaste drücken.\n");
            let mut line = String::new();
            let _ = std::io::stdin().read_line(&mut line);
        }
        ExitCode::from(code)
    }
}

/// Prints to standard output; a closed pipe (`bestand check | head`) is not an error.
fn say(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn load_config(settings: &Settings) -> Result<Config, Error> {
    let (mut cfg, path) = Config::load(settings.config.as_deref(), &settings.input)?;
    if let Some(lang) = settings.lang {
        cfg.lang = lang;
    }
    if path.is_none() && settings.verbosity != Verbosity::Quiet {
        // Said once, so nobody mistakes the defaults for their office's settings.
        say(cfg.lang.t(
            "Hinweis: Keine bestand.toml gefunden (weder hier noch im Eingabeordner); es gelten die eingebauten Voreinstellungen, ohne Organisation, Kommunenliste und Zielkatalog. `bestand init` schreibt eine Datei zum Anpassen.\n",
            "Note: no bestand.toml found (neither here nor in the input folder); the built-in defaults apply, without organisation, municipality list and goal catalogue. `bestand init` writes a file to adapt.\n",
        ));
    }
    Ok(cfg)
}

/// Holds the output folder for this run, so two runs never mix their files. The operating
/// system releases the lock when the process ends, also when it is killed.
fn lock_output(out: &std::path::Path) -> Result<std::fs::File, Error> {
    std::fs::create_dir_all(out).map_err(|source| Error::Write {
        path: out.to_path_buf(),
        source,
    })?;
    let path = out.join(".bestand.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(&path)
        .map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::Locked {
            path: out.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(source)) => Err(Error::Write { path, source }),
    }
}

/// Runs one command, holding the output folder's lock for every command that writes there.
fn run(command: Command, settings: &Settings) -> Result<u8, Error> {
    let _lock = match command {
        Command::Init { .. } => None,
        _ => Some(lock_output(&settings.output)?),
    };
    match command {
        Command::Init { force } => run_init(force, settings),
        Command::Template {
            year, department, ..
        } => run_template(year, department, settings),
        Command::Check { .. } => run_check(settings),
        Command::Report { strict, .. } => run_report(strict, settings),
        Command::Compare { from, to, .. } => run_compare(from, to, settings),
    }
}

/// `bestand init`: writes the commented default configuration.
fn run_init(force: bool, settings: &Settings) -> Result<u8, Error> {
    let path = settings
        .config
        .clone()
        .unwrap_or_else(|| "bestand.toml".into());
    if path.exists() && !force {
        return Err(Error::Usage(match settings.lang.unwrap_or_default() {
            bestand::config::Lang::De => format!(
                "{} gibt es schon; mit --force wird die Datei überschrieben.",
                path.display()
            ),
            bestand::config::Lang::En => format!(
                "{} exists already; use --force to overwrite it",
                path.display()
            ),
        }));
    }
    files::write_atomic(
        &path,
        Config::default_toml(settings.lang.unwrap_or_default()).as_bytes(),
    )?;
    if settings.verbosity != Verbosity::Quiet {
        say(&match settings.lang.unwrap_or_default() {
            bestand::config::Lang::De => format!(
                "{} geschrieben: alle Voreinstellungen mit Erläuterungen; die Beispiele am Ende sind auskommentiert.\n",
                path.display()
            ),
            bestand::config::Lang::En => format!(
                "{} written: every default setting with explanations; the examples at the end are commented out.\n",
                path.display()
            ),
        });
    }
    Ok(0)
}

/// `bestand template`: the departments' templates, pre-filled from earlier returns.
fn run_template(
    year: Option<i32>,
    department: Option<String>,
    settings: &Settings,
) -> Result<u8, Error> {
    // Earlier returns in the input folder pre-fill one template per department.
    let (cfg, dataset) = match read_all(settings) {
        Ok(run) => (run.cfg, Some(run.dataset)),
        Err(Error::InputDir { .. } | Error::EmptyInput { .. }) => {
            // read_all loaded (and announced) the configuration before the input
            // failed; loaded again without a second note.
            let (mut cfg, _) = Config::load(settings.config.as_deref(), &settings.input)?;
            if let Some(lang) = settings.lang {
                cfg.lang = lang;
            }
            (cfg, None)
        }
        Err(e) => return Err(e),
    };
    let year = year.unwrap_or_else(|| chrono::Datelike::year(&settings.created));
    let mut known: Vec<String> = cfg.departments.clone();
    if let Some(d) = &dataset {
        for m in d.measures.iter().filter(|m| m.year < year) {
            if !known.contains(&m.department) {
                known.push(m.department.clone());
            }
        }
    }
    known.sort_by_cached_key(|d| bestand::text::match_key(d));
    known.dedup();
    let mut targets: Vec<Option<String>> = match department {
        Some(d) => vec![Some(d)],
        None => std::iter::once(None)
            .chain(known.into_iter().map(Some))
            .collect(),
    };
    targets.dedup();
    let stage = files::Stage::begin(&settings.output)?;
    let mut written = Vec::new();
    let mut slugs = Slugs::default();
    for d in targets {
        let name = match &d {
            Some(d) => format!("vorlage-{year}-{}.xlsx", slugs.unique(d)),
            None => format!("vorlage-{year}.xlsx"),
        };
        let path = settings.output.join(&name);
        let prefill = match (&d, &dataset) {
            (Some(d), Some(data)) => bestand::render::template::prefilled_rows(data, d, year),
            _ => None,
        };
        let bytes = match (&d, &prefill) {
            (Some(d), Some((_, rows))) => {
                bestand::render::template::prefilled_template(&cfg, year, d, rows, settings.created)
            }
            _ => bestand::render::template::department_template(
                &cfg,
                Some(year),
                d.as_deref(),
                settings.created,
            ),
        }
        .map_err(|e| Error::Export {
            path: path.clone(),
            source: Cause::Workbook(e),
        })?;
        files::write_atomic(&stage.path().join(&name), &bytes)?;
        written.push((path, prefill.map(|(y, rows)| (y, rows.len()))));
    }
    stage.commit()?;
    if settings.verbosity != Verbosity::Quiet {
        for (path, prefill) in written {
            say(&match (prefill, cfg.lang) {
                (Some((y, n)), bestand::config::Lang::De) => format!(
                    "{} (vorausgefüllt mit {n} {} aus {y})\n",
                    path.display(),
                    if n == 1 { "Maßnahme" } else { "Maßnahmen" }
                ),
                (Some((y, n)), bestand::config::Lang::En) => {
                    format!("{} (pre-filled with {n} measures of {y})\n", path.display())
                }
                (None, _) => format!("{}\n", path.display()),
            });
        }
    }
    Ok(0)
}

/// `bestand check`: reads and checks; tables, findings and correction workbooks, no report.
fn run_check(settings: &Settings) -> Result<u8, Error> {
    let mut run = read_all(settings)?;
    let stage = files::Stage::begin(&settings.output)?;
    let out = staged(settings, &stage);
    // The changes go into measures.xlsx too, so the workbook always tells the same
    // story as a report made from the same input.
    let years = run.dataset.years();
    let (workbook, comparisons) = compare_beside_workbook(&out, &mut run, &years, None)?;
    let (figures, (tables, corrected)) = rayon::join(
        || tables_and_figures(&out, &run, &comparisons),
        || {
            rayon::join(
                || write_all_tables(&out, &run, &comparisons, Some(workbook)),
                || write_corrections(&out, &run),
            )
        },
    );
    let stamp = figures?;
    tables?;
    let corrected = corrected?;
    stage.commit()?;
    print_findings(settings, &run);
    say_corrections(settings, &run, &corrected);
    drop_stale_report(settings, run.cfg.lang, stamp)?;
    point_to_findings(settings, run.cfg.lang);
    Ok(u8::from(run.findings.count(Severity::Error) > 0))
}

/// `bestand report`: everything, the PDF and HTML report included.
fn run_report(strict: bool, settings: &Settings) -> Result<u8, Error> {
    let mut run = read_all(settings)?;
    // Not a single row could be read: a report of nothing must not replace a good
    // one. The findings say why on the terminal.
    if run.dataset.measures.is_empty()
        && run.dataset.rejected_rows.is_empty()
        && run.files.iter().all(|f| f.failed || f.skipped)
    {
        print_findings(settings, &run);
        return Err(Error::NothingReadable {
            path: settings.input.clone(),
        });
    }
    let stage = files::Stage::begin(&settings.output)?;
    let out = staged(settings, &stage);
    let years = run.dataset.years();
    // The tables of measures are made while the years are compared.
    let (tables, comparisons) = rayon::join(
        || measures_tables(&out, &run.cfg, &run.dataset),
        || {
            compare_years(
                &out,
                &run.cfg,
                &run.dataset,
                &mut run.findings,
                &years,
                None,
            )
        },
    );
    let (frame, stamp) = tables?;
    let pdf_path = settings.output.join("report.pdf");
    // The outputs are independent of each other: the tables and workbooks are
    // written while the key figures, the charts and the report are made, on both cores.
    let report = || -> Result<_, Error> {
        let figures = write_figures(&out, &run, &comparisons, frame)?;
        let created = bestand::render::charts::created_date(settings.created, run.cfg.lang);
        let charts = bestand::render::charts::chart_set(&figures, &run.cfg, &created);
        bestand::render::charts::write_files(&out.output.join("charts"), &charts)?;
        let inputs = bestand::render::report::Inputs {
            cfg: &run.cfg,
            dataset: &run.dataset,
            summary: &figures,
            comparisons: &comparisons,
            findings: &run.findings,
            files: &run.files,
            created,
            charts: &charts,
        };
        bestand::render::report::render(&inputs, settings.created.and_utc().timestamp()).map_err(
            |message| Error::Export {
                path: pdf_path.clone(),
                source: Cause::Pdf(message),
            },
        )
    };
    let ((tables, corrected), rendered) = rayon::join(
        || {
            rayon::join(
                || write_all_tables(&out, &run, &comparisons, None),
                || write_corrections(&out, &run),
            )
        },
        report,
    );
    tables?;
    let (corrected, rendered) = (corrected?, rendered?);
    files::write_atomic(&out.output.join("report.pdf"), &rendered.pdf)?;
    files::write_atomic(&out.output.join("report.html"), rendered.html.as_bytes())?;
    files::write_atomic(
        &out.output.join(STAMP),
        tables_stamp(&out.output, stamp).as_bytes(),
    )?;
    stage.commit()?;
    print_findings(settings, &run);
    say_corrections(settings, &run, &corrected);
    if settings.verbosity != Verbosity::Quiet {
        if !comparisons.is_empty() {
            say(&summary::describe(&comparisons, run.cfg.lang));
        }
        let html = settings.output.join("report.html");
        say(&match run.cfg.lang {
            bestand::config::Lang::De => format!(
                "Bericht geschrieben: {} und {} (Diagramme in {})\n",
                pdf_path.display(),
                html.display(),
                settings.output.join("charts").display()
            ),
            bestand::config::Lang::En => format!(
                "Report written: {} and {} (charts in {})\n",
                pdf_path.display(),
                html.display(),
                settings.output.join("charts").display()
            ),
        });
    }
    point_to_findings(settings, run.cfg.lang);
    Ok(u8::from(strict && run.findings.count(Severity::Error) > 0))
}

/// `bestand compare`: the changes between two years, with the tables.
fn run_compare(from: Option<i32>, to: Option<i32>, settings: &Settings) -> Result<u8, Error> {
    let mut run = read_all(settings)?;
    let years = run.dataset.years();
    let pick = pick_years(&years, from, to, run.cfg.lang)?;
    let stage = files::Stage::begin(&settings.output)?;
    let out = staged(settings, &stage);
    let (workbook, comparisons) = compare_beside_workbook(&out, &mut run, &years, pick)?;
    // The tables come along, so changes.csv never stands beside measures of
    // another input.
    let (figures, tables) = rayon::join(
        || tables_and_figures(&out, &run, &comparisons),
        || write_all_tables(&out, &run, &comparisons, Some(workbook)),
    );
    let stamp = figures?;
    tables?;
    stage.commit()?;
    drop_stale_report(settings, run.cfg.lang, stamp)?;
    say(&summary::describe(&comparisons, run.cfg.lang));
    let errors = run.findings.count(Severity::Error);
    if errors > 0 && settings.verbosity != Verbosity::Quiet {
        say(&format!(
            "{}\n",
            match run.cfg.lang {
                bestand::config::Lang::De => format!(
                    "{errors} Zeilen oder Dateien mit Fehlern fehlen im Vergleich; Details mit `bestand check`."
                ),
                bestand::config::Lang::En => format!(
                    "{errors} rows or files with errors are missing from the comparison; details with `bestand check`."
                ),
            }
        ));
    }
    point_to_findings(settings, run.cfg.lang);
    Ok(0)
}

/// The settings with the output folder replaced by the run's staging folder: everything is
/// written there first and moved into place together by [`files::Stage::commit`].
fn staged(settings: &Settings, stage: &files::Stage) -> Settings {
    Settings {
        output: stage.path().to_path_buf(),
        ..settings.clone()
    }
}

/// File-name parts for the departments of one folder, each its own: two names that give
/// one slug („Jugend-Amt“, „Jugend Amt“) must not write over each other's workbook.
#[derive(Default)]
struct Slugs(std::collections::HashSet<String>);

impl Slugs {
    /// The slug of `name`, with „-2“, „-3“ … where an earlier name took it.
    fn unique(&mut self, name: &str) -> String {
        let base = slug(name);
        let mut candidate = base.clone();
        let mut n = 1;
        while !self.0.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        candidate
    }
}

/// A file-name part from a department name: `FB Öffentliche Sicherheit` → `fb-oeffentliche-sicherheit`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let key = bestand::text::match_key(word);
        if !key.is_empty() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(&key);
        }
    }
    if out.is_empty() {
        "fachbereich".into()
    } else {
        out
    }
}

/// Resolves `--from`/`--to` against the years present (default: the two latest).
fn pick_years(
    years: &[i32],
    from: Option<i32>,
    to: Option<i32>,
    lang: bestand::config::Lang,
) -> Result<Option<(i32, i32)>, Error> {
    let de = lang == bestand::config::Lang::De;
    let present = |y: i32| -> Result<i32, Error> {
        if years.contains(&y) {
            Ok(y)
        } else {
            let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
            Err(Error::Usage(if de {
                format!(
                    "Für {y} gibt es keine Maßnahmen; vorhanden sind: {}.",
                    list.join(", ")
                )
            } else {
                format!("no measures for {y}; years present: {}", list.join(", "))
            }))
        }
    };
    let to = match to {
        Some(t) => present(t)?,
        None => match years.last() {
            Some(t) => *t,
            None => return Ok(None),
        },
    };
    let from = match from {
        Some(f) => present(f)?,
        None => match years.iter().rev().find(|y| **y < to) {
            Some(f) => *f,
            None => return Ok(None),
        },
    };
    if from >= to {
        return Err(Error::Usage(if de {
            format!("--from {from} muss vor --to {to} liegen.")
        } else {
            format!("--from {from} must be before --to {to}")
        }));
    }
    Ok(Some((from, to)))
}

/// The file beside a report that records which tables it was made from.
const STAMP: &str = ".bestand-report";

/// The tables the stamp covers, in its order.
const STAMPED: [&str; 3] = ["measures.csv", "changes.csv", "findings.csv"];

/// A fingerprint of the tables in `out` (measures.csv, changes.csv, findings.csv), stable
/// across runs and machines. `measures` is the hash of measures.csv, which the run made
/// while it compared the years ([`compare_years`]).
fn tables_stamp(out: &std::path::Path, measures: text::StableHasher) -> String {
    let mut h = measures;
    for name in &STAMPED[1..] {
        h.part(&std::fs::read(out.join(name)).unwrap_or_default());
    }
    format!("{:016x}\n", h.finish())
}

/// Removes a stale report (see [`remove_stale_report`]) and tells the user.
fn drop_stale_report(
    settings: &Settings,
    lang: bestand::config::Lang,
    measures: text::StableHasher,
) -> Result<(), Error> {
    if remove_stale_report(&settings.output, measures)? && settings.verbosity != Verbosity::Quiet {
        say(lang.t(
            "Der Bericht (report.pdf, report.html, charts/) passte nicht mehr zu diesen Tabellen und wurde entfernt; `bestand report` erstellt ihn neu.\n",
            "The report (report.pdf, report.html, charts/) no longer matched these tables and was removed; `bestand report` makes it again.\n",
        ));
    }
    Ok(())
}

/// Removes a report that was made from other tables than the ones just written, so a
/// workbook and a report that disagree never stand side by side. Returns whether it did.
fn remove_stale_report(out: &std::path::Path, measures: text::StableHasher) -> Result<bool, Error> {
    let pdf = out.join("report.pdf");
    let html = out.join("report.html");
    if !pdf.exists() && !html.exists() {
        return Ok(false);
    }
    let stamp = std::fs::read_to_string(out.join(STAMP)).unwrap_or_default();
    if stamp == tables_stamp(out, measures) {
        return Ok(false);
    }
    let remove = |p: std::path::PathBuf| -> Result<(), Error> {
        let result = if p.is_dir() {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        match result {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(Error::Write { path: p, source }),
        }
    };
    remove(pdf)?;
    remove(html)?;
    remove(out.join("charts"))?;
    remove(out.join(STAMP))?;
    Ok(true)
}

/// Everything read and interpreted in one run.
struct Run {
    cfg: Config,
    files: Vec<bestand::findings::FileReport>,
    dataset: transform::Dataset,
    findings: Findings,
}

/// Compares the years (with the links file's findings) and sorts the findings. The
/// comparison is one long computation on one core; the callers give the other core work
/// that needs only the measures: the tables of measures ([`measures_tables`]) or the
/// workbook's sheet of measures ([`begin_workbook`]).
fn compare_years(
    settings: &Settings,
    cfg: &Config,
    dataset: &transform::Dataset,
    findings: &mut Findings,
    years: &[i32],
    pick: Option<(i32, i32)>,
) -> Vec<compare::Comparison> {
    let links = ingest::links::read_links(&settings.input.join("links.csv"), cfg.lang, findings);
    let comparisons = compare::run(dataset, years, pick, cfg, &links, findings);
    findings.sort();
    comparisons
}

/// Builds the canonical frame and writes measures.csv and measures.parquet; returns the
/// frame (for the key figures) and the hash of measures.csv (for the report's stamp),
/// hashed here, beside the comparison, not at the end of the run when only one core has
/// work (87 MB at 200,000 measures, byte by byte).
fn measures_tables(
    settings: &Settings,
    cfg: &Config,
    dataset: &transform::Dataset,
) -> Result<(polars::prelude::DataFrame, text::StableHasher), Error> {
    let frame = transform::frame(&dataset.measures, cfg.export_contact)
        .map_err(|source| Error::Figures { source })?;
    tables::write_measures(
        &settings.output,
        &dataset.measures,
        &frame,
        cfg.export_contact,
    )?;
    let mut stamp = text::StableHasher::default();
    stamp.part(&std::fs::read(settings.output.join(STAMPED[0])).unwrap_or_default());
    Ok((frame, stamp))
}

/// For `check` and `compare`: the years compared while measures.xlsx's sheet of measures is
/// made; the rest of the workbook (the longest piece of work left) is then made beside the
/// tables and key figures ([`tables_and_figures`]).
fn compare_beside_workbook(
    settings: &Settings,
    run: &mut Run,
    years: &[i32],
    pick: Option<(i32, i32)>,
) -> Result<(bestand::render::xlsx::Begun, Vec<compare::Comparison>), Error> {
    let (workbook, comparisons) = rayon::join(
        || begin_workbook(settings, &run.cfg, &run.dataset.measures),
        || {
            compare_years(
                settings,
                &run.cfg,
                &run.dataset,
                &mut run.findings,
                years,
                pick,
            )
        },
    );
    Ok((workbook?, comparisons))
}

/// The tables of measures, then the key figures from their frame; returns the hash of
/// measures.csv for the report's stamp.
fn tables_and_figures(
    settings: &Settings,
    run: &Run,
    comparisons: &[compare::Comparison],
) -> Result<text::StableHasher, Error> {
    let (frame, stamp) = measures_tables(settings, &run.cfg, &run.dataset)?;
    write_figures(settings, run, comparisons, frame)?;
    Ok(stamp)
}

/// Begins measures.xlsx (its sheet of measures).
fn begin_workbook(
    settings: &Settings,
    cfg: &Config,
    measures: &[transform::Measure],
) -> Result<bestand::render::xlsx::Begun, Error> {
    bestand::render::xlsx::begin(measures, cfg.lang, cfg.export_contact, settings.created)
        .map_err(workbook_error(settings))
}

/// The error of measures.xlsx.
fn workbook_error(settings: &Settings) -> impl FnOnce(rust_xlsxwriter::XlsxError) -> Error + use<> {
    let path = settings.output.join("measures.xlsx");
    move |e| Error::Export {
        path,
        source: Cause::Workbook(e),
    }
}

/// Computes the key figures from the frame (which goes then) and writes changes.csv and
/// summary.json.
fn write_figures(
    settings: &Settings,
    run: &Run,
    comparisons: &[compare::Comparison],
    frame: polars::prelude::DataFrame,
) -> Result<summary::Summary, Error> {
    let figures = summary::build(&run.dataset, &frame, comparisons, &run.cfg)
        .map_err(|source| Error::Figures { source })?;
    drop(frame);
    tables::write_comparison(&settings.output, comparisons, &figures)?;
    Ok(figures)
}

/// Reads and interprets all inventories.
fn read_all(settings: &Settings) -> Result<Run, Error> {
    let cfg = load_config(settings)?;
    let mut findings = Findings::new();
    let progress = (std::io::stderr().is_terminal() && settings.verbosity != Verbosity::Quiet)
        .then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message(cfg.lang.t("Dateien gelesen", "files read"));
            bar
        });
    // A reader library may panic on a malformed file; ingest catches it per file and makes
    // it a finding, so the default panic message would only confuse the reader. Where the
    // panic happened is kept, so a bug of our own is told apart from a reader crash.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let Some(l) = info.location() {
            ingest::note_panic(format!("{}:{}", l.file(), l.line()));
        }
    }));
    let ingested = ingest::run(&settings.input, &cfg, &mut findings, progress.as_ref());
    std::panic::set_hook(default_hook);
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    let ingested = ingested?;
    let dataset = transform::run(&ingested, &cfg, &mut findings);
    findings.sort();
    let ingest::Ingested { rows, files, .. } = ingested;
    // Freeing a hundred thousand raw rows takes a noticeable moment; it need not hold up
    // the exports.
    std::thread::spawn(move || drop(rows));
    Ok(Run {
        cfg,
        files,
        dataset,
        findings,
    })
}

/// The correction workbooks (`rueckmeldungen/<department>.xlsx`); the folder is always
/// written, so one from an earlier run never stands beside this run's. Returns the
/// departments that got one.
fn write_corrections(settings: &Settings, run: &Run) -> Result<Vec<String>, Error> {
    let dir = settings.output.join("rueckmeldungen");
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    let books = bestand::render::template::correction_workbooks(
        &run.cfg,
        &run.dataset,
        &run.findings,
        settings.created,
    )
    .map_err(|e| Error::Export {
        path: dir.clone(),
        source: Cause::Workbook(e),
    })?;
    let mut names = Vec::new();
    let mut slugs = Slugs::default();
    for (department, bytes) in books {
        files::write_atomic(
            &dir.join(format!("{}.xlsx", slugs.unique(&department))),
            &bytes,
        )?;
        names.push(department);
    }
    Ok(names)
}

/// Tells which departments got a correction workbook.
fn say_corrections(settings: &Settings, run: &Run, departments: &[String]) {
    if departments.is_empty() || settings.verbosity == Verbosity::Quiet {
        return;
    }
    let dir = settings.output.join("rueckmeldungen");
    say(&match run.cfg.lang {
        bestand::config::Lang::De => format!(
            "Korrekturmappen zum Weiterleiten in {}: {}\n",
            dir.display(),
            departments.join(", ")
        ),
        bestand::config::Lang::En => format!(
            "Correction workbooks to forward in {}: {}\n",
            dir.display(),
            departments.join(", ")
        ),
    });
}

/// findings.csv and measures.xlsx (or the rest of it, when begun), side by side.
fn write_all_tables(
    settings: &Settings,
    run: &Run,
    comparisons: &[compare::Comparison],
    workbook: Option<bestand::render::xlsx::Begun>,
) -> Result<(), Error> {
    let (tables, workbook) = rayon::join(
        || tables::write_findings(&settings.output, &run.findings),
        || write_workbook(settings, run, comparisons, workbook),
    );
    tables.and(workbook)
}

/// Writes measures.xlsx, finishing the one begun.
fn write_workbook(
    settings: &Settings,
    run: &Run,
    comparisons: &[compare::Comparison],
    workbook: Option<bestand::render::xlsx::Begun>,
) -> Result<(), Error> {
    let workbook = match workbook {
        Some(begun) => begun,
        None => begin_workbook(settings, &run.cfg, &run.dataset.measures)?,
    };
    let bytes = workbook
        .finish(
            &run.dataset.measures,
            comparisons,
            &run.findings,
            run.cfg.lang,
        )
        .map_err(workbook_error(settings))?;
    files::write_atomic(&settings.output.join("measures.xlsx"), &bytes)
}

fn print_findings(settings: &Settings, run: &Run) {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    say(&terminal::summary(
        &run.files,
        &run.dataset,
        &run.findings,
        settings.verbosity,
        run.cfg.lang,
        color,
    ));
}

/// The last line of a run that read inventories: where the clerk finds every finding.
fn point_to_findings(settings: &Settings, lang: bestand::config::Lang) {
    if settings.verbosity != Verbosity::Quiet {
        say(&terminal::findings_pointer(&settings.output, lang));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn departments_with_one_slug_get_a_file_each() {
        let mut slugs = Slugs::default();
        assert_eq!(slugs.unique("Jugend-Amt"), "jugend-amt");
        assert_eq!(slugs.unique("Jugend Amt"), "jugend-amt-2");
        assert_eq!(slugs.unique("JUGEND AMT"), "jugend-amt-3");
        assert_eq!(
            slugs.unique("FB Öffentliche Sicherheit"),
            "fb-oeffentliche-sicherheit"
        );
    }
}

//! The commands as a run: configuration, reading, the schedule of the stages on the cores,
//! and the output folder's transaction. The binary only parses the command line and calls
//! [`execute`]; the tests and the benchmark call the same functions.

mod check;
mod compare;
mod init;
mod report;
mod template;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use polars::prelude::DataFrame;

use crate::cli::{Command, Settings, Verbosity};
use crate::config::{Config, Lang};
use crate::error::{Cause, Error};
use crate::files::{self, OutputDir, Slugs, name};
use crate::findings::{FileReport, Findings};
use crate::render::{tables, template as workbooks, xlsx};
use crate::terminal::say;
use crate::transform::{self, Dataset, Measure, compare as years_compare, returns, summary};
use crate::{ingest, terminal, text, tr};

/// Runs one command; returns its exit code (0, or 1 for error findings where documented).
/// Every command but `init` holds the output folder's lock while it runs.
pub fn execute(command: Command, settings: &Settings) -> Result<u8, Error> {
    if !matches!(command, Command::Init { .. }) {
        outputs_apart_from_inputs(settings)?;
    }
    let locked = |run: &dyn Fn(&OutputDir) -> Result<u8, Error>| {
        let out = OutputDir::lock(&settings.output)?;
        run(&out).map_err(|e| out.unstaged(e))
    };
    match command {
        Command::Init { force } => init::run(force, settings),
        Command::Template {
            year,
            indicators: true,
            ..
        } => locked(&|out| template::indicators(year, settings, out)),
        Command::Template {
            year, department, ..
        } => locked(&|out| template::run(year, department.clone(), settings, out)),
        Command::Check { .. } => locked(&|out| check::run(settings, out)),
        Command::Report {
            strict, edition, ..
        } => locked(&|out| report::run(strict, edition, settings, out)),
        Command::Compare { from, to, .. } => locked(&|out| compare::run(from, to, settings, out)),
    }
}

/// Outputs are never inputs: the output folder may not be the input folder or one of its
/// year folders (its files would be read as returns). Elsewhere inside the input folder it
/// is skipped by ingest (it holds bestand's lock file).
fn outputs_apart_from_inputs(settings: &Settings) -> Result<(), Error> {
    let full = |p: &Path| {
        std::fs::canonicalize(p).unwrap_or_else(|_| {
            std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf())
        })
    };
    let (input, output) = (full(&settings.input), full(&settings.output));
    let year_folder = output.parent() == Some(input.as_path())
        && output
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()));
    if input == output || year_folder {
        let lang = settings.lang.unwrap_or_default();
        return Err(Error::Usage(tr!(
            lang,
            "output-is-input",
            output = settings.output.display().to_string()
        )));
    }
    Ok(())
}

/// Everything read and interpreted in one run.
pub struct Run {
    /// The settings in force.
    pub cfg: Config,
    /// What happened to each input file.
    pub files: Vec<FileReport>,
    /// The measures and the rows kept as written.
    pub dataset: Dataset,
    /// Every finding so far, sorted.
    pub findings: Findings,
    /// Who was asked, who answered, per reporting year.
    pub returns: Vec<returns::YearReturns>,
    /// The office's indicator workbook (empty without one).
    pub indicators: crate::indicators::Indicators,
    /// The goals with a target and where each stands.
    pub goals: Vec<crate::goals::Attainment>,
    /// The input folder (for `links.csv`).
    pub input: PathBuf,
    /// The run's clock.
    pub created: chrono::NaiveDateTime,
}

/// Loads the configuration, with `--lang` over the file's language; says once when the
/// built-in defaults are in use.
fn load_config(settings: &Settings, announce: bool) -> Result<Config, Error> {
    let (mut cfg, path) = Config::load(settings.config.as_deref(), &settings.input)?;
    if let Some(lang) = settings.lang {
        cfg.lang = lang;
    }
    if announce && path.is_none() && settings.verbosity != Verbosity::Quiet {
        // Said once, so nobody mistakes the defaults for their office's settings.
        say(&format!("{}\n", tr!(cfg.lang, "config-defaults")));
    }
    Ok(cfg)
}

/// Reads and interprets all inventories.
pub fn read_all(settings: &Settings) -> Result<Run, Error> {
    let cfg = load_config(settings, true)?;
    let mut findings = Findings::new();
    let progress = (std::io::stderr().is_terminal() && settings.verbosity != Verbosity::Quiet)
        .then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message(tr!(cfg.lang, "progress-files-read"));
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
    let indicators = crate::indicators::load(
        &settings.input,
        &cfg,
        dataset.years().last().copied(),
        &mut findings,
    );
    let goals = assess_goals(&cfg, &dataset, &indicators, &mut findings);
    findings.sort();
    let returns = returns::build(&dataset, &cfg, &findings);
    let ingest::Ingested { rows, files, .. } = ingested;
    // Freeing a hundred thousand raw rows takes a noticeable moment; it need not hold up
    // the exports.
    std::thread::spawn(move || drop(rows));
    Ok(Run {
        cfg,
        files,
        dataset,
        findings,
        returns,
        indicators,
        goals,
        input: settings.input.clone(),
        created: settings.created,
    })
}

/// The goals with a target, assessed for the latest reporting year with its measures, a
/// joint measure once.
fn assess_goals(
    cfg: &Config,
    dataset: &Dataset,
    indicators: &crate::indicators::Indicators,
    findings: &mut Findings,
) -> Vec<crate::goals::Attainment> {
    if cfg.goals.iter().all(|g| g.target.is_none()) {
        return Vec::new();
    }
    let year = dataset.years().last().copied();
    let shares = transform::joint::shares(&dataset.measures);
    let measures: Vec<&Measure> = dataset
        .measures
        .iter()
        .zip(&shares)
        .filter(|(m, s)| Some(m.year) == year && **s != transform::joint::Share::Elsewhere)
        .map(|(m, _)| m)
        .collect();
    crate::goals::assess(cfg, indicators, &measures, year, findings)
}

/// Compares the years (with the links file's findings) and sorts the findings. The
/// comparison is one long computation on one core; the callers give the other core work
/// that needs only the measures: the tables of measures ([`measures_tables`]) or the
/// workbook's sheet of measures ([`xlsx::begin`]).
fn compare_years(
    input: &Path,
    cfg: &Config,
    dataset: &Dataset,
    findings: &mut Findings,
    years: &[i32],
    pick: Option<(i32, i32)>,
) -> Vec<years_compare::Comparison> {
    let links = ingest::links::read_links(&input.join("links.csv"), cfg.lang, findings);
    let comparisons = years_compare::run(dataset, years, pick, cfg, &links, findings);
    findings.sort();
    comparisons
}

/// Builds the canonical frame and writes measures.csv and measures.parquet into `dir`;
/// returns the frame (for the key figures) and the hash of measures.csv (for the report's
/// stamp), hashed here, beside the comparison, not at the end of the run when only one
/// core has work (87 MB at 200,000 measures, byte by byte).
fn measures_tables(
    dir: &Path,
    cfg: &Config,
    dataset: &Dataset,
) -> Result<(DataFrame, text::StableHasher), Error> {
    let frame = transform::frame(&dataset.measures, cfg.export_contact)
        .map_err(|source| Error::Figures { source })?;
    tables::write_measures(dir, &dataset.measures, &frame, cfg.export_contact)?;
    Ok((frame, files::measures_hash(dir)))
}

/// For `check` and `compare`: the years compared while measures.xlsx's sheet of measures is
/// made; the rest of the workbook (the longest piece of work left) is then made beside the
/// tables and key figures ([`tables_and_figures`]).
fn compare_beside_workbook(
    dir: &Path,
    run: &mut Run,
    years: &[i32],
    pick: Option<(i32, i32)>,
) -> Result<(xlsx::MeasuresSheet, Vec<years_compare::Comparison>), Error> {
    let (workbook, comparisons) = rayon::join(
        || begin_workbook(dir, &run.cfg, &run.dataset.measures, run.created),
        || {
            compare_years(
                &run.input,
                &run.cfg,
                &run.dataset,
                &mut run.findings,
                years,
                pick,
            )
        },
    );
    apply_successions(&mut run.returns, &comparisons);
    Ok((workbook?, comparisons))
}

/// The reorganisations the comparison found, in the return list: a predecessor whose
/// successor answered is not missing.
fn apply_successions(
    lists: &mut [returns::YearReturns],
    comparisons: &[years_compare::Comparison],
) {
    for c in comparisons {
        let edges: Vec<(String, String)> = c
            .successions
            .iter()
            .flat_map(|s| {
                s.predecessors
                    .iter()
                    .flat_map(move |p| s.successors.iter().map(move |n| (p.clone(), n.clone())))
            })
            .collect();
        returns::apply_successions(lists, c.to_year, &edges);
    }
}

/// The tables of measures, then the key figures from their frame; returns the hash of
/// measures.csv for the report's stamp.
fn tables_and_figures(
    dir: &Path,
    run: &Run,
    comparisons: &[years_compare::Comparison],
) -> Result<text::StableHasher, Error> {
    let (frame, stamp) = measures_tables(dir, &run.cfg, &run.dataset)?;
    write_figures(dir, run, comparisons, frame)?;
    Ok(stamp)
}

/// Begins measures.xlsx (its sheet of measures).
fn begin_workbook(
    dir: &Path,
    cfg: &Config,
    measures: &[Measure],
    created: chrono::NaiveDateTime,
) -> Result<xlsx::MeasuresSheet, Error> {
    xlsx::begin(measures, cfg.lang, cfg.export_contact, created).map_err(workbook_error(dir))
}

/// The error of measures.xlsx.
fn workbook_error(dir: &Path) -> impl FnOnce(rust_xlsxwriter::XlsxError) -> Error + use<> {
    let path = dir.join(name::MEASURES_XLSX);
    move |e| Error::Export {
        path,
        source: Cause::Workbook(e),
    }
}

/// Computes the key figures from the frame (which goes then) and writes changes.csv and
/// summary.json.
fn write_figures(
    dir: &Path,
    run: &Run,
    comparisons: &[years_compare::Comparison],
    frame: DataFrame,
) -> Result<summary::Summary, Error> {
    let mut figures = summary::build(&run.dataset, &frame, comparisons, &run.returns, &run.cfg)
        .map_err(|source| Error::Figures { source })?;
    drop(frame);
    figures.indicators = summary::indicator_figures(&run.indicators);
    figures.goals = run.goals.clone();
    if !run.indicators.is_empty() {
        tables::write_indicators(dir, &run.indicators)?;
    }
    if !run.goals.is_empty() {
        tables::write_goals(dir, &run.goals)?;
    }
    tables::write_comparison(dir, comparisons, &figures)?;
    Ok(figures)
}

/// The correction workbooks (`rueckmeldungen/<department>.xlsx`); the folder is always
/// written, so one from an earlier run never stands beside this run's. Returns the
/// departments that got one.
fn write_corrections(dir: &Path, run: &Run) -> Result<Vec<String>, Error> {
    planted_failure(name::CORRECTIONS, dir)?;
    let dir = dir.join(name::CORRECTIONS);
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    let books = workbooks::correction_workbooks(
        &run.cfg,
        &run.dataset,
        &run.findings,
        &run.files,
        run.created,
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

/// findings.csv and measures.xlsx (finishing the sheet of measures when begun), side by side.
fn write_findings_and_workbook(
    dir: &Path,
    run: &Run,
    comparisons: &[years_compare::Comparison],
    workbook: Option<xlsx::MeasuresSheet>,
) -> Result<(), Error> {
    let (findings, workbook) = rayon::join(
        || tables::write_findings(dir, &run.findings),
        || write_workbook(dir, run, comparisons, workbook),
    );
    findings.and(workbook)
}

/// Writes measures.xlsx, finishing the one begun.
fn write_workbook(
    dir: &Path,
    run: &Run,
    comparisons: &[years_compare::Comparison],
    workbook: Option<xlsx::MeasuresSheet>,
) -> Result<(), Error> {
    let workbook = match workbook {
        Some(begun) => begun,
        None => begin_workbook(dir, &run.cfg, &run.dataset.measures, run.created)?,
    };
    let beside = xlsx::Beside {
        returns: &run.returns,
        files: &run.files,
        comparisons,
        findings: &run.findings,
        indicators: &run.indicators,
        goals: &run.goals,
    };
    let bytes = workbook
        .finish(&run.dataset.measures, &beside, run.cfg.lang)
        .map_err(workbook_error(dir))?;
    files::write_atomic(&dir.join(name::MEASURES_XLSX), &bytes)
}

/// The outputs this run has nothing for (`indicators.parquet` without an indicator
/// workbook, `goals.parquet` without targets): an earlier run's copies leave with the old
/// set, so none stands beside the new one.
fn not_made(run: &Run) -> Vec<&'static str> {
    let mut out = Vec::new();
    if run.indicators.is_empty() {
        out.push(name::INDICATORS_PARQUET);
    }
    if run.goals.is_empty() {
        out.push(name::GOALS_PARQUET);
    }
    out
}

/// Names the files someone put into a folder bestand replaced, carried into the new one.
fn say_kept(settings: &Settings, kept: &[String]) {
    if kept.is_empty() || settings.verbosity == Verbosity::Quiet {
        return;
    }
    let lang = settings.lang.unwrap_or_default();
    say(&format!(
        "{}\n",
        tr!(lang, "kept-foreign-files", files = kept.join(", "))
    ));
}

/// Prints the findings per file.
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

/// One line on the indicator workbook read, if there is one.
fn say_indicators(settings: &Settings, run: &Run) {
    let ind = &run.indicators;
    if ind.is_empty() || settings.verbosity == Verbosity::Quiet {
        return;
    }
    let years = ind.points.iter().map(|p| p.year);
    let (first, last) = (years.clone().min(), years.max());
    let line = tr!(
        run.cfg.lang,
        "indicators-read",
        file = ind.file.as_str(),
        indicators = ind.indicators().len(),
        values = ind.points.len(),
        first = first.unwrap_or_default().to_string(),
        last = last.unwrap_or_default().to_string()
    );
    say(&format!("{line}\n"));
}

/// The return list of the latest reporting year (who answered, who is missing), said after
/// every `check` and `report`, also when the output is not a terminal.
fn say_returns(settings: &Settings, run: &Run) {
    // The return list is about the latest year's cycle; quiet shows errors only.
    if let Some(latest) = run.returns.last() {
        say(&terminal::return_list(
            latest,
            &run.files,
            &run.findings,
            &settings.output,
            settings.verbosity,
            run.cfg.lang,
        ));
    }
}

/// Tells which departments got a correction workbook.
fn say_corrections(settings: &Settings, out: &OutputDir, lang: Lang, departments: &[String]) {
    if departments.is_empty() || settings.verbosity == Verbosity::Quiet {
        return;
    }
    let folder = out.shown(name::CORRECTIONS);
    say(&format!(
        "{}\n",
        tr!(
            lang,
            "corrections-to-forward",
            folder = &folder,
            departments = departments.join(", ")
        )
    ));
}

/// The outputs a run could not make, so that the others are still written: each failure
/// with the names of the outputs it leaves out.
#[derive(Default)]
struct Failures {
    errors: Vec<Error>,
    missing: Vec<&'static str>,
}

impl Failures {
    /// The value of a writer that worked; a failure is kept with the outputs it leaves out.
    fn keep<T>(&mut self, result: Result<T, Error>, outputs: &[&'static str]) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(e);
                self.missing.extend_from_slice(outputs);
                None
            }
        }
    }

    /// The run's exit code when everything was written, else the failures.
    fn or(self, code: u8) -> Result<u8, Error> {
        if self.errors.is_empty() {
            Ok(code)
        } else {
            Err(Error::PartlyWritten(self.errors))
        }
    }
}

/// A test's way to make one writer fail (`BESTAND_TEST_FAILING_OUTPUT=report.pdf`), to show
/// that the others are still written. Only in debug builds.
fn planted_failure(name: &str, dir: &Path) -> Result<(), Error> {
    if cfg!(debug_assertions)
        && std::env::var("BESTAND_TEST_FAILING_OUTPUT").is_ok_and(|n| n == name)
    {
        return Err(Error::Export {
            path: dir.join(name),
            source: Cause::Pdf("planted by a test".into()),
        });
    }
    Ok(())
}

/// Removes a stale report (see [`OutputDir::remove_stale_report`]) and tells the user.
fn drop_stale_report(
    settings: &Settings,
    out: &OutputDir,
    lang: Lang,
    measures: text::StableHasher,
) -> Result<(), Error> {
    if out.remove_stale_report(measures)? && settings.verbosity != Verbosity::Quiet {
        say(&format!("{}\n", tr!(lang, "stale-report-removed")));
    }
    Ok(())
}

/// The last line of a run that read inventories: where the clerk finds every finding.
fn point_to_findings(settings: &Settings, lang: Lang) {
    if settings.verbosity != Verbosity::Quiet {
        say(&terminal::findings_pointer(&settings.output, lang));
    }
}

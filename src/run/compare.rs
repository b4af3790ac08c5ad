//! `bestand compare`: the changes between two years, with the tables.

use crate::cli::{Settings, Verbosity};
use crate::config::Lang;
use crate::error::Error;
use crate::files::OutputDir;
use crate::findings::Severity;
use crate::terminal::say;
use crate::tr;
use crate::transform::summary;

/// Always exit code 0: the comparison is made whatever the findings.
pub(super) fn run(
    from: Option<i32>,
    to: Option<i32>,
    settings: &Settings,
    out: &OutputDir,
) -> Result<u8, Error> {
    let mut run = super::read_all(settings)?;
    let years = run.dataset.years();
    let pick = pick_years(&years, from, to, run.cfg.lang)?;
    let stage = out.stage()?;
    let dir = stage.path();
    let (workbook, comparisons) = super::compare_beside_workbook(dir, &mut run, &years, pick)?;
    // The tables come along, so changes.csv never stands beside measures of
    // another input.
    let (figures, tables) = rayon::join(
        || super::tables_and_figures(dir, &run, &comparisons),
        || super::write_findings_and_workbook(dir, &run, &comparisons, Some(workbook)),
    );
    let stamp = figures?;
    tables?;
    let kept = stage.commit_without(&super::not_made(&run))?;
    super::say_kept(settings, &kept);
    super::drop_stale_report(settings, out, run.cfg.lang, stamp)?;
    say(&summary::describe(&comparisons, run.cfg.lang));
    let errors = run.findings.count(Severity::Error);
    if errors > 0 && settings.verbosity != Verbosity::Quiet {
        let left_out = tr!(run.cfg.lang, "compare-errors-left-out", count = errors);
        say(&format!("{left_out}\n"));
    }
    super::point_to_findings(settings, run.cfg.lang);
    Ok(0)
}

/// Resolves `--from`/`--to` against the years present (default: the two latest).
fn pick_years(
    years: &[i32],
    from: Option<i32>,
    to: Option<i32>,
    lang: Lang,
) -> Result<Option<(i32, i32)>, Error> {
    let present = |y: i32| -> Result<i32, Error> {
        if years.contains(&y) {
            Ok(y)
        } else {
            let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
            Err(Error::Usage(tr!(
                lang,
                "compare-no-such-year",
                year = y.to_string(),
                years = list.join(", ")
            )))
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
        return Err(Error::Usage(tr!(
            lang,
            "compare-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    Ok(Some((from, to)))
}

//! `bestand template`: the departments' templates, pre-filled from earlier returns.

use crate::cli::{Settings, Verbosity};
use crate::error::{Cause, Error};
use crate::files::{OutputDir, Slugs};
use crate::render::template as workbooks;
use crate::terminal::say;
use crate::tr;

/// Writes the blank template and one per department (or the one `--department` names).
pub(super) fn run(
    year: Option<i32>,
    department: Option<String>,
    settings: &Settings,
    out: &OutputDir,
) -> Result<u8, Error> {
    // Earlier returns in the input folder pre-fill one template per department.
    let (cfg, dataset, files) = match super::read_all(settings) {
        Ok(run) => (run.cfg, Some(run.dataset), run.files),
        Err(Error::InputDir { .. } | Error::EmptyInput { .. }) => {
            // read_all loaded (and announced) the configuration before the input
            // failed; loaded again without a second note.
            (super::load_config(settings, false)?, None, Vec::new())
        }
        Err(e) => return Err(e),
    };
    let year = year.unwrap_or_else(|| chrono::Datelike::year(&settings.created));
    let mut known: Vec<String> = cfg.department_names();
    if let Some(d) = &dataset {
        // Also a department whose every row was rejected: its rows come back pre-filled.
        let earlier = d
            .measures
            .iter()
            .filter(|m| m.year < year)
            .map(|m| &m.department)
            .chain(
                d.rejected_rows
                    .iter()
                    .filter(|r| r.year.is_some_and(|y| y < year))
                    .map(|r| &r.department),
            );
        for department in earlier {
            if !known.contains(department) {
                known.push(department.clone());
            }
        }
    }
    known.sort_by_cached_key(|d| crate::text::match_key(d));
    known.dedup();
    let mut targets: Vec<Option<String>> = match department {
        Some(d) => vec![Some(d)],
        None => std::iter::once(None)
            .chain(known.into_iter().map(Some))
            .collect(),
    };
    targets.dedup();
    let stage = out.stage()?;
    let mut written = Vec::new();
    let mut slugs = Slugs::default();
    for d in targets {
        let name = match &d {
            Some(d) => format!("vorlage-{year}-{}.xlsx", slugs.unique(d)),
            None => format!("vorlage-{year}.xlsx"),
        };
        let prefill = match (&d, &dataset) {
            (Some(d), Some(data)) => workbooks::prefilled_rows(data, &files, &cfg, d, year),
            _ => None,
        };
        let bytes = match (&d, &prefill) {
            (Some(d), Some(prefill)) => {
                workbooks::prefilled_template(&cfg, year, d, prefill, settings.created)
            }
            _ => workbooks::department_template(&cfg, Some(year), d.as_deref(), settings.created),
        }
        .map_err(|e| Error::Export {
            path: out.shown(&name),
            source: Cause::Workbook(e),
        })?;
        stage.write(&name, &bytes)?;
        written.push((out.shown(&name), prefill.map(|p| (p.year, p.rows.len()))));
    }
    let kept = stage.commit()?;
    super::say_kept(settings, &kept);
    if settings.verbosity != Verbosity::Quiet {
        for (path, prefill) in written {
            let line = match prefill {
                Some((y, n)) => tr!(
                    cfg.lang,
                    "template-written-prefilled",
                    path = &path,
                    count = n,
                    year = y.to_string()
                ),
                None => path.display().to_string(),
            };
            say(&format!("{line}\n"));
        }
    }
    Ok(0)
}

/// Writes the indicator workbook `indikatoren-<year>.xlsx`: the rows of the input's
/// indicator workbook as read, then its latest year's indicators and groups pre-filled for
/// `year`. Filled in, it replaces `indikatoren.xlsx` in the input folder.
pub(super) fn indicators(
    year: Option<i32>,
    settings: &Settings,
    out: &OutputDir,
) -> Result<u8, Error> {
    let cfg = super::load_config(settings, true)?;
    let mut findings = crate::findings::Findings::new();
    let read = crate::indicators::load(&settings.input, &cfg, year, &mut findings);
    let year = year.unwrap_or_else(|| chrono::Datelike::year(&settings.created));
    let written = crate::indicators::written_rows(&settings.input, &cfg);
    let (rows, new) = workbooks::prefilled_indicator_rows(&written.rows, &read, year);
    let name = format!("indikatoren-{year}.xlsx");
    let bytes = workbooks::indicator_workbook(&cfg, &rows, settings.created).map_err(|e| {
        Error::Export {
            path: out.shown(&name),
            source: Cause::Workbook(e),
        }
    })?;
    let stage = out.stage()?;
    stage.write(&name, &bytes)?;
    let kept = stage.commit()?;
    super::say_kept(settings, &kept);
    if settings.verbosity != Verbosity::Quiet {
        // Problems of the workbook read are said, so a row not carried over is not lost.
        for f in findings.items() {
            let spot = f.spot.to_string();
            let place = [f.file.as_str(), f.sheet.as_str(), spot.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            say(&format!("{place}: {}\n", f.message));
        }
        let line = tr!(
            cfg.lang,
            "indicator-template-written",
            path = out.shown(&name).display().to_string(),
            kept = written.rows.len(),
            new = new,
            year = year.to_string()
        );
        say(&format!("{line}\n"));
        // What the new workbook does not carry, so the clerk copies it over by hand.
        if !written.left_out.is_empty() {
            let left = tr!(
                cfg.lang,
                "indicator-template-columns-left",
                columns = written.left_out.join(", ")
            );
            say(&format!("{left}\n"));
        }
        if written.formulas > 0 {
            let formulas = tr!(
                cfg.lang,
                "indicator-template-formulas",
                count = written.formulas
            );
            say(&format!("{formulas}\n"));
        }
    }
    Ok(0)
}

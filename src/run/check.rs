//! `bestand check`: reads and checks; tables, findings and correction workbooks, no report.

use crate::cli::Settings;
use crate::error::Error;
use crate::files::{OutputDir, name};
use crate::findings::Severity;

/// Exit code 1 when there is any error finding.
pub(super) fn run(settings: &Settings, out: &OutputDir) -> Result<u8, Error> {
    let mut run = super::read_all(settings)?;
    // The office's texts are checked too, so a mistyped placeholder shows before the report.
    crate::texts::load(&settings.input, &run.cfg, &mut run.findings);
    crate::render::report::theme::check(&run.cfg, &mut run.findings);
    crate::texts::check_config(&run.cfg, &mut run.findings);
    let stage = out.stage()?;
    let dir = stage.path();
    // The changes go into measures.xlsx too, so the workbook always tells the same
    // story as a report made from the same input.
    let years = run.dataset.years();
    let (workbook, comparisons) = super::compare_beside_workbook(dir, &mut run, &years, None)?;
    let (figures, (tables, corrected)) = rayon::join(
        || super::tables_and_figures(dir, &run, &comparisons),
        || {
            rayon::join(
                || super::write_findings_and_workbook(dir, &run, &comparisons, Some(workbook)),
                || super::write_corrections(dir, &run),
            )
        },
    );
    let stamp = figures?;
    // One output that cannot be made leaves the others: they are written, it is named.
    let mut failed = super::Failures::default();
    failed.keep(tables, &[name::FINDINGS_CSV, name::MEASURES_XLSX]);
    let corrected = failed
        .keep(corrected, &[name::CORRECTIONS])
        .unwrap_or_default();
    let mut missing = failed.missing.clone();
    missing.extend(super::not_made(&run));
    let kept = stage.commit_without(&missing)?;
    super::say_kept(settings, &kept);
    super::print_findings(settings, &run);
    super::say_indicators(settings, &run);
    super::say_returns(settings, &run);
    super::say_corrections(settings, out, run.cfg.lang, &corrected);
    super::drop_stale_report(settings, out, run.cfg.lang, stamp)?;
    super::point_to_findings(settings, run.cfg.lang);
    failed.or(u8::from(run.findings.count(Severity::Error) > 0))
}

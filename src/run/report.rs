//! `bestand report`: everything, the PDF and HTML report included.

use crate::cli::{Edition, Settings, Verbosity};
use crate::error::{Cause, Error};
use crate::files::{self, OutputDir, name};
use crate::findings::Severity;
use crate::render::{charts, report};
use crate::terminal::say;
use crate::tr;
use crate::transform::summary;

/// Exit code 1 only with `--strict` and an error finding.
pub(super) fn run(
    strict: bool,
    edition: Edition,
    settings: &Settings,
    out: &OutputDir,
) -> Result<u8, Error> {
    let mut run = super::read_all(settings)?;
    // Not a single row could be read: a report of nothing must not replace a good
    // one. The findings say why on the terminal.
    if run.dataset.measures.is_empty()
        && run.dataset.rejected_rows.is_empty()
        && run.files.iter().all(|f| f.failed || f.skipped)
    {
        super::print_findings(settings, &run);
        super::say_indicators(settings, &run);
        return Err(Error::NothingReadable {
            path: settings.input.clone(),
        });
    }
    // The office's texts: their findings go with the others into findings.csv.
    let texts = crate::texts::load(&settings.input, &run.cfg, &mut run.findings);
    crate::render::report::theme::check(&run.cfg, &mut run.findings);
    crate::texts::check_config(&run.cfg, &mut run.findings);
    let stage = out.stage()?;
    let dir = stage.path();
    let years = run.dataset.years();
    // The tables of measures are made while the years are compared.
    let (tables, comparisons) = rayon::join(
        || super::measures_tables(dir, &run.cfg, &run.dataset),
        || {
            super::compare_years(
                &run.input,
                &run.cfg,
                &run.dataset,
                &mut run.findings,
                &years,
                None,
            )
        },
    );
    let (frame, stamp) = tables?;
    super::apply_successions(&mut run.returns, &comparisons);
    // The outputs are independent of each other: the tables and workbooks are
    // written while the key figures, the charts and the report are made, on both cores.
    let report = || -> Result<_, Error> {
        let figures = super::write_figures(dir, &run, &comparisons, frame)?;
        let created = charts::created_date(settings.created, run.cfg.lang);
        let chart_set = charts::chart_set(&figures, &run.cfg, &created);
        charts::write_files(&dir.join(name::CHARTS), &chart_set)?;
        // The indicators' charts too, for the office's own slides.
        let indicator_charts = report::content::indicator_charts(
            run.cfg.lang,
            &run.indicators,
            run.cfg.limits.report_indicators,
        );
        let named: Vec<(String, &charts::BarChart)> = indicator_charts
            .iter()
            .map(|(n, c)| (n.clone(), c))
            .collect();
        charts::write_named(&dir.join(name::CHARTS), &named)?;
        super::planted_failure(name::REPORT_PDF, dir)?;
        // Each edition asked for, with the names it is written under.
        editions(edition)
            .iter()
            .map(|&(internal, pdf, html, docx)| {
                let inputs = report::Inputs {
                    cfg: &run.cfg,
                    dataset: &run.dataset,
                    summary: &figures,
                    comparisons: &comparisons,
                    findings: &run.findings,
                    files: &run.files,
                    created: created.clone(),
                    charts: &chart_set,
                    texts: &texts,
                    indicators: &run.indicators,
                    goals: &run.goals,
                    internal,
                };
                report::render(&inputs, settings.created.and_utc().timestamp())
                    .map(|r| (pdf, html, docx, r))
                    .map_err(|message| Error::Export {
                        path: out.shown(pdf),
                        source: Cause::Pdf(message),
                    })
            })
            .collect::<Result<Vec<_>, Error>>()
    };
    let ((tables, corrected), rendered) = rayon::join(
        || {
            rayon::join(
                || super::write_findings_and_workbook(dir, &run, &comparisons, None),
                || super::write_corrections(dir, &run),
            )
        },
        report,
    );
    // One output that cannot be made leaves the others: they are written, it is named.
    let mut failed = super::Failures::default();
    failed.keep(tables, &[name::FINDINGS_CSV, name::MEASURES_XLSX]);
    let corrected = failed
        .keep(corrected, &[name::CORRECTIONS])
        .unwrap_or_default();
    let report_outputs = [
        name::REPORT_PDF,
        name::REPORT_HTML,
        name::REPORT_INTERN_PDF,
        name::REPORT_INTERN_HTML,
        name::REPORT_DOCX,
        name::REPORT_INTERN_DOCX,
        name::CHARTS,
        name::SUMMARY_JSON,
        name::CHANGES_CSV,
        name::STAMP,
    ];
    let rendered = failed.keep(rendered, &report_outputs);
    if let Some(rendered) = &rendered {
        for (pdf, html, docx, r) in rendered {
            stage.write(pdf, &r.pdf)?;
            stage.write(html, r.html.as_bytes())?;
            stage.write(docx, &r.docx)?;
        }
        stage.write(name::STAMP, files::tables_stamp(dir, stamp).as_bytes())?;
    }
    // An internal edition of an earlier run never stays beside a public one of this run.
    let mut missing = failed.missing.clone();
    missing.extend(super::not_made(&run));
    if edition != Edition::Both {
        missing.extend([
            name::REPORT_INTERN_PDF,
            name::REPORT_INTERN_HTML,
            name::REPORT_INTERN_DOCX,
        ]);
    }
    let kept = stage.commit_without(&missing)?;
    super::say_kept(settings, &kept);
    super::print_findings(settings, &run);
    super::say_returns(settings, &run);
    super::say_corrections(settings, out, run.cfg.lang, &corrected);
    if settings.verbosity != Verbosity::Quiet && rendered.is_some() {
        if !comparisons.is_empty() {
            say(&summary::describe(&comparisons, run.cfg.lang));
        }
        let (pdf, html, charts) = (
            out.shown(name::REPORT_PDF),
            out.shown(name::REPORT_HTML),
            out.shown(name::CHARTS),
        );
        let docx = out.shown(name::REPORT_DOCX);
        let written = tr!(
            run.cfg.lang,
            "report-written",
            pdf = &pdf,
            html = &html,
            docx = &docx,
            charts = &charts
        );
        say(&format!("{written}\n"));
        // Which texts went in: a texte/ folder in the current folder wins over the input's.
        if let Some(folder) = &texts.folder {
            let used = tr!(
                run.cfg.lang,
                "texts-used",
                folder = folder.display().to_string(),
                count = texts.count(),
                logo = texts.logo.is_some().to_string(),
                template = texts.word_template.is_some().to_string()
            );
            say(&format!("{used}\n"));
        }
        if edition == Edition::Internal {
            let intern = tr!(
                run.cfg.lang,
                "report-intern-written",
                pdf = &pdf,
                html = &html,
                docx = &docx
            );
            say(&format!("{intern}\n"));
        }
        if edition == Edition::Both {
            let intern = tr!(
                run.cfg.lang,
                "report-intern-written",
                pdf = &out.shown(name::REPORT_INTERN_PDF),
                html = &out.shown(name::REPORT_INTERN_HTML),
                docx = &out.shown(name::REPORT_INTERN_DOCX)
            );
            say(&format!("{intern}\n"));
        }
    }
    super::point_to_findings(settings, run.cfg.lang);
    failed.or(u8::from(strict && run.findings.count(Severity::Error) > 0))
}

/// An edition to write: internal or not, and its PDF, HTML and Word names.
type EditionFiles = (bool, &'static str, &'static str, &'static str);

/// The editions to write. One edition is `report.pdf`; both put the internal one beside it
/// as `report-intern.pdf`.
fn editions(edition: Edition) -> &'static [EditionFiles] {
    const PUBLIC: EditionFiles = (
        false,
        name::REPORT_PDF,
        name::REPORT_HTML,
        name::REPORT_DOCX,
    );
    match edition {
        Edition::Public => &[PUBLIC],
        Edition::Internal => &[(true, name::REPORT_PDF, name::REPORT_HTML, name::REPORT_DOCX)],
        Edition::Both => &[
            PUBLIC,
            (
                true,
                name::REPORT_INTERN_PDF,
                name::REPORT_INTERN_HTML,
                name::REPORT_INTERN_DOCX,
            ),
        ],
    }
}

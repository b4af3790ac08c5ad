//! The report's data-quality chapter and what the key figures leave out: rows not taken
//! over, departments without a readable return, the draft notice.

use std::collections::BTreeMap;

use crate::config::Lang;
use crate::findings::{Code, Severity, Spot};
use crate::render::report::model::{Align, Block, Table, Tone};
use crate::tr;
use crate::transform::summary::YearFigures;

use super::{Ctx, Inputs, col, heading, para, table};

/// Section 7, data quality: in the internal edition per file the measures and findings,
/// then the errors; in the public one a paragraph on completeness.
pub(super) fn data_quality(cx: &Ctx) -> Vec<Block> {
    if !cx.inp.internal {
        return completeness(cx);
    }
    let mut b = vec![
        heading(1, tr!(cx.lang, "rpt-datenqualitat")),
        para(tr!(cx.lang, "rpt-je-datei-die-zahl-der")),
        files_table(cx),
    ];
    b.extend(error_table(cx));
    b
}

/// The public edition's data quality: how many departments answered and how many rows
/// could not be counted, without a file name or a finding's text.
fn completeness(cx: &Ctx) -> Vec<Block> {
    let lang = cx.lang;
    let mut b = vec![heading(1, tr!(cx.lang, "rpt-datenqualitat"))];
    let Some(y) = cx.current else {
        b.push(para(crate::tr!(lang, "quality-public-none")));
        return b;
    };
    let mut text = Vec::new();
    if !y.returns.asked.is_empty() {
        text.push(crate::tr!(
            lang,
            "quality-public-returns",
            year = y.year.to_string(),
            answered = y.returns.answered.len(),
            asked = y.returns.asked.len()
        ));
    }
    // The same count as the key-figure page's „Nicht in diesen Zahlen“; a row that only
    // repeats a measure counted is said apart.
    let missing: usize = cx.inp.dataset.rejected_by_department(y.year).values().sum();
    text.push(crate::tr!(lang, "quality-public-rows", rows = missing));
    let repeated = cx
        .inp
        .dataset
        .repeated_rows
        .get(&y.year)
        .copied()
        .unwrap_or(0);
    if repeated > 0 {
        text.push(crate::tr!(lang, "quality-public-repeated", rows = repeated));
    }
    b.push(para(text.join(" ")));
    b
}

/// Per file read: department, measures taken over, findings by severity (errors highlighted).
pub(super) fn files_table(cx: &Ctx) -> Block {
    let mut per_file: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for f in cx.inp.findings.items() {
        let e = per_file.entry(f.file.as_str()).or_default();
        e[match f.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
    }
    let mut taken: BTreeMap<&str, usize> = BTreeMap::new();
    let mut dept_of: BTreeMap<&str, &str> = BTreeMap::new();
    for m in &cx.inp.dataset.measures {
        *taken.entry(m.source_file.as_str()).or_default() += 1;
        dept_of
            .entry(m.source_file.as_str())
            .or_insert(m.department.as_str());
    }
    let rows: Vec<Vec<String>> = cx
        .inp
        .files
        .iter()
        .filter(|f| !f.skipped)
        .map(|f| {
            let c = per_file.get(f.file.as_str()).copied().unwrap_or_default();
            // A file its correction replaced: named with it, under its department.
            let shown = f.superseded_by.as_deref().unwrap_or(f.file.as_str());
            let file = match &f.superseded_by {
                Some(by) => crate::tr!(
                    cx.inp.cfg.lang,
                    "quality-file-replaced",
                    file = f.file.as_str(),
                    by = by.as_str()
                ),
                None => f.file.clone(),
            };
            vec![
                dept_of.get(shown).copied().unwrap_or("–").to_string(),
                file,
                taken.get(f.file.as_str()).copied().unwrap_or(0).to_string(),
                c[0].to_string(),
                c[1].to_string(),
                c[2].to_string(),
            ]
        })
        .collect();
    let highlighted = rows.iter().map(|r| r[3] != "0").collect();
    Block::Table(Table {
        caption: tr!(cx.lang, "rpt-dateien-und-meldungen"),
        columns: vec![
            col(&tr!(cx.lang, "rpt-fachbereich"), 2.4, Align::Left),
            col(&tr!(cx.lang, "rpt-datei"), 2.6, Align::Left),
            col(&tr!(cx.lang, "rpt-massnahmen-2"), 1.25, Align::Right),
            col(&tr!(cx.lang, "rpt-fehler"), 0.8, Align::Right),
            col(&tr!(cx.lang, "rpt-warnungen"), 1.2, Align::Right),
            col(&tr!(cx.lang, "rpt-hinweise"), 1.0, Align::Right),
        ],
        rows,
        highlighted,
    })
}

/// The error findings, up to the limit: the rows and files not taken over, with their cell.
pub(super) fn error_table(cx: &Ctx) -> Vec<Block> {
    let errors: Vec<Vec<String>> = cx
        .inp
        .findings
        .items()
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .take(cx.limit)
        .map(|f| {
            vec![
                f.file.clone(),
                if f.sheet.is_empty() {
                    String::new()
                } else {
                    match f.spot {
                        Spot::Whole => f.sheet.clone(),
                        Spot::Row(row) => {
                            format!("{}, {} {row}", f.sheet, tr!(cx.lang, "rpt-zeile-2"))
                        }
                        Spot::Cell { .. } => format!("{}!{}", f.sheet, f.spot),
                    }
                },
                f.message.clone(),
            ]
        })
        .collect();
    if errors.is_empty() {
        return Vec::new();
    }
    vec![
        heading(2, tr!(cx.lang, "rpt-nicht-ubernommene-zeilen-und-dateien")),
        table(
            tr!(cx.lang, "rpt-fehler"),
            vec![
                col(&tr!(cx.lang, "rpt-datei"), 2.2, Align::Left),
                col(&tr!(cx.lang, "rpt-zelle"), 1.3, Align::Left),
                col(&tr!(cx.lang, "rpt-meldung"), 5.5, Align::Left),
            ],
            errors,
        ),
    ]
}

/// While error findings remain, the report is a draft: the notice says how many rows and
/// files are missing from it, and how many placeholders of the office's texts are unknown.
pub(super) fn draft_notice(inp: &Inputs) -> Option<String> {
    let lang = inp.cfg.lang;
    let (mut data, mut texts) = (0usize, 0usize);
    for f in inp.findings.items() {
        if f.severity == Severity::Error {
            if f.file.starts_with(crate::texts::FOLDER) || f.code == Code::TextPlaceholderUnknown {
                texts += 1;
            } else {
                data += 1;
            }
        }
    }
    let mut parts = Vec::new();
    if data > 0 {
        parts.push(crate::tr!(lang, "report-draft-data", count = data));
    }
    if texts > 0 {
        parts.push(crate::tr!(lang, "report-draft-texts", count = texts));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// On the key-figure page: what is not in the figures — rows that could not be taken over
/// (per department), measures reported in both years whose row of one year was rejected,
/// and departments without a readable return.
pub(super) fn section_missing_from_figures(inp: &Inputs, y: &YearFigures) -> Vec<Block> {
    let lang = inp.cfg.lang;
    let mut out = Vec::new();
    if let Some(d) = draft_notice(inp) {
        out.push(Block::Paragraph {
            text: d.into(),
            tone: Tone::Strong,
        });
    }
    let by_dept = inp.dataset.rejected_by_department(y.year);
    if !by_dept.is_empty() {
        let n: usize = by_dept.values().sum();
        let list = by_dept
            .iter()
            .map(|(d, k)| format!("{d} ({k})"))
            .collect::<Vec<_>>()
            .join(", ");
        let year = y.year.to_string();
        out.push(para(if inp.internal {
            crate::tr!(
                lang,
                "missing-rows-internal",
                count = n,
                year = year,
                list = list
            )
        } else {
            crate::tr!(
                lang,
                "missing-rows-public",
                count = n,
                year = year,
                list = list
            )
        }));
    }
    if let Some(c) = &y.changes {
        if c.not_taken_over > 0 {
            out.push(para(crate::tr!(
                lang,
                "missing-not-comparable",
                count = c.not_taken_over as usize,
                from = c.from_year.to_string(),
                to = y.year.to_string()
            )));
        }
        if !c.departments_without_return.is_empty() {
            out.push(para(crate::tr!(
                lang,
                "missing-no-return",
                year = y.year.to_string(),
                departments = c.departments_without_return.join(", "),
                count = c.no_return as usize,
                from = c.from_year.to_string()
            )));
            if !c.departments_unclear_return.is_empty() {
                out.push(para(unclear_return(
                    &c.departments_unclear_return,
                    y.year,
                    lang,
                )));
            }
        }
    }
    out
}

/// For departments whose return may be under a name without their number: that their having
/// no return is not certain.
pub(super) fn unclear_return(departments: &[String], year: i32, lang: Lang) -> String {
    crate::tr!(
        lang,
        "missing-unclear-return",
        departments = departments.join(", "),
        count = departments.len(),
        year = year.to_string()
    )
}

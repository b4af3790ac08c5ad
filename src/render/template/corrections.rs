//! The correction workbooks: per department its rows as read, every flagged cell with its
//! finding, and a sheet of what to do.

use super::*;

/// The correction workbooks: per department with errors or warnings in its latest
/// inventory, its rows as it wrote them, each flagged cell coloured and carrying the finding
/// as a comment, with a first sheet that says what to fix. Laid out like the template, so
/// the corrected workbook reads back as the department's return. Returns (department,
/// bytes), sorted by department.
pub fn correction_workbooks(
    cfg: &Config,
    dataset: &crate::transform::Dataset,
    findings: &crate::findings::Findings,
    files: &[crate::findings::FileReport],
    created: chrono::NaiveDateTime,
) -> Result<Vec<(String, Vec<u8>)>, XlsxError> {
    use crate::findings::Severity;
    use std::collections::BTreeMap;
    // Findings by (file, sheet, row), errors and warnings only.
    let mut by_row: BTreeMap<(&str, &str, u32), Vec<&crate::findings::Finding>> = BTreeMap::new();
    for f in findings.items() {
        if f.severity == Severity::Info {
            continue;
        }
        let row: u32 = f
            .cell
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .unwrap_or(0);
        if row > 0 {
            by_row
                .entry((f.file.as_str(), f.sheet.as_str(), row))
                .or_default()
                .push(f);
        }
    }
    // The latest year of each department's written rows.
    let mut latest: BTreeMap<&str, i32> = BTreeMap::new();
    for w in &dataset.written {
        if let Some(y) = w.year {
            let e = latest.entry(w.department.as_str()).or_insert(y);
            *e = (*e).max(y);
        }
    }
    // Each department's rows of that year, in one pass.
    let mut groups: BTreeMap<(&str, i32), Vec<&crate::transform::WrittenRow>> = BTreeMap::new();
    for w in &dataset.written {
        if let Some(y) = w.year
            && latest.get(w.department.as_str()) == Some(&y)
        {
            groups
                .entry((w.department.as_str(), y))
                .or_default()
                .push(w);
        }
    }
    let jobs: Vec<((&str, i32), Vec<&crate::transform::WrittenRow>)> = groups
        .into_iter()
        .filter(|(_, rows)| {
            rows.iter()
                .any(|w| by_row.contains_key(&(w.file.as_str(), w.sheet.as_str(), w.row)))
        })
        .collect();
    // Independent workbooks: written on all cores, returned in department order.
    use rayon::prelude::*;
    jobs.par_iter()
        .map(|((department, year), rows)| {
            let identity = correction_identity(dataset, files, department, *year, rows);
            correction_workbook(cfg, &identity, rows, &by_row, created)
                .map(|bytes| (department.to_string(), bytes))
        })
        .collect()
}

/// Findings by (file, sheet, row), errors and warnings only.
pub(super) type FindingsByRow<'a> =
    std::collections::BTreeMap<(&'a str, &'a str, u32), Vec<&'a crate::findings::Finding>>;

/// What a department's correction workbook says about itself: the files its rows came from
/// (those it replaces when it comes back) and its round, one more than the latest round
/// among them.
fn correction_identity(
    dataset: &crate::transform::Dataset,
    files: &[crate::findings::FileReport],
    department: &str,
    year: i32,
    rows: &[&crate::transform::WrittenRow],
) -> Identity {
    let mut held: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for w in rows {
        *held.entry(w.file.as_str()).or_default() += 1;
    }
    let earlier = rows
        .iter()
        .filter_map(|w| files.iter().find(|f| f.file == w.file))
        .filter_map(|f| f.identity.as_ref())
        .filter(|id| id.kind == Kind::Correction)
        .map(|id| id.round)
        .max()
        .unwrap_or(0);
    Identity {
        kind: Kind::Correction,
        department: Some(department.to_string()),
        year: Some(year),
        round: earlier + 1,
        sources: sources_of(dataset, files, department, year, Some(&held)),
    }
}

/// One department's correction workbook.
pub(super) fn correction_workbook(
    cfg: &Config,
    identity: &Identity,
    rows: &[&crate::transform::WrittenRow],
    by_row: &FindingsByRow,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    let department = identity.department.as_deref().unwrap_or_default();
    let year = identity.year.unwrap_or_default();
    let layout = Layout::standard(cfg, created);
    let mut wb = Workbook::new();
    wb.set_properties(&properties(cfg, created, Some(identity))?);
    let header_fmt = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border(FormatBorder::Thin);
    let error_fmt = Format::new().set_background_color(Color::RGB(0xF4C7C3));
    let warning_fmt = Format::new().set_background_color(Color::RGB(0xFCE8B2));
    write_todo_sheet(&mut wb, department, year, rows, by_row)?;

    let data = wb.add_worksheet();
    data.set_name(&layout.sheet)?;
    let label = &cfg.headers.get(Field::Department).name;
    data.write_string(
        0,
        0,
        format!("Bestandsaufnahme Integrationsmaßnahmen {year}"),
    )?;
    data.write_string(1, 0, format!("{label}: {department}"))?;
    let header_row = 2u32;
    for (c, h) in layout.headers.iter().enumerate() {
        data.write_string_with_format(header_row, c as u16, h, &header_fmt)?;
        data.set_column_width(c as u16, column_width(layout.fields[c]))?;
    }
    data.set_freeze_panes(header_row + 1, 0)?;
    data.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_repeat_rows(header_row, header_row)?;
    for (i, w) in rows.iter().enumerate() {
        let r = header_row + 1 + i as u32;
        for (field, _, text) in &w.cells {
            if let Some(c) = column_of(&layout, *field) {
                data.write_string(r, c as u16, fit(text))?;
            }
        }
        let Some(fs) = by_row.get(&(w.file.as_str(), w.sheet.as_str(), w.row)) else {
            continue;
        };
        for (c, (is_error, texts)) in row_notes(&layout, w, fs) {
            let text = w
                .cells
                .iter()
                .find(|(f, _, _)| layout.fields[c] == Some(*f))
                .map(|(_, _, t)| t.as_str())
                .unwrap_or("");
            let fmt = if is_error { &error_fmt } else { &warning_fmt };
            data.write_string_with_format(r, c as u16, fit(text), fmt)?;
            let note: String = texts.join("\n\n").chars().take(30_000).collect();
            data.insert_note(
                r,
                c as u16,
                &Note::new(note)
                    .set_author("bestand")
                    .add_author_prefix(false),
            )?;
        }
    }
    wb.save_to_buffer()
        .map(crate::render::xlsx::zip_made_on_unix)
}

/// The template's column of a field.
pub(super) fn column_of(layout: &Layout, field: Field) -> Option<usize> {
    layout.fields.iter().position(|f| *f == Some(field))
}

/// Text cut to Excel's cell limit; the CSV export keeps such text whole.
pub(super) fn fit(t: &str) -> String {
    t.chars().take(32_000).collect()
}

/// The first sheet of a correction workbook: what to fix, with the counts of rejected rows,
/// errors and warnings.
pub(super) fn write_todo_sheet(
    wb: &mut Workbook,
    department: &str,
    year: i32,
    rows: &[&crate::transform::WrittenRow],
    by_row: &FindingsByRow,
) -> Result<(), XlsxError> {
    use crate::findings::Severity;
    let mut errors = 0;
    let mut warnings = 0;
    let mut rejected_rows = 0;
    for w in rows {
        if let Some(fs) = by_row.get(&(w.file.as_str(), w.sheet.as_str(), w.row)) {
            errors += fs.iter().filter(|f| f.severity == Severity::Error).count();
            warnings += fs
                .iter()
                .filter(|f| f.severity == Severity::Warning)
                .count();
            rejected_rows += usize::from(fs.iter().any(|f| f.severity == Severity::Error));
        }
    }

    let info = wb.add_worksheet();
    info.set_name("Was zu tun ist")?;
    info.set_column_width(0, 90)?;
    info.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    let lines = [
        format!("{department}: Rückmeldung zur Bestandsaufnahme {year}"),
        String::new(),
        format!(
            "{rejected_rows} {} konnte{} nicht übernommen werden (rot markiert).",
            if rejected_rows == 1 {
                "Zeile"
            } else {
                "Zeilen"
            },
            if rejected_rows == 1 { "" } else { "n" },
        ),
        format!(
            "{warnings} {} wurde{} mit Vorbehalt gelesen (gelb markiert).",
            if warnings == 1 { "Angabe" } else { "Angaben" },
            if warnings == 1 { "" } else { "n" },
        ),
        "Der Kommentar an jeder markierten Zelle sagt, was nicht stimmt und was einzutragen ist."
            .to_string(),
        "Bitte auf dem Blatt „Maßnahmen“ korrigieren und diese Datei zurückschicken.".to_string(),
        "Die Maßnahmen-IDs bitte nicht ändern.".to_string(),
        String::new(),
        format!("Fehler: {errors}, Warnungen: {warnings}."),
    ];
    for (i, l) in lines.iter().enumerate() {
        info.write_string(i as u32, 0, l)?;
    }
    Ok(())
}

/// A row's findings by template column: whether one is an error, and their texts. Each
/// finding sits at the cell it names (its column in the department's sheet), else at the
/// title.
pub(super) fn row_notes(
    layout: &Layout,
    w: &crate::transform::WrittenRow,
    fs: &[&crate::findings::Finding],
) -> std::collections::BTreeMap<usize, (bool, Vec<String>)> {
    use crate::findings::Severity;
    let mut notes: std::collections::BTreeMap<usize, (bool, Vec<String>)> = Default::default();
    for f in fs {
        let letters: String = f
            .cell
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        let source_col = (!letters.is_empty()).then(|| column_index(&letters));
        // A finding on the department's name belongs on its cell: there the department
        // sees which name to write.
        let by_code = matches!(
            f.code,
            "department-variant" | "department-ambiguous" | "unknown-department"
        )
        .then_some(Field::Department);
        let field = source_col
            .and_then(|sc| {
                w.cells
                    .iter()
                    .find(|(_, c, _)| *c == sc)
                    .map(|(f, _, _)| *f)
            })
            .or(by_code)
            .unwrap_or(Field::Title);
        let Some(c) = column_of(layout, field) else {
            continue;
        };
        let e = notes.entry(c).or_default();
        e.0 |= f.severity == Severity::Error;
        e.1.push(format!(
            "{}: {}",
            if f.severity == Severity::Error {
                "Fehler"
            } else {
                "Warnung"
            },
            f.message
        ));
    }
    notes
}

/// The 0-based column of Excel's column letters (A → 0, AA → 26).
pub(super) fn column_index(letters: &str) -> u32 {
    letters
        .bytes()
        .fold(0u32, |acc, b| {
            acc * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
        })
        .saturating_sub(1)
}

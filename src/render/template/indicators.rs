//! The indicator workbook (`indikatoren.xlsx`) the office fills from its sources: an
//! instruction sheet with the signs of official statistics, the sheet of indicators (one row
//! per indicator, year and group) and the fields of action as a dropdown list. Written by
//! `bestand template --indicators` (the latest year's rows pre-filled for the next) and by
//! the sample generator, so the writer and the reader cannot drift apart.

use rust_xlsxwriter::{Color, DataValidation, Format, FormatBorder, Workbook, XlsxError};

use super::{Cell, properties};
use crate::config::{Config, Lang};
use crate::indicators::{Col, Indicators};

/// A row of the indicator sheet: one cell per column of [`Col::ALL`].
pub type IndicatorRow = [Cell; 13];

/// Column widths of the indicator sheet, in [`Col::ALL`]'s order.
const WIDTHS: [f64; 13] = [
    12.0, 42.0, 26.0, 8.0, 24.0, 10.0, 10.0, 10.0, 10.0, 30.0, 12.0, 14.0, 30.0,
];

/// The workbook with the given rows.
pub fn indicator_workbook(
    cfg: &Config,
    rows: &[IndicatorRow],
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    // Like the departments' template, the workbook is German throughout (its headers are
    // read in either language).
    let lang = Lang::De;
    let mut wb = Workbook::new();
    wb.set_properties(&properties(cfg, created, None)?);
    let title_fmt = Format::new().set_bold().set_font_size(14);
    let header_fmt = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border(FormatBorder::Thin);

    let guide = wb.add_worksheet();
    guide.set_name("Anleitung")?;
    guide.set_column_width(0, 100)?;
    guide
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    for (i, line) in guide_lines(cfg).iter().enumerate() {
        if i == 0 {
            guide.write_string_with_format(0, 0, line, &title_fmt)?;
        } else {
            guide.write_string(i as u32, 0, line)?;
        }
    }

    let data = wb.add_worksheet();
    data.set_name("Indikatoren")?;
    for (c, col) in Col::ALL.iter().enumerate() {
        data.write_string_with_format(0, c as u16, col.header(lang), &header_fmt)?;
        data.set_column_width(c as u16, WIDTHS[c])?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    data.write_string(r, c, t)?;
                }
                Cell::Number(n) | Cell::Formula(_, n) => {
                    data.write_number(r, c, *n)?;
                }
                Cell::Date(d) => {
                    data.write_string(r, c, d.format("%d.%m.%Y").to_string())?;
                }
            }
        }
    }
    data.set_freeze_panes(1, 0)?;
    let last = rows.len().max(1) as u32;
    data.autofilter(0, 0, last, Col::ALL.len() as u16 - 1)?;
    data.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    let fields: Vec<String> = cfg
        .vocabularies
        .field_of_action
        .iter()
        .map(|t| t.name.clone())
        .collect();
    if !fields.is_empty() {
        let list = format!("=Handlungsfelder!$A$2:$A${}", fields.len() + 1);
        let dv = DataValidation::new()
            .allow_list_formula(list.as_str().into())
            .set_error_title(crate::i18n::message(lang, "ind-guide-field-title", &[]))?
            .set_error_message(crate::i18n::message(lang, "ind-guide-field-list", &[]))?;
        let field_col = Col::ALL.iter().position(|c| *c == Col::Field).unwrap_or(2) as u16;
        data.add_data_validation(1, field_col, last + 1000, field_col, &dv)?;
    }
    // Zeitreihenbruch: „ja“ from a list, so it is written the same way every year.
    let break_col = Col::ALL.iter().position(|c| *c == Col::Break).unwrap_or(11) as u16;
    let yes = DataValidation::new()
        .allow_list_strings(&["ja", "nein"])?
        .ignore_blank(true);
    data.add_data_validation(1, break_col, last + 1000, break_col, &yes)?;
    let list = wb.add_worksheet();
    list.set_name("Handlungsfelder")?;
    list.write_string_with_format(0, 0, "Handlungsfeld", &header_fmt)?;
    list.set_column_width(0, 40)?;
    for (i, f) in fields.iter().enumerate() {
        list.write_string(i as u32 + 1, 0, f)?;
    }
    wb.save_to_buffer()
        .map(crate::render::xlsx::zip_made_on_unix)
}

/// The instruction sheet's lines, the heading first.
fn guide_lines(cfg: &Config) -> Vec<String> {
    let t = |id: &str| crate::i18n::message(Lang::De, id, &[]);
    let mut lines = vec![t("ind-guide-heading")];
    lines.extend(t("ind-guide").lines().map(str::to_string));
    lines.push(String::new());
    lines.push(t("ind-guide-signs"));
    for id in [
        "ind-sign-dash",
        "ind-sign-zero",
        "ind-sign-dot",
        "ind-sign-x",
        "ind-sign-later",
        "ind-sign-slash",
        "ind-sign-brackets",
        "ind-sign-star",
    ] {
        lines.push(format!("   {}", t(id)));
    }
    if !cfg.organisation.is_empty() {
        lines.push(String::new());
        lines.push(cfg.organisation.clone());
    }
    lines
}

/// The rows of the indicator workbook for `year`: every row of the input's workbook as
/// written (`written`, see [`crate::indicators::written_rows`]: rows with problems too, so
/// nothing is lost), each series followed by a row for `year` pre-filled from its latest row
/// before (id, name, field, group, unit, source), the value left to fill. Returns the rows
/// and how many are new.
pub fn prefilled_indicator_rows(
    written: &[[crate::ingest::Value; 13]],
    indicators: &Indicators,
    year: i32,
) -> (Vec<IndicatorRow>, usize) {
    use crate::ingest::Value;
    let key = |id: &str, group: &str| {
        let group = if group.trim().is_empty() {
            crate::indicators::TOTAL_GROUP
        } else {
            group
        };
        (crate::text::match_key(id), crate::text::match_key(group))
    };
    let text = |v: &Value| crate::text::clean(&v.display());
    // Where each series' last written row is, so its new row goes right under it.
    let (id_col, name_col, group_col) = (0, 1, 4);
    let mut last_row: std::collections::HashMap<(String, String), usize> = Default::default();
    for (i, row) in written.iter().enumerate() {
        let id = match text(&row[id_col]) {
            id if id.is_empty() => text(&row[name_col]),
            id => id,
        };
        last_row.insert(key(&id, &text(&row[group_col])), i);
    }
    let mut after: std::collections::BTreeMap<usize, Vec<IndicatorRow>> = Default::default();
    let mut at_end = Vec::new();
    let mut new = 0;
    for ind in indicators.indicators() {
        for group in &ind.groups {
            // A row for the year already there (filled or not) is not added twice.
            if ind
                .points
                .iter()
                .any(|p| p.group == *group && p.year == year)
            {
                continue;
            }
            let Some(p) = ind
                .points
                .iter()
                .rev()
                .find(|p| p.group == *group && p.year < year)
            else {
                continue;
            };
            let row = [
                Cell::from(p.id.as_str()),
                Cell::from(ind.name_or_id()),
                Cell::from(p.field.clone().unwrap_or_default()),
                Cell::Number(f64::from(year)),
                Cell::from(p.group.as_str()),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::from(p.unit.as_str()),
                Cell::from(p.source.as_str()),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ];
            new += 1;
            match last_row.get(&key(&p.id, &p.group)) {
                Some(i) => after.entry(*i).or_default().push(row),
                None => at_end.push(row),
            }
        }
    }
    let mut out = Vec::with_capacity(written.len() + new);
    for (i, row) in written.iter().enumerate() {
        let mut cells = row.clone().map(|v| cell_of(&v));
        // A year typed as a date is written back as the year it was read as.
        if let Value::Date(d) = &row[3] {
            cells[3] = Cell::Number(f64::from(chrono::Datelike::year(d)));
        }
        out.push(cells);
        out.extend(after.remove(&i).unwrap_or_default());
    }
    out.extend(at_end);
    (out, new)
}

/// A cell as written, to write back: numbers stay numbers, anything else its text.
fn cell_of(v: &crate::ingest::Value) -> Cell {
    use crate::ingest::Value;
    match v {
        Value::Empty | Value::NoCachedValue => Cell::Empty,
        Value::Number(n) if n.is_finite() => Cell::Number(*n),
        Value::Date(d) => Cell::Date(*d),
        other => Cell::from(other.display()),
    }
}

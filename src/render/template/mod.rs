//! The inventory workbook writer: the template the office sends to departments, and (with
//! other layouts and filled rows) the sample inventories and the benchmark corpus, so the
//! template and the reader cannot drift apart.

use chrono::{Datelike, Timelike};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatBorder,
    Formula, Note, Workbook, Worksheet, XlsxError,
};

use crate::config::{Config, Field};
use crate::identity::{Identity, Kind, Source};
use crate::schema;

mod corrections;
mod indicators;
mod prefill;

pub use corrections::correction_workbooks;
pub use indicators::{IndicatorRow, indicator_workbook, prefilled_indicator_rows};
pub use prefill::{Prefill, prefilled_rows, prefilled_template};

/// A value to write into a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Leave the cell empty.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date, written with a German date format.
    Date(chrono::NaiveDate),
    /// A formula with its cached result (as Excel saves it).
    Formula(String, f64),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_string())
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::from(s.as_str())
    }
}

/// How a workbook deviates from the plain template (samples imitate real returns).
#[derive(Debug, Clone)]
pub struct Layout {
    /// Name of the data sheet.
    pub sheet: String,
    /// Header text per column.
    pub headers: Vec<String>,
    /// Fields of the columns, for validations and formats (None: a free column).
    pub fields: Vec<Option<Field>>,
    /// Rows written above the header (a title, `Fachbereich: X`).
    pub rows_above: Vec<String>,
    /// Merge runs of equal text in this column (as departments do for their name).
    pub merge_column: Option<usize>,
    /// Add the instruction sheet, hidden list sheet and dropdowns.
    pub with_validation: bool,
    /// Creation time written into the file (the run's clock, read once by the command line),
    /// so that the same run always writes the same bytes.
    pub created: chrono::NaiveDateTime,
    /// Pre-filled for a department: the sheet is protected without a password so that the
    /// filled id cells cannot be changed by accident; every other cell stays editable, and
    /// inserting rows, sorting and filtering stay allowed.
    pub protect_ids: bool,
    /// A template the office sends out (not a sample imitating a return): required columns
    /// marked, input messages, goal catalogue sheet, print setup.
    pub office_template: bool,
    /// Pre-filled: the measures of the inventory it was filled from that were completed or
    /// stopped there, left out of the rows and listed on the instruction sheet.
    pub finished_before: Vec<String>,
    /// The year of that inventory.
    pub finished_year: Option<i32>,
    /// What the workbook says about itself (kind, department, year, sources).
    pub identity: Option<Identity>,
    /// Cells to mark, by (row index below the header, column): a correction workbook's
    /// findings.
    pub marks: std::collections::BTreeMap<(usize, usize), Mark>,
    /// A correction workbook's first sheet „Was zu tun ist“: its lines (none: no such sheet).
    pub todo: Vec<String>,
}

/// A marked cell: a finding on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The most serious finding on it: an error (red), a warning (yellow) or a question
    /// about its dates (blue).
    pub severity: crate::findings::Severity,
    /// The findings' texts, shown as the cell's note.
    pub note: String,
}

impl Layout {
    /// The standard template layout: every field with its default header.
    pub fn standard(cfg: &Config, created: chrono::NaiveDateTime) -> Layout {
        let fields: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| *f != Field::Year)
            .collect();
        Layout {
            sheet: "Maßnahmen".to_string(),
            headers: fields
                .iter()
                .map(|f| cfg.headers.get(*f).name.clone())
                .collect(),
            fields: fields.into_iter().map(Some).collect(),
            rows_above: Vec::new(),
            merge_column: None,
            with_validation: true,
            created,
            protect_ids: false,
            office_template: false,
            finished_before: Vec::new(),
            finished_year: None,
            identity: None,
            marks: Default::default(),
            todo: Vec::new(),
        }
    }
}

/// A column's width in the template (from the schema; 14 for a column of no field).
fn column_width(field: Option<Field>) -> f64 {
    field.map_or(14.0, |f| f.column().template_width)
}

/// A short explanation per column, shown when a cell is selected (`column-hint-<key>` of
/// the workbook messages; the template is German).
fn explanation(field: Field) -> String {
    let id = format!("column-hint-{}", field.column().key.replace('_', "-"));
    crate::i18n::message(crate::lang::Lang::De, &id, &[])
}

/// Writes an inventory workbook with the given layout and rows, returning its bytes.
pub fn workbook(cfg: &Config, layout: &Layout, rows: &[Vec<Cell>]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties(cfg, layout.created, layout.identity.as_ref())?);
    let header_fmt = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border(FormatBorder::Thin);
    let title_fmt = Format::new().set_bold().set_font_size(14);

    if !layout.todo.is_empty() {
        write_todo(wb.add_worksheet(), &layout.todo, &title_fmt)?;
    }
    if layout.with_validation {
        write_instructions(wb.add_worksheet(), cfg, layout, &title_fmt)?;
    }

    let data = wb.add_worksheet();
    let header_row = write_header(data, layout, &header_fmt, &title_fmt)?;
    let formats = CellFormats::new(layout.protect_ids);
    if let Some(plain) = &formats.plain {
        protect_ids(data, layout, &formats, plain)?;
    }
    write_rows(data, layout, rows, header_row, &formats)?;
    if let Some(mc) = layout.merge_column {
        merge_runs(data, rows, mc, header_row)?;
    }

    if layout.with_validation {
        let lists = validation_lists(cfg, layout);
        let mut validations = list_validations(layout, &lists);
        validations.extend(value_validations(layout)?);
        if layout.office_template {
            add_office_validations(cfg, layout, &mut validations)?;
            validations.sort_by_key(|(c, _)| *c);
        }
        let last_row = header_row + 1000;
        for (col, dv) in &validations {
            data.add_data_validation(header_row + 1, *col as u16, last_row, *col as u16, dv)?;
        }
        write_lists_sheet(wb.add_worksheet(), &lists)?;
        if layout.office_template && !cfg.goals.is_empty() {
            write_goals_sheet(wb.add_worksheet(), cfg, &header_fmt)?;
        }
    }
    wb.save_to_buffer()
        .map(crate::render::xlsx::zip_made_on_unix)
}

/// Writes a correction workbook's first sheet „Was zu tun ist“.
fn write_todo(info: &mut Worksheet, lines: &[String], title_fmt: &Format) -> Result<(), XlsxError> {
    info.set_name(crate::i18n::message(
        crate::lang::Lang::De,
        "todo-sheet",
        &[],
    ))?;
    info.set_column_width(0, 100)?;
    info.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            info.write_string_with_format(i as u32, 0, l, title_fmt)?;
        } else {
            info.write_string(i as u32, 0, l)?;
        }
    }
    Ok(())
}

/// Writes the instruction sheet „Anleitung“ (with print setup for an office template).
fn write_instructions(
    info: &mut Worksheet,
    cfg: &Config,
    layout: &Layout,
    title_fmt: &Format,
) -> Result<(), XlsxError> {
    info.set_name("Anleitung")?;
    info.set_column_width(0, 100)?;
    if layout.office_template {
        info.set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0);
    }
    for (i, l) in instruction_lines(cfg, layout).iter().enumerate() {
        if i == 0 {
            info.write_string_with_format(i as u32, 0, l, title_fmt)?;
        } else {
            info.write_string(i as u32, 0, l)?;
        }
    }
    Ok(())
}

/// The lines of the instruction sheet, the heading first.
fn instruction_lines(cfg: &Config, layout: &Layout) -> Vec<String> {
    // The template the departments fill is German throughout.
    let de = crate::lang::Lang::De;
    let t = |id: &str| crate::i18n::message(de, id, &[]);
    let heading = if cfg.organisation.is_empty() {
        t("guide-heading")
    } else {
        crate::tr!(
            de,
            "guide-heading-office",
            office = cfg.organisation.as_str()
        )
    };
    let mut lines = vec![heading, String::new()];
    lines.extend(
        [
            "guide-how",
            "guide-1",
            "guide-2",
            "guide-3",
            "guide-4",
            "guide-5",
            "guide-6",
        ]
        .map(t),
    );
    if layout.office_template {
        lines.push(String::new());
        lines.extend(
            [
                "guide-required",
                "guide-status",
                "guide-goals",
                "guide-budget",
            ]
            .map(t),
        );
        if !layout.protect_ids && layout.todo.is_empty() {
            lines.push(t("guide-example-row"));
        }
    }
    if layout.protect_ids {
        lines.push(String::new());
        lines.extend(
            [
                "guide-prefilled",
                "guide-7",
                "guide-8",
                "guide-9",
                "guide-10",
                "guide-11",
            ]
            .map(t),
        );
        if let (false, Some(year)) = (layout.finished_before.is_empty(), layout.finished_year) {
            lines.push(String::new());
            lines.push(crate::tr!(
                de,
                "template-finished-before",
                year = year.to_string()
            ));
            lines.extend(layout.finished_before.iter().map(|m| format!("– {m}")));
        }
    }
    lines
}

/// The title row above a template's table: „Bestandsaufnahme Integrationsmaßnahmen 2025“.
pub(super) fn inventory_title(year: Option<i32>) -> String {
    let de = crate::lang::Lang::De;
    match year {
        Some(y) => crate::tr!(de, "inventory-title-year", year = y.to_string()),
        None => crate::i18n::message(de, "inventory-title", &[]),
    }
}

/// Names the data sheet and writes the rows above the table, the header with its notes, the
/// column widths, the frozen header and the print setup; returns the header's row.
fn write_header(
    data: &mut Worksheet,
    layout: &Layout,
    header_fmt: &Format,
    title_fmt: &Format,
) -> Result<u32, XlsxError> {
    data.set_name(&layout.sheet)?;
    let header_row = layout.rows_above.len() as u32;
    for (i, text) in layout.rows_above.iter().enumerate() {
        if i == 0 {
            data.write_string_with_format(i as u32, 0, text, title_fmt)?;
        } else {
            data.write_string(i as u32, 0, text)?;
        }
    }
    let required_fmt = header_fmt
        .clone()
        .set_background_color(Color::RGB(0xB8CCE0));
    for (c, h) in layout.headers.iter().enumerate() {
        let c = c as u16;
        let required = layout.office_template
            && layout
                .fields
                .get(c as usize)
                .copied()
                .flatten()
                .is_some_and(Field::required);
        if required {
            // Marked for the reader of the sheet; the star does not change the header's key.
            data.write_string_with_format(header_row, c, format!("{h} *"), &required_fmt)?;
        } else {
            data.write_string_with_format(header_row, c, h, header_fmt)?;
        }
        let field = layout.fields.get(c as usize).copied().flatten();
        data.set_column_width(c, column_width(field))?;
        if layout.with_validation
            && let Some(f) = field
        {
            data.insert_note(
                header_row,
                c,
                &Note::new(explanation(f))
                    .set_author("bestand")
                    .add_author_prefix(false),
            )?;
        }
    }
    data.set_freeze_panes(header_row + 1, 0)?;
    if layout.office_template {
        // Printed on A4 landscape, one page wide, the header repeated on every page.
        data.set_landscape()
            .set_paper_size(9)
            .set_print_fit_to_pages(1, 0)
            .set_repeat_rows(header_row, header_row)?;
    }
    Ok(header_row)
}

/// The formats of the data cells.
struct CellFormats {
    /// Dates.
    date: Format,
    /// Budgets in euro.
    money: Format,
    /// Wrapped text (descriptions).
    wrap: Format,
    /// Every other cell of a pre-filled template (unlocked); None otherwise.
    plain: Option<Format>,
    /// The filled (locked) id cells of a pre-filled template.
    id: Format,
}

impl CellFormats {
    /// The data cell formats, unlocked when the ids are protected.
    fn new(protect_ids: bool) -> CellFormats {
        let date = Format::new().set_num_format("dd.mm.yyyy");
        let money = Format::new().set_num_format("#,##0 \"€\"");
        let wrap = Format::new().set_text_wrap();
        // A pre-filled template: everything editable but the filled ids and the header.
        let (date, money, wrap, plain) = if protect_ids {
            (
                date.set_unlocked(),
                money.set_unlocked(),
                wrap.set_unlocked(),
                Some(Format::new().set_unlocked()),
            )
        } else {
            (date, money, wrap, None)
        };
        let id = Format::new().set_background_color(Color::RGB(0xEEEEEE));
        CellFormats {
            date,
            money,
            wrap,
            plain,
            id,
        }
    }
}

/// Unlocks every column of a pre-filled template and protects the sheet (without password).
fn protect_ids(
    data: &mut Worksheet,
    layout: &Layout,
    formats: &CellFormats,
    plain: &Format,
) -> Result<(), XlsxError> {
    for (c, field) in layout.fields.iter().enumerate() {
        let f = match field {
            Some(Field::Start | Field::End) => &formats.date,
            Some(Field::BudgetEur) => &formats.money,
            Some(Field::Description) => &formats.wrap,
            _ => plain,
        };
        data.set_column_format(c as u16, f)?;
    }
    data.protect_with_options(&rust_xlsxwriter::ProtectionOptions {
        select_locked_cells: true,
        select_unlocked_cells: true,
        format_cells: true,
        format_columns: true,
        format_rows: true,
        insert_rows: true,
        sort: true,
        use_autofilter: true,
        ..Default::default()
    });
    Ok(())
}

/// Writes the rows below the header, each cell with the format of its column and kind; a
/// marked cell (a correction workbook's finding) is filled red or yellow and carries its
/// note.
fn write_rows(
    data: &mut Worksheet,
    layout: &Layout,
    rows: &[Vec<Cell>],
    header_row: u32,
    formats: &CellFormats,
) -> Result<(), XlsxError> {
    for (i, row) in rows.iter().enumerate() {
        let r = header_row + 1 + i as u32;
        let width = row.len().max(layout.headers.len());
        for c in 0..width {
            let cell = row.get(c).unwrap_or(&Cell::Empty);
            let mark = layout.marks.get(&(i, c));
            let field = layout.fields.get(c).copied().flatten();
            let c = c as u16;
            let base: Option<&Format> = match cell {
                Cell::Text(_) if formats.plain.is_some() && field == Some(Field::MeasureId) => {
                    Some(&formats.id)
                }
                Cell::Text(_) if field == Some(Field::Description) => Some(&formats.wrap),
                Cell::Number(_) if field == Some(Field::BudgetEur) => Some(&formats.money),
                Cell::Date(_) => Some(&formats.date),
                _ => formats.plain.as_ref(),
            };
            let marked: Option<Format> = mark.map(|m| {
                base.cloned()
                    .unwrap_or_default()
                    .set_background_color(Color::RGB(match m.severity {
                        crate::findings::Severity::Error => 0xF4C7C3,
                        crate::findings::Severity::Warning => 0xFCE8B2,
                        crate::findings::Severity::Info => 0xD6E6F5,
                    }))
            });
            let format = marked.as_ref().or(base);
            match (cell, format) {
                (Cell::Empty, Some(f)) if mark.is_some() => {
                    data.write_blank(r, c, f)?;
                }
                (Cell::Empty, _) => {}
                (Cell::Text(t), Some(f)) => {
                    data.write_string_with_format(r, c, t, f)?;
                }
                (Cell::Text(t), None) => {
                    data.write_string(r, c, t)?;
                }
                (Cell::Number(n), Some(f)) => {
                    data.write_number_with_format(r, c, *n, f)?;
                }
                (Cell::Number(n), None) => {
                    data.write_number(r, c, *n)?;
                }
                (Cell::Date(d), f) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    data.write_datetime_with_format(r, c, &dt, f.unwrap_or(&formats.date))?;
                }
                (Cell::Formula(f, v), _) => {
                    data.write_formula(r, c, Formula::new(f).set_result(v.to_string()))?;
                }
            }
            if let Some(m) = mark {
                let note: String = m.note.chars().take(30_000).collect();
                data.insert_note(
                    r,
                    c,
                    &Note::new(note)
                        .set_author("bestand")
                        .add_author_prefix(false),
                )?;
            }
        }
    }
    Ok(())
}

/// Merges runs of the same text in column `mc`, as people do with a department column.
fn merge_runs(
    data: &mut Worksheet,
    rows: &[Vec<Cell>],
    mc: usize,
    header_row: u32,
) -> Result<(), XlsxError> {
    let mut start = 0usize;
    while start < rows.len() {
        let value = rows[start].get(mc).cloned().unwrap_or(Cell::Empty);
        let mut end = start;
        while end + 1 < rows.len() && rows[end + 1].get(mc) == Some(&value) {
            end += 1;
        }
        if end > start
            && let Cell::Text(t) = &value
        {
            let (a, b) = (header_row + 1 + start as u32, header_row + 1 + end as u32);
            data.merge_range(a, mc as u16, b, mc as u16, t, &Format::new())?;
        }
        start = end + 1;
    }
    Ok(())
}

/// The dropdown lists (one column each on the hidden sheet „Listen“), in sheet order; the
/// office's list of departments in the templates it sends out.
fn validation_lists(cfg: &Config, layout: &Layout) -> Vec<(Field, Vec<String>)> {
    let mut lists = vec![
        (
            Field::FieldOfAction,
            names(&cfg.vocabularies.field_of_action),
        ),
        (Field::Status, names(&cfg.vocabularies.status)),
        (Field::Funding, names(&cfg.vocabularies.funding)),
        (
            Field::Municipalities,
            names(&cfg.vocabularies.municipalities),
        ),
        (Field::TargetGroups, names(&cfg.vocabularies.target_groups)),
        (Field::Highlight, vec!["ja".to_string(), "nein".to_string()]),
    ];
    if layout.office_template && !cfg.departments.is_empty() {
        lists.push((Field::Department, cfg.department_names()));
    }
    lists
}

/// The dropdowns of the layout's columns that have a non-empty list on „Listen“.
fn list_validations(
    layout: &Layout,
    lists: &[(Field, Vec<String>)],
) -> Vec<(usize, DataValidation)> {
    let mut validations: Vec<(usize, DataValidation)> = Vec::new();
    let mut list_cols = Vec::new();
    for (i, (field, values)) in lists.iter().enumerate() {
        list_cols.push((*field, i as u16, values.len()));
    }
    for (field, lc, len) in &list_cols {
        let Some(col) = layout.fields.iter().position(|f| *f == Some(*field)) else {
            continue;
        };
        // No list configured (municipalities by default): any value is fine.
        if *len == 0 {
            continue;
        }
        let letter = crate::text::column_letters(u32::from(*lc));
        let formula = format!("=Listen!${letter}$2:${letter}${}", len + 1);
        let mut dv = DataValidation::new().allow_list_formula(Formula::new(formula));
        // Lists of several values per cell can only suggest, not enforce; a department
        // new since the list was made may still write its name (it gets a finding).
        if matches!(
            field,
            Field::Municipalities | Field::TargetGroups | Field::Funding | Field::Department
        ) {
            dv = dv
                .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Information)
                .show_error_message(false);
        }
        validations.push((col, dv));
    }
    validations
}

/// The checks of the budget, participant and date columns present in the layout.
fn value_validations(layout: &Layout) -> Result<Vec<(usize, DataValidation)>, XlsxError> {
    let check = |id: &str| crate::i18n::message(crate::lang::Lang::De, id, &[]);
    let mut validations = Vec::new();
    for (field, dv) in [
        (
            Field::BudgetEur,
            DataValidation::new()
                .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
                .set_error_message(check("check-budget"))?,
        ),
        (
            Field::Participants,
            DataValidation::new()
                .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
                .set_error_message(check("check-participants"))?,
        ),
        (
            Field::Start,
            DataValidation::new()
                .allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1990, 1, 1)?,
                    ExcelDateTime::from_ymd(2100, 12, 31)?,
                ))
                .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning)
                .set_error_message(check("check-start"))?,
        ),
        (
            Field::End,
            DataValidation::new()
                .allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1990, 1, 1)?,
                    ExcelDateTime::from_ymd(2100, 12, 31)?,
                ))
                .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning)
                .set_error_message(check("check-end"))?,
        ),
    ] {
        if let Some(col) = layout.fields.iter().position(|f| *f == Some(field)) {
            validations.push((col, dv));
        }
    }
    Ok(validations)
}

/// Adds an office template's goal dropdown and an input message on every field column.
fn add_office_validations(
    cfg: &Config,
    layout: &Layout,
    validations: &mut Vec<(usize, DataValidation)>,
) -> Result<(), XlsxError> {
    // Goal ids from the catalogue sheet; several per cell stay possible.
    if !cfg.goals.is_empty()
        && let Some(col) = layout.fields.iter().position(|f| *f == Some(Field::Goals))
    {
        let formula = format!("=Ziele!$A$2:$A${}", cfg.goals.len() + 1);
        validations.push((
            col,
            DataValidation::new()
                .allow_list_formula(Formula::new(formula))
                .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Information)
                .show_error_message(false),
        ));
    }
    // Every column explains itself when a cell is selected (Excel's input message).
    for (col, field) in layout.fields.iter().enumerate() {
        let Some(f) = field else { continue };
        if !validations.iter().any(|(c, _)| *c == col) {
            validations.push((col, DataValidation::new().allow_any_value()));
        }
        for (c, dv) in validations.iter_mut() {
            if *c == col {
                let title: String = layout.headers[col].chars().take(32).collect();
                *dv = dv
                    .clone()
                    .set_input_title(title)?
                    .set_input_message(explanation(*f))?;
            }
        }
    }
    Ok(())
}

/// Writes the hidden sheet „Listen“ the dropdowns refer to.
fn write_lists_sheet(
    lists_sheet: &mut Worksheet,
    lists: &[(Field, Vec<String>)],
) -> Result<(), XlsxError> {
    lists_sheet.set_name("Listen")?;
    lists_sheet.set_hidden(true);
    for (i, (field, values)) in lists.iter().enumerate() {
        lists_sheet.write_string(0, i as u16, field.key())?;
        for (r, v) in values.iter().enumerate() {
            lists_sheet.write_string(r as u32 + 1, i as u16, v)?;
        }
    }
    Ok(())
}

/// Writes the goal catalogue sheet „Ziele“, so departments can give the goal numbers
/// coverage needs.
fn write_goals_sheet(
    goals: &mut Worksheet,
    cfg: &Config,
    header_fmt: &Format,
) -> Result<(), XlsxError> {
    goals.set_name("Ziele")?;
    for (c, (h, w)) in [("Ziel-Nr.", 10.0), ("Ziel", 70.0), ("Handlungsfeld", 30.0)]
        .into_iter()
        .enumerate()
    {
        goals.write_string_with_format(0, c as u16, h, header_fmt)?;
        goals.set_column_width(c as u16, w)?;
    }
    for (r, g) in cfg.goals.iter().enumerate() {
        let r = r as u32 + 1;
        goals.write_string(r, 0, &g.id)?;
        goals.write_string(r, 1, &g.title)?;
        goals.write_string(r, 2, &g.field_of_action)?;
    }
    goals.set_freeze_panes(1, 0)?;
    goals
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

/// Document properties with a reproducible creation time and the workbook's identity.
pub fn properties(
    cfg: &Config,
    t: chrono::NaiveDateTime,
    identity: Option<&Identity>,
) -> Result<DocProperties, XlsxError> {
    let dt = ExcelDateTime::from_ymd(t.year() as u16, t.month() as u8, t.day() as u8)?.and_hms(
        t.hour() as u16,
        t.minute() as u8,
        f64::from(t.second()),
    )?;
    let mut props = DocProperties::new()
        .set_author(&cfg.organisation)
        .set_creation_datetime(&dt);
    for (name, value) in identity.map(Identity::properties).unwrap_or_default() {
        props = props.set_custom_property(name, value);
    }
    Ok(props)
}

/// The files (with their content hashes) whose rows are all `department`'s of `year` and
/// all in the workbook made from them (`in_workbook`: rows per file; none to skip that
/// test): the files that workbook replaces when it comes back. A file shared with other
/// departments or years, or with rows the workbook does not hold, is left out, since its
/// other rows must still count (shared measures are then told apart row by row).
pub fn sources_of(
    dataset: &crate::transform::Dataset,
    files: &[crate::findings::FileReport],
    department: &str,
    year: i32,
    in_workbook: Option<&std::collections::BTreeMap<&str, usize>>,
) -> Vec<Source> {
    dataset
        .file_rows
        .iter()
        .filter(|(_, r)| {
            r.owner
                .as_ref()
                .is_some_and(|(d, y)| d == department && *y == year)
        })
        .filter(|(f, r)| in_workbook.is_none_or(|held| held.get(f.as_str()) == Some(&r.rows)))
        .filter_map(|(f, _)| {
            let hash = files.iter().find(|r| r.file == *f)?.hash?;
            Some(Source {
                hash,
                file: f.clone(),
            })
        })
        .collect()
}

fn names(terms: &[crate::config::Term]) -> Vec<String> {
    terms.iter().map(|t| t.name.clone()).collect()
}

/// The empty template for departments; with a department, `Fachbereich: X` stands above
/// the table so every row belongs to it without typing.
pub fn department_template(
    cfg: &Config,
    year: Option<i32>,
    department: Option<&str>,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    let mut layout = Layout::standard(cfg, created);
    let title = inventory_title(year);
    layout.rows_above.push(title);
    if let Some(d) = department {
        let label = &cfg.headers.get(Field::Department).name;
        layout.rows_above.push(format!("{label}: {d}"));
    }
    layout.office_template = true;
    layout.identity = Some(Identity {
        kind: Kind::Template,
        department: department.map(str::to_string),
        year,
        round: 0,
        sources: Vec::new(),
    });
    let example = example_row(cfg, &layout, department);
    workbook(cfg, &layout, &[example])
}

/// The example row of a blank template, filled the way the office wants rows filled.
fn example_row(cfg: &Config, layout: &Layout, department: Option<&str>) -> Vec<Cell> {
    let first = |terms: &[crate::config::Term], i: usize| {
        terms
            .get(i)
            .or(terms.first())
            .map_or(Cell::Empty, |t| Cell::from(t.name.as_str()))
    };
    let v = &cfg.vocabularies;
    layout
        .fields
        .iter()
        .map(|f| match f {
            Some(Field::MeasureId) => Cell::from(schema::EXAMPLE_ID),
            Some(Field::Title) => Cell::from(schema::EXAMPLE_TITLE),
            Some(Field::Department) => Cell::from(department.unwrap_or("Fachbereich Beispiel")),
            Some(Field::FieldOfAction) => first(&v.field_of_action, 3),
            Some(Field::Goals) => cfg
                .goals
                .first()
                .map_or(Cell::Empty, |g| Cell::from(g.id.as_str())),
            Some(Field::TargetGroups) => first(&v.target_groups, 1),
            Some(Field::Status) => first(&v.status, 1),
            Some(Field::Start) => {
                chrono::NaiveDate::from_ymd_opt(2024, 3, 1).map_or(Cell::Empty, Cell::Date)
            }
            Some(Field::BudgetEur) => Cell::Number(12500.0),
            Some(Field::Funding) => first(&v.funding, 0),
            Some(Field::Participants) => Cell::Number(40.0),
            Some(Field::Description) => Cell::from(crate::i18n::message(
                crate::lang::Lang::De,
                "example-description",
                &[],
            )),
            Some(Field::Highlight) => Cell::from("nein"),
            _ => Cell::Empty,
        })
        .collect()
}

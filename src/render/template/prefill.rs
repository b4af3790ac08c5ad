//! The pre-filled template: a department's measures of its latest inventory, with ids.

use std::collections::HashSet;

use rust_xlsxwriter::XlsxError;

use crate::config::{Config, Field};
use crate::identity::{Identity, Kind, Source};

use super::{Cell, Layout, inventory_title, sources_of, workbook};

/// What a department's pre-filled template holds.
pub struct Prefill {
    /// The year of the inventory it was filled from.
    pub year: i32,
    /// The rows, one per measure (and per rejected row, as written).
    pub rows: Vec<Vec<Cell>>,
    /// Measures completed or stopped in that year, left out of the rows: „id – title
    /// (status)“, listed on the instruction sheet for reference.
    pub finished: Vec<String>,
    /// The department's files of that year it was filled from.
    pub sources: Vec<Source>,
}

/// The rows of a department's pre-filled template: its measures of the latest inventory
/// before `year` (also the rows that were rejected, as they were written, so nothing is
/// lost), ids kept, a stable id (department prefix and number) for those without one, budget
/// and participants left empty (they are per year). Measures completed or stopped in that
/// inventory are left out (their absence next year is the change `finished`, not an end),
/// so they are never counted again as this year's.
pub fn prefilled_rows(
    dataset: &crate::transform::Dataset,
    files: &[crate::findings::FileReport],
    cfg: &Config,
    department: &str,
    year: i32,
) -> Option<Prefill> {
    let latest = latest_before(dataset, department, year)?;
    let mut finished = Vec::new();
    let fields = Layout::standard(&Config::default(), chrono::NaiveDateTime::default()).fields;
    // (file, sheet, row) to keep the department's own order; then the cells by field.
    type Place = (String, String, u32);
    let mut rows: Vec<(Place, Vec<(Field, Cell)>)> = Vec::new();
    for m in dataset
        .measures
        .iter()
        .filter(|m| m.department == department && m.year == latest)
    {
        if cfg.means_ended(&m.status) {
            finished.push(match &m.measure_id {
                Some(id) => format!("{id} – {} ({})", m.title, m.status),
                None => format!("{} ({})", m.title, m.status),
            });
            continue;
        }
        rows.push((
            (m.source_file.clone(), m.source_sheet.clone(), m.source_row),
            measure_cells(m),
        ));
    }
    for r in dataset
        .rejected_rows
        .iter()
        .filter(|r| r.department == department && r.year == Some(latest))
    {
        // A row rejected for another cell may still say it ended: it ends here too.
        let status = r.cells.iter().find(|(f, _)| *f == Field::Status);
        if let Some((_, written)) = status
            && cfg.means_ended(written)
        {
            let title = r.title.as_deref().unwrap_or("");
            finished.push(match &r.measure_id {
                Some(id) => format!("{id} – {title} ({written})"),
                None => format!("{title} ({written})"),
            });
            continue;
        }
        let per_year = [Field::BudgetEur, Field::Participants, Field::Year];
        rows.push((
            (r.source_file.clone(), r.source_sheet.clone(), r.source_row),
            r.cells
                .iter()
                .filter(|(f, _)| !per_year.contains(f))
                .map(|(f, v)| (*f, Cell::from(v.as_str())))
                .collect(),
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    // Stable ids for measures without one: the department's prefix and the next numbers.
    let prefix = id_prefix(department);
    let mut taken = ids_used(dataset, department);
    let mut next = 1u32;
    let mut fresh_id = || loop {
        let id = format!("{prefix}-{next:03}");
        next += 1;
        if taken.insert(crate::text::match_key(&id)) {
            return id;
        }
    };
    let mut out = Vec::new();
    for (_, mut cells) in rows {
        let has_id = cells
            .iter()
            .any(|(f, c)| *f == Field::MeasureId && *c != Cell::Empty);
        if !has_id {
            cells.retain(|(f, _)| *f != Field::MeasureId);
            cells.push((Field::MeasureId, Cell::Text(fresh_id())));
        }
        out.push(
            fields
                .iter()
                .map(|f| {
                    cells
                        .iter()
                        .find(|(g, _)| Some(*g) == *f)
                        .map(|(_, c)| c.clone())
                        .unwrap_or(Cell::Empty)
                })
                .collect(),
        );
    }
    Some(Prefill {
        year: latest,
        rows: out,
        finished,
        sources: sources_of(dataset, files, department, latest, None),
    })
}

/// The year of the department's latest inventory before `year`, with measures or rejected
/// rows.
pub(super) fn latest_before(
    dataset: &crate::transform::Dataset,
    department: &str,
    year: i32,
) -> Option<i32> {
    dataset
        .measures
        .iter()
        .filter(|m| m.department == department)
        .map(|m| m.year)
        .chain(
            dataset
                .rejected_rows
                .iter()
                .filter(|r| r.department == department)
                .filter_map(|r| r.year),
        )
        .filter(|y| *y < year)
        .max()
}

/// A measure's cells for the pre-filled template; budget and participants stay empty.
pub(super) fn measure_cells(m: &crate::transform::Measure) -> Vec<(Field, Cell)> {
    let list = |v: &[String]| Cell::from(v.join("; "));
    let date = |d: Option<chrono::NaiveDate>| d.map_or(Cell::Empty, Cell::Date);
    vec![
        (
            Field::MeasureId,
            Cell::from(m.measure_id.clone().unwrap_or_default()),
        ),
        (Field::Title, Cell::from(m.title.as_str())),
        (Field::Department, Cell::from(m.department.as_str())),
        (Field::FieldOfAction, Cell::from(m.field_of_action.as_str())),
        (Field::Goals, list(&m.goals)),
        (Field::TargetGroups, list(&m.target_groups)),
        (Field::Status, Cell::from(m.status.as_str())),
        (Field::Start, date(m.start)),
        (Field::End, date(m.end)),
        (Field::Funding, list(&m.funding)),
        (Field::Municipalities, list(&m.municipalities)),
        (Field::Partners, list(&m.partners)),
        (
            Field::Description,
            Cell::from(m.description.clone().unwrap_or_default()),
        ),
        (
            Field::Highlight,
            Cell::from(if m.highlight { "ja" } else { "nein" }),
        ),
    ]
}

/// The prefix of new ids: the first three letters of the department's core name, upper
/// case (`M` when it has none).
pub(super) fn id_prefix(department: &str) -> String {
    let prefix: String = crate::transform::departments::core_key(department)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(3)
        .collect::<String>()
        .to_uppercase();
    if prefix.is_empty() {
        "M".to_string()
    } else {
        prefix
    }
}

/// Every id the department ever used, as the reader compares ids (case, spaces and
/// dashes do not count): a new id must differ from all of them.
pub(super) fn ids_used(dataset: &crate::transform::Dataset, department: &str) -> HashSet<String> {
    dataset
        .measures
        .iter()
        .filter(|m| m.department == department)
        .filter_map(|m| m.measure_id.as_deref())
        .chain(
            dataset
                .rejected_rows
                .iter()
                .filter(|r| r.department == department)
                .filter_map(|r| r.measure_id.as_deref()),
        )
        .map(crate::text::match_key)
        .collect()
}

/// The template for one department, pre-filled with `rows` (see [`prefilled_rows`]).
pub fn prefilled_template(
    cfg: &Config,
    year: i32,
    department: &str,
    prefill: &Prefill,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, XlsxError> {
    let mut layout = Layout::standard(cfg, created);
    layout.protect_ids = true;
    layout.finished_before = prefill.finished.clone();
    layout.finished_year = Some(prefill.year);
    layout.office_template = true;
    layout.identity = Some(Identity {
        kind: Kind::Prefilled,
        department: Some(department.to_string()),
        year: Some(year),
        round: 0,
        sources: prefill.sources.clone(),
    });
    layout.rows_above.push(inventory_title(Some(year)));
    let label = &cfg.headers.get(Field::Department).name;
    layout.rows_above.push(format!("{label}: {department}"));
    workbook(cfg, &layout, &prefill.rows)
}

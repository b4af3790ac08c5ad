//! The one column schema and the input convention shared by every stage.
//!
//! [`COLUMNS`] is the canonical table of measures, in export order: for each column its
//! machine name (the column of `measures.csv` and Parquet, and `[headers.<key>]` in
//! `bestand.toml`), the department's input column it is read from, what kind of value it
//! holds, whether a measure needs it and whether it is personal data, and its explanation
//! and width in the departments' template; its header in `measures.xlsx` is the message
//! `measures-column-<key>` (`i18n/*/workbook.ftl`). Header matching, the CSV, Parquet and
//! xlsx columns and the template's columns are all derived from it. Adding a column: a row
//! here, a [`Field`] variant if departments fill it in, its value in
//! `transform::Measure::value`, its header and synonyms in `src/default.toml` (and the
//! English twin), and its `measures.xlsx` header in both languages' `workbook.ftl`; tests
//! fail until all of them agree.

use chrono::NaiveDate;

/// Title of the template's example row; while it stands unchanged the row is not counted.
pub const EXAMPLE_TITLE: &str =
    "Beispiel: Elterncafé im Stadtteil (bitte überschreiben oder löschen)";

/// Id of the template's example row.
pub const EXAMPLE_ID: &str = "Beispiel";

/// The most characters an Excel cell holds.
pub const EXCEL_CELL_CHARS: usize = 32_767;

/// The columns a department's workbook can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Identifier the department gives the measure.
    MeasureId,
    /// Title of the measure (required).
    Title,
    /// Department responsible (required, with fallbacks).
    Department,
    /// Field of action ("Baustein", required).
    FieldOfAction,
    /// Goals of the concept the measure serves.
    Goals,
    /// Target groups.
    TargetGroups,
    /// Implementation status (required).
    Status,
    /// Start date.
    Start,
    /// End date.
    End,
    /// Budget in euro.
    BudgetEur,
    /// Funding sources.
    Funding,
    /// Number of participants reached.
    Participants,
    /// Municipalities where the measure takes place.
    Municipalities,
    /// Cooperation partners.
    Partners,
    /// Short description.
    Description,
    /// Whether the department wants it shown in the report.
    Highlight,
    /// Reporting year, overriding the folder name.
    Year,
    /// Contact person (personal data).
    Contact,
}

/// What a column holds: how it is typed in polars and written to CSV and xlsx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    Text,
    /// Several texts (written joined with `; `, a list in Parquet).
    List,
    /// A date.
    Date,
    /// An amount in euro.
    Money,
    /// A whole number of people.
    Count,
    /// Yes or no.
    Flag,
    /// A reporting year.
    Year,
    /// A row number of the source sheet.
    Row,
}

/// One value of a measure in the canonical table, as its [`Kind`] says.
#[derive(Debug, Clone, PartialEq)]
pub enum Datum<'a> {
    /// Text, possibly empty.
    Text(Option<&'a str>),
    /// A list of texts.
    List(&'a [String]),
    /// A date.
    Date(Option<NaiveDate>),
    /// A number (amounts).
    Number(Option<f64>),
    /// A whole number (years, counts, rows).
    Integer(Option<i64>),
    /// Yes or no.
    Flag(bool),
}

/// One column of the canonical table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Machine name: the column in `measures.csv` and Parquet, `[headers.<key>]` in
    /// `bestand.toml`.
    pub key: &'static str,
    /// The department's column it is read from; `None` for where a row came from.
    pub field: Option<Field>,
    /// What it holds.
    pub kind: Kind,
    /// A measure without it cannot be counted.
    pub required: bool,
    /// Personal data: never in a message, the report or an export unless asked for.
    pub personal: bool,
    /// Widest the column gets in `measures.xlsx` (characters); long texts wrap.
    pub xlsx_width: u16,
    /// The column's width in the template.
    pub template_width: f64,
}

impl Column {
    /// Its header in `measures.xlsx`, in the run's language.
    pub fn xlsx_header(&self, lang: crate::lang::Lang) -> String {
        crate::i18n::message(
            lang,
            &format!("measures-column-{}", self.key.replace('_', "-")),
            &[],
        )
    }
}

/// A column with the common defaults, for the table below.
const fn col(key: &'static str, field: Option<Field>, kind: Kind) -> Column {
    Column {
        key,
        field,
        kind,
        required: false,
        personal: false,
        xlsx_width: 60,
        template_width: 14.0,
    }
}

/// The canonical table of measures, in export order; `contact` last (exported only when
/// asked for).
pub const COLUMNS: [Column; 22] = [
    col("year", Some(Field::Year), Kind::Year),
    col("measure_id", Some(Field::MeasureId), Kind::Text),
    Column {
        required: true,
        template_width: 42.0,
        ..col("title", Some(Field::Title), Kind::Text)
    },
    Column {
        required: true,
        template_width: 28.0,
        ..col("department", Some(Field::Department), Kind::Text)
    },
    Column {
        required: true,
        template_width: 28.0,
        ..col("field_of_action", Some(Field::FieldOfAction), Kind::Text)
    },
    col("goals", Some(Field::Goals), Kind::List),
    Column {
        template_width: 28.0,
        ..col("target_groups", Some(Field::TargetGroups), Kind::List)
    },
    Column {
        required: true,
        ..col("status", Some(Field::Status), Kind::Text)
    },
    col("start", Some(Field::Start), Kind::Date),
    col("end", Some(Field::End), Kind::Date),
    col("budget_eur", Some(Field::BudgetEur), Kind::Money),
    col("funding", Some(Field::Funding), Kind::List),
    col("participants", Some(Field::Participants), Kind::Count),
    Column {
        xlsx_width: 20,
        ..col("participants_unit", None, Kind::Text)
    },
    Column {
        template_width: 24.0,
        ..col("municipalities", Some(Field::Municipalities), Kind::List)
    },
    Column {
        template_width: 24.0,
        ..col("partners", Some(Field::Partners), Kind::List)
    },
    Column {
        // Descriptions are long: a fixed width and wrapping read better than a wide column.
        xlsx_width: 50,
        template_width: 42.0,
        ..col("description", Some(Field::Description), Kind::Text)
    },
    col("highlight", Some(Field::Highlight), Kind::Flag),
    col("source_file", None, Kind::Text),
    col("source_sheet", None, Kind::Text),
    col("source_row", None, Kind::Row),
    Column {
        personal: true,
        template_width: 24.0,
        ..col("contact", Some(Field::Contact), Kind::Text)
    },
];

/// For each [`Field`], its place in [`COLUMNS`]; computed when the program is built, so a
/// field without a column does not compile.
const FIELD_COLUMNS: [usize; Field::COUNT] = {
    let mut out = [0; Field::COUNT];
    let mut f = 0;
    while f < Field::COUNT {
        let mut c = 0;
        let mut found = false;
        while c < COLUMNS.len() {
            if let Some(field) = COLUMNS[c].field
                && field as usize == f
            {
                assert!(!found, "a field with two columns");
                out[f] = c;
                found = true;
            }
            c += 1;
        }
        assert!(found, "a field without a column");
        f += 1;
    }
    out
};

impl Field {
    /// All fields in canonical (template) order.
    pub const ALL: [Field; 18] = [
        Field::MeasureId,
        Field::Title,
        Field::Department,
        Field::FieldOfAction,
        Field::Goals,
        Field::TargetGroups,
        Field::Status,
        Field::Start,
        Field::End,
        Field::BudgetEur,
        Field::Funding,
        Field::Participants,
        Field::Municipalities,
        Field::Partners,
        Field::Description,
        Field::Highlight,
        Field::Year,
        Field::Contact,
    ];

    /// Number of fields.
    pub const COUNT: usize = 18;

    /// Position in [`Field::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The field's column in [`COLUMNS`].
    pub fn column(self) -> &'static Column {
        &COLUMNS[FIELD_COLUMNS[self as usize]]
    }

    /// Machine name used in config files and exports.
    pub fn key(self) -> &'static str {
        self.column().key
    }

    /// Whether the column holds personal data: never quoted in a message, the report or an
    /// export unless the user asks for it.
    pub fn personal(self) -> bool {
        self.column().personal
    }

    /// Whether a measure cannot be counted without this field.
    pub fn required(self) -> bool {
        self.column().required
    }

    /// The field whose machine name this is.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Whether the header of a column a department added says it holds remarks („Bemerkung“,
/// „Anmerkungen“, „Kommentar“, „Hinweise“, „Notiz“): kept as the department's remarks for
/// the office's measures.xlsx, never in the report.
pub fn is_remarks_header(header: &str) -> bool {
    const REMARK: [&str; 8] = [
        "bemerk",
        "anmerk",
        "kommentar",
        "hinweis",
        "notiz",
        "remark",
        "comment",
        "note",
    ];
    let key = crate::text::match_key(header);
    REMARK.iter().any(|r| key.contains(r))
}

/// The exported columns: all of [`COLUMNS`], personal ones only when asked for.
pub fn exported(with_personal: bool) -> impl Iterator<Item = &'static Column> {
    COLUMNS.iter().filter(move |c| with_personal || !c.personal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_a_department_fills_has_its_explanation_in_the_template() {
        for f in Field::ALL {
            let id = format!("column-hint-{}", f.column().key.replace('_', "-"));
            assert!(crate::i18n::exists(crate::lang::Lang::De, &id), "{id}");
        }
    }

    #[test]
    fn fields_and_columns_agree() {
        assert_eq!(Field::ALL.len(), Field::COUNT);
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(f.column().field, Some(*f));
            assert_eq!(Field::from_key(f.key()), Some(*f));
        }
        let mut keys: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), COLUMNS.len(), "a key twice");
        // Personal data comes last, so the export without it is a prefix.
        assert!(COLUMNS.last().is_some_and(|c| c.personal));
        assert_eq!(COLUMNS.iter().filter(|c| c.personal).count(), 1);
    }

    #[test]
    fn every_column_has_its_measures_xlsx_header_in_both_languages() {
        // The header's id is made from the key, which the test of the code's ids cannot see.
        for c in &COLUMNS {
            for lang in [crate::lang::Lang::De, crate::lang::Lang::En] {
                let label = c.xlsx_header(lang);
                assert!(!label.starts_with("measures-column-"), "{lang:?}: {label}");
            }
        }
    }
}

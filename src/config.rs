//! The resolved configuration: header synonyms, vocabularies, goal catalogue and limits.
//!
//! Everything here has a built-in default (the German vocabulary of SPEC.md); an office
//! overrides any part of it in `bestand.toml`. Unknown keys are refused so that a typo in the
//! file never silently falls back to a default.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{ConfigError, ConfigProblem, Error, ValueKind};
use crate::text::match_key;

pub use crate::lang::Lang;
pub use crate::schema::Field;

/// One column's header: the default text and the synonyms understood.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HeaderSpec {
    /// Header written into the template.
    pub name: String,
    /// Other headers that mean the same column.
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// Headers of all columns, keyed by the field's machine name (`[headers.title]` …), one per
/// [`Field`] of the schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Headers(Vec<HeaderSpec>);

impl Headers {
    /// The header spec of one field.
    pub fn get(&self, field: Field) -> &HeaderSpec {
        &self.0[field.index()]
    }

    /// The header spec of one field, to change it.
    pub fn get_mut(&mut self, field: Field) -> &mut HeaderSpec {
        &mut self.0[field.index()]
    }
}

impl Serialize for Headers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(Field::COUNT))?;
        for f in Field::ALL {
            map.serialize_entry(f.key(), self.get(f))?;
        }
        map.end()
    }
}

/// How the header tables' deserializer names an unknown `[headers.<key>]`.
const UNKNOWN_HEADER: &str = "unknown column [headers.";
/// How it names a missing one.
const MISSING_HEADER: &str = "missing [headers.";

/// The column key after a header marker in the TOML reader's message.
fn header_marker(message: &str, marker: &str) -> Option<String> {
    let rest = &message[message.find(marker)? + marker.len()..];
    rest.split(']').next().map(str::to_string)
}

impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let mut map = std::collections::BTreeMap::<String, HeaderSpec>::deserialize(d)?;
        // Markers, not sentences: `Config::from_toml` turns them into a problem in the
        // run's language.
        if let Some(unknown) = map.keys().find(|k| Field::from_key(k).is_none()) {
            return Err(D::Error::custom(format!("{UNKNOWN_HEADER}{unknown}]")));
        }
        Field::ALL
            .iter()
            .map(|f| {
                map.remove(f.key())
                    .ok_or_else(|| D::Error::custom(format!("{MISSING_HEADER}{}]", f.key())))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Headers)
    }
}

/// What a status means, whatever the office calls it: the report, the goal coverage and the
/// chart colours go by the role, never by a status's name or position in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatusRole {
    /// Decided or prepared, not started.
    Planned,
    /// Being carried out.
    Running,
    /// On hold: neither running nor ended („ruht“).
    Paused,
    /// Carried out and finished.
    Completed,
    /// Ended before it was finished.
    Stopped,
}

impl StatusRole {
    /// The roles in the order the report shows them.
    pub const ALL: [StatusRole; 5] = [
        StatusRole::Planned,
        StatusRole::Running,
        StatusRole::Paused,
        StatusRole::Completed,
        StatusRole::Stopped,
    ];

    /// Name as written in `bestand.toml`.
    pub fn key(self) -> &'static str {
        match self {
            StatusRole::Planned => "planned",
            StatusRole::Running => "running",
            StatusRole::Paused => "paused",
            StatusRole::Completed => "completed",
            StatusRole::Stopped => "stopped",
        }
    }
}

/// A controlled value with the other spellings that mean it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The canonical value written to the outputs.
    pub name: String,
    /// Spellings departments use for it; read without a word.
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Everyday wordings and abbreviations that clearly mean it; read with a warning, so
    /// that the department learns the value of the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_read: Vec<String>,
    /// For statuses: what the status means (planned, running, completed, stopped).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<StatusRole>,
}

/// The controlled vocabularies.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Vocabularies {
    /// Allowed values of `field_of_action`.
    pub field_of_action: Vec<Term>,
    /// Allowed values of `status`.
    pub status: Vec<Term>,
    /// Allowed values of `target_groups`.
    pub target_groups: Vec<Term>,
    /// Allowed values of `funding`.
    pub funding: Vec<Term>,
    /// Allowed values of `municipalities`; empty: any name is accepted.
    #[serde(default)]
    pub municipalities: Vec<Term>,
}

/// One goal of the integration concept.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Short id such as `2.1`.
    pub id: String,
    /// Field of action the goal belongs to.
    pub field_of_action: String,
    /// Title of the goal.
    pub title: String,
    /// Where the goal should take an indicator of the indicator workbook (`target = {
    /// indicator = "A1", baseline_year = 2019, value = 10, year = 2027, direction = "sinken"
    /// }`); none for a goal without a target value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
}

/// A goal's target: an indicator (and group) of the indicator workbook, from a baseline
/// year to a value in a target year, rising or falling.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The indicator's id (`Indikator-ID`).
    pub indicator: String,
    /// The group; none: „Gesamt“.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The year the way starts from.
    pub baseline_year: i32,
    /// The value to reach.
    pub value: f64,
    /// The year it should be reached in.
    pub year: i32,
    /// Whether the value should rise or fall.
    pub direction: Direction,
}

/// Which way an indicator should move.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Direction {
    /// The value should rise (`steigen`).
    #[serde(rename = "steigen", alias = "rise")]
    Rise,
    /// The value should fall (`sinken`).
    #[serde(rename = "sinken", alias = "fall")]
    Fall,
}

/// Limits that protect the machine from oversized or malicious files.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// Largest file read at all, in megabytes.
    pub max_file_mb: u64,
    /// Largest unpacked size of a zipped workbook (xlsx, xlsm, xlsb, ods), in megabytes.
    pub max_unpacked_mb: u64,
    /// Most cells read from one sheet.
    pub max_cells_per_sheet: u64,
    /// Rows searched from the top of a sheet for the header row.
    pub header_search_rows: u32,
    /// Measures listed one by one in the report's appendix.
    pub appendix_rows: u64,
    /// Indicators shown in the report (charts and tables); the rest stay in the exports.
    #[serde(default = "default_report_indicators")]
    pub report_indicators: u64,
}

/// The indicators a report shows at most: an integration monitoring has dozens; thousands
/// are a workbook of another kind, which would make a report of thousands of pages.
fn default_report_indicators() -> u64 {
    200
}

/// Bounds above which a measure's figure is published only with a warning: a typo of a
/// few zeros must not become the region's budget.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Plausible {
    /// Largest plausible budget of one measure in one year, in euro.
    pub max_budget_eur: f64,
    /// Largest plausible number of people one measure reaches in one year.
    pub max_participants: i64,
}

impl Default for Plausible {
    fn default() -> Self {
        Plausible {
            max_budget_eur: 50_000_000.0,
            max_participants: 1_000_000,
        }
    }
}

/// How measures are matched across years.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CompareConfig {
    /// Title similarity (0 to 1) from which two measures count as the same.
    pub threshold: f64,
}

impl Default for CompareConfig {
    fn default() -> Self {
        CompareConfig { threshold: 0.7 }
    }
}

/// The complete configuration.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Title of the report.
    pub title: String,
    /// Organisation publishing it; empty: the report names none.
    #[serde(default)]
    pub organisation: String,
    /// The cover's subtitle; none: „Stand der Integrationsmaßnahmen <year>“. Live figures
    /// (`{{jahr}}`) are filled in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The cover's date line; none: „Bestandsaufnahmen <years> · erstellt am <date>“.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_line: Option<String>,
    /// The organisation's colour for headings, rules and table heads (`#0b5a8c`); none: the
    /// built-in blue. A colour with too little contrast on white is a warning, and the
    /// built-in one is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    /// Language of messages and report.
    pub lang: Lang,
    /// Whether `contact` (personal data) goes into the exports.
    pub export_contact: bool,
    /// Limits against oversized files.
    pub limits: Limits,
    /// Matching across years.
    #[serde(default)]
    pub compare: CompareConfig,
    /// Bounds of plausible figures per measure.
    #[serde(default)]
    pub plausible: Plausible,
    /// Column headers and their synonyms.
    pub headers: Headers,
    /// Controlled vocabularies.
    pub vocabularies: Vocabularies,
    /// The goal catalogue of the concept; empty: no goal coverage.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The office's own introduction per field of action, shown at the start of its section.
    #[serde(default)]
    pub intros: std::collections::BTreeMap<String, String>,
    /// The departments asked for a return: each gets a template of its own from `bestand
    /// template`, and the return list names those that did not answer.
    #[serde(default)]
    pub departments: Vec<Department>,
    /// The imprint on the report's last page.
    #[serde(default, skip_serializing_if = "Imprint::is_empty")]
    pub imprint: Imprint,
    /// How the indicator workbook (`indikatoren.xlsx`) is read: further headers per column.
    #[serde(default, skip_serializing_if = "IndicatorSettings::is_empty")]
    pub indicators: IndicatorSettings,
}

/// Settings of the indicator workbook.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSettings {
    /// Further headers understood per column, beside the built-in German and English ones.
    #[serde(default)]
    pub synonyms: IndicatorHeaders,
}

impl IndicatorSettings {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        *self == IndicatorSettings::default()
    }
}

/// Further headers of the indicator workbook's columns (`[indicators.synonyms]`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct IndicatorHeaders {
    /// Indikator-ID.
    #[serde(default)]
    pub id: Vec<String>,
    /// Indikator (its name).
    #[serde(default)]
    pub name: Vec<String>,
    /// Handlungsfeld.
    #[serde(default)]
    pub field: Vec<String>,
    /// Jahr.
    #[serde(default)]
    pub year: Vec<String>,
    /// Gruppe.
    #[serde(default)]
    pub group: Vec<String>,
    /// Wert.
    #[serde(default)]
    pub value: Vec<String>,
    /// Zähler.
    #[serde(default)]
    pub numerator: Vec<String>,
    /// Nenner.
    #[serde(default)]
    pub denominator: Vec<String>,
    /// Einheit.
    #[serde(default)]
    pub unit: Vec<String>,
    /// Quelle.
    #[serde(default)]
    pub source: Vec<String>,
    /// Stand.
    #[serde(default)]
    pub as_of: Vec<String>,
    /// Zeitreihenbruch.
    #[serde(default)]
    pub series_break: Vec<String>,
    /// Anmerkung.
    #[serde(default)]
    pub note: Vec<String>,
}

/// The report's imprint (Impressum): who publishes it and under which terms. Every entry is
/// optional; the page shows those given, with the organisation and the date.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Imprint {
    /// Publisher (Herausgeber), e.g. the administration and its head.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// Who is responsible for the content (Verantwortlich / V.i.S.d.P.).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// Postal address; line breaks are kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// The office's functional contact (a team mailbox, not a person's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// Licence of the texts (e.g. „CC BY 4.0“).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
    /// Image credits.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_credits: String,
}

impl Imprint {
    /// Whether nothing is given.
    pub fn is_empty(&self) -> bool {
        *self == Imprint::default()
    }

    /// Its entries with their keys, in the page's order.
    pub fn entries(&self) -> [(&'static str, &str); 6] {
        [
            ("publisher", self.publisher.as_str()),
            ("responsible", self.responsible.as_str()),
            ("address", self.address.as_str()),
            ("contact", self.contact.as_str()),
            ("licence", self.licence.as_str()),
            ("image_credits", self.image_credits.as_str()),
        ]
    }
}

/// A department of the configured list: its name, and the other names it answers to.
/// Written as a plain name (`"FD 32 Ordnung"`) or a table (`{ name = "FD 32 Ordnung",
/// synonyms = ["Ordnungsamt"] }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Department {
    /// Just its name.
    Name(String),
    /// Its name and other names it answers to.
    Entry(DepartmentEntry),
}

/// A department of the list written as a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentEntry {
    /// The name the outputs use.
    pub name: String,
    /// Other names read as this department without a word (an old name, the office's
    /// short form).
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// The departments it took over in a reorganisation (renamed, merged into it, split
    /// off from): their measures of earlier years count as its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub predecessors: Vec<String>,
    /// The first reporting year under the new organisation (without it: whenever the
    /// predecessors stop and this department starts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i32>,
}

impl Department {
    /// The name the outputs use.
    pub fn name(&self) -> &str {
        match self {
            Department::Name(n) | Department::Entry(DepartmentEntry { name: n, .. }) => n,
        }
    }

    /// The other names it answers to.
    pub fn synonyms(&self) -> &[String] {
        match self {
            Department::Name(_) => &[],
            Department::Entry(e) => &e.synonyms,
        }
    }

    /// The departments it took over in a reorganisation.
    pub fn predecessors(&self) -> &[String] {
        match self {
            Department::Name(_) => &[],
            Department::Entry(e) => &e.predecessors,
        }
    }

    /// The first reporting year under the new organisation, if given.
    pub fn since(&self) -> Option<i32> {
        match self {
            Department::Name(_) => None,
            Department::Entry(e) => e.since,
        }
    }
}

impl From<&str> for Department {
    fn from(name: &str) -> Self {
        Department::Name(name.to_string())
    }
}

impl PartialEq<&str> for Department {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

impl Config {
    /// The names of the configured departments, in the list's order.
    pub fn department_names(&self) -> Vec<String> {
        self.departments
            .iter()
            .map(|d| d.name().to_string())
            .collect()
    }

    /// The names a return may carry: the list's and its departments' predecessors (the
    /// returns of years before a reorganisation), in the list's order.
    pub fn known_department_names(&self) -> Vec<String> {
        let mut names = self.department_names();
        for p in self.departments.iter().flat_map(|d| d.predecessors()) {
            if !names.contains(p) {
                names.push(p.clone());
            }
        }
        names
    }

    /// The configured reorganisations that lie between two reporting years: (predecessor,
    /// successor) for each successor whose `since` is after `from` and at most `to` (or
    /// not given).
    pub fn successions(&self, from: i32, to: i32) -> Vec<(String, String)> {
        self.departments
            .iter()
            .filter(|d| d.since().is_none_or(|s| from < s && s <= to))
            .flat_map(|d| {
                d.predecessors()
                    .iter()
                    .map(move |p| (p.clone(), d.name().to_string()))
            })
            .collect()
    }
}

/// The largest configuration file read.
const MAX_CONFIG_BYTES: u64 = 1 << 20;
/// The most goals a catalogue holds.
const MAX_GOALS: usize = 10_000;
/// The longest text setting, in characters.
const MAX_TEXT: usize = 1_000;

/// The built-in configuration with German comments: what `bestand init` writes.
const DEFAULT_DE: &str = include_str!("default.toml");

/// The same configuration with English comments (`bestand init --lang en`).
const DEFAULT_EN: &str = include_str!("default.en.toml");

/// The TOML reader's „invalid type: string "x", expected a sequence“ in plain German.
fn wrong_kind(message: &str) -> Option<ConfigProblem> {
    let rest = message.trim().strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let kind = |text: &str| -> Option<ValueKind> {
        let word = text
            .trim()
            .split([' ', '`'])
            .find(|w| !w.is_empty() && *w != "a" && *w != "an")?;
        Some(match word {
            "string" => ValueKind::Text,
            "integer" | "u64" | "u32" | "u16" | "usize" | "i64" | "i32" => ValueKind::Integer,
            "float" | "f64" | "f32" => ValueKind::Number,
            "boolean" => ValueKind::Boolean,
            "sequence" => ValueKind::List,
            "map" | "table" => ValueKind::Table,
            _ => return None,
        })
    };
    Some(ConfigProblem::WrongKind {
        found: kind(found)?,
        expected: kind(expected)?,
    })
}

/// A file that sets only some settings („departments = [...]“ and nothing else), with the
/// rest from the built-in defaults. Tables merge key by key, lists and values replace the
/// default's. `None` when the text is no TOML or is wrong in itself; then the reader's own
/// message, with its line, says why.
fn completed(text: &str) -> Option<Config> {
    fn merge(base: &mut toml::Table, over: toml::Table) {
        for (key, value) in over {
            match (base.get_mut(&key), value) {
                (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
                (_, value) => {
                    base.insert(key, value);
                }
            }
        }
    }
    let over: toml::Table = toml::from_str(text).ok()?;
    let mut base: toml::Table = toml::from_str(DEFAULT_DE).ok()?;
    merge(&mut base, over);
    toml::Value::Table(base).try_into().ok()
}

impl Default for Config {
    /// The built-in defaults, read from the commented `default.toml` (a test keeps it valid).
    fn default() -> Self {
        match Config::from_toml(DEFAULT_DE) {
            Ok(cfg) => cfg,
            // The file is part of the program and parsed by a test; this cannot happen in a
            // released build.
            Err(e) => panic!("src/default.toml is not a valid configuration: {e}"),
        }
    }
}

/// The eight fields of action of the default vocabulary.
pub const FIELDS_OF_ACTION: [&str; 8] = [
    "Partizipation und Teilhabe",
    "Willkommenskultur",
    "Geflüchtete",
    "Bildung und Sprache",
    "Wirtschaft und Arbeit",
    "Gesundheit und Pflege",
    "Vernetzung",
    "Interkulturelle Öffnung",
];

impl Config {
    /// Whether a status, as named or written in any spelling of the vocabulary, says the
    /// measure ended: completed or stopped.
    pub fn means_ended(&self, status: &str) -> bool {
        let key = match_key(status);
        self.vocabularies.status.iter().any(|t| {
            matches!(t.role, Some(StatusRole::Completed | StatusRole::Stopped))
                && std::iter::once(&t.name)
                    .chain(&t.synonyms)
                    .chain(&t.also_read)
                    .any(|s| match_key(s) == key)
        })
    }

    /// What a status means; statuses are validated to have a role, so `None` only for a
    /// name outside the vocabulary.
    pub fn status_role(&self, name: &str) -> Option<StatusRole> {
        self.vocabularies
            .status
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.role)
    }

    /// The status names with one role, in configured order.
    pub fn statuses_with(&self, role: StatusRole) -> Vec<String> {
        self.vocabularies
            .status
            .iter()
            .filter(|t| t.role == Some(role))
            .map(|t| t.name.clone())
            .collect()
    }
}

impl Config {
    /// Loads the configuration: the given file, else `bestand.toml` in the current folder,
    /// else `bestand.toml` in the input folder (the samples ship theirs there), else the
    /// built-in defaults. Returns the file used, `None` for the defaults.
    pub fn load(explicit: Option<&Path>, input: &Path) -> Result<(Config, Option<PathBuf>), Error> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let here = PathBuf::from("bestand.toml");
                let beside = input.join("bestand.toml");
                if here.is_file() {
                    here
                } else if beside.is_file() {
                    beside
                } else {
                    return Ok((Config::default(), None));
                }
            }
        };
        // A configuration is a few kilobytes; a huge file is no configuration (and would
        // cost the memory of its goals and titles).
        if let Ok(meta) = std::fs::metadata(&path)
            && meta.len() > MAX_CONFIG_BYTES
        {
            return Err(Error::Config {
                path: path.clone(),
                problem: Box::new(ConfigError {
                    line: None,
                    problem: ConfigProblem::FileTooBig {
                        kb: meta.len() / 1024,
                    },
                }),
            });
        }
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Config {
            path: path.clone(),
            problem: Box::new(ConfigError {
                line: None,
                problem: ConfigProblem::Unreadable(source.to_string()),
            }),
        })?;
        let cfg = Config::from_toml(&text).map_err(|problem| Error::Config {
            path: path.clone(),
            problem: Box::new(problem),
        })?;
        Ok((cfg, Some(path)))
    }

    /// Parses a configuration file's text and checks it for consistency.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let cfg: Config = toml::from_str(text)
            .or_else(|e| completed(text).ok_or(e))
            .map_err(|e| {
                // A header table the schema does not know is named in the message; its own line
                // is more use than the start of [headers].
                let named = e
                    .message()
                    .split("[headers.")
                    .nth(1)
                    .and_then(|rest| rest.split(']').next())
                    .map(|key| format!("[headers.{key}]"))
                    .and_then(|table| text.lines().position(|l| l.trim() == table))
                    .map(|i| i + 1);
                let line = named.or_else(|| {
                    e.span()
                        .map(|r| text[..r.start.min(text.len())].matches('\n').count() + 1)
                });
                let problem = if e.message().contains("untagged enum Department") {
                    ConfigProblem::DepartmentEntry
                } else if let Some(column) = header_marker(e.message(), UNKNOWN_HEADER) {
                    ConfigProblem::UnknownHeader { column }
                } else if let Some(column) = header_marker(e.message(), MISSING_HEADER) {
                    ConfigProblem::MissingHeader { column }
                } else {
                    wrong_kind(e.message())
                        .unwrap_or_else(|| ConfigProblem::Toml(e.message().trim().to_string()))
                };
                ConfigError { line, problem }
            })?;
        cfg.validate().map_err(|problem| {
            // serde knows no lines after parsing; point at the line that names the culprit.
            let needle = problem.needle();
            let key = match &problem {
                ConfigProblem::Limit { name, .. } => Some(format!("{name} ")),
                _ => None,
            };
            let line = text
                .lines()
                .position(|l| {
                    needle.as_ref().is_some_and(|n| l.contains(n.as_str()))
                        || key
                            .as_ref()
                            .is_some_and(|k| l.trim_start().starts_with(k.as_str()))
                })
                .map(|i| i + 1);
            ConfigError { line, problem }
        })?;
        Ok(cfg)
    }

    /// Checks what serde cannot: goals refer to known fields of action, no empty names.
    pub fn validate(&self) -> Result<(), ConfigProblem> {
        let known: Vec<String> = self
            .vocabularies
            .field_of_action
            .iter()
            .map(|t| match_key(&t.name))
            .collect();
        for goal in &self.goals {
            if !known.contains(&match_key(&goal.field_of_action)) {
                return Err(ConfigProblem::GoalField {
                    goal: goal.id.clone(),
                    field: goal.field_of_action.clone(),
                });
            }
        }
        for field in self.intros.keys() {
            if !known.contains(&match_key(field)) {
                return Err(ConfigProblem::IntroField {
                    field: field.clone(),
                });
            }
        }
        // One header text meaning two columns would move a column's values into another
        // without a word (the contact column into the titles, say).
        let mut seen: std::collections::HashMap<String, Field> = Default::default();
        for f in Field::ALL {
            let spec = self.headers.get(f);
            if match_key(&spec.name).is_empty() {
                return Err(ConfigProblem::EmptyHeader {
                    column: f.key().to_string(),
                });
            }
            for h in std::iter::once(&spec.name).chain(spec.synonyms.iter()) {
                let key = match_key(h);
                if key.is_empty() {
                    continue;
                }
                if let Some(other) = seen.get(&key)
                    && *other != f
                {
                    return Err(ConfigProblem::HeaderTwice {
                        header: h.clone(),
                        first: other.key().to_string(),
                        second: f.key().to_string(),
                    });
                }
                seen.insert(key, f);
            }
        }
        // The list is who was asked: an empty name or one department twice would be chased
        // as missing under a name nobody answers to.
        let mut listed: std::collections::HashMap<String, &str> = Default::default();
        for d in self
            .departments
            .iter()
            .flat_map(|d| std::iter::once(d.name()).chain(d.synonyms().iter().map(String::as_str)))
        {
            let key = match_key(d);
            if key.is_empty() {
                return Err(ConfigProblem::EmptyDepartment);
            }
            if let Some(first) = listed.insert(key, d) {
                return Err(ConfigProblem::DepartmentTwice {
                    first: first.to_string(),
                    second: d.to_string(),
                });
            }
        }
        if !(0.0..=1.0).contains(&self.compare.threshold) {
            return Err(ConfigProblem::Threshold);
        }
        if self.vocabularies.status.is_empty() || self.vocabularies.field_of_action.is_empty() {
            return Err(ConfigProblem::EmptyVocabularies);
        }
        for t in &self.vocabularies.status {
            if t.role.is_none() {
                return Err(ConfigProblem::StatusRole {
                    status: t.name.clone(),
                });
            }
        }
        let v = &self.vocabularies;
        for (name, list) in [
            ("field_of_action", &v.field_of_action),
            ("status", &v.status),
            ("target_groups", &v.target_groups),
            ("funding", &v.funding),
            ("municipalities", &v.municipalities),
        ] {
            // One spelling under two values would move measures without a word.
            let mut seen: std::collections::HashMap<String, &str> = Default::default();
            for t in list {
                for s in std::iter::once(&t.name)
                    .chain(t.synonyms.iter())
                    .chain(t.also_read.iter())
                {
                    let key = match_key(s);
                    if key.is_empty() {
                        continue;
                    }
                    if let Some(other) = seen.get(&key)
                        && *other != t.name.as_str()
                    {
                        return Err(ConfigProblem::SpellingTwice {
                            spelling: s.clone(),
                            list: name.to_string(),
                            first: other.to_string(),
                            second: t.name.clone(),
                        });
                    }
                    seen.insert(key, &t.name);
                }
            }
        }
        self.validate_sizes()?;
        let l = &self.limits;
        for (name, value, max) in [
            ("max_file_mb", l.max_file_mb, 1_000_000),
            ("max_unpacked_mb", l.max_unpacked_mb, 1_000_000),
            ("max_cells_per_sheet", l.max_cells_per_sheet, 1_000_000_000),
            (
                "header_search_rows",
                u64::from(l.header_search_rows),
                100_000,
            ),
            ("appendix_rows", l.appendix_rows, 10_000_000),
            ("report_indicators", l.report_indicators, 100_000),
        ] {
            if value == 0 || value > max {
                return Err(ConfigProblem::Limit {
                    name: name.to_string(),
                    value,
                    max,
                });
            }
        }
        Ok(())
    }

    /// Sizes a configuration never needs: at most 10,000 goals, texts of at most 1,000
    /// characters (an introduction of a field of action at most 10,000).
    fn validate_sizes(&self) -> Result<(), ConfigProblem> {
        if self.goals.len() > MAX_GOALS {
            return Err(ConfigProblem::TooManyGoals {
                count: self.goals.len(),
            });
        }
        let long = |key: String, text: &str, max: usize| {
            let chars = text.chars().count();
            (chars > max).then_some(ConfigProblem::LongText { key, chars, max })
        };
        let mut texts: Vec<(String, &str, usize)> = vec![
            ("title".into(), self.title.as_str(), MAX_TEXT),
            ("organisation".into(), self.organisation.as_str(), MAX_TEXT),
            (
                "colour".into(),
                self.colour.as_deref().unwrap_or(""),
                MAX_TEXT,
            ),
        ];
        for (key, text) in self.imprint.entries() {
            texts.push((format!("imprint.{key}"), text, MAX_TEXT));
        }
        for g in &self.goals {
            texts.push((format!("goals ({})", g.id), g.title.as_str(), MAX_TEXT));
            texts.push(("goals".into(), g.id.as_str(), MAX_TEXT));
        }
        for d in &self.departments {
            texts.push(("departments".into(), d.name(), MAX_TEXT));
            for other in d.synonyms().iter().chain(d.predecessors()) {
                texts.push(("departments".into(), other.as_str(), MAX_TEXT));
            }
        }
        for (field, intro) in &self.intros {
            texts.push((format!("intros ({field})"), intro.as_str(), 10 * MAX_TEXT));
        }
        match texts
            .into_iter()
            .find_map(|(key, text, max)| long(key, text, max))
        {
            Some(problem) => Err(problem),
            None => Ok(()),
        }
    }

    /// The default configuration as commented TOML, for `bestand init`: every built-in
    /// default, and the samples' example organisation, municipalities, goal catalogue and
    /// introductions commented out; comments in the run's language.
    pub fn default_toml(lang: Lang) -> &'static str {
        crate::i18n::either(lang, DEFAULT_DE, DEFAULT_EN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a commented configuration that are TOML, commented or not: everything but
    /// the prose comments.
    fn settings(text: &str) -> Vec<&str> {
        let lines: Vec<&str> = text.lines().collect();
        let marker = lines
            .iter()
            .position(|l| l.starts_with("# ----"))
            .expect("example marker");
        let example = marker
            + lines[marker..]
                .iter()
                .position(|l| *l == "#")
                .expect("end of the example's prose");
        lines
            .iter()
            .enumerate()
            .filter(|(i, l)| {
                *i > example || !l.starts_with('#') || l.starts_with("# organisation = ")
            })
            .map(|(_, l)| *l)
            .collect()
    }

    #[test]
    fn an_unknown_header_table_is_named_in_the_runs_language() {
        let Err(e) = Config::from_toml("[headers.titel]\nname = \"Titel\"\n") else {
            panic!("an unknown column was accepted")
        };
        assert_eq!(e.line, Some(1));
        assert!(
            e.problem
                .message(Lang::De)
                .starts_with("unbekannte Spalte [headers.titel]; bekannt sind: measure_id, title"),
            "{}",
            e.problem.message(Lang::De)
        );
        assert!(
            e.problem
                .message(Lang::En)
                .starts_with("unknown column [headers.titel]; known are: measure_id"),
            "{}",
            e.problem.message(Lang::En)
        );
    }

    #[test]
    fn a_file_with_some_settings_takes_the_rest_from_the_defaults() {
        let cfg = Config::from_toml(
            "departments = [\"FB 3 Soziales\", \"FB 10 Soziales\"]\n[headers.title]\nname = \"Maßnahme\"\n",
        )
        .expect("a partial file is read");
        let default = Config::default();
        assert_eq!(cfg.departments, ["FB 3 Soziales", "FB 10 Soziales"]);
        assert_eq!(
            cfg.headers.get(crate::schema::Field::Title).name,
            "Maßnahme"
        );
        // The rest of [headers.title] and everything else come from the defaults.
        assert_eq!(
            cfg.headers.get(crate::schema::Field::Title).synonyms,
            default.headers.get(crate::schema::Field::Title).synonyms
        );
        assert_eq!(cfg.vocabularies, default.vocabularies);
        assert_eq!(cfg.title, default.title);
        // A value of the wrong kind is said so in plain words.
        let wrong = Config::from_toml("departments = \"x\"\n").unwrap_err();
        assert_eq!(
            wrong.message(Lang::De),
            "Zeile 1: Hier steht ein Text in Anführungszeichen, erwartet wird eine Liste in eckigen Klammern [ … ]."
        );
        // … in the run's language.
        assert_eq!(
            wrong.message(Lang::En),
            "line 1: This is a text in quotes; expected is a list in square brackets [ … ]."
        );
        // A misspelt key is still named with its line.
        let err = Config::from_toml("departments = []\ntitel = \"Bericht\"\n")
            .unwrap_err()
            .message(Lang::De);
        assert!(err.starts_with("Zeile 2:"), "{err}");
        assert!(err.contains("titel"), "{err}");
        // A department entry with a misspelt key is named in plain words, with its line.
        let err = Config::from_toml(
            "departments = [\n  \"FD 51 Jugend\",\n  { name = \"FD 32 Ordnung\", synonym = [\"Ordnungsamt\"] },\n]\n",
        )
        .unwrap_err()
        .message(Lang::De);
        assert!(
            err.contains("Ein Eintrag in departments ist weder ein Name in Anführungszeichen noch eine Tabelle { name = \"…\", synonyms = [\"…\"] }"),
            "{err}"
        );
    }

    #[test]
    fn english_twin_is_in_step_with_the_german_file() {
        // The same settings line for line, except the language: who asks for English
        // comments gets English messages and an English report too.
        let english_lang = |text: &'static str| -> Vec<&'static str> {
            settings(text)
                .into_iter()
                .map(|l| {
                    if l == "lang = \"en\"" {
                        "lang = \"de\""
                    } else {
                        l
                    }
                })
                .collect()
        };
        assert_eq!(settings(DEFAULT_DE), english_lang(DEFAULT_EN));
        assert!(settings(DEFAULT_EN).contains(&"lang = \"en\""));
        assert_eq!(
            Config::from_toml(DEFAULT_EN),
            Ok(Config {
                lang: Lang::En,
                ..Config::default()
            })
        );
        assert!(DEFAULT_EN.starts_with("# bestand.toml: settings of bestand."));
        // Every prose line is translated: no German comment is left in the English file.
        let prose = |text: &'static str| -> Vec<&'static str> {
            let keep = settings(text);
            text.lines().filter(|l| !keep.contains(l)).collect()
        };
        for line in prose(DEFAULT_EN) {
            for german in [" die ", " der ", " und ", " oder ", " wird "] {
                assert!(!line.contains(german), "{line}");
            }
        }
        assert!(prose(DEFAULT_DE).len().abs_diff(prose(DEFAULT_EN).len()) < 4);
    }
}

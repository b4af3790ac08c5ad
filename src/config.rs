//! The resolved configuration: header synonyms, vocabularies, goal catalogue and limits.
//!
//! Everything here has a built-in default (the German vocabulary of SPEC.md); an office
//! overrides any part of it in `bestand.toml`. Unknown keys are refused so that a typo in the
//! file never silently falls back to a default.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::text::match_key;

/// Output language of messages and the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German (default).
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Picks the German or the English text.
    pub fn t<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// The canonical columns a department's workbook can carry.
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

impl Field {
    /// All fields in canonical order.
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

    /// Machine name used in config files and exports.
    pub fn key(self) -> &'static str {
        match self {
            Field::MeasureId => "measure_id",
            Field::Title => "title",
            Field::Department => "department",
            Field::FieldOfAction => "field_of_action",
            Field::Goals => "goals",
            Field::TargetGroups => "target_groups",
            Field::Status => "status",
            Field::Start => "start",
            Field::End => "end",
            Field::BudgetEur => "budget_eur",
            Field::Funding => "funding",
            Field::Participants => "participants",
            Field::Municipalities => "municipalities",
            Field::Partners => "partners",
            Field::Description => "description",
            Field::Highlight => "highlight",
            Field::Year => "year",
            Field::Contact => "contact",
        }
    }

    /// Whether a measure cannot be counted without this field.
    pub fn required(self) -> bool {
        matches!(
            self,
            Field::Title | Field::Department | Field::FieldOfAction | Field::Status
        )
    }
}

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

/// Headers of all columns, keyed by the field's machine name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Headers {
    /// Header of the `measure_id` column.
    pub measure_id: HeaderSpec,
    /// Header of the `title` column.
    pub title: HeaderSpec,
    /// Header of the `department` column.
    pub department: HeaderSpec,
    /// Header of the `field_of_action` column.
    pub field_of_action: HeaderSpec,
    /// Header of the `goals` column.
    pub goals: HeaderSpec,
    /// Header of the `target_groups` column.
    pub target_groups: HeaderSpec,
    /// Header of the `status` column.
    pub status: HeaderSpec,
    /// Header of the `start` column.
    pub start: HeaderSpec,
    /// Header of the `end` column.
    pub end: HeaderSpec,
    /// Header of the `budget_eur` column.
    pub budget_eur: HeaderSpec,
    /// Header of the `funding` column.
    pub funding: HeaderSpec,
    /// Header of the `participants` column.
    pub participants: HeaderSpec,
    /// Header of the `municipalities` column.
    pub municipalities: HeaderSpec,
    /// Header of the `partners` column.
    pub partners: HeaderSpec,
    /// Header of the `description` column.
    pub description: HeaderSpec,
    /// Header of the `highlight` column.
    pub highlight: HeaderSpec,
    /// Header of the `year` column.
    pub year: HeaderSpec,
    /// Header of the `contact` column.
    pub contact: HeaderSpec,
}

impl Headers {
    /// The header spec of one field.
    pub fn get(&self, field: Field) -> &HeaderSpec {
        match field {
            Field::MeasureId => &self.measure_id,
            Field::Title => &self.title,
            Field::Department => &self.department,
            Field::FieldOfAction => &self.field_of_action,
            Field::Goals => &self.goals,
            Field::TargetGroups => &self.target_groups,
            Field::Status => &self.status,
            Field::Start => &self.start,
            Field::End => &self.end,
            Field::BudgetEur => &self.budget_eur,
            Field::Funding => &self.funding,
            Field::Participants => &self.participants,
            Field::Municipalities => &self.municipalities,
            Field::Partners => &self.partners,
            Field::Description => &self.description,
            Field::Highlight => &self.highlight,
            Field::Year => &self.year,
            Field::Contact => &self.contact,
        }
    }
}

/// A controlled value with the other spellings that mean it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The canonical value written to the outputs.
    pub name: String,
    /// Spellings departments use for it.
    #[serde(default)]
    pub synonyms: Vec<String>,
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
    /// Allowed values of `municipalities`.
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
    /// Organisation publishing it.
    pub organisation: String,
    /// Language of messages and report.
    pub lang: Lang,
    /// Whether `contact` (personal data) goes into the exports.
    pub export_contact: bool,
    /// Limits against oversized files.
    pub limits: Limits,
    /// Matching across years.
    #[serde(default)]
    pub compare: CompareConfig,
    /// Column headers and their synonyms.
    pub headers: Headers,
    /// Controlled vocabularies.
    pub vocabularies: Vocabularies,
    /// The goal catalogue of the concept.
    pub goals: Vec<Goal>,
    /// The office's own introduction per field of action, shown at the start of its section.
    #[serde(default)]
    pub intros: std::collections::BTreeMap<String, String>,
    /// Departments that get a template of their own from `bestand template`.
    #[serde(default)]
    pub departments: Vec<String>,
}

fn h(name: &str, synonyms: &[&str]) -> HeaderSpec {
    HeaderSpec {
        name: name.to_string(),
        synonyms: synonyms.iter().map(|s| s.to_string()).collect(),
    }
}

fn terms(list: &[(&str, &[&str])]) -> Vec<Term> {
    list.iter()
        .map(|(name, syn)| Term {
            name: name.to_string(),
            synonyms: syn.iter().map(|s| s.to_string()).collect(),
        })
        .collect()
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

impl Default for Config {
    fn default() -> Self {
        let headers = Headers {
            measure_id: h(
                "Maßnahmen-ID",
                &["ID", "Nr.", "Nummer", "Kennung", "Maßnahmen-Nr."],
            ),
            title: h(
                "Maßnahme",
                &[
                    "Maßnahme/Projekt",
                    "Projekt",
                    "Titel",
                    "Bezeichnung",
                    "Projektname",
                    "Maßnahmentitel",
                ],
            ),
            department: h(
                "Fachbereich",
                &[
                    "Bereich",
                    "Fach-/Servicebereich",
                    "Organisationseinheit",
                    "Dezernat",
                    "Team",
                    "Zuständigkeit",
                ],
            ),
            field_of_action: h(
                "Handlungsfeld",
                &["Baustein", "Themenfeld", "Handlungsfeld (Baustein)"],
            ),
            goals: h(
                "Ziele",
                &["Ziel", "Zielbezug", "Bezug zum Konzept", "Ziel-Nr."],
            ),
            target_groups: h("Zielgruppen", &["Zielgruppe", "Zielgruppe(n)"]),
            status: h(
                "Status",
                &["Stand", "Umsetzungsstand", "Status der Umsetzung"],
            ),
            start: h("Beginn", &["Start", "Laufzeit von", "seit", "Startdatum"]),
            end: h("Ende", &["Laufzeit bis", "bis", "Enddatum"]),
            budget_eur: h(
                "Budget (EUR)",
                &[
                    "Budget",
                    "Budget (€)",
                    "Kosten",
                    "Kosten in EUR",
                    "Mittel",
                    "Finanzvolumen",
                    "Haushaltsmittel",
                ],
            ),
            funding: h(
                "Finanzierung",
                &[
                    "Förderung",
                    "Mittelherkunft",
                    "Fördermittelgeber",
                    "Finanzierungsquelle",
                ],
            ),
            participants: h(
                "Teilnehmende",
                &[
                    "Anzahl Teilnehmende",
                    "Teilnehmer",
                    "Reichweite",
                    "erreichte Personen",
                ],
            ),
            municipalities: h(
                "Kommunen",
                &[
                    "Kommune",
                    "Kommune(n)",
                    "Ort",
                    "Standort",
                    "Städte und Gemeinden",
                ],
            ),
            partners: h("Kooperationspartner", &["Partner", "Kooperationen"]),
            description: h(
                "Beschreibung",
                &["Kurzbeschreibung", "Inhalt", "Ziele und Inhalte"],
            ),
            highlight: h(
                "Im Bericht hervorheben",
                &["Schwerpunkt", "Hervorheben", "Beispielmaßnahme"],
            ),
            year: h("Berichtsjahr", &["Jahr"]),
            contact: h(
                "Ansprechperson",
                &["Kontakt", "Ansprechpartner*in", "E-Mail"],
            ),
        };
        let vocabularies = Vocabularies {
            field_of_action: terms(&[
                ("Partizipation und Teilhabe", &["Partizipation", "Teilhabe"]),
                ("Willkommenskultur", &["Willkommen"]),
                ("Geflüchtete", &["Flüchtlinge", "Flucht"]),
                (
                    "Bildung und Sprache",
                    &["Bildung", "Sprache", "Sprache und Bildung"],
                ),
                (
                    "Wirtschaft und Arbeit",
                    &[
                        "Arbeit",
                        "Wirtschaft",
                        "Arbeit und Wirtschaft",
                        "Arbeitsmarkt",
                    ],
                ),
                (
                    "Gesundheit und Pflege",
                    &["Gesundheit", "Pflege", "Gesundheit, Pflege"],
                ),
                ("Vernetzung", &["Netzwerk", "Netzwerkarbeit", "Kooperation"]),
                (
                    "Interkulturelle Öffnung",
                    &["Interkulturelle Öffnung der Verwaltung", "IKÖ"],
                ),
            ]),
            status: terms(&[
                ("geplant", &["in Planung", "Planung", "geplant ab"]),
                (
                    "laufend",
                    &[
                        "in Umsetzung",
                        "läuft",
                        "aktiv",
                        "fortlaufend",
                        "Umsetzung",
                        "dauerhaft",
                    ],
                ),
                (
                    "abgeschlossen",
                    &["beendet", "abgeschl.", "erledigt", "fertig", "umgesetzt"],
                ),
                ("eingestellt", &["abgebrochen", "gestoppt"]),
            ]),
            target_groups: terms(&[
                ("Geflüchtete", &["Flüchtlinge", "Asylsuchende"]),
                ("Neuzugewanderte", &["Neuzuwanderer", "Zugewanderte"]),
                (
                    "Kinder und Jugendliche",
                    &["Kinder", "Jugendliche", "junge Menschen"],
                ),
                ("Frauen", &["Mädchen und Frauen", "Migrantinnen"]),
                ("Ältere Menschen", &["Senioren", "Senior*innen", "Ältere"]),
                (
                    "Menschen mit Migrationsgeschichte",
                    &[
                        "Menschen mit Migrationshintergrund",
                        "Migrant*innen",
                        "Migranten",
                    ],
                ),
                (
                    "Mitarbeitende der Verwaltung",
                    &["Mitarbeitende", "Beschäftigte", "Verwaltung", "Mitarbeiter"],
                ),
                (
                    "Migrantenorganisationen",
                    &["MO", "Migrantenselbstorganisationen", "MSO"],
                ),
                (
                    "Fachkräfte und Multiplikator*innen",
                    &["Fachkräfte", "Multiplikatoren", "Multiplikator*innen"],
                ),
                (
                    "Alle Einwohner*innen",
                    &["alle", "Einwohner", "Bevölkerung", "alle Einwohner"],
                ),
            ]),
            funding: terms(&[
                (
                    "Eigenmittel",
                    &["Haushalt", "Region", "eigene Mittel", "Regionshaushalt"],
                ),
                ("Land", &["Landesmittel", "Land Niedersachsen"]),
                ("Bund", &["Bundesmittel", "BAMF"]),
                ("EU", &["ESF", "AMIF", "EU-Mittel", "ESF+"]),
                ("Stiftung", &["Stiftungsmittel"]),
                ("Sonstige", &["Spenden", "Drittmittel"]),
            ]),
            municipalities: terms(&[
                ("Barsinghausen", &[]),
                ("Burgdorf", &[]),
                ("Burgwedel", &[]),
                ("Garbsen", &[]),
                ("Gehrden", &[]),
                ("Hannover", &["Landeshauptstadt Hannover", "LHH"]),
                ("Hemmingen", &[]),
                ("Isernhagen", &[]),
                ("Laatzen", &[]),
                ("Langenhagen", &[]),
                ("Lehrte", &[]),
                ("Neustadt am Rübenberge", &["Neustadt", "Neustadt a. Rbge."]),
                ("Pattensen", &[]),
                ("Ronnenberg", &[]),
                ("Seelze", &[]),
                ("Sehnde", &[]),
                ("Springe", &[]),
                ("Uetze", &[]),
                ("Wedemark", &[]),
                ("Wennigsen", &["Wennigsen (Deister)"]),
                ("Wunstorf", &[]),
                (
                    "Regionsweit",
                    &[
                        "Region Hannover",
                        "alle Kommunen",
                        "regionsweit",
                        "gesamte Region",
                    ],
                ),
            ]),
        };
        Config {
            title: "Integrationsbericht".to_string(),
            organisation: "Region Hannover, Koordinierungsstelle Integration".to_string(),
            lang: Lang::De,
            export_contact: false,
            limits: Limits {
                max_file_mb: 100,
                max_unpacked_mb: 300,
                max_cells_per_sheet: 2_000_000,
                header_search_rows: 40,
                appendix_rows: 2_000,
            },
            compare: CompareConfig::default(),
            headers,
            vocabularies,
            goals: default_goals(),
            intros: default_intros(),
            departments: Vec::new(),
        }
    }
}

/// Example introductions per field of action (an office writes its own).
fn default_intros() -> std::collections::BTreeMap<String, String> {
    let texts = [
        "Zugewanderte sollen das Gemeinwesen mitgestalten: in Beiräten, Vereinen und bei Wahlen.",
        "Wer neu in die Region kommt, soll schnell Orientierung, Beratung und Anschluss finden.",
        "Geflüchtete brauchen Schutz, Beratung und ein gutes Ankommen in Wohnen, Alltag und Verfahren.",
        "Sprache und Bildung sind der Schlüssel zur Teilhabe, von der Kita bis zur Weiterbildung.",
        "Ausbildung und Arbeit sichern den Lebensunterhalt und die Fachkräfte der Region.",
        "Gesundheitsangebote und Pflege sollen alle Menschen erreichen, unabhängig von Herkunft und Sprache.",
        "Integration gelingt vor Ort, wenn Verwaltung, Kommunen, Träger und Migrantenorganisationen zusammenarbeiten.",
        "Die Verwaltung öffnet sich: mit Sprachmittlung, Qualifizierung und vielfältigem Personal.",
    ];
    FIELDS_OF_ACTION
        .iter()
        .zip(texts)
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect()
}

/// The example goal catalogue: two or three goals per field of action.
fn default_goals() -> Vec<Goal> {
    let list: [(&str, usize, &str); 22] = [
        (
            "1.1",
            0,
            "Migrantenorganisationen an Entscheidungen beteiligen",
        ),
        ("1.2", 0, "Politische Teilhabe von Zugewanderten stärken"),
        (
            "2.1",
            1,
            "Neuzugewanderte früh und mehrsprachig informieren",
        ),
        (
            "2.2",
            1,
            "Ehrenamtliches Engagement für Zugewanderte fördern",
        ),
        ("3.1", 2, "Geflüchtete psychosozial und rechtlich beraten"),
        ("3.2", 2, "Unterbringung und Wohnen dezentral sichern"),
        ("3.3", 2, "Orientierung im Aufenthaltsverfahren geben"),
        ("4.1", 3, "Sprachförderung vom Kita-Alter an ausbauen"),
        ("4.2", 3, "Bildungsübergänge begleiten"),
        ("4.3", 3, "Erwachsene beim Spracherwerb unterstützen"),
        ("5.1", 4, "Zugang zu Ausbildung und Arbeit erleichtern"),
        ("5.2", 4, "Ausländische Abschlüsse anerkennen lassen"),
        ("5.3", 4, "Migrantische Unternehmen stärken"),
        ("5.4", 4, "Selbstständigkeit zugewanderter Frauen fördern"),
        ("6.1", 5, "Gesundheitsangebote interkulturell öffnen"),
        ("6.2", 5, "Kultursensible Pflege ermöglichen"),
        ("7.1", 6, "Akteure der Integrationsarbeit vernetzen"),
        ("7.2", 6, "Kommunen bei Integrationskonzepten unterstützen"),
        ("7.3", 6, "Integrationsarbeit wissenschaftlich begleiten"),
        ("8.1", 7, "Verwaltung interkulturell qualifizieren"),
        ("8.2", 7, "Sprachmittlung in der Verwaltung sichern"),
        ("8.3", 7, "Vielfalt im Personal der Verwaltung erhöhen"),
    ];
    list.iter()
        .map(|(id, f, title)| Goal {
            id: id.to_string(),
            field_of_action: FIELDS_OF_ACTION[*f].to_string(),
            title: title.to_string(),
        })
        .collect()
}

impl Config {
    /// Loads the configuration: the given file, else `bestand.toml` if present, else defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, Error> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let p = PathBuf::from("bestand.toml");
                if !p.exists() {
                    return Ok(Config::default());
                }
                p
            }
        };
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        Config::from_toml(&text).map_err(|message| Error::Config { path, message })
    }

    /// Parses a configuration file's text and checks it for consistency.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        let cfg: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        cfg.validate().map_err(|message| {
            // serde knows no lines after parsing; point at the line that names the culprit.
            let quoted = message.split('"').nth(1).unwrap_or("");
            match text
                .lines()
                .position(|l| !quoted.is_empty() && l.contains(&format!("\"{quoted}\"")))
            {
                Some(i) => format!("line {}: {message}", i + 1),
                None => message,
            }
        })?;
        Ok(cfg)
    }

    /// Checks what serde cannot: goals refer to known fields of action, no empty names.
    pub fn validate(&self) -> Result<(), String> {
        let known: Vec<String> = self
            .vocabularies
            .field_of_action
            .iter()
            .map(|t| match_key(&t.name))
            .collect();
        for goal in &self.goals {
            if !known.contains(&match_key(&goal.field_of_action)) {
                return Err(format!(
                    "goal {} names the field of action \"{}\", which is not in vocabularies.field_of_action",
                    goal.id, goal.field_of_action
                ));
            }
        }
        for field in self.intros.keys() {
            if !known.contains(&match_key(field)) {
                return Err(format!(
                    "intros names the field of action \"{field}\", which is not in vocabularies.field_of_action"
                ));
            }
        }
        for f in Field::ALL {
            if match_key(&self.headers.get(f).name).is_empty() {
                return Err(format!("headers.{}.name must not be empty", f.key()));
            }
        }
        if !(0.0..=1.0).contains(&self.compare.threshold) {
            return Err("compare.threshold must be between 0 and 1".into());
        }
        if self.vocabularies.status.is_empty() || self.vocabularies.field_of_action.is_empty() {
            return Err(
                "vocabularies.status and vocabularies.field_of_action must not be empty".into(),
            );
        }
        Ok(())
    }

    /// The default configuration as commented TOML, for `bestand init`.
    pub fn default_toml() -> Result<String, Error> {
        let body = toml::to_string_pretty(&Config::default())
            .map_err(|e| Error::Internal(format!("cannot serialise default config: {e}")))?;
        Ok(format!(
            "# bestand.toml: configuration of bestand.\n\
             # Every value below is the built-in default; change what your office needs.\n\
             # title, organisation: appear on the report's cover and in its metadata.\n\
             # lang: \"de\" or \"en\" (messages and report).\n\
             # export_contact: true writes the contact column (personal data) into the exports.\n\
             # [limits]: protection against oversized files; appendix_rows caps the report appendix.\n\
             # [compare]: threshold = title similarity (0..1) from which measures of two years match.\n\
             # [headers.*]: the header written into the template (name) and other headers understood.\n\
             #   Matching ignores case, spaces, punctuation, and treats ä/ae, ö/oe, ü/ue, ß/ss alike.\n\
             # [[vocabularies.*]]: the allowed values and their synonyms.\n\
             # [[goals]]: the goal catalogue of your integration concept (this one is an example).\n\
             # [intros]: the office's introduction per field of action, shown in the report.\n\
             # departments: names for which `bestand template` writes a prefilled template each.\n\n{body}"
        ))
    }
}

//! The sample inventories shipped in `input/` (2023 and 2024, ten departments) and the
//! scale corpus of the benchmark, written through the template writer. Deterministic: the
//! same code always writes the same files.

use std::path::Path;

use chrono::NaiveDate;

use bestand::config::{Config, FIELDS_OF_ACTION, Field, Goal, Target, Term};
use bestand::render::template::{self, Cell, Layout};

/// The departments of the samples.
pub const DEPARTMENTS: [&str; 10] = [
    "Koordinierungsstelle Integration",
    "Fachbereich Soziales",
    "Fachbereich Jugend",
    "Fachbereich Schulen",
    "Fachbereich Gesundheit",
    "Fachbereich Öffentliche Sicherheit",
    "Fachbereich Wirtschafts- und Beschäftigungsförderung",
    "Fachbereich Bildung",
    "Servicebereich Personal und Organisation",
    "Stabsstelle Gleichstellung",
];

/// (department, title, field of action, target groups, goal) of the base measures.
#[rustfmt::skip]
const BASE: &[(usize, &str, usize, &str, &str)] = &[
    (0, "Migrationsbeirat der Region", 0, "Menschen mit Migrationsgeschichte; Migrantenorganisationen", "1.1"),
    (0, "Netzwerk Integration in den Kommunen", 6, "Fachkräfte und Multiplikator*innen", "7.1"),
    (0, "Förderprogramm für Migrantenorganisationen", 0, "Migrantenorganisationen", "1.1"),
    (0, "Integrationskonferenz", 6, "Fachkräfte und Multiplikator*innen; Migrantenorganisationen", "7.1"),
    (0, "Beratung der Kommunen zu Integrationskonzepten", 6, "Fachkräfte und Multiplikator*innen", "7.2"),
    (0, "Mehrsprachige Willkommensbroschüre", 1, "Neuzugewanderte", "2.1"),
    (0, "Integrationslotsinnen und -lotsen", 1, "Neuzugewanderte; Geflüchtete", "2.2"),
    (0, "Ehrenamtsbörse Integration", 1, "Alle Einwohner*innen", "2.2"),
    (0, "Wahlinformation in leichter Sprache", 0, "Menschen mit Migrationsgeschichte", "1.2"),
    (0, "Dialogforum Vielfalt", 0, "Alle Einwohner*innen", "1.2"),
    (0, "Integrationsmonitoring", 6, "Fachkräfte und Multiplikator*innen", "7.2"),
    (0, "Fonds für lokale Integrationsprojekte", 6, "Migrantenorganisationen", "7.1"),
    (0, "Preis für gelebte Vielfalt", 1, "Alle Einwohner*innen", "2.2"),
    (1, "Psychosoziale Beratung für Geflüchtete", 2, "Geflüchtete", "3.1"),
    (1, "Dezentrale Unterbringung von Geflüchteten", 2, "Geflüchtete", "3.2"),
    (1, "Sozialarbeit in Gemeinschaftsunterkünften", 2, "Geflüchtete", "3.2"),
    (1, "Migrationsberatung für Erwachsene", 1, "Neuzugewanderte", "2.1"),
    (1, "Wohnraumvermittlung für Geflüchtete", 2, "Geflüchtete", "3.2"),
    (1, "Schuldnerberatung mehrsprachig", 4, "Menschen mit Migrationsgeschichte", "5.1"),
    (1, "Asylverfahrensberatung", 2, "Geflüchtete", "3.1"),
    (1, "Integrationskurse Kinderbetreuung", 3, "Frauen; Kinder und Jugendliche", "4.3"),
    (1, "Ehrenamtskoordination in Unterkünften", 1, "Geflüchtete", "2.2"),
    (1, "Beratung zum Bildungs- und Teilhabepaket", 0, "Kinder und Jugendliche", "1.2"),
    (1, "Clearingstelle Krankenversicherung", 5, "Neuzugewanderte", "6.1"),
    (1, "Härtefallfonds Integration", 2, "Geflüchtete", "3.1"),
    (1, "Beratungsstelle für Menschen aus der Ukraine", 2, "Geflüchtete", "3.1"),
    (2, "Jugendmigrationsdienst", 3, "Kinder und Jugendliche", "4.2"),
    (2, "Interkulturelle Elternarbeit in Kitas", 3, "Kinder und Jugendliche; Frauen", "4.1"),
    (2, "Betreuung unbegleiteter minderjähriger Geflüchteter", 2, "Kinder und Jugendliche; Geflüchtete", "3.1"),
    (2, "Sprachförderung in Kindertagesstätten", 3, "Kinder und Jugendliche", "4.1"),
    (2, "Ferienprogramm Vielfalt", 0, "Kinder und Jugendliche", "1.2"),
    (2, "Mädchentreff international", 0, "Frauen; Kinder und Jugendliche", "1.2"),
    (2, "Familienhebammen mit Sprachmittlung", 5, "Frauen", "6.1"),
    (2, "Jugendberufshilfe für junge Zugewanderte", 4, "Kinder und Jugendliche; Neuzugewanderte", "5.1"),
    (2, "Streetwork in Quartieren", 0, "Kinder und Jugendliche", "1.2"),
    (2, "Pflegefamilien für geflüchtete Kinder", 2, "Kinder und Jugendliche; Geflüchtete", "3.2"),
    (2, "Elternkurs Starke Eltern mehrsprachig", 3, "Menschen mit Migrationsgeschichte", "4.1"),
    (2, "Fortbildung Kinderschutz interkulturell", 7, "Fachkräfte und Multiplikator*innen", "8.1"),
    (2, "Jugendforum Zukunft", 0, "Kinder und Jugendliche", "1.2"),
    (3, "Sprachlernklassen an berufsbildenden Schulen", 3, "Kinder und Jugendliche; Neuzugewanderte", "4.2"),
    (3, "Bildungsberatung für Neuzugewanderte", 3, "Neuzugewanderte", "4.2"),
    (3, "Herkunftssprachlicher Unterricht", 3, "Kinder und Jugendliche", "4.1"),
    (3, "Schulsozialarbeit an Förderschulen", 3, "Kinder und Jugendliche", "4.2"),
    (3, "Übergangsmanagement Schule-Beruf", 4, "Kinder und Jugendliche", "5.1"),
    (3, "Lernpatenschaften", 3, "Kinder und Jugendliche", "4.2"),
    (3, "Digitale Lernmittel für Sprachlernklassen", 3, "Kinder und Jugendliche", "4.1"),
    (3, "Elternlotsen an Schulen", 3, "Menschen mit Migrationsgeschichte", "4.2"),
    (3, "Fortbildung Deutsch als Zweitsprache für Lehrkräfte", 3, "Fachkräfte und Multiplikator*innen", "4.1"),
    (3, "Schulplatzvermittlung für Seiteneinsteiger", 3, "Kinder und Jugendliche; Neuzugewanderte", "4.2"),
    (3, "Berufsorientierung für neu zugewanderte Jugendliche", 4, "Kinder und Jugendliche", "5.1"),
    (3, "Antirassismus-Workshops an Schulen", 0, "Kinder und Jugendliche", "1.2"),
    (4, "Gesundheitslotsen für Zugewanderte", 5, "Menschen mit Migrationsgeschichte", "6.1"),
    (4, "Psychiatrische Sprechstunde für Geflüchtete", 5, "Geflüchtete", "6.1"),
    (4, "Impfberatung mehrsprachig", 5, "Neuzugewanderte", "6.1"),
    (4, "Kultursensible Pflegeberatung", 5, "Ältere Menschen", "6.2"),
    (4, "Gesundheitsuntersuchung in Erstaufnahme", 5, "Geflüchtete", "6.1"),
    (4, "Traumaberatung für Frauen", 5, "Frauen; Geflüchtete", "6.1"),
    (4, "Suchtprävention mehrsprachig", 5, "Kinder und Jugendliche", "6.1"),
    (4, "Schwangerschaftsberatung mit Sprachmittlung", 5, "Frauen", "6.1"),
    (4, "Netzwerk Migration und Gesundheit", 6, "Fachkräfte und Multiplikator*innen", "7.1"),
    (4, "Demenzberatung für ältere Migrantinnen und Migranten", 5, "Ältere Menschen; Menschen mit Migrationsgeschichte", "6.2"),
    (4, "Zahngesundheit in Sprachlernklassen", 5, "Kinder und Jugendliche", "6.1"),
    (4, "Ausbildung interkultureller Pflegekräfte", 5, "Fachkräfte und Multiplikator*innen", "6.2"),
    (5, "Orientierungsberatung in der Ausländerbehörde", 2, "Geflüchtete; Neuzugewanderte", "3.3"),
    (5, "Online-Terminvergabe mehrsprachig", 7, "Neuzugewanderte", "8.2"),
    (5, "Einbürgerungskampagne", 0, "Menschen mit Migrationsgeschichte", "1.2"),
    (5, "Beschleunigtes Fachkräfteverfahren", 4, "Fachkräfte und Multiplikator*innen", "5.2"),
    (5, "Beratung zur Bleibeperspektive", 2, "Geflüchtete", "3.3"),
    (5, "Welcome Center für internationale Fachkräfte", 1, "Neuzugewanderte", "2.1"),
    (5, "Einbürgerungsfeier", 1, "Menschen mit Migrationsgeschichte", "2.1"),
    (5, "Härtefallberatung Aufenthalt", 2, "Geflüchtete", "3.3"),
    (5, "Servicepoint Aufenthaltstitel", 7, "Neuzugewanderte", "8.2"),
    (5, "Mehrsprachige Bescheiderläuterung", 7, "Menschen mit Migrationsgeschichte", "8.2"),
    (5, "Chancen-Aufenthaltsrecht Beratung", 2, "Geflüchtete", "3.3"),
    (5, "Schulung Kundenkommunikation Ausländerbehörde", 7, "Mitarbeitende der Verwaltung", "8.1"),
    (6, "Bewerbungstraining für Zugewanderte", 4, "Neuzugewanderte; Geflüchtete", "5.1"),
    (6, "Anerkennungsberatung für ausländische Abschlüsse", 4, "Neuzugewanderte", "5.2"),
    (6, "Gründungsberatung für Migrantinnen und Migranten", 4, "Menschen mit Migrationsgeschichte", "5.3"),
    (6, "Jobbörse Vielfalt", 4, "Geflüchtete; Neuzugewanderte", "5.1"),
    (6, "Berufsbezogene Deutschkurse", 3, "Neuzugewanderte", "4.3"),
    (6, "Mentoring für zugewanderte Akademikerinnen", 4, "Frauen", "5.2"),
    (6, "Netzwerk Unternehmen integrieren Flüchtlinge", 4, "Geflüchtete", "5.1"),
    (6, "Teilzeitausbildung für geflüchtete Frauen", 4, "Frauen; Geflüchtete", "5.1"),
    (6, "Qualifizierung in der Pflege", 4, "Neuzugewanderte", "5.2"),
    (6, "Beratung migrantischer Unternehmen", 4, "Migrantenorganisationen", "5.3"),
    (6, "Arbeitsmarktlotsen", 4, "Geflüchtete", "5.1"),
    (6, "Praktikumsbörse für Geflüchtete", 4, "Geflüchtete", "5.1"),
    (6, "Fachkräftesicherung im Handwerk", 4, "Neuzugewanderte", "5.1"),
    (6, "Sprachkurs Deutsch im Beruf", 3, "Neuzugewanderte", "4.3"),
    (7, "Integrationskurse der Volkshochschule", 3, "Neuzugewanderte", "4.3"),
    (7, "Alphabetisierungskurse", 3, "Neuzugewanderte", "4.3"),
    (7, "Frauenkurse mit Kinderbetreuung", 3, "Frauen", "4.3"),
    (7, "Erstorientierungskurse", 1, "Geflüchtete", "2.1"),
    (7, "Mehrsprachige Bibliotheksangebote", 3, "Alle Einwohner*innen", "4.1"),
    (7, "Sprachcafés in den Kommunen", 3, "Alle Einwohner*innen", "4.3"),
    (7, "Digitalkurse für Zugewanderte", 3, "Neuzugewanderte", "4.3"),
    (7, "Prüfungsvorbereitung Einbürgerungstest", 0, "Menschen mit Migrationsgeschichte", "1.2"),
    (7, "Politische Bildung für Neuzugewanderte", 0, "Neuzugewanderte", "1.2"),
    (7, "Qualifizierung von Sprachkursleitungen", 3, "Fachkräfte und Multiplikator*innen", "4.3"),
    (7, "Lesepatenschaften mehrsprachig", 3, "Kinder und Jugendliche", "4.1"),
    (7, "Interkulturelle Woche", 1, "Alle Einwohner*innen", "2.2"),
    (7, "Ausstellung Migrationsgeschichte der Region", 0, "Alle Einwohner*innen", "1.2"),
    (8, "Dolmetscherpool", 7, "Mitarbeitende der Verwaltung", "8.2"),
    (8, "Interkulturelle Trainings für Mitarbeitende", 7, "Mitarbeitende der Verwaltung", "8.1"),
    (8, "Ausbildungskampagne Vielfalt in der Verwaltung", 7, "Kinder und Jugendliche", "8.3"),
    (8, "Anonymisierte Bewerbungsverfahren", 7, "Menschen mit Migrationsgeschichte", "8.3"),
    (8, "Mehrsprachige Formulare", 7, "Neuzugewanderte", "8.2"),
    (8, "Leitfaden diversitätssensible Sprache", 7, "Mitarbeitende der Verwaltung", "8.1"),
    (8, "Mitarbeitendennetzwerk Vielfalt", 7, "Mitarbeitende der Verwaltung", "8.3"),
    (8, "Diversity-Check für Stellenausschreibungen", 7, "Mitarbeitende der Verwaltung", "8.3"),
    (8, "Fortbildungsreihe Antidiskriminierung", 7, "Mitarbeitende der Verwaltung", "8.1"),
    (8, "Videodolmetschen in Bürgerbüros", 7, "Neuzugewanderte", "8.2"),
    (8, "Praktika für Geflüchtete in der Verwaltung", 4, "Geflüchtete", "5.1"),
    (8, "Mentoringprogramm für Nachwuchskräfte mit Migrationsgeschichte", 7, "Mitarbeitende der Verwaltung", "8.3"),
    (8, "Befragung zur Vielfalt im Personal", 7, "Mitarbeitende der Verwaltung", "8.3"),
    (9, "Beratungsstelle gegen Zwangsheirat", 2, "Frauen", "3.1"),
    (9, "Schutzkonzept für Frauen in Unterkünften", 2, "Frauen; Geflüchtete", "3.2"),
    (9, "Empowerment-Workshops für Migrantinnen", 0, "Frauen", "1.1"),
    (9, "Netzwerk gegen häusliche Gewalt interkulturell", 6, "Frauen; Fachkräfte und Multiplikator*innen", "7.1"),
    (9, "Frauenfrühstück international", 1, "Frauen", "2.2"),
    (9, "Berufliche Orientierung für Mütter mit Migrationsgeschichte", 4, "Frauen", "5.1"),
    (9, "Sportangebote für Mädchen", 0, "Frauen; Kinder und Jugendliche", "1.2"),
    (9, "Fachtag Gleichstellung und Migration", 6, "Fachkräfte und Multiplikator*innen", "7.1"),
    (9, "Mehrsprachiges Hilfetelefon-Infomaterial", 5, "Frauen", "6.1"),
    (9, "Gewaltschutzberatung in Unterkünften", 2, "Frauen; Geflüchtete", "3.1"),
    (9, "Vernetzung der Frauenberatungsstellen", 6, "Fachkräfte und Multiplikator*innen", "7.1"),
    (9, "Kampagne Gleiche Chancen", 0, "Alle Einwohner*innen", "1.2"),
];

/// Measures that start in 2024 only (department, title, field, target groups, goal).
#[rustfmt::skip]
const NEW_2024: &[(usize, &str, usize, &str, &str)] = &[
    (0, "Antirassismus-Beratungsstelle", 0, "Menschen mit Migrationsgeschichte", "1.1"),
    (1, "Wohnprojekt Ankommen", 2, "Geflüchtete", "3.2"),
    (2, "Jugendsozialarbeit in Ukraine-Klassen", 3, "Kinder und Jugendliche; Geflüchtete", "4.2"),
    (3, "Sprachstandserhebung vor der Einschulung", 3, "Kinder und Jugendliche", "4.1"),
    (4, "Hitzeschutz-Info mehrsprachig", 5, "Ältere Menschen", "6.1"),
    (5, "Digitale Akte Aufenthalt", 7, "Mitarbeitende der Verwaltung", "8.2"),
    (6, "Job-Turbo Beratung", 4, "Geflüchtete", "5.1"),
    (7, "Sprachkurse für Ukrainerinnen", 3, "Frauen; Geflüchtete", "4.3"),
    (8, "Sprachmittlung per App", 7, "Mitarbeitende der Verwaltung", "8.2"),
    (9, "Selbstbehauptungskurse für Mädchen", 0, "Frauen; Kinder und Jugendliche", "1.2"),
];

/// Titles that departments changed in 2024 (old, new).
#[rustfmt::skip]
const RETITLED: &[(&str, &str)] = &[
    ("Dolmetscherpool", "Dolmetscherpool für die Verwaltung"),
    ("Integrationskurse der Volkshochschule", "Integrationskurse an der VHS"),
    ("Jobbörse Vielfalt", "Jobbörse Vielfalt 2.0"),
];

#[rustfmt::skip]
const MUNICIPALITIES: [&str; 21] = [
    "Barsinghausen",
    "Burgdorf",
    "Burgwedel",
    "Garbsen",
    "Gehrden",
    "Hannover",
    "Hemmingen",
    "Isernhagen",
    "Laatzen",
    "Langenhagen",
    "Lehrte",
    "Neustadt am Rübenberge",
    "Pattensen",
    "Ronnenberg",
    "Seelze",
    "Sehnde",
    "Springe",
    "Uetze",
    "Wedemark",
    "Wennigsen",
    "Wunstorf",
];
#[rustfmt::skip]
const FUNDING: [&str; 6] = ["Eigenmittel", "Land", "Bund", "EU", "Stiftung", "Sonstige"];
#[rustfmt::skip]
const PARTNERS: [&str; 8] = [
    "Caritasverband",
    "Diakonisches Werk",
    "AWO Region Hannover",
    "Jobcenter Region Hannover",
    "Agentur für Arbeit",
    "Volkshochschule",
    "Migrantenverein MiSO",
    "Kommunale Integrationsbeauftragte",
];

/// A small deterministic generator (SplitMix64), so samples never change between runs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// One sample measure before it is laid out in a workbook.
#[derive(Debug, Clone)]
pub struct SampleMeasure {
    /// Department index into [`DEPARTMENTS`] (or a free name for the corpus).
    pub department: String,
    /// Department's id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Field of action (canonical).
    pub field: String,
    /// Goals.
    pub goals: String,
    /// Target groups.
    pub target_groups: String,
    /// Status as written.
    pub status: String,
    /// Start cell.
    pub start: Cell,
    /// End cell.
    pub end: Cell,
    /// Budget cell.
    pub budget: Cell,
    /// Funding.
    pub funding: String,
    /// Participants cell.
    pub participants: Cell,
    /// Municipalities.
    pub municipalities: String,
    /// Partners.
    pub partners: String,
    /// Description.
    pub description: String,
    /// Highlight (ja/nein).
    pub highlight: String,
    /// Contact.
    pub contact: String,
}

fn describe(title: &str, field: usize, groups: &str) -> String {
    let what = match field {
        0 => "stärkt die Mitsprache und Teilhabe",
        1 => "erleichtert das Ankommen",
        2 => "unterstützt Geflüchtete in ihrer besonderen Lage",
        3 => "fördert Bildung und den Erwerb der deutschen Sprache",
        4 => "öffnet Wege in Ausbildung und Arbeit",
        5 => "verbessert den Zugang zu Gesundheit und Pflege",
        6 => "verbindet die Akteurinnen und Akteure der Integrationsarbeit",
        _ => "öffnet die Verwaltung interkulturell",
    };
    let first_group = groups.split(';').next().unwrap_or("").trim();
    format!(
        "„{title}“ {what} für die Zielgruppe {first_group}. Die Maßnahme wird mit Partnern vor Ort umgesetzt und jährlich ausgewertet."
    )
}

fn date(y: i32, m: u32, d: u32) -> Cell {
    NaiveDate::from_ymd_opt(y, m, d).map_or(Cell::Empty, Cell::Date)
}

/// The measures of one sample year, before quirks and layout.
pub fn sample_year(year: i32) -> Vec<SampleMeasure> {
    let mut out = Vec::new();
    let mut rng = Rng(0xB357_A2D0);
    let mut per_dept = [0usize; 10];
    for (i, (dept, title, field, groups, goal)) in BASE.iter().enumerate() {
        per_dept[*dept] += 1;
        let n = per_dept[*dept];
        let r = rng.next();
        let start_year = 2012 + (r % 11) as i32;
        let start_month = 1 + (r >> 8) as u32 % 12;
        // Fixed fates between the years: which end, which change status.
        let fate = i % 17;
        let status_2023 = match fate {
            3 | 11 => "geplant",
            7 => "abgeschlossen",
            _ => "laufend",
        };
        let status_2024 = match fate {
            3 => "laufend",
            11 => "geplant",
            5 => "abgeschlossen",
            13 => "eingestellt",
            7 => "",
            _ => "laufend",
        };
        let status = if year == 2023 {
            status_2023
        } else {
            status_2024
        };
        if status.is_empty() {
            continue; // ended after 2023 and no longer reported
        }
        if year == 2024 && fate == 9 && i % 2 == 0 {
            continue; // dropped from the 2024 return without a word
        }
        let title = if year == 2024 {
            RETITLED
                .iter()
                .find(|(old, _)| old == title)
                .map_or(title.to_string(), |(_, new)| new.to_string())
        } else {
            title.to_string()
        };
        let base_budget = 5_000.0 * (1 + (r >> 16) % 40) as f64;
        let budget = if year == 2024 && fate % 4 == 0 {
            base_budget * 1.2
        } else {
            base_budget
        };
        let m1 = MUNICIPALITIES[(r >> 24) as usize % MUNICIPALITIES.len()];
        let m2 = MUNICIPALITIES[(r >> 32) as usize % MUNICIPALITIES.len()];
        let municipalities = if r.is_multiple_of(5) {
            "Regionsweit".to_string()
        } else if m1 == m2 {
            m1.to_string()
        } else {
            format!("{m1}; {m2}")
        };
        let funding = if r.is_multiple_of(3) {
            format!("Eigenmittel; {}", FUNDING[1 + (r >> 40) as usize % 5])
        } else {
            "Eigenmittel".to_string()
        };
        let end = match status {
            "abgeschlossen" | "eingestellt" => date(year, 12, 31),
            _ if r.is_multiple_of(4) => date(year + 2, 12, 31),
            _ => Cell::Empty,
        };
        out.push(SampleMeasure {
            department: DEPARTMENTS[*dept].to_string(),
            id: format!("{}-{:02}", dept + 1, n),
            title: title.clone(),
            field: FIELDS_OF_ACTION[*field].to_string(),
            goals: goal.to_string(),
            target_groups: groups.to_string(),
            status: status.to_string(),
            start: date(start_year, start_month, 1),
            end,
            budget: Cell::Number(budget),
            funding,
            participants: Cell::Number((10 + (r >> 48) % 400) as f64),
            municipalities,
            partners: format!(
                "{}; {}",
                PARTNERS[(r >> 12) as usize % PARTNERS.len()],
                PARTNERS[(r >> 20) as usize % PARTNERS.len()]
            )
            .replace(
                &format!("{0}; {0}", PARTNERS[(r >> 12) as usize % PARTNERS.len()]),
                PARTNERS[(r >> 12) as usize % PARTNERS.len()],
            ),
            description: describe(&title, *field, groups),
            highlight: if n <= 4 && n % 4 != 2 || n == 5 {
                "ja"
            } else {
                "nein"
            }
            .to_string(),
            contact: format!("integration{}@region-hannover.example", dept + 1),
        });
    }
    if year == 2024 {
        for (k, (dept, title, field, groups, goal)) in NEW_2024.iter().enumerate() {
            out.push(SampleMeasure {
                department: DEPARTMENTS[*dept].to_string(),
                id: format!("{}-{:02}", dept + 1, 40 + k),
                title: title.to_string(),
                field: FIELDS_OF_ACTION[*field].to_string(),
                goals: goal.to_string(),
                target_groups: groups.to_string(),
                status: if k % 3 == 0 { "geplant" } else { "laufend" }.to_string(),
                start: date(2024, 1 + (k as u32 % 12), 1),
                end: Cell::Empty,
                budget: Cell::Number(10_000.0 + 2_500.0 * k as f64),
                funding: "Land".to_string(),
                participants: Cell::Empty,
                municipalities: "Regionsweit".to_string(),
                partners: String::new(),
                description: describe(title, *field, groups),
                highlight: "nein".to_string(),
                contact: String::new(),
            });
        }
        // One measure changed department between the years.
        if let Some(m) = out
            .iter_mut()
            .find(|m| m.title == "Sprachkurs Deutsch im Beruf")
        {
            m.department = DEPARTMENTS[7].to_string();
        }
    }
    out
}

/// The time a return came back: 15 January of `year`, 9 o'clock.
fn returned(year: i32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(year, 1, 15)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}

/// The quirks a department's return shows, by department index.
fn layout_for(cfg: &Config, dept: usize, year: i32) -> (Layout, bool) {
    // The returns came back in January after the reporting year; fixed, so files never change.
    let mut layout = Layout::standard(cfg, returned(year + 1));
    let mut has_department = true;
    match dept {
        1 => {
            layout.rows_above = vec![
                format!("Bestandsaufnahme Integrationsmaßnahmen {year}"),
                "Stand: 15.01.".to_string() + &(year + 1).to_string(),
                String::new(),
            ];
        }
        2 => {
            // Synonym headers and an extra notes column, as an old template had them.
            let synonyms: &[(Field, &str)] = &[
                (Field::Title, "Projekt"),
                (Field::Department, "Bereich"),
                (Field::FieldOfAction, "Baustein"),
                (Field::Status, "Umsetzungsstand"),
                (Field::Start, "Laufzeit von"),
                (Field::End, "Laufzeit bis"),
                (Field::BudgetEur, "Kosten in EUR"),
                (Field::TargetGroups, "Zielgruppe(n)"),
                (Field::Description, "Kurzbeschreibung"),
                (Field::Highlight, "Schwerpunkt"),
            ];
            for (f, s) in synonyms {
                if let Some(i) = layout.fields.iter().position(|x| *x == Some(*f)) {
                    layout.headers[i] = s.to_string();
                }
            }
            layout.headers.push("Bemerkungen".to_string());
            layout.fields.push(None);
            layout.with_validation = false;
        }
        3 => {
            layout.merge_column = layout
                .fields
                .iter()
                .position(|f| *f == Some(Field::Department));
        }
        5 => {
            let i = layout
                .fields
                .iter()
                .position(|f| *f == Some(Field::Department))
                .unwrap_or(0);
            layout.headers.remove(i);
            layout.fields.remove(i);
            layout.rows_above = vec![
                format!("Bestandsaufnahme {year}"),
                format!("Fachbereich: {}", DEPARTMENTS[5]),
            ];
            has_department = false;
        }
        _ => {}
    }
    (layout, has_department)
}

fn cells_of(m: &SampleMeasure, layout: &Layout) -> Vec<Cell> {
    layout
        .fields
        .iter()
        .map(|f| match f {
            Some(Field::MeasureId) => Cell::from(m.id.as_str()),
            Some(Field::Title) => Cell::from(m.title.as_str()),
            Some(Field::Department) => Cell::from(m.department.as_str()),
            Some(Field::FieldOfAction) => Cell::from(m.field.as_str()),
            Some(Field::Goals) => Cell::from(m.goals.as_str()),
            Some(Field::TargetGroups) => Cell::from(m.target_groups.as_str()),
            Some(Field::Status) => Cell::from(m.status.as_str()),
            Some(Field::Start) => m.start.clone(),
            Some(Field::End) => m.end.clone(),
            Some(Field::BudgetEur) => m.budget.clone(),
            Some(Field::Funding) => Cell::from(m.funding.as_str()),
            Some(Field::Participants) => m.participants.clone(),
            Some(Field::Municipalities) => Cell::from(m.municipalities.as_str()),
            Some(Field::Partners) => Cell::from(m.partners.as_str()),
            Some(Field::Description) => Cell::from(m.description.as_str()),
            Some(Field::Highlight) => Cell::from(m.highlight.as_str()),
            Some(Field::Contact) => Cell::from(m.contact.as_str()),
            Some(Field::Year) | None => Cell::Empty,
        })
        .collect()
}

/// Typical mistakes of real returns, applied to a few rows by (year, department, row index).
fn add_mistakes(year: i32, dept: usize, rows: &mut Vec<SampleMeasure>) {
    let set = |rows: &mut Vec<SampleMeasure>, i: usize, f: &dyn Fn(&mut SampleMeasure)| {
        if let Some(m) = rows.get_mut(i) {
            f(m);
        }
    };
    match (year, dept) {
        (2023, 0) => {
            set(rows, 2, &|m| m.start = Cell::from("seit 2016"));
            set(rows, 4, &|m| m.budget = Cell::from("ca. 5.000"));
        }
        (2023, 6) => {
            set(rows, 1, &|m| m.status = "in Umsetzung".into());
            set(rows, 3, &|m| m.participants = Cell::from(">100"));
        }
        (2024, 0) => {
            set(rows, 1, &|m| m.status = "abgeschlosen".into());
            set(rows, 3, &|m| m.start = Cell::from("03/2019"));
            set(rows, 5, &|m| m.end = Cell::from("laufend"));
        }
        (2024, 1) => {
            set(rows, 2, &|m| m.field = "Integration".into());
            set(rows, 4, &|m| m.participants = Cell::from("120-150"));
            set(rows, 6, &|m| m.budget = Cell::from("15.000 €"));
        }
        (2024, 2) => {
            set(rows, 3, &|m| {
                m.start = Cell::from("2016-2020");
                m.end = Cell::Empty;
            });
            set(rows, 5, &|m| {
                m.target_groups = "Jugendliche; Schüler".into()
            });
        }
        (2024, 6) => {
            // A date cell that lost its format: Excel shows 43040.
            set(rows, 2, &|m| m.start = Cell::Number(43040.0));
            set(rows, 4, &|m| {
                m.budget = Cell::Formula("=12000+3500".into(), 15500.0)
            });
            set(rows, 7, &|m| m.status = "lfd.".into());
        }
        (2024, 7) => {
            let dup = rows.get(1).cloned();
            if let Some(d) = dup {
                rows.insert(2, d);
            }
            set(rows, 4, &|m| m.budget = Cell::from("k.A."));
            set(rows, 6, &|m| m.field = "Bildung".into());
        }
        (2024, 9) => {
            set(rows, 3, &|m| m.title = String::new());
            set(rows, 5, &|m| {
                m.municipalities = "Hannover, Neustadt a. Rbge.".into()
            });
        }
        _ => {}
    }
}

/// File name of a department's return.
fn file_name(dept: usize, year: i32) -> String {
    let short = [
        "koordinierungsstelle",
        "soziales",
        "jugend",
        "schulen",
        "gesundheit",
        "oeffentliche-sicherheit",
        "wirtschaft",
        "bildung",
        "personal",
        "gleichstellung",
    ];
    format!("{:02}-{}-{year}", dept + 1, short[dept])
}

/// A semicolon CSV as German Excel saves it ("CSV (Trennzeichen-getrennt)"): Windows-1252,
/// `;`, CRLF, dates and amounts as displayed.
fn german_excel_csv(layout: &Layout, rows: &[SampleMeasure]) -> Vec<u8> {
    let mut text = String::new();
    let quote = |s: &str| {
        if s.contains([';', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    text.push_str(
        &layout
            .headers
            .iter()
            .map(|h| quote(h))
            .collect::<Vec<_>>()
            .join(";"),
    );
    text.push_str("\r\n");
    for m in rows {
        let cells: Vec<String> = cells_of(m, layout)
            .iter()
            .map(|c| match c {
                Cell::Empty => String::new(),
                Cell::Text(t) => quote(t),
                Cell::Number(n) | Cell::Formula(_, n) => {
                    let whole = *n as i64;
                    let s = whole.to_string();
                    // German display: 12.500
                    let mut out = String::new();
                    for (i, ch) in s.chars().enumerate() {
                        if i > 0 && (s.len() - i).is_multiple_of(3) {
                            out.push('.');
                        }
                        out.push(ch);
                    }
                    out
                }
                Cell::Date(d) => d.format("%d.%m.%Y").to_string(),
            })
            .collect();
        text.push_str(&cells.join(";"));
        text.push_str("\r\n");
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    bytes.into_owned()
}

/// Writes `input/2023`, `input/2024`, the indicator workbook `input/indikatoren.xlsx` and the
/// samples' `bestand.toml` under `dir`.
pub fn write_samples(dir: &Path, cfg: &Config) -> std::io::Result<usize> {
    let toml = example_toml().map_err(|e| std::io::Error::other(e.to_string()))?;
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("bestand.toml"), toml)?;
    let mut files = 0;
    for year in [2023, 2024] {
        let ydir = dir.join(year.to_string());
        std::fs::create_dir_all(&ydir)?;
        let all = sample_year(year);
        for (dept, name) in DEPARTMENTS.iter().enumerate() {
            let mut rows: Vec<SampleMeasure> = all
                .iter()
                .filter(|m| m.department == *name)
                .cloned()
                .collect();
            add_mistakes(year, dept, &mut rows);
            let (layout, _) = layout_for(cfg, dept, year);
            let name = file_name(dept, year);
            if dept == 4 {
                let mut csv_layout = layout.clone();
                // German Excel exports only what is visible; the contact column is left out.
                if let Some(i) = csv_layout
                    .fields
                    .iter()
                    .position(|f| *f == Some(Field::Contact))
                {
                    csv_layout.fields.remove(i);
                    csv_layout.headers.remove(i);
                }
                std::fs::write(
                    ydir.join(format!("{name}.csv")),
                    german_excel_csv(&csv_layout, &rows),
                )?;
            } else {
                let cells: Vec<Vec<Cell>> = rows.iter().map(|m| cells_of(m, &layout)).collect();
                let bytes = template::workbook(cfg, &layout, &cells)
                    .map_err(|e| std::io::Error::other(e.to_string()))?;
                std::fs::write(ydir.join(format!("{name}.xlsx")), bytes)?;
            }
            files += 1;
        }
    }
    let created = returned(2025);
    let indicators = template::indicator_workbook(cfg, &indicator_rows(), created)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    std::fs::write(dir.join("indikatoren.xlsx"), indicators)?;
    Ok(files)
}

/// A sample indicator: id, name, field of action, unit, source, as of, and its groups with
/// their 2019 value and yearly change. Invented but plausible.
type SampleIndicator = (
    &'static str,
    &'static str,
    usize,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, f64, f64)],
);

/// The samples' indicators (see [`SampleIndicator`]).
#[rustfmt::skip]
const INDICATORS: &[SampleIndicator] = &[
    ("A1", "Arbeitslosenquote", 4, "%", "Bundesagentur für Arbeit", "Juni 2025",
        &[("Gesamt", 6.4, -0.2), ("Ausländer/-innen", 14.8, -0.6)]),
    ("A2", "SGB-II-Quote", 4, "%", "Bundesagentur für Arbeit", "Juni 2025",
        &[("Gesamt", 10.9, -0.3), ("Ausländer/-innen", 24.1, -0.9)]),
    ("A3", "Beschäftigungsquote", 4, "%", "Bundesagentur für Arbeit", "Juni 2025",
        &[("Gesamt", 60.2, 0.5), ("Ausländer/-innen", 41.5, 1.4)]),
    ("A4", "Ausbildungsbeteiligung (Auszubildende je 100 Personen von 18 bis unter 25 Jahren)", 4, "%", "Bundesagentur für Arbeit", "Juni 2025",
        &[("Gesamt", 5.9, -0.1), ("Ausländer/-innen", 3.2, 0.2)]),
    ("A5", "Gewerbeanmeldungen von Ausländerinnen", 4, "Anzahl", "Gewerbeamt", "31.12.2024",
        &[("Gesamt", 410.0, 15.0)]),
    ("B1", "Kinder von 3 bis 6 Jahren in Kindertagesbetreuung", 3, "%", "Statistisches Landesamt", "März 2025",
        &[("Gesamt", 92.4, 0.4), ("mit Migrationshintergrund", 81.7, 1.1)]),
    ("B2", "Schulabgänger/-innen ohne Abschluss", 3, "%", "Statistisches Landesamt", "Schuljahr 2023/24",
        &[("Gesamt", 5.8, 0.1), ("Ausländer/-innen", 15.2, -0.4)]),
    ("B3", "Schulabgänger/-innen mit Hochschulreife", 3, "%", "Statistisches Landesamt", "Schuljahr 2023/24",
        &[("Gesamt", 36.1, 0.3), ("Ausländer/-innen", 14.9, 0.8)]),
    ("B4", "Teilnehmende an Integrationskursen", 3, "Anzahl", "Bundesamt für Migration und Flüchtlinge", "Dezember 2024",
        &[("Gesamt", 2840.0, 310.0), ("Frauen", 1620.0, 190.0), ("Männer", 1220.0, 120.0)]),
    ("P1", "Einbürgerungsquote (Einbürgerungen je 100 Ausländer/-innen mit mindestens 10 Jahren Aufenthalt)", 0, "%", "Ausländerbehörde", "31.12.2024",
        &[("Gesamt", 2.1, 0.15)]),
    ("P2", "Anteil der Ausländer/-innen an der Bevölkerung", 0, "%", "Melderegister", "31.12.2024",
        &[("Gesamt", 13.2, 0.4)]),
    ("P3", "Beschäftigte der Verwaltung mit Migrationsgeschichte", 7, "%", "Personalbefragung", "Oktober 2024",
        &[("Gesamt", 11.2, 0.6)]),
    ("P4", "Wahlbeteiligung an der Wahl des Migrationsbeirats", 0, "%", "Wahlamt", "2024",
        &[("Gesamt", 7.9, 0.0)]),
    ("G1", "Schutzsuchende", 2, "Anzahl", "Ausländerzentralregister", "31.12.2024",
        &[("Gesamt", 9150.0, 640.0), ("Frauen", 3960.0, 380.0), ("Männer", 5190.0, 260.0)]),
    ("G2", "Geflüchtete in Notunterkünften", 2, "Anzahl", "Fachbereich Soziales", "31.12.2024",
        &[("Gesamt", 0.0, 0.0)]),
    ("G3", "Dauer bis zum Umzug in eine eigene Wohnung", 2, "Monate", "Fachbereich Soziales", "31.12.2024",
        &[("Gesamt", 19.0, -0.8)]),
];

/// The samples' indicator workbook rows, 2019 to 2024: every sign of the Zeichenerklärung
/// once or more, one series break (B1 from 2022), one value of limited reliability.
pub fn indicator_rows() -> Vec<template::IndicatorRow> {
    let mut rows = Vec::new();
    for (id, name, field, unit, source, as_of, groups) in INDICATORS {
        for year in 2019..=2024 {
            for (group, start, step) in groups.iter() {
                let n = f64::from(year - 2019);
                // A gentle wave on the trend, so no series is a ruler's line.
                let wave = [0.0, 0.15, -0.1, 0.2, -0.05, 0.1][(year - 2019) as usize];
                let mut v = start + step * n + wave * step.abs().max(0.1) * 2.0;
                // 2022: the crisis year for the refugee figures.
                if *id == "G1" && year >= 2022 {
                    v += match *group {
                        "Frauen" => 1400.0,
                        "Männer" => 1700.0,
                        _ => 3100.0,
                    };
                }
                if *id == "B1" && year >= 2022 {
                    // The new definition (cut-off 1 March) counts fewer children.
                    v -= 3.5;
                }
                let value = match (*id, year, *group) {
                    // Nothing there: no emergency shelter until 2022.
                    ("G2", 2019..=2021, _) => Cell::Text("–".into()),
                    ("G2", 2022, _) => Cell::Number(412.0),
                    ("G2", 2023, _) => Cell::Number(188.0),
                    ("G2", _, _) => Cell::Text("0".into()),
                    // Unknown: the staff survey began in 2021.
                    ("P3", 2019 | 2020, _) => Cell::Text(".".into()),
                    // Limited reliability: few answers in the first survey.
                    ("P3", 2021, _) => Cell::Text("(12,3)".into()),
                    // No election of the advisory council: no meaningful statement.
                    ("P4", 2019 | 2020 | 2022 | 2023, _) => Cell::Text("x".into()),
                    ("P4", 2021, _) => Cell::Number(8.4),
                    // Not yet published.
                    ("B4", 2024, _) => Cell::Text("…".into()),
                    // Too few cases to be reliable.
                    ("B2", 2020, "Ausländer/-innen") => Cell::Text("/".into()),
                    // The employment agency's secrecy.
                    ("A4", 2019, "Ausländer/-innen") => Cell::Text("*".into()),
                    // Counts as whole numbers, shares with one decimal.
                    _ if *unit == "%" => Cell::Number((v * 10.0).round() / 10.0),
                    _ => Cell::Number(v.round()),
                };
                rows.push([
                    Cell::from(*id),
                    Cell::from(*name),
                    Cell::from(FIELDS_OF_ACTION[*field]),
                    Cell::Number(f64::from(year)),
                    Cell::from(*group),
                    value,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::from(*unit),
                    Cell::from(*source),
                    Cell::from(*as_of),
                    if *id == "B1" && year == 2022 {
                        Cell::from("ja")
                    } else {
                        Cell::Empty
                    },
                    if *id == "B1" && year == 2022 {
                        Cell::from("Ab 2022 Stichtag 1. März statt 31. Dezember")
                    } else {
                        Cell::Empty
                    },
                ]);
            }
        }
    }
    rows
}

/// Writes a scale corpus: `files` workbooks of `rows` measures for each year.
pub fn write_corpus(
    dir: &Path,
    cfg: &Config,
    years: &[i32],
    files: usize,
    rows: usize,
) -> std::io::Result<()> {
    let layout = Layout::standard(cfg, returned(2026));
    let mut rng = Rng(42);
    for &year in years {
        let ydir = dir.join(year.to_string());
        std::fs::create_dir_all(&ydir)?;
        for f in 0..files {
            let department = format!("Fachbereich {}", f + 1);
            let cells: Vec<Vec<Cell>> = (0..rows)
                .map(|r| {
                    let base = &BASE[(f * rows + r) % BASE.len()];
                    let x = rng.below(1000);
                    let m = SampleMeasure {
                        department: department.clone(),
                        id: format!("{}-{}", f + 1, r + 1),
                        title: format!("{} {}", base.1, r + 1),
                        field: FIELDS_OF_ACTION[base.2].to_string(),
                        goals: base.4.to_string(),
                        target_groups: base.3.to_string(),
                        status: ["geplant", "laufend", "abgeschlossen", "in Umsetzung"]
                            [x as usize % 4]
                            .to_string(),
                        start: date(2015 + (x % 9) as i32, 1 + (x % 12) as u32, 1),
                        end: if x.is_multiple_of(3) {
                            Cell::from("laufend")
                        } else {
                            Cell::Empty
                        },
                        budget: if x.is_multiple_of(7) {
                            Cell::from("12.500 €")
                        } else {
                            Cell::Number((x * 100) as f64)
                        },
                        funding: "Eigenmittel; Land".to_string(),
                        participants: Cell::Number((x % 300) as f64),
                        municipalities: MUNICIPALITIES[x as usize % 21].to_string(),
                        partners: PARTNERS[x as usize % 8].to_string(),
                        description: describe(base.1, base.2, base.3),
                        highlight: if r < 3 { "ja" } else { "nein" }.to_string(),
                        contact: String::new(),
                    };
                    cells_of(&m, &layout)
                })
                .collect();
            let bytes = template::workbook(cfg, &layout, &cells)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            std::fs::write(ydir.join(format!("fb-{:03}.xlsx", f + 1)), bytes)?;
        }
    }
    Ok(())
}

/// The example configuration of the sample inventories: Region Hannover's organisation,
/// municipalities, an example goal catalogue and introductions. It ships as
/// `input/bestand.toml` and is never applied to a user's data unless they write it.
pub fn example_config() -> Config {
    let mut cfg = Config {
        organisation: "Region Hannover, Koordinierungsstelle Integration".to_string(),
        goals: example_goals(),
        intros: example_intros(),
        imprint: bestand::config::Imprint {
            publisher: "Region Hannover, Der Regionspräsident".to_string(),
            responsible: "Koordinierungsstelle Integration".to_string(),
            address: "Hildesheimer Straße 18\n30169 Hannover".to_string(),
            contact: "www.region-hannover.example/integration".to_string(),
            licence: "Die Texte stehen unter der Lizenz CC BY 4.0; Logo und Diagramme ausgenommen."
                .to_string(),
            image_credits: "Logo: Beispiel der Musterdaten".to_string(),
        },
        ..Config::default()
    };
    cfg.vocabularies.municipalities = example_municipalities();
    // The region's own words for its funding: its budget, and its Land.
    for term in &mut cfg.vocabularies.funding {
        match term.name.as_str() {
            "Eigenmittel" => {
                term.synonyms = ["Haushalt", "Region", "eigene Mittel", "Regionshaushalt"]
                    .map(String::from)
                    .to_vec()
            }
            "Land" => {
                term.synonyms = ["Landesmittel", "Land Niedersachsen"]
                    .map(String::from)
                    .to_vec()
            }
            _ => {}
        }
    }
    cfg
}

/// The samples' configuration as TOML (`input/bestand.toml`).
pub fn example_toml() -> Result<String, toml::ser::Error> {
    Ok(format!(
        "# Einstellungen der Musterdaten (Region Hannover), geschrieben von `just samples`.\n\
         # bestand liest sie, weil sie im Eingabeordner liegt; Erläuterungen: `bestand init`.\n\n{}",
        toml::to_string_pretty(&example_config())?
    ))
}

/// Terms without synonyms beyond those given.
fn terms(list: &[(&str, &[&str])]) -> Vec<Term> {
    list.iter()
        .map(|(name, syn)| Term {
            name: name.to_string(),
            synonyms: syn.iter().map(|s| s.to_string()).collect(),
            also_read: Vec::new(),
            role: None,
        })
        .collect()
}

/// The municipalities of Region Hannover, for the samples.
fn example_municipalities() -> Vec<Term> {
    terms(&[
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
    ])
}

/// Example introductions per field of action (an office writes its own).
fn example_intros() -> std::collections::BTreeMap<String, String> {
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
fn example_goals() -> Vec<Goal> {
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
            target: example_target(id),
        })
        .collect()
}

/// A sample target: goal, indicator, group, baseline year, target value, target year and
/// direction.
type SampleTarget = (
    &'static str,
    &'static str,
    Option<&'static str>,
    i32,
    f64,
    i32,
    bestand::config::Direction,
);

/// The samples' targets: eleven goals, every verdict at least once, one goal that needs
/// action (reporting year 2024).
fn example_target(goal: &str) -> Option<Target> {
    use bestand::config::Direction::{Fall, Rise};
    #[rustfmt::skip]
    let targets: [SampleTarget; 11] = [
        // On course: unemployment of foreigners falls as fast as planned.
        ("5.1", "A1", Some("Ausländer/-innen"), 2019, 10.0, 2027, Fall),
        // Not on course: employment rises, but too slowly for 2025.
        ("5.2", "A3", Some("Ausländer/-innen"), 2019, 55.0, 2025, Rise),
        // Reached.
        ("5.3", "A2", Some("Ausländer/-innen"), 2019, 22.0, 2026, Fall),
        // A series break since the baseline: not compared.
        ("4.1", "B1", Some("mit Migrationshintergrund"), 2019, 90.0, 2026, Rise),
        ("4.2", "B2", Some("Ausländer/-innen"), 2021, 10.0, 2028, Fall),
        // The latest value (2023; 2024 comes later) still counts.
        ("4.3", "B4", Some("Frauen"), 2019, 3500.0, 2026, Rise),
        // Gone the wrong way.
        ("1.2", "P4", None, 2021, 15.0, 2026, Rise),
        ("1.1", "P1", None, 2019, 3.0, 2025, Rise),
        // Set in 2024: no value after the baseline yet.
        ("8.3", "P3", None, 2024, 20.0, 2030, Rise),
        ("3.2", "G3", None, 2019, 12.0, 2026, Fall),
        // Not on course and no measure at all: the question for the committee.
        ("5.4", "A5", None, 2019, 700.0, 2026, Rise),
    ];
    targets.iter().find(|t| t.0 == goal).map(
        |(_, indicator, group, baseline_year, value, year, direction)| Target {
            indicator: indicator.to_string(),
            group: group.map(str::to_string),
            baseline_year: *baseline_year,
            value: *value,
            year: *year,
            direction: *direction,
        },
    )
}

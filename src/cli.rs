//! The command line (clap derive). Its `///` comments are the `--help` text. It is resolved
//! once into [`Settings`]; no stage sees clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::Lang;
pub use crate::terminal::Verbosity;

/// Macht aus den Excel-Bestandsaufnahmen der Fachbereiche eine bereinigte Tabelle, eine
/// Liste der Korrekturen und einen Fortschrittsbericht (PDF und HTML).
#[derive(Debug, Parser)]
#[command(
    name = "bestand",
    version,
    about = "Macht aus den Excel-Bestandsaufnahmen der Fachbereiche eine bereinigte Tabelle, eine Liste der Korrekturen und einen Fortschrittsbericht (PDF und HTML).",
    long_about = None,
    help_template = HELP_TEMPLATE,
    next_help_heading = "Optionen",
    override_usage = "bestand [BEFEHL] [OPTIONEN]",
    subcommand_help_heading = "Befehle",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = AFTER_HELP
)]
pub struct Cli {
    /// Was zu tun ist; ohne Befehl: report.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Ein- und Ausgabeordner, wenn kein Befehl genannt ist (dann: report).
    #[command(flatten)]
    pub folders: Folders,
    /// Einstellungsdatei (sonst bestand.toml hier, dann im Eingabeordner, sonst die eingebauten Voreinstellungen).
    #[arg(long, global = true, value_name = "DATEI")]
    pub config: Option<PathBuf>,
    /// Sprache der Meldungen und des Berichts: de oder en (überschreibt die Einstellungen).
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "SPRACHE",
        hide_possible_values = true
    )]
    pub lang: Option<LangArg>,
    /// Nur Fehler ausgeben.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Auch Hinweise ausgeben.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Diese Hilfe anzeigen.
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Die Version anzeigen.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    pub version: Option<bool>,
}

/// The input and output folders, offered only by the commands that read or write them.
#[derive(Debug, Clone, Default, PartialEq, Args)]
pub struct Folders {
    /// Ordner mit einem Unterordner je Berichtsjahr, z. B. input/2024/*.xlsx (Standard: input).
    #[arg(long, value_name = "ORDNER")]
    pub input: Option<PathBuf>,
    /// Ordner, in den die Ergebnisse geschrieben werden (Standard: output).
    #[arg(long, value_name = "ORDNER")]
    pub output: Option<PathBuf>,
}

impl Folders {
    /// The folders given after the command, else those given before it.
    fn or(self, outer: Folders) -> Folders {
        Folders {
            input: self.input.or(outer.input),
            output: self.output.or(outer.output),
        }
    }
}

/// The help page's layout, with German headings.
const HELP_TEMPLATE: &str = "\
{about-with-newline}
Aufruf: {usage}

{all-args}{after-help}";

/// A command's help page, with German headings.
const SUB_TEMPLATE: &str = "\
{about-with-newline}
Aufruf: {usage}

{all-args}{after-help}";

/// Examples and exit codes under the help text.
const AFTER_HELP: &str = "\
Beispiele:
  bestand                               Bericht aus input/ nach output/ (report)
  bestand check                         nur prüfen: was müssen die Fachbereiche korrigieren?
  bestand compare --from 2023 --to 2024 Veränderungen zwischen zwei Jahren
  bestand template --year 2026          Vorlagen für die nächste Bestandsaufnahme
  bestand init                          kommentierte bestand.toml zum Anpassen

Was report schreibt (in output/): report.pdf, report.html und report.docx (der Bericht), measures.xlsx
(alle Maßnahmen, Änderungen und Meldungen), measures.csv und measures.parquet, changes.csv,
findings.csv, summary.json, charts/ und rueckmeldungen/ (Korrekturmappen).

Rückgabewerte: 0 fertig; 1 Fehlermeldungen (check, report --strict); 2 Aufruf- oder
Einstellungsfehler; 3 Eingabe nicht lesbar, Ausgabe nicht schreibbar oder ein anderer Lauf
schreibt gerade in denselben Ordner.";

/// The commands.
#[derive(Debug, Subcommand, PartialEq)]
pub enum Command {
    /// Alles lesen, vergleichen und den Bericht schreiben: PDF, HTML, Diagramme, Tabellen, Meldungen (der Standard).
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Report {
        /// Mit Rückgabewert 1 enden, wenn es Fehlermeldungen gibt.
        #[arg(long)]
        strict: bool,
        /// Für wen der Bericht ist: public (öffentlich, ohne Dateinamen und Meldungstexte; der Standard), internal (für die Koordinierungsstelle, mit der Datenqualität je Datei) oder both (beide, die interne als report-intern.pdf, .html und .docx).
        #[arg(
            long,
            value_enum,
            ignore_case = true,
            default_value_t,
            value_name = "FASSUNG",
            hide_possible_values = true,
            hide_default_value = true
        )]
        edition: Edition,
        /// Ein- und Ausgabeordner.
        #[command(flatten)]
        folders: Folders,
    },
    /// Nur lesen und prüfen: Tabellen und Meldungen, kein Bericht; Rückgabewert 1 bei Fehlermeldungen.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Check {
        /// Ein- und Ausgabeordner.
        #[command(flatten)]
        folders: Folders,
    },
    /// Veränderungen zwischen zwei Jahren: changes.csv, summary.json und die Tabellen (Standard: die beiden letzten Jahre).
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Compare {
        /// Das frühere Jahr.
        #[arg(long, value_name = "JAHR", value_parser = clap::value_parser!(i32).range(1990..=2100))]
        from: Option<i32>,
        /// Das spätere Jahr.
        #[arg(long, value_name = "JAHR", value_parser = clap::value_parser!(i32).range(1990..=2100))]
        to: Option<i32>,
        /// Ein- und Ausgabeordner.
        #[command(flatten)]
        folders: Folders,
    },
    /// Die Excel-Vorlagen für die Fachbereiche schreiben; mit früheren Rückmeldungen im Eingabeordner je Fachbereich vorausgefüllt.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Template {
        /// Berichtsjahr der Vorlage (Standard: dieses Jahr).
        #[arg(long, value_name = "JAHR", value_parser = clap::value_parser!(i32).range(1990..=2100))]
        year: Option<i32>,
        /// Nur die Vorlage dieses Fachbereichs; ohne: eine leere und eine je Fachbereich.
        #[arg(long, value_name = "NAME", conflicts_with = "indicators")]
        department: Option<String>,
        /// Nur die Indikatoren-Mappe schreiben: die bisherigen Zeilen und die des letzten
        /// Jahres vorbelegt für das Berichtsjahr.
        #[arg(long)]
        indicators: bool,
        /// Ein- und Ausgabeordner.
        #[command(flatten)]
        folders: Folders,
    },
    /// Eine kommentierte bestand.toml mit allen Voreinstellungen schreiben.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Init {
        /// Eine vorhandene Datei überschreiben.
        #[arg(long)]
        force: bool,
    },
}

/// `--edition` values: who the report is for.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum Edition {
    /// The public edition only (`report.pdf`).
    #[default]
    #[value(alias = "oeffentlich", alias = "öffentlich")]
    Public,
    /// The internal edition only (`report.pdf`).
    #[value(alias = "intern")]
    Internal,
    /// The public edition as `report.pdf`, the internal one as `report-intern.pdf`.
    #[value(alias = "beide")]
    Both,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum LangArg {
    /// Deutsch.
    De,
    /// Englisch.
    En,
}

/// The resolved command line.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Input folder.
    pub input: PathBuf,
    /// Output folder.
    pub output: PathBuf,
    /// Configuration file given explicitly.
    pub config: Option<PathBuf>,
    /// Language given on the command line.
    pub lang: Option<Lang>,
    /// Terminal verbosity.
    pub verbosity: Verbosity,
    /// The run's clock, read once: `SOURCE_DATE_EPOCH` when set (reproducible outputs),
    /// else now. Every file and the report carry this time.
    pub created: chrono::NaiveDateTime,
}

/// The time a run stamps on its outputs: `SOURCE_DATE_EPOCH` when set, else now (UTC).
pub fn clock() -> chrono::NaiveDateTime {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now)
        .naive_utc()
}

impl Cli {
    /// Splits the command line into the command and the settings every command shares; the
    /// language is `--lang`, else `known` (what [`language`] found before parsing). Folders
    /// given before `init` are refused: it reads and writes no folder.
    pub fn resolve(self, known: Lang) -> Result<(Command, Settings), String> {
        let verbosity = if self.quiet {
            Verbosity::Quiet
        } else if self.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        };
        let lang = self.lang.map_or(known, |l| match l {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        });
        let mut command = self.command.unwrap_or(Command::Report {
            strict: false,
            edition: Edition::Public,
            folders: Folders::default(),
        });
        let folders = match &mut command {
            Command::Report { folders, .. }
            | Command::Check { folders }
            | Command::Compare { folders, .. }
            | Command::Template { folders, .. } => std::mem::take(folders).or(self.folders),
            Command::Init { .. } => {
                if self.folders != Folders::default() {
                    return Err(lang.t(
                        "init schreibt nur die Einstellungsdatei und kennt --input und --output nicht; der Ort der Datei ist --config.",
                        "init writes only the configuration file and takes no --input or --output; its location is --config.",
                    ).to_string());
                }
                Folders::default()
            }
        };
        let settings = Settings {
            input: folders.input.unwrap_or_else(|| "input".into()),
            output: folders.output.unwrap_or_else(|| "output".into()),
            config: self.config,
            lang: Some(lang),
            verbosity,
            created: clock(),
        };
        Ok((command, settings))
    }
}

/// The command line in the run's language: German as the derive writes it, English with
/// `--lang en` or `lang = "en"` in the configuration. Subcommands get their usage line in
/// that language too (clap would write `[OPTIONS]`).
pub fn command(lang: Lang) -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    let usage = |name: &str| match (name, lang) {
        ("bestand", Lang::De) => "bestand [BEFEHL] [OPTIONEN]".to_string(),
        ("bestand", Lang::En) => "bestand [COMMAND] [OPTIONS]".to_string(),
        (sub, Lang::De) => format!("bestand {sub} [OPTIONEN]"),
        (sub, Lang::En) => format!("bestand {sub} [OPTIONS]"),
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut cmd = cmd.override_usage(usage("bestand"));
    for name in &names {
        let line = usage(name);
        let examples = COMMAND_HELP
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, de, en)| lang.t(de, en))
            .unwrap_or_default();
        cmd = cmd.mut_subcommand(name, |c| {
            c.override_usage(line)
                .after_help(format!(
                    "{examples}\n\n{}",
                    lang.t(EXIT_CODES_DE, EXIT_CODES_EN)
                ))
                .help_template(lang.t(SUB_TEMPLATE, SUB_TEMPLATE_EN))
        });
    }
    match lang {
        Lang::De => cmd,
        Lang::En => english(cmd),
    }
}

/// Each command's examples and what it writes, German and English.
const COMMAND_HELP: &[(&str, &str, &str)] = &[
    (
        "report",
        "Beispiele:\n  bestand report                        input/ lesen, output/ schreiben\n  bestand report --strict               mit Rückgabewert 1, solange Fehler bestehen\n  bestand report --edition both         öffentliche und interne Fassung (report-intern.pdf)\n  bestand report --input rueckmeldungen --output bericht-2025\n\nSchreibt (in output/): report.pdf, report.html und report.docx, charts/ (SVG und PNG), measures.xlsx\n(Maßnahmen, Änderungen, Meldungen), measures.csv, measures.parquet, changes.csv,\nfindings.csv, summary.json und rueckmeldungen/ (Korrekturmappen je Fachbereich).",
        "Examples:\n  bestand report                        read input/, write output/\n  bestand report --strict               exit code 1 while errors remain\n  bestand report --edition both         public and internal edition (report-intern.pdf)\n  bestand report --input returns --output report-2025\n\nWrites (into output/): report.pdf, report.html and report.docx, charts/ (SVG and PNG), measures.xlsx\n(measures, changes, findings), measures.csv, measures.parquet, changes.csv, findings.csv,\nsummary.json and rueckmeldungen/ (correction workbooks per department).",
    ),
    (
        "check",
        "Beispiele:\n  bestand check                         alle Rückmeldungen in input/ prüfen\n  bestand check -v                      auch Hinweise zeigen\n  bestand check --input 2025-eingang\n\nSchreibt (in output/): measures.xlsx mit dem Blatt „Meldungen“, measures.csv,\nmeasures.parquet, findings.csv, changes.csv, summary.json und rueckmeldungen/.",
        "Examples:\n  bestand check                         check every return in input/\n  bestand check -v                      show notes too\n  bestand check --input incoming-2025\n\nWrites (into output/): measures.xlsx with the sheet \"Findings\", measures.csv,\nmeasures.parquet, findings.csv, changes.csv, summary.json and rueckmeldungen/.",
    ),
    (
        "compare",
        "Beispiele:\n  bestand compare                       die beiden letzten Jahre\n  bestand compare --from 2023 --to 2025\n\nSchreibt (in output/): changes.csv, summary.json und die Tabellen. Zuordnungen legt\ninput/links.csv fest (Spalten alt;neu;verknüpfen).",
        "Examples:\n  bestand compare                       the two latest years\n  bestand compare --from 2023 --to 2025\n\nWrites (into output/): changes.csv, summary.json and the tables. input/links.csv fixes\nmatches by hand (columns old;new;link).",
    ),
    (
        "template",
        "Beispiele:\n  bestand template --year 2026          leere Vorlage und je Fachbereich eine vorausgefüllte\n  bestand template --department \"Fachbereich Jugend\"\n\nSchreibt (in output/): vorlage-<Jahr>.xlsx und vorlage-<Jahr>-<fachbereich>.xlsx.",
        "Examples:\n  bestand template --year 2026          a blank template and a pre-filled one per department\n  bestand template --department \"Fachbereich Jugend\"\n\nWrites (into output/): vorlage-<year>.xlsx and vorlage-<year>-<department>.xlsx.",
    ),
    (
        "init",
        "Beispiele:\n  bestand init                          bestand.toml hier schreiben\n  bestand init --config amt.toml --force\n  bestand init --lang en                mit englischen Erläuterungen",
        "Examples:\n  bestand init                          write bestand.toml here\n  bestand init --config office.toml --force\n  bestand init --lang en                with English comments",
    ),
];

/// The exit codes, under every command's help.
const EXIT_CODES_DE: &str = "Rückgabewerte: 0 fertig; 1 Fehlermeldungen (check, report --strict); 2 Aufruf- oder\nEinstellungsfehler; 3 Eingabe nicht lesbar, Ausgabe nicht schreibbar oder ein anderer Lauf\nschreibt gerade in denselben Ordner.";

/// The exit codes in English.
const EXIT_CODES_EN: &str = "Exit codes: 0 done; 1 error findings (check, report --strict); 2 usage or configuration\nerror; 3 input unreadable, output not writable or another run is writing to the same folder.";

/// A command's help page with English headings.
const SUB_TEMPLATE_EN: &str = "\
{about-with-newline}
Usage: {usage}

{all-args}{after-help}";

/// The English help texts, by argument id: (id, help, value name).
const ENGLISH_ARGS: &[(&str, &str, &str)] = &[
    (
        "input",
        "Folder with one subfolder per reporting year, e.g. input/2024/*.xlsx (default: input).",
        "FOLDER",
    ),
    (
        "output",
        "Folder the results are written to (default: output).",
        "FOLDER",
    ),
    (
        "config",
        "Configuration file (else bestand.toml here, then in the input folder, else the built-in defaults).",
        "FILE",
    ),
    (
        "lang",
        "Language of messages and report: de or en (overrides the configuration).",
        "LANG",
    ),
    ("quiet", "Print errors only.", ""),
    ("verbose", "Print notes too.", ""),
    ("help", "Show this help.", ""),
    ("version", "Show the version.", ""),
    (
        "strict",
        "Exit with code 1 when there are error findings.",
        "",
    ),
    (
        "edition",
        "Who the report is for: public (without file names and finding texts; the default), internal (for the coordination office, with data quality per file) or both (the internal one as report-intern.pdf, .html and .docx).",
        "EDITION",
    ),
    ("from", "The earlier year.", "YEAR"),
    ("to", "The later year.", "YEAR"),
    (
        "year",
        "Reporting year of the template (default: this year).",
        "YEAR",
    ),
    (
        "department",
        "Only this department's template; without: a blank one and one per department.",
        "NAME",
    ),
    (
        "indicators",
        "Write only the indicator workbook: the rows so far and the latest year's pre-filled for the reporting year.",
        "",
    ),
    ("force", "Overwrite an existing file.", ""),
];

/// The English descriptions of the commands.
const ENGLISH_COMMANDS: &[(&str, &str)] = &[
    (
        "report",
        "Read everything, compare and write the report: PDF, HTML, charts, tables, findings (the default).",
    ),
    (
        "check",
        "Only read and check: tables and findings, no report; exit code 1 on error findings.",
    ),
    (
        "compare",
        "Changes between two years: changes.csv, summary.json and the tables (default: the last two years).",
    ),
    (
        "template",
        "Write the Excel templates for the departments; pre-filled per department from earlier returns in the input folder.",
    ),
    (
        "init",
        "Write a commented bestand.toml with every default setting.",
    ),
];

/// Examples and exit codes under the English help text.
const AFTER_HELP_EN: &str = "\
Examples:
  bestand                               report from input/ to output/ (report)
  bestand check                         check only: what must the departments correct?
  bestand compare --from 2023 --to 2024 changes between two years
  bestand template --year 2026          templates for the next inventory
  bestand init                          commented bestand.toml to adapt

What report writes (in output/): report.pdf, report.html and report.docx (the report), measures.xlsx
(all measures, changes and findings), measures.csv and measures.parquet, changes.csv,
findings.csv, summary.json, charts/ and rueckmeldungen/ (correction workbooks).

Exit codes: 0 done; 1 error findings (check, report --strict); 2 usage or configuration
error; 3 input unreadable, output not writable or another run is writing to the same folder.";

/// The help page's layout, with English headings.
const HELP_TEMPLATE_EN: &str = "\
{about-with-newline}
Usage: {usage}

{all-args}{after-help}";

/// Rewrites one command's argument texts in English.
fn english_args(mut cmd: clap::Command) -> clap::Command {
    for (id, help, value) in ENGLISH_ARGS {
        if cmd.get_arguments().any(|a| a.get_id() == *id) {
            cmd = cmd.mut_arg(*id, |a| {
                let a = a.help(help.trim_end_matches('.')).help_heading("Options");
                if value.is_empty() {
                    a
                } else {
                    a.value_name(*value)
                }
            });
        }
    }
    cmd.help_template(HELP_TEMPLATE_EN)
}

/// The whole command line in English.
fn english(cmd: clap::Command) -> clap::Command {
    let mut cmd = english_args(cmd)
        .about("Turns the departments' Excel inventories into one clean table, a list of corrections and a progress report (PDF and HTML).")
        .subcommand_help_heading("Commands")
        .after_help(AFTER_HELP_EN);
    for (name, about) in ENGLISH_COMMANDS {
        cmd = cmd.mut_subcommand(*name, |c| {
            english_args(c).about(about.trim_end_matches('.'))
        });
    }
    cmd
}

/// The language of the command line's own texts (help, refusals), known before it is
/// parsed: `--lang` if given, else the configuration the run would load, else German.
/// Never the machine's locale, so every office sees the same.
pub fn language(args: &[std::ffi::OsString]) -> Lang {
    let text: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let value = |flag: &str| {
        text.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{flag}="))
                .map(str::to_string)
                .or_else(|| (a == flag).then(|| text.get(i + 1).cloned()).flatten())
        })
    };
    match value("--lang").as_deref() {
        Some("en") => return Lang::En,
        Some("de") => return Lang::De,
        _ => {}
    }
    let config = value("--config").map(PathBuf::from);
    let input = PathBuf::from(value("--input").unwrap_or_else(|| "input".into()));
    crate::config::Config::load(config.as_deref(), &input)
        .map(|(cfg, _)| cfg.lang)
        .unwrap_or_default()
}

/// A command line clap refused, as a sentence in the run's language naming what it did not
/// understand.
pub fn usage_error(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let what = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let suggestion = match e
        .get(ContextKind::SuggestedSubcommand)
        .or(e.get(ContextKind::SuggestedArg))
    {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    }
    .map(|s| match lang {
        Lang::De => format!(" Meinten Sie „{s}“?"),
        Lang::En => format!(" Did you mean \"{s}\"?"),
    })
    .unwrap_or_default();
    let (arg, value) = (
        what(ContextKind::InvalidArg),
        what(ContextKind::InvalidValue),
    );
    match (e.kind(), lang) {
        (ErrorKind::InvalidSubcommand, Lang::De) => format!(
            "Unbekannter Befehl „{}“.{suggestion} Befehle: report, check, compare, template, init.",
            what(ContextKind::InvalidSubcommand)
        ),
        (ErrorKind::InvalidSubcommand, Lang::En) => format!(
            "Unknown command \"{}\".{suggestion} Commands: report, check, compare, template, init.",
            what(ContextKind::InvalidSubcommand)
        ),
        (ErrorKind::UnknownArgument, Lang::De) => {
            format!("Unbekannte Angabe „{arg}“.{suggestion}")
        }
        (ErrorKind::UnknownArgument, Lang::En) => {
            format!("Unknown option \"{arg}\".{suggestion}")
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Lang::De) if value.is_empty() => {
            format!("Für {arg} fehlt ein Wert.")
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Lang::En) if value.is_empty() => {
            format!("{arg} needs a value.")
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, _) => {
            let valid = what(ContextKind::ValidValue);
            let possible = match lang {
                _ if valid.is_empty() => String::new(),
                Lang::De => format!(" Möglich: {valid}."),
                Lang::En => format!(" Possible: {valid}."),
            };
            match lang {
                Lang::De => format!("„{value}“ ist kein gültiger Wert für {arg}.{possible}"),
                Lang::En => format!("\"{value}\" is not a valid value for {arg}.{possible}"),
            }
        }
        (ErrorKind::ArgumentConflict, Lang::De) if arg == what(ContextKind::PriorArg) => {
            format!("{arg} wurde mehrfach angegeben; bitte nur einmal.")
        }
        (ErrorKind::ArgumentConflict, Lang::En) if arg == what(ContextKind::PriorArg) => {
            format!("{arg} was given more than once; give it once.")
        }
        (ErrorKind::ArgumentConflict, Lang::De) => format!(
            "{arg} und {} schließen sich aus.",
            what(ContextKind::PriorArg)
        ),
        (ErrorKind::ArgumentConflict, Lang::En) => format!(
            "{arg} and {} cannot be used together.",
            what(ContextKind::PriorArg)
        ),
        (ErrorKind::MissingRequiredArgument, Lang::De) => format!("Es fehlt eine Angabe: {arg}."),
        (ErrorKind::MissingRequiredArgument, Lang::En) => format!("An option is missing: {arg}."),
        (kind, Lang::De) => format!("Der Aufruf ist nicht verständlich ({kind})."),
        (kind, Lang::En) => format!("The command line is not understood ({kind})."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> (Command, Settings) {
        let mut full = vec!["bestand"];
        full.extend_from_slice(args);
        Cli::try_parse_from(full)
            .unwrap()
            .resolve(Lang::De)
            .unwrap()
    }

    #[test]
    fn no_command_is_report() {
        let (cmd, s) = parse(&[]);
        assert_eq!(
            cmd,
            Command::Report {
                strict: false,
                edition: Edition::Public,
                folders: Folders::default()
            }
        );
        assert_eq!(s.input, PathBuf::from("input"));
        assert_eq!(s.output, PathBuf::from("output"));
        assert_eq!(s.verbosity, Verbosity::Normal);
    }

    #[test]
    fn input_and_output() {
        let (_, s) = parse(&["check", "--input", "a", "--output", "b"]);
        assert_eq!(
            (s.input, s.output),
            (PathBuf::from("a"), PathBuf::from("b"))
        );
        // Before the command, or without one, the folders apply as well.
        let (_, s) = parse(&["--input", "a", "check", "--output", "b"]);
        assert_eq!(
            (s.input, s.output),
            (PathBuf::from("a"), PathBuf::from("b"))
        );
        let (_, s) = parse(&["--output", "b"]);
        assert_eq!(s.output, PathBuf::from("b"));
    }

    #[test]
    fn init_offers_no_folders() {
        assert!(Cli::try_parse_from(["bestand", "init", "--input", "a"]).is_err());
        assert!(Cli::try_parse_from(["bestand", "init", "--output", "a"]).is_err());
        let before = Cli::try_parse_from(["bestand", "--input", "a", "init"]).unwrap();
        assert!(before.resolve(Lang::De).is_err());
    }

    #[test]
    fn global_flags_before_command() {
        let (cmd, s) = parse(&["--lang", "en", "-q", "check"]);
        assert!(matches!(cmd, Command::Check { .. }));
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.verbosity, Verbosity::Quiet);
    }

    #[test]
    fn strict_report() {
        assert!(matches!(
            parse(&["report", "--strict"]).0,
            Command::Report { strict: true, .. }
        ));
    }

    #[test]
    fn config_and_verbose() {
        let (_, s) = parse(&["--config", "x.toml", "-v"]);
        assert_eq!(s.config, Some(PathBuf::from("x.toml")));
        assert_eq!(s.verbosity, Verbosity::Verbose);
    }

    #[test]
    fn compare_years() {
        assert!(matches!(
            parse(&["compare", "--from", "2022", "--to", "2024"]).0,
            Command::Compare {
                from: Some(2022),
                to: Some(2024),
                ..
            }
        ));
        assert!(matches!(
            parse(&["compare"]).0,
            Command::Compare {
                from: None,
                to: None,
                ..
            }
        ));
        assert!(Cli::try_parse_from(["bestand", "compare", "--from", "x"]).is_err());
    }

    #[test]
    fn template_options() {
        let (cmd, _) = parse(&["template", "--year", "2025", "--department", "FB Jugend"]);
        let Command::Template {
            year, department, ..
        } = cmd
        else {
            panic!("not template: {cmd:?}")
        };
        assert_eq!((year, department), (Some(2025), Some("FB Jugend".into())));
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(Cli::try_parse_from(["bestand", "-q", "-v"]).is_err());
    }

    #[test]
    fn unknown_language_is_refused() {
        assert!(Cli::try_parse_from(["bestand", "--lang", "fr"]).is_err());
    }

    #[test]
    fn the_edition_is_read_in_either_language_and_any_case() {
        for (word, edition) in [
            ("public", Edition::Public),
            ("Public", Edition::Public),
            ("öffentlich", Edition::Public),
            ("intern", Edition::Internal),
            ("Internal", Edition::Internal),
            ("beide", Edition::Both),
        ] {
            let (command, _) = parse(&["report", "--edition", word]);
            assert!(
                matches!(command, Command::Report { edition: e, .. } if e == edition),
                "{word}"
            );
        }
    }
}

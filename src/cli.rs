//! The command line (clap derive). Its `///` comments are the `--help` text. It is resolved
//! once into [`Settings`]; no stage sees clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Lang;

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
    /// Ordner mit einem Unterordner je Berichtsjahr, z. B. input/2024/*.xlsx (Standard: input).
    #[arg(
        long,
        global = true,
        default_value = "input",
        hide_default_value = true,
        value_name = "ORDNER"
    )]
    pub input: PathBuf,
    /// Ordner, in den die Ergebnisse geschrieben werden (Standard: output).
    #[arg(
        long,
        global = true,
        default_value = "output",
        hide_default_value = true,
        value_name = "ORDNER"
    )]
    pub output: PathBuf,
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

/// The help page's layout, with German headings.
const HELP_TEMPLATE: &str = "\
{about-with-newline}
Aufruf: {usage}

{all-args}{after-help}";

/// A command's help page, with German headings.
const SUB_TEMPLATE: &str = "\
{about-with-newline}
Aufruf: {usage}

{all-args}";

/// Examples and exit codes under the help text.
const AFTER_HELP: &str = "\
Beispiele:
  bestand                               Bericht aus input/ nach output/ (report)
  bestand check                         nur prüfen: was müssen die Fachbereiche korrigieren?
  bestand compare --from 2023 --to 2024 Veränderungen zwischen zwei Jahren
  bestand template --year 2026          Vorlagen für die nächste Bestandsaufnahme
  bestand init                          kommentierte bestand.toml zum Anpassen

Was report schreibt (in output/): report.pdf und report.html (der Bericht), measures.xlsx
(alle Maßnahmen, Änderungen und Meldungen), measures.csv und measures.parquet, changes.csv,
findings.csv, summary.json und charts/.

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
    },
    /// Nur lesen und prüfen: Tabellen und Meldungen, kein Bericht; Rückgabewert 1 bei Fehlermeldungen.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Check,
    /// Veränderungen zwischen zwei Jahren: changes.csv, summary.json und die Tabellen (Standard: die beiden letzten Jahre).
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Compare {
        /// Das frühere Jahr.
        #[arg(long, value_name = "JAHR")]
        from: Option<i32>,
        /// Das spätere Jahr.
        #[arg(long, value_name = "JAHR")]
        to: Option<i32>,
    },
    /// Die Excel-Vorlagen für die Fachbereiche schreiben; mit früheren Rückmeldungen im Eingabeordner je Fachbereich vorausgefüllt.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Template {
        /// Berichtsjahr der Vorlage (Standard: dieses Jahr).
        #[arg(long, value_name = "JAHR")]
        year: Option<i32>,
        /// Nur die Vorlage dieses Fachbereichs; ohne: eine leere und eine je Fachbereich.
        #[arg(long, value_name = "NAME")]
        department: Option<String>,
    },
    /// Eine kommentierte bestand.toml mit allen Voreinstellungen schreiben.
    #[command(help_template = SUB_TEMPLATE, next_help_heading = "Optionen")]
    Init {
        /// Eine vorhandene Datei überschreiben.
        #[arg(long)]
        force: bool,
    },
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum LangArg {
    /// Deutsch.
    De,
    /// Englisch.
    En,
}

/// How much the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only.
    Quiet,
    /// Summary, errors and warnings.
    Normal,
    /// Everything, info findings too.
    Verbose,
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
}

impl Cli {
    /// Splits the command line into the command and the settings every command shares.
    pub fn resolve(self) -> (Command, Settings) {
        let verbosity = if self.quiet {
            Verbosity::Quiet
        } else if self.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        };
        let settings = Settings {
            input: self.input,
            output: self.output,
            config: self.config,
            lang: self.lang.map(|l| match l {
                LangArg::De => Lang::De,
                LangArg::En => Lang::En,
            }),
            verbosity,
        };
        (
            self.command.unwrap_or(Command::Report { strict: false }),
            settings,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> (Command, Settings) {
        let mut full = vec!["bestand"];
        full.extend_from_slice(args);
        Cli::try_parse_from(full).unwrap().resolve()
    }

    #[test]
    fn no_command_is_report() {
        let (cmd, s) = parse(&[]);
        assert_eq!(cmd, Command::Report { strict: false });
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
    }

    #[test]
    fn global_flags_before_command() {
        let (cmd, s) = parse(&["--lang", "en", "-q", "check"]);
        assert_eq!(cmd, Command::Check);
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.verbosity, Verbosity::Quiet);
    }

    #[test]
    fn strict_report() {
        assert_eq!(
            parse(&["report", "--strict"]).0,
            Command::Report { strict: true }
        );
    }

    #[test]
    fn config_and_verbose() {
        let (_, s) = parse(&["--config", "x.toml", "-v"]);
        assert_eq!(s.config, Some(PathBuf::from("x.toml")));
        assert_eq!(s.verbosity, Verbosity::Verbose);
    }

    #[test]
    fn compare_years() {
        assert_eq!(
            parse(&["compare", "--from", "2022", "--to", "2024"]).0,
            Command::Compare {
                from: Some(2022),
                to: Some(2024)
            }
        );
        assert_eq!(
            parse(&["compare"]).0,
            Command::Compare {
                from: None,
                to: None
            }
        );
        assert!(Cli::try_parse_from(["bestand", "compare", "--from", "x"]).is_err());
    }

    #[test]
    fn template_options() {
        assert_eq!(
            parse(&["template", "--year", "2025", "--department", "FB Jugend"]).0,
            Command::Template {
                year: Some(2025),
                department: Some("FB Jugend".into())
            }
        );
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(Cli::try_parse_from(["bestand", "-q", "-v"]).is_err());
    }

    #[test]
    fn unknown_language_is_refused() {
        assert!(Cli::try_parse_from(["bestand", "--lang", "fr"]).is_err());
    }
}

//! The command line (clap derive). Its `///` comments are the `--help` text. It is resolved
//! once into [`Settings`]; no stage sees clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Lang;

/// Turns the departments' Excel inventories of integration measures into one clean table,
/// findings to fix, and a progress report.
#[derive(Debug, Parser)]
#[command(name = "bestand", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without a command, `report`.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folder with one subfolder per reporting year (input/2024/*.xlsx).
    #[arg(long, global = true, default_value = "input", value_name = "DIR")]
    pub input: PathBuf,
    /// Folder the results are written to.
    #[arg(long, global = true, default_value = "output", value_name = "DIR")]
    pub output: PathBuf,
    /// Configuration file (default: bestand.toml if present, else built-in defaults).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Language of messages and report (overrides the configuration).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print info findings.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// The commands.
#[derive(Debug, Subcommand, PartialEq)]
pub enum Command {
    /// Read all inventories and write the tables and findings (the default).
    Report {
        /// Exit with code 1 if there is any error finding.
        #[arg(long)]
        strict: bool,
    },
    /// Read and validate only: tables and findings, no report; exit 1 on error findings.
    Check,
    /// Year-over-year changes only: changes.csv, summary.json, findings.csv (default: the two latest years).
    Compare {
        /// The earlier year.
        #[arg(long, value_name = "YEAR")]
        from: Option<i32>,
        /// The later year.
        #[arg(long, value_name = "YEAR")]
        to: Option<i32>,
    },
    /// Write the Excel template for departments (dropdown lists from the vocabularies).
    Template {
        /// Reporting year printed on the template (default: this year).
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
        /// Department to prefill; without it, one template per department listed in the
        /// configuration (`departments`) plus a blank one.
        #[arg(long, value_name = "NAME")]
        department: Option<String>,
    },
    /// Write a commented default configuration file (bestand.toml).
    Init {
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum LangArg {
    /// Deutsch.
    De,
    /// English.
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

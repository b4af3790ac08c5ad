//! The command line (clap derive). Its `///` comments are the `--help` text. It is resolved
//! once into [`Settings`]; no stage sees clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::message;
use crate::lang::Lang;
pub use crate::terminal::Verbosity;
use crate::tr;

/// The command line. Its help texts, headings and usage lines come from `i18n/*/cli.ftl`
/// in the run's language ([`command`]); the doc comments here are for developers.
#[derive(Debug, Parser)]
#[command(
    name = "bestand",
    version,
    long_about = None,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// What to do; without a command: report.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Input and output folders when no command is given (then: report).
    #[command(flatten)]
    pub folders: Folders,
    /// Configuration file.
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// Language of messages and report.
    #[arg(long, global = true, value_enum, hide_possible_values = true)]
    pub lang: Option<LangArg>,
    /// Print errors only.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print notes too.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Show the help.
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Show the version.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    pub version: Option<bool>,
}

/// The input and output folders, offered only by the commands that read or write them.
#[derive(Debug, Clone, Default, PartialEq, Args)]
pub struct Folders {
    /// Input folder, one subfolder per reporting year.
    #[arg(long)]
    pub input: Option<PathBuf>,
    /// Output folder.
    #[arg(long)]
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

/// The commands.
#[derive(Debug, Subcommand, PartialEq)]
pub enum Command {
    /// Read everything, compare and write the report (the default).
    Report {
        /// Exit with 1 when there are error findings.
        #[arg(long)]
        strict: bool,
        /// Who the report is for.
        #[arg(
            long,
            value_enum,
            ignore_case = true,
            default_value_t,
            hide_possible_values = true,
            hide_default_value = true
        )]
        edition: Edition,
        /// Input and output folders.
        #[command(flatten)]
        folders: Folders,
    },
    /// Only read and check: tables and findings, no report.
    Check {
        /// Input and output folders.
        #[command(flatten)]
        folders: Folders,
    },
    /// Changes between two years.
    Compare {
        /// The earlier year.
        #[arg(long, value_parser = clap::value_parser!(i32).range(1990..=2100))]
        from: Option<i32>,
        /// The later year.
        #[arg(long, value_parser = clap::value_parser!(i32).range(1990..=2100))]
        to: Option<i32>,
        /// Input and output folders.
        #[command(flatten)]
        folders: Folders,
    },
    /// Write the templates for the departments.
    Template {
        /// Reporting year of the template.
        #[arg(long, value_parser = clap::value_parser!(i32).range(1990..=2100))]
        year: Option<i32>,
        /// Only this department's template.
        #[arg(long, conflicts_with = "indicators")]
        department: Option<String>,
        /// Write only the indicator workbook.
        #[arg(long)]
        indicators: bool,
        /// Input and output folders.
        #[command(flatten)]
        folders: Folders,
    },
    /// Write a commented bestand.toml.
    Init {
        /// Overwrite an existing file.
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
    /// German.
    De,
    /// English.
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
                    return Err(crate::tr!(lang, "cli-init-no-folders"));
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

/// The command line in the run's language: every help text, heading and usage line from
/// `i18n/*/cli.ftl` (the derive's doc comments are for developers). Subcommands get their
/// usage line in that language too (clap would write `[OPTIONS]`).
pub fn command(lang: Lang) -> clap::Command {
    let t = |id: &str| message(lang, id, &[]);
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t("cli-usage-word")
    );
    let cmd = <Cli as clap::CommandFactory>::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut cmd = localised_args(cmd, lang, &template)
        .about(t("cli-about"))
        .override_usage(t("cli-usage"))
        .subcommand_help_heading(t("cli-commands"))
        .after_help(t("cli-after-help"));
    for name in &names {
        let about = t(&format!("cli-command-{name}"));
        let usage = tr!(lang, "cli-usage-command", command = name.as_str());
        let after = format!(
            "{}\n\n{}",
            t(&format!("cli-examples-{name}")),
            t("cli-exit-codes")
        );
        cmd = cmd.mut_subcommand(name, |c| {
            localised_args(c, lang, &template)
                .about(about)
                .override_usage(usage)
                .after_help(after)
        });
    }
    cmd
}

/// One command's options with their help text and value name in the run's language, under
/// the heading "Optionen"/"Options".
fn localised_args(mut cmd: clap::Command, lang: Lang, template: &str) -> clap::Command {
    let heading = message(lang, "cli-options", &[]);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = message(lang, &format!("cli-arg-{id}"), &[]);
        let value = format!("cli-value-{id}");
        let value = crate::i18n::exists(lang, &value).then(|| message(lang, &value, &[]));
        let heading = heading.clone();
        cmd = cmd.mut_arg(id, |a| {
            let a = a.help(help).help_heading(heading);
            match value {
                Some(v) => a.value_name(v),
                None => a,
            }
        });
    }
    cmd.help_template(template.to_string())
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
    .map(|s| tr!(lang, "cli-did-you-mean", suggestion = s))
    .unwrap_or_default();
    let (arg, value) = (
        what(ContextKind::InvalidArg),
        what(ContextKind::InvalidValue),
    );
    match e.kind() {
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "cli-unknown-command",
            command = what(ContextKind::InvalidSubcommand),
            suggestion = suggestion
        ),
        ErrorKind::UnknownArgument => {
            tr!(
                lang,
                "cli-unknown-option",
                option = arg,
                suggestion = suggestion
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => {
            tr!(lang, "cli-missing-value", option = arg)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = what(ContextKind::ValidValue);
            let possible = if valid.is_empty() {
                String::new()
            } else {
                tr!(lang, "cli-possible-values", values = valid)
            };
            tr!(
                lang,
                "cli-invalid-value",
                value = value,
                option = arg,
                possible = possible
            )
        }
        ErrorKind::ArgumentConflict if arg == what(ContextKind::PriorArg) => {
            tr!(lang, "cli-given-twice", option = arg)
        }
        ErrorKind::ArgumentConflict => tr!(
            lang,
            "cli-conflict",
            option = arg,
            other = what(ContextKind::PriorArg)
        ),
        ErrorKind::MissingRequiredArgument => tr!(lang, "cli-missing-option", option = arg),
        kind => tr!(lang, "cli-not-understood", kind = kind.to_string()),
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
    fn every_command_and_option_has_its_help_in_both_languages() {
        for lang in [Lang::De, Lang::En] {
            let mut root = command(lang);
            let help = root.render_help().to_string();
            let mut missing: Vec<String> = help
                .split_whitespace()
                .filter(|w| w.starts_with("cli-"))
                .map(str::to_string)
                .collect();
            for c in root.get_subcommands_mut() {
                let help = c.render_help().to_string();
                missing.extend(
                    help.split_whitespace()
                        .filter(|w| w.starts_with("cli-"))
                        .map(|w| format!("{}: {w}", c.get_name())),
                );
                assert!(c.get_about().is_some(), "{lang:?} {}", c.get_name());
            }
            assert!(missing.is_empty(), "{lang:?}: {missing:?}");
        }
        let german = command(Lang::De).render_help().to_string();
        assert!(
            german.contains("Aufruf: bestand [BEFEHL] [OPTIONEN]"),
            "{german}"
        );
        assert!(german.contains("--input <ORDNER>"), "{german}");
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

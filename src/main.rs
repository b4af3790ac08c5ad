//! The `bestand` command: resolves the command line, runs the stages, prints findings and
//! fatal errors, and sets the exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use bestand::cli::{Cli, Command, Settings, Verbosity};
use bestand::config::Config;
use bestand::error::Error;
use bestand::findings::{Findings, Severity};
use bestand::{export, ingest, terminal, transform};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // clap's own --help and --version are not errors.
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let (command, settings) = cli.resolve();
    match run(command, &settings) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("bestand: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn load_config(settings: &Settings) -> Result<Config, Error> {
    let mut cfg = Config::load(settings.config.as_deref())?;
    if let Some(lang) = settings.lang {
        cfg.lang = lang;
    }
    Ok(cfg)
}

fn run(command: Command, settings: &Settings) -> Result<u8, Error> {
    match command {
        Command::Init { force } => {
            let path = settings
                .config
                .clone()
                .unwrap_or_else(|| "bestand.toml".into());
            if path.exists() && !force {
                return Err(Error::Usage(format!(
                    "{} exists already; use --force to overwrite it",
                    path.display()
                )));
            }
            export::write_atomic(&path, Config::default_toml()?.as_bytes())?;
            if settings.verbosity != Verbosity::Quiet {
                println!("{} written", path.display());
            }
            Ok(0)
        }
        Command::Check => {
            let errors = tables(settings)?;
            Ok(if errors > 0 { 1 } else { 0 })
        }
        Command::Report { strict } => {
            let errors = tables(settings)?;
            Ok(if strict && errors > 0 { 1 } else { 0 })
        }
    }
}

/// Ingest, transform and write the tables; prints the summary; returns the error count.
fn tables(settings: &Settings) -> Result<usize, Error> {
    let cfg = load_config(settings)?;
    let mut findings = Findings::new();
    let progress = (std::io::stderr().is_terminal() && settings.verbosity != Verbosity::Quiet)
        .then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message(cfg.lang.t("Dateien gelesen", "files read"));
            bar
        });
    // A reader library may panic on a malformed file; ingest catches it per file and makes
    // it a finding, so the default panic message would only confuse the reader.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let ingested = ingest::run(&settings.input, &cfg, &mut findings, progress.as_ref());
    std::panic::set_hook(default_hook);
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    let ingested = ingested?;
    let dataset = transform::run(&ingested, &cfg, &mut findings);
    findings.sort();
    export::write_tables(
        &settings.output,
        &dataset.measures,
        &findings,
        cfg.export_contact,
    )?;
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!(
        "{}",
        terminal::summary(
            &ingested.files,
            &dataset,
            &findings,
            settings.verbosity,
            cfg.lang,
            color,
            &settings.output,
        )
    );
    Ok(findings.count(Severity::Error))
}

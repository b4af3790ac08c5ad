//! `bestand init`: writes the commented default configuration.

use crate::cli::{Settings, Verbosity};
use crate::config::Config;
use crate::error::Error;
use crate::terminal::say;
use crate::{files, tr};

/// Writes `bestand.toml` (or `--config`), refusing to overwrite without `--force`.
pub(super) fn run(force: bool, settings: &Settings) -> Result<u8, Error> {
    let lang = settings.lang.unwrap_or_default();
    let path = settings
        .config
        .clone()
        .unwrap_or_else(|| "bestand.toml".into());
    if path.exists() && !force {
        return Err(Error::Usage(tr!(lang, "init-exists", path = &path)));
    }
    files::write_atomic(&path, Config::default_toml(lang).as_bytes())?;
    if settings.verbosity != Verbosity::Quiet {
        say(&format!("{}\n", tr!(lang, "init-written", path = &path)));
    }
    Ok(0)
}

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
    // Example texts beside it; an office's own texts are never overwritten.
    let texts = path.parent().map_or_else(
        || crate::texts::FOLDER.into(),
        |p| p.join(crate::texts::FOLDER),
    );
    if !texts.exists() {
        std::fs::create_dir_all(&texts).map_err(|source| Error::Write {
            path: texts.clone(),
            source,
        })?;
        for (name, body) in crate::texts::examples(lang) {
            files::write_atomic(&texts.join(name), body.as_bytes())?;
        }
        if settings.verbosity != Verbosity::Quiet {
            say(&format!(
                "{}\n",
                tr!(lang, "init-texts-written", path = &texts)
            ));
        }
    }
    Ok(0)
}

//! Finding the inventories: year folders, the files in them, what is skipped and why.

use std::path::{Path, PathBuf};

use crate::config::Lang;
use crate::error::Error;
use crate::findings::{Code, FileReport, Findings, Location, Severity};
use crate::i18n::message;
use crate::text::match_key;
use crate::tr;

use super::EXTENSIONS;

/// A file found in the input folder, with what to do with it.
pub(super) struct Candidate {
    pub(super) path: PathBuf,
    pub(super) rel: String,
    pub(super) folder_year: Option<i32>,
    pub(super) name_year: Option<i32>,
}

/// A reporting year written in a name: a four-digit number from 1990 to 2100 standing
/// apart from other digits (`jugend-2025.xlsx`, `Rückläufe 2025`); the last one counts.
pub fn year_in_name(name: &str) -> Option<i32> {
    name.rsplit(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// How deep below the input folder files are read: `input/2024/Nachzügler/x.xlsx` is.
pub(super) const MAX_DEPTH: usize = 3;

/// Lists the input folder: `<year>/` folders (a direct subfolder named by a four-digit
/// year) and everything below them, other folders and files at the top. Lock files, hidden
/// files and other types are reported as info and skipped; nothing is passed over silently.
pub(super) fn discover(
    input: &Path,
    lang: Lang,
    findings: &mut Findings,
    skipped: &mut Vec<FileReport>,
) -> Result<Vec<Candidate>, Error> {
    let mut out = Vec::new();
    // The input folder's own name may carry the year ("Rückläufe 2025").
    let input_year = std::fs::canonicalize(input)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .and_then(|n| year_in_name(&n));
    let mut stack = vec![Folder {
        dir: input.to_path_buf(),
        prefix: String::new(),
        year: None,
        name_year: input_year,
        depth: 0,
    }];
    while let Some(folder) = stack.pop() {
        let Some(names) = folder_entries(&folder, lang, findings)? else {
            continue;
        };
        let Folder {
            prefix,
            year,
            name_year,
            depth,
            ..
        } = &folder;
        for (name, path, is_dir) in names {
            let rel = format!("{prefix}{name}");
            let at = Location {
                file: rel.clone(),
                ..Location::default()
            };
            if is_dir {
                stack.extend(subfolder(&folder, &name, path, &at, lang, findings));
                continue;
            }
            if *depth == 0
                && (name.eq_ignore_ascii_case("links.csv")
                    || name.eq_ignore_ascii_case("bestand.toml")
                    || crate::indicators::is_indicator_file(&name).is_some())
            {
                // The user's links between years (see compare), the configuration and the
                // indicator workbook (read by its own reader).
                continue;
            }
            // The indicator workbook in a year folder is the office's one file for all years,
            // not a return (read as one it would give a header finding per sheet); lock files,
            // hidden and other files are no returns either. Each is named and skipped.
            let skip = if *depth > 0 && crate::indicators::is_indicator_file(&name).is_some() {
                Some((
                    Severity::Warning,
                    Code::IndicatorFileMisplaced,
                    "indicator-file-misplaced",
                ))
            } else {
                file_skip_reason(&name).map(|reason| (Severity::Info, Code::SkippedFile, reason))
            };
            if let Some((severity, code, reason)) = skip {
                findings.push(severity, code, &at, message(lang, reason, &[]));
                skipped.push(FileReport {
                    file: rel,
                    rows: 0,
                    skipped: true,
                    ..FileReport::default()
                });
                continue;
            }
            out.push(Candidate {
                path,
                rel,
                folder_year: *year,
                name_year: year_in_name(&name).or(*name_year),
            });
        }
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

/// A folder waiting to be listed by `discover`.
pub(super) struct Folder {
    /// Where it is.
    dir: PathBuf,
    /// Its path below the input folder, with a trailing slash (empty for the input folder).
    prefix: String,
    /// The reporting year of the `<year>/` folder it is in, if any.
    year: Option<i32>,
    /// A year in its own or an enclosing folder's name.
    name_year: Option<i32>,
    /// How deep below the input folder it is.
    depth: usize,
}

/// A folder's entry: name, path and whether it is a folder.
pub(super) type Entry = (String, PathBuf, bool);

/// The entries of a folder, sorted by name, with their paths and whether each is a folder;
/// `None` (with an error finding) when a folder below the input folder cannot be listed.
pub(super) fn folder_entries(
    folder: &Folder,
    lang: Lang,
    findings: &mut Findings,
) -> Result<Option<Vec<Entry>>, Error> {
    let dir_at = Location {
        file: folder.prefix.trim_end_matches('/').to_string(),
        ..Location::default()
    };
    let entries = match std::fs::read_dir(&folder.dir) {
        Ok(e) => e,
        Err(source) if folder.depth == 0 => {
            return Err(Error::InputDir {
                path: folder.dir.clone(),
                source,
            });
        }
        Err(e) => {
            unreadable(findings, &dir_at, e, true, lang);
            return Ok(None);
        }
    };
    let mut names: Vec<Entry> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                unreadable(findings, &dir_at, e, false, lang);
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        // Follows links to folders, as a person looking at the folder would.
        let is_dir = entry.path().is_dir();
        names.push((name, entry.path(), is_dir));
    }
    names.sort();
    Ok(Some(names))
}

/// Nothing is dropped silently: a folder (`whole`) or entry that cannot be listed is an error.
pub(super) fn unreadable(
    findings: &mut Findings,
    at: &Location,
    e: std::io::Error,
    whole: bool,
    lang: Lang,
) {
    findings.push(
        Severity::Error,
        Code::UnreadableFolder,
        at,
        if whole {
            tr!(lang, "folder-unreadable", source = e.to_string())
        } else {
            tr!(lang, "folder-entry-unreadable", source = e.to_string())
        },
    );
}

/// The subfolder `name` of `parent`, to be listed, or `None` (with an info finding) when it
/// is hidden or nested too deep.
pub(super) fn subfolder(
    parent: &Folder,
    name: &str,
    path: PathBuf,
    at: &Location,
    lang: Lang,
    findings: &mut Findings,
) -> Option<Folder> {
    let depth = parent.depth;
    if depth == 0 && name.eq_ignore_ascii_case(crate::texts::FOLDER) {
        // The office's texts for the report (see crate::texts), no returns.
        return None;
    }
    let reason = if name.starts_with('.') {
        Some("folder-hidden")
    } else if path.join(crate::files::name::LOCK).exists() {
        // bestand's own output folder: its workbooks are no returns.
        Some("folder-output")
    } else if parent.year.is_some() && is_archive(name) {
        // Originals moved aside by the office (`2024/alt/`): read, they would count twice.
        Some("folder-archive")
    } else if depth + 1 >= MAX_DEPTH {
        Some("folder-too-deep")
    } else {
        None
    };
    if let Some(reason) = reason {
        findings.push(
            Severity::Info,
            Code::SkippedFolder,
            at,
            message(lang, reason, &[]),
        );
        return None;
    }
    let folder_year = if depth == 0 && name.len() == 4 {
        name.parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
    } else {
        None
    };
    if parent.year.is_some() && depth >= 1 {
        findings.push(
            Severity::Info,
            Code::SubfolderRead,
            at,
            tr!(lang, "folder-in-year"),
        );
    }
    Some(Folder {
        dir: path,
        prefix: format!("{}/", at.file),
        year: parent.year.or(folder_year),
        name_year: year_in_name(name).or(parent.name_year),
        depth: depth + 1,
    })
}

/// Whether a folder's name says it holds files put aside: `alt`, `Archiv`, `old`, `_…`.
pub(super) fn is_archive(name: &str) -> bool {
    // The first word decides: „Alt 2023“, „alt_2023“, „Old stuff“, „Archiv (2023)“ are
    // archives; „Altenhilfe“ is not.
    let first = name
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(match_key)
        .unwrap_or_default();
    name.starts_with('_')
        || first.starts_with("archiv")
        || matches!(
            first.as_str(),
            "alt"
                | "alte"
                | "altes"
                | "old"
                | "veraltet"
                | "ersetzt"
                | "abgelegt"
                | "backup"
                | "backups"
        )
}

/// Why a file is skipped (the message's id): a lock file, a hidden file or no spreadsheet.
pub(super) fn file_skip_reason(name: &str) -> Option<&'static str> {
    let ext = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.starts_with("~$") || name.starts_with(".~lock") {
        Some("file-lock")
    } else if name.starts_with('.') {
        Some("file-hidden")
    } else if !EXTENSIONS.contains(&ext.as_str()) {
        Some("file-not-spreadsheet")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_put_aside_inside_a_year_are_archives() {
        for name in [
            "alt",
            "Alt",
            "Archiv",
            "archiv 2023",
            "Archiv (2023)",
            "Alt 2023",
            "alt_2023",
            "Old stuff",
            "Backups",
            "old",
            "_originale",
            "Backup",
        ] {
            assert!(is_archive(name), "{name}");
        }
        for name in ["Nachzügler", "Altenhilfe", "2024", "Korrekturen"] {
            assert!(!is_archive(name), "{name}");
        }
    }

    #[test]
    fn every_reason_has_its_words_in_both_languages() {
        for id in [
            "folder-hidden",
            "folder-archive",
            "folder-output",
            "folder-too-deep",
            "file-lock",
            "file-hidden",
            "file-not-spreadsheet",
        ] {
            for lang in [Lang::De, Lang::En] {
                assert_ne!(message(lang, id, &[]), id, "{id}");
            }
        }
        assert_eq!(file_skip_reason("~$jugend.xlsx"), Some("file-lock"));
        assert_eq!(file_skip_reason("notiz.docx"), Some("file-not-spreadsheet"));
        assert_eq!(file_skip_reason("jugend.xlsx"), None);
    }
}

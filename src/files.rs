//! The output folder: its lock, the names of every file bestand writes there, one file at
//! a time atomically, all outputs of a run as one transaction, the stamp that ties a report
//! to its tables, and the file names made from department names. Every stage hands its
//! bytes here; nothing else writes into the output folder.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::text;

/// The names of the files and folders bestand writes into the output folder, in one list.
pub mod name {
    /// The report as PDF.
    pub const REPORT_PDF: &str = "report.pdf";
    /// The report as HTML.
    pub const REPORT_HTML: &str = "report.html";
    /// The charts (SVG and PNG).
    pub const CHARTS: &str = "charts";
    /// All measures as CSV.
    pub const MEASURES_CSV: &str = "measures.csv";
    /// All measures as Parquet.
    pub const MEASURES_PARQUET: &str = "measures.parquet";
    /// The office's workbook: measures, changes, findings.
    pub const MEASURES_XLSX: &str = "measures.xlsx";
    /// Every finding.
    pub const FINDINGS_CSV: &str = "findings.csv";
    /// The year-over-year changes.
    pub const CHANGES_CSV: &str = "changes.csv";
    /// The key figures.
    pub const SUMMARY_JSON: &str = "summary.json";
    /// The correction workbooks, one per department.
    pub const CORRECTIONS: &str = "rueckmeldungen";
    /// Which tables the report beside them was made from.
    pub const STAMP: &str = ".bestand-report";
    /// The lock a run holds on the folder.
    pub const LOCK: &str = ".bestand.lock";
}

/// The output folder of one run, locked for as long as the value lives. The operating
/// system releases the lock when the process ends, also when it is killed, so two runs
/// never mix their files.
pub struct OutputDir {
    root: PathBuf,
    _lock: std::fs::File,
}

impl OutputDir {
    /// Creates `root` when missing and locks it for this run.
    pub fn lock(root: &Path) -> Result<OutputDir, Error> {
        std::fs::create_dir_all(root).map_err(|source| Error::Write {
            path: root.to_path_buf(),
            source,
        })?;
        let path = root.join(name::LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(OutputDir {
                root: root.to_path_buf(),
                _lock: file,
            }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::Locked {
                path: root.to_path_buf(),
            }),
            Err(std::fs::TryLockError::Error(source)) => Err(Error::Write { path, source }),
        }
    }

    /// Where an output lives once the run is done: the path a user is shown.
    pub fn shown(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Starts this run's transaction (see [`Stage`]).
    pub fn stage(&self) -> Result<Stage, Error> {
        Stage::begin(&self.root)
    }

    /// An error of this run as the user must read it: a path in the staging folder is
    /// named where the file goes, since the staging folder is gone when the run ends.
    pub fn unstaged(&self, error: Error) -> Error {
        error.rebased(&self.root.join(STAGE_DIR), &self.root)
    }

    /// Removes a report that was made from other tables than the ones in the folder now,
    /// so a workbook and a report that disagree never stand side by side. `measures` is
    /// the hash of the measures.csv just written. Returns whether it removed one.
    pub fn remove_stale_report(&self, measures: text::StableHasher) -> Result<bool, Error> {
        let out = &self.root;
        let pdf = out.join(name::REPORT_PDF);
        let html = out.join(name::REPORT_HTML);
        if !pdf.exists() && !html.exists() {
            return Ok(false);
        }
        let stamp = std::fs::read_to_string(out.join(name::STAMP)).unwrap_or_default();
        if stamp == tables_stamp(out, measures) {
            return Ok(false);
        }
        let remove = |p: PathBuf| -> Result<(), Error> {
            let result = if p.is_dir() {
                std::fs::remove_dir_all(&p)
            } else {
                std::fs::remove_file(&p)
            };
            match result {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(source) => Err(Error::Write { path: p, source }),
            }
        };
        remove(pdf)?;
        remove(html)?;
        remove(out.join(name::CHARTS))?;
        remove(out.join(name::STAMP))?;
        Ok(true)
    }
}

/// The tables the stamp covers, in its order; the first is hashed while it is written.
const STAMPED: [&str; 3] = [name::MEASURES_CSV, name::CHANGES_CSV, name::FINDINGS_CSV];

/// The hash of measures.csv as the stamp begins it ([`tables_stamp`]).
pub fn measures_hash(dir: &Path) -> text::StableHasher {
    let mut h = text::StableHasher::default();
    h.part(&std::fs::read(dir.join(STAMPED[0])).unwrap_or_default());
    h
}

/// A fingerprint of the tables in `dir` (measures.csv, changes.csv, findings.csv), stable
/// across runs and machines, written beside a report as [`name::STAMP`]. `measures` is
/// the hash of measures.csv ([`measures_hash`]), which a run makes while it compares the
/// years.
pub fn tables_stamp(dir: &Path, measures: text::StableHasher) -> String {
    let mut h = measures;
    for name in &STAMPED[1..] {
        h.part(&std::fs::read(dir.join(name)).unwrap_or_default());
    }
    format!("{:016x}\n", h.finish())
}

/// File-name parts for the departments of one folder, each its own: two names that give
/// one slug („Jugend-Amt“, „Jugend Amt“) must not write over each other's workbook.
#[derive(Default)]
pub struct Slugs(HashSet<String>);

impl Slugs {
    /// The slug of `name`, with „-2“, „-3“ … where an earlier name took it.
    pub fn unique(&mut self, name: &str) -> String {
        let base = slug(name);
        let mut candidate = base.clone();
        let mut n = 1;
        while !self.0.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        candidate
    }
}

/// The longest slug in bytes: with `vorlage-2026-` and `.xlsx` around it a file name stays
/// far below what file systems and Windows paths allow.
const SLUG_BYTES: usize = 80;

/// A file-name part from a department name: `FB Öffentliche Sicherheit` →
/// `fb-oeffentliche-sicherheit`. A long name is shortened and keeps a short stable hash of
/// the whole, so two long names stay apart; a name Windows reserves for devices (`con`,
/// `nul`, `com1` …) gets a suffix.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let key = text::match_key(word);
        if !key.is_empty() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(&key);
        }
    }
    if out.is_empty() {
        return "fachbereich".into();
    }
    if out.len() > SLUG_BYTES {
        let hash = format!("{:08x}", text::stable_hash(&[name.as_bytes()]) as u32);
        let mut cut = SLUG_BYTES - hash.len() - 1;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out = format!("{}-{hash}", out[..cut].trim_end_matches('-'));
    }
    let reserved = matches!(out.as_str(), "con" | "prn" | "aux" | "nul")
        || ["com", "lpt"].iter().any(|p| {
            out.strip_prefix(p)
                .is_some_and(|d| d.len() == 1 && d.as_bytes()[0].is_ascii_digit())
        });
    if reserved {
        out.push_str("-fachbereich");
    }
    out
}

/// Writes bytes atomically: temp file in the same folder, flush, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let werr = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(werr)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(werr)
}

/// Name of the folder beside the outputs where a run writes its files first.
const STAGE_DIR: &str = ".bestand-neu";
/// While a run moves its files into place: the list of them, so that the next run finishes
/// the move if this one was killed halfway.
const JOURNAL: &str = ".bestand-neu.liste";

/// All outputs of one run as one transaction: every file is written into a staging folder
/// inside the output folder, and only when all of them succeeded are they moved into place
/// (a folder such as `charts/` as a whole). A run that fails before moving leaves the old
/// set untouched. A run killed while moving, or stopped by a file it cannot replace (open in
/// Excel or a PDF viewer), leaves the staging folder and a journal from which the next run
/// completes the new set before anything else. Files the command does not write stay as
/// they are.
pub struct Stage {
    out: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Stage {
    /// Starts a transaction in `out` (whose lock the caller holds), first finishing or
    /// cleaning up whatever an earlier, killed run left.
    pub(crate) fn begin(out: &Path) -> Result<Stage, Error> {
        recover(out)?;
        let dir = out.join(STAGE_DIR);
        let werr = |source| Error::Write {
            path: dir.clone(),
            source,
        };
        std::fs::create_dir_all(&dir).map_err(werr)?;
        Ok(Stage {
            out: out.to_path_buf(),
            dir,
            committed: false,
        })
    }

    /// The folder to write this run's outputs into.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes one output of this run (`name` relative to the output folder).
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<(), Error> {
        write_atomic(&self.dir.join(name), bytes)
    }

    /// Moves every staged file and folder into the output folder.
    pub fn commit(mut self) -> Result<(), Error> {
        let werr = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Write { path, source }
        };
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .map_err(werr(&self.dir))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with(".alt-"))
            .collect();
        // Dot files (the stamp saying which tables a report belongs to) move last, so a move
        // that stops halfway never stamps old files as current.
        names.sort_by(|a, b| (a.starts_with('.'), a).cmp(&(b.starts_with('.'), b)));
        let journal = self.out.join(JOURNAL);
        write_atomic(&journal, names.join("\n").as_bytes())?;
        // From here the move is promised: if it stops, the staging folder and the journal
        // stay for the next run to finish it.
        self.committed = true;
        finish(&self.out, &names)?;
        std::fs::remove_file(&journal).map_err(werr(&journal))?;
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(())
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.committed {
            // A failed run: the old outputs stay, the half-written new ones go.
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Moves the staged entries into `out`; a folder replaces the old folder as a whole.
fn finish(out: &Path, names: &[String]) -> Result<(), Error> {
    let dir = out.join(STAGE_DIR);
    for name in names {
        let from = dir.join(name);
        if !from.exists() {
            continue;
        }
        let to = out.join(name);
        let werr = |source| Error::Write {
            path: to.clone(),
            source,
        };
        if to.is_dir() {
            let aside = dir.join(format!(".alt-{name}"));
            let _ = std::fs::remove_dir_all(&aside);
            std::fs::rename(&to, &aside).map_err(werr)?;
        }
        std::fs::rename(&from, &to).map_err(werr)?;
    }
    Ok(())
}

/// Finishes the move of a run that was killed while committing, and removes what a run
/// killed earlier left behind (its staging folder, temporary files).
pub(crate) fn recover(out: &Path) -> Result<(), Error> {
    let journal = out.join(JOURNAL);
    if let Ok(list) = std::fs::read_to_string(&journal) {
        let names: Vec<String> = list.lines().map(str::to_string).collect();
        finish(out, &names)?;
        let _ = std::fs::remove_file(&journal);
    }
    let _ = std::fs::remove_dir_all(out.join(STAGE_DIR));
    if let Ok(entries) = std::fs::read_dir(out) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.ends_with(".tmp") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_department_names_fit_every_file_system() {
        let long = "Fachbereich ".to_string() + &"Integration und Teilhabe ".repeat(12);
        let other = long.clone() + "Nord";
        let (a, b) = (slug(&long), slug(&other));
        assert!(a.len() <= SLUG_BYTES && b.len() <= SLUG_BYTES, "{a} {b}");
        assert_ne!(a, b, "two long names stay apart");
        assert_eq!(a, slug(&long), "stable");
        for reserved in ["CON", "nul", "Com1", "LPT9", "aux"] {
            let s = slug(reserved);
            assert!(s.ends_with("-fachbereich"), "{reserved}: {s}");
        }
        assert_eq!(slug("Com10"), "com10");
        let umlauts = slug(&"Öffentliche Ordnung und Sicherheit ".repeat(5));
        assert!(
            umlauts.len() <= SLUG_BYTES && umlauts.is_ascii(),
            "{umlauts}"
        );
    }

    #[test]
    fn departments_with_one_slug_get_a_file_each() {
        let mut slugs = Slugs::default();
        assert_eq!(slugs.unique("Jugend-Amt"), "jugend-amt");
        assert_eq!(slugs.unique("Jugend Amt"), "jugend-amt-2");
        assert_eq!(slugs.unique("JUGEND AMT"), "jugend-amt-3");
        assert_eq!(
            slugs.unique("FB Öffentliche Sicherheit"),
            "fb-oeffentliche-sicherheit"
        );
    }

    #[test]
    fn errors_name_the_output_folder_not_the_staging_folder() {
        let tmp = std::env::temp_dir().join(format!("bestand-unstaged-{}", std::process::id()));
        let out = OutputDir::lock(&tmp).unwrap();
        let stage = out.stage().unwrap();
        let e = Error::Write {
            path: stage.path().join("charts").join("a.png"),
            source: std::io::Error::other("voll"),
        };
        match out.unstaged(e) {
            Error::Write { path, .. } => assert_eq!(path, tmp.join("charts").join("a.png")),
            other => panic!("{other:?}"),
        }
        drop(stage);
        drop(out);
        let _ = std::fs::remove_dir_all(&tmp);
    }
}

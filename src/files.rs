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
    /// The report as a Word document.
    pub const REPORT_DOCX: &str = "report.docx";
    /// The internal edition beside the public one, as a Word document.
    pub const REPORT_INTERN_DOCX: &str = "report-intern.docx";
    /// The internal edition beside the public one (`report --edition both`), as PDF.
    pub const REPORT_INTERN_PDF: &str = "report-intern.pdf";
    /// The internal edition beside the public one, as HTML.
    pub const REPORT_INTERN_HTML: &str = "report-intern.html";
    /// The charts (SVG and PNG).
    pub const CHARTS: &str = "charts";
    /// All measures as CSV.
    pub const MEASURES_CSV: &str = "measures.csv";
    /// All measures as Parquet.
    pub const MEASURES_PARQUET: &str = "measures.parquet";
    /// The goals with a target and where each stands.
    pub const GOALS_PARQUET: &str = "goals.parquet";
    /// The indicator workbook's series as read.
    pub const INDICATORS_PARQUET: &str = "indicators.parquet";
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
        remove(out.join(name::REPORT_INTERN_PDF))?;
        remove(out.join(name::REPORT_INTERN_HTML))?;
        remove(out.join(name::REPORT_DOCX))?;
        remove(out.join(name::REPORT_INTERN_DOCX))?;
        remove(out.join(name::CHARTS))?;
        remove(out.join(name::STAMP))?;
        Ok(true)
    }
}

/// The tables the stamp covers, in its order; the first is hashed while it is written.
const STAMPED: [&str; 6] = [
    name::MEASURES_CSV,
    name::CHANGES_CSV,
    name::FINDINGS_CSV,
    name::SUMMARY_JSON,
    name::INDICATORS_PARQUET,
    name::GOALS_PARQUET,
];

/// The hash of measures.csv as the stamp begins it ([`tables_stamp`]).
pub fn measures_hash(dir: &Path) -> text::StableHasher {
    let mut h = text::StableHasher::default();
    h.part(&std::fs::read(dir.join(STAMPED[0])).unwrap_or_default());
    h
}

/// A fingerprint of the tables in `dir` (measures.csv, changes.csv, findings.csv, the key
/// figures and the indicator and goal tables; a missing one counts as empty), stable
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
/// While a run swaps its files in: the phase and the names, so that the next run restores
/// the old set (killed while setting it aside) or completes the new one (killed while
/// moving it in).
const JOURNAL: &str = ".bestand-neu.liste";
/// Inside the staging folder: the old set, while it is being replaced.
const ASIDE: &str = ".alt";

/// All outputs of one run as one transaction: every file is written into a staging folder
/// inside the output folder; then the old outputs of the same names are set aside and the
/// new ones moved in (a folder such as `charts/` as a whole). Any failure while doing so
/// puts the old set back whole and names the file that could not be replaced; a run killed
/// halfway is finished or undone by the next one from a journal. Files the command does
/// not write stay as they are; files someone put into a folder bestand replaces
/// (`rueckmeldungen/notiz.txt`) are carried into the new folder.
pub struct Stage {
    out: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Stage {
    /// Starts a transaction in `out` (whose lock the caller holds), first finishing or
    /// undoing whatever an earlier, killed run left.
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

    /// Replaces the old outputs by the staged ones, all or nothing; returns the files
    /// someone else put into a replaced folder, carried into the new one.
    pub fn commit(self) -> Result<Vec<String>, Error> {
        self.commit_without(&[])
    }

    /// As [`Stage::commit`], where the outputs named in `missing` could not be made: their
    /// old versions go too (set aside with the rest of the old set), so no old file stands
    /// beside the new ones.
    pub fn commit_without(mut self, missing: &[&str]) -> Result<Vec<String>, Error> {
        let werr = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Write { path, source }
        };
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .map_err(werr(&self.dir))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n != ASIDE)
            .collect();
        for name in missing {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        // Dot files (the stamp saying which tables a report belongs to) move last.
        names.sort_by(|a, b| (a.starts_with('.'), a).cmp(&(b.starts_with('.'), b)));
        let kept = carry_foreign_files(&self.out, &self.dir, &names);
        let aside = self.dir.join(ASIDE);
        std::fs::create_dir_all(&aside).map_err(werr(&aside))?;
        let journal = self.out.join(JOURNAL);
        // Phase 1: the old set aside. A failure puts back what moved.
        write_atomic(&journal, journal_text(Phase::Aside, &names).as_bytes())?;
        self.committed = true;
        if let Err(e) = set_aside(&self.out, &names) {
            restore(&self.out, &names);
            let _ = std::fs::remove_file(&journal);
            self.committed = false;
            return Err(e);
        }
        // Phase 2: the new set in. A failure takes back what moved in and restores the old.
        write_atomic(&journal, journal_text(Phase::In, &names).as_bytes())?;
        if let Err(e) = move_in(&self.out, &names) {
            take_back(&self.out, &names);
            restore(&self.out, &names);
            let _ = std::fs::remove_file(&journal);
            self.committed = false;
            return Err(e);
        }
        std::fs::remove_file(&journal).map_err(werr(&journal))?;
        discard_stage(&self.out);
        Ok(kept)
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.committed {
            // A failed run: the old outputs stay, the half-written new ones go.
            discard_stage(&self.out);
        }
    }
}

/// The two phases of a commit, as the journal records them.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    /// Setting the old outputs aside.
    Aside,
    /// Moving the new outputs in (the old set is all aside).
    In,
}

fn journal_text(phase: Phase, names: &[String]) -> String {
    let head = match phase {
        Phase::Aside => "aside",
        Phase::In => "in",
    };
    std::iter::once(head.to_string())
        .chain(names.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A test's way to make one output unreplaceable (as a file open in another program on
/// Windows is): `BESTAND_TEST_UNREPLACEABLE=summary.json`. Only in debug builds.
fn unreplaceable(name: &str) -> std::io::Result<()> {
    if cfg!(debug_assertions)
        && std::env::var("BESTAND_TEST_UNREPLACEABLE").is_ok_and(|n| n == name)
    {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "in use by another program",
        ));
    }
    Ok(())
}

/// Moves each old output of the staged names into the aside folder.
fn set_aside(out: &Path, names: &[String]) -> Result<(), Error> {
    let aside = out.join(STAGE_DIR).join(ASIDE);
    for name in names {
        let old = out.join(name);
        if std::fs::symlink_metadata(&old).is_err() {
            continue;
        }
        unreplaceable(name)
            .and_then(|_| std::fs::rename(&old, aside.join(name)))
            .map_err(|source| Error::Write { path: old, source })?;
    }
    Ok(())
}

/// Moves each staged output into the output folder.
fn move_in(out: &Path, names: &[String]) -> Result<(), Error> {
    let dir = out.join(STAGE_DIR);
    for name in names {
        let from = dir.join(name);
        if !from.exists() {
            continue;
        }
        let to = out.join(name);
        std::fs::rename(&from, &to).map_err(|source| Error::Write { path: to, source })?;
    }
    Ok(())
}

/// Undoes [`move_in`] as far as it went: the new outputs back into the staging folder.
fn take_back(out: &Path, names: &[String]) {
    let dir = out.join(STAGE_DIR);
    for name in names {
        let (new, staged) = (out.join(name), dir.join(name));
        // Moved in when the staged copy is gone and the name is taken.
        if !staged.exists() && new.exists() {
            let _ = std::fs::rename(&new, &staged);
        }
    }
}

/// Puts every output set aside back into the output folder.
fn restore(out: &Path, names: &[String]) {
    let aside = out.join(STAGE_DIR).join(ASIDE);
    for name in names {
        let old = aside.join(name);
        if std::fs::symlink_metadata(&old).is_ok()
            && std::fs::symlink_metadata(out.join(name)).is_err()
        {
            let _ = std::fs::rename(&old, out.join(name));
        }
    }
}

/// Removes the staging folder; when something in it cannot be removed (a file of the old
/// set still open somewhere), the folder is renamed out of the way, so the next run is
/// never stuck on it.
fn discard_stage(out: &Path) {
    let dir = out.join(STAGE_DIR);
    if std::fs::remove_dir_all(&dir).is_ok() || !dir.exists() {
        return;
    }
    let stuck = out.join(format!(".bestand-alt-{}", std::process::id()));
    let _ = std::fs::rename(&dir, stuck);
}

/// Files someone put into a folder this run replaces (a note in `rueckmeldungen/`, a file
/// in `charts/`): not bestand's, so carried into the new folder; returns them
/// (`folder/name`). bestand's own files there are workbooks carrying its identity and
/// charts; everything else is someone's.
fn carry_foreign_files(out: &Path, stage: &Path, names: &[String]) -> Vec<String> {
    let mut kept = Vec::new();
    for name in names {
        let (old, new) = (out.join(name), stage.join(name));
        if !old.is_dir() || !new.is_dir() {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&old) else {
            continue;
        };
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            if !path.is_file() || new.join(&file).exists() || is_ours(&path, name) {
                continue;
            }
            if std::fs::copy(&path, new.join(&file)).is_ok() {
                kept.push(format!("{name}/{file}"));
            }
        }
    }
    kept.sort();
    kept
}

/// Whether a file in an output folder was written by bestand: a chart, a workbook that
/// says it was handed out by bestand, or a temporary file of an atomic write.
fn is_ours(path: &Path, folder: &str) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.starts_with('.') && name.ends_with(".tmp") {
        return true;
    }
    if folder == name::CHARTS && matches!(ext.as_str(), "svg" | "png") {
        return true;
    }
    ext == "xlsx"
        && std::fs::read(path)
            .ok()
            .and_then(|b| crate::identity::read(&b))
            .is_some()
}

/// Finishes or undoes the commit of a run that was killed while committing, and removes
/// what a run killed earlier left behind (its staging folder, temporary files).
pub(crate) fn recover(out: &Path) -> Result<(), Error> {
    let journal = out.join(JOURNAL);
    if let Ok(list) = std::fs::read_to_string(&journal) {
        let mut lines = list.lines();
        let phase = lines.next().unwrap_or_default();
        let names: Vec<String> = lines.map(str::to_string).collect();
        if phase == "in" {
            // The old set was all aside: complete the new one.
            move_in(out, &names)?;
        } else {
            // Killed while setting aside: the old set goes back.
            restore(out, &names);
        }
        let _ = std::fs::remove_file(&journal);
    }
    discard_stage(out);
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

//! Writing files: one at a time atomically, and all outputs of a run as one transaction.
//! Every stage hands its bytes here; nothing else writes into the output folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

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
    pub fn begin(out: &Path) -> Result<Stage, Error> {
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
pub fn recover(out: &Path) -> Result<(), Error> {
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

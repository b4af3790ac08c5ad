//! Table exports: `measures.csv`, `measures.parquet`, `findings.csv`. Every file is written
//! to a temporary name in the output folder and renamed into place, so a failed run never
//! leaves half a file over a good one.

use std::io::Write;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::error::Error;
use crate::findings::Findings;
use crate::transform::{self, Measure};

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

/// Makes a text cell safe for spreadsheets: Excel runs a cell starting with `=`, `+`, `-`
/// or `@` as a formula, so such text gets a leading apostrophe.
pub fn spreadsheet_safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// CSV writer settings of SPEC: UTF-8 with BOM, comma, RFC 4180 quoting, CRLF-free. Text
/// columns are made spreadsheet-safe; the `numeric` columns are written as numbers, so a
/// tool reading the file sees numbers, not text.
fn csv_bytes(
    header: &[&str],
    numeric: &[usize],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<Vec<u8>, String> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(&mut out);
        w.write_record(header).map_err(|e| e.to_string())?;
        for r in rows {
            w.write_record(r.iter().enumerate().map(|(i, s)| {
                if numeric.contains(&i) {
                    s.clone()
                } else {
                    spreadsheet_safe(s)
                }
            }))
            .map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Formats an amount for analysts: plain decimal point, no thousands separator.
fn amount(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}

fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// `measures.csv` as bytes.
pub fn measures_csv(measures: &[Measure], with_contact: bool) -> Result<Vec<u8>, String> {
    let mut header: Vec<&str> = transform::COLUMNS.to_vec();
    if with_contact {
        header.push("contact");
    }
    // year, budget_eur, participants, source_row
    csv_bytes(
        &header,
        &[0, 10, 12, 19],
        measures.iter().map(|m| {
            let mut r = vec![
                m.year.to_string(),
                m.measure_id.clone().unwrap_or_default(),
                m.title.clone(),
                m.department.clone(),
                m.field_of_action.clone(),
                m.goals.join("; "),
                m.target_groups.join("; "),
                m.status.clone(),
                opt_date(m.start),
                opt_date(m.end),
                m.budget_eur.map(amount).unwrap_or_default(),
                m.funding.join("; "),
                m.participants.map(|p| p.to_string()).unwrap_or_default(),
                m.municipalities.join("; "),
                m.partners.join("; "),
                m.description.clone().unwrap_or_default(),
                if m.highlight { "true" } else { "false" }.to_string(),
                m.source_file.clone(),
                m.source_sheet.clone(),
                m.source_row.to_string(),
            ];
            if with_contact {
                r.push(m.contact.clone().unwrap_or_default());
            }
            r
        }),
    )
}

/// `findings.csv` as bytes.
pub fn findings_csv(findings: &Findings) -> Result<Vec<u8>, String> {
    csv_bytes(
        &["severity", "code", "file", "sheet", "cell", "message"],
        &[],
        findings.items().iter().map(|f| {
            vec![
                f.severity.as_str().to_string(),
                f.code.to_string(),
                f.file.clone(),
                f.sheet.clone(),
                f.cell.clone(),
                f.message.clone(),
            ]
        }),
    )
}

/// Writes `findings.csv` alone (for `compare`, whose matches can be uncertain).
pub fn write_findings(out: &Path, findings: &Findings) -> Result<(), Error> {
    let p = out.join("findings.csv");
    let bytes = findings_csv(findings).map_err(|message| Error::Export {
        path: p.clone(),
        message,
    })?;
    write_atomic(&p, &bytes)
}

/// `changes.csv` as bytes.
pub fn changes_csv(comparisons: &[crate::compare::Comparison]) -> Result<Vec<u8>, String> {
    csv_bytes(
        &crate::compare::CHANGE_COLUMNS,
        &[4, 5],
        comparisons.iter().flat_map(|c| {
            c.changes.iter().map(|ch| {
                vec![
                    ch.kind.as_str().to_string(),
                    ch.department.clone(),
                    ch.title.clone(),
                    ch.measure_id.clone().unwrap_or_default(),
                    ch.from_year.to_string(),
                    ch.to_year.to_string(),
                    ch.detail.clone(),
                ]
            })
        }),
    )
}

/// Writes `changes.csv` and `summary.json` into `out`.
pub fn write_comparison(
    out: &Path,
    comparisons: &[crate::compare::Comparison],
    summary: &crate::summary::Summary,
) -> Result<(), Error> {
    let p = out.join("changes.csv");
    let bytes = changes_csv(comparisons).map_err(|message| Error::Export {
        path: p.clone(),
        message,
    })?;
    write_atomic(&p, &bytes)?;
    let p = out.join("summary.json");
    let bytes = crate::summary::to_json(summary).map_err(|message| Error::Export {
        path: p.clone(),
        message,
    })?;
    write_atomic(&p, &bytes)
}

/// `measures.parquet` as bytes (list columns stay lists).
pub fn measures_parquet(measures: &[Measure], with_contact: bool) -> Result<Vec<u8>, String> {
    let mut df = transform::frame(measures, with_contact).map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    ParquetWriter::new(&mut buf)
        .with_statistics(StatisticsOptions::empty())
        .finish(&mut df)
        .map_err(|e| e.to_string())?;
    Ok(buf)
}

/// Writes the table exports into `out`; returns the paths written.
pub fn write_tables(
    out: &Path,
    measures: &[Measure],
    findings: &Findings,
    with_contact: bool,
) -> Result<Vec<PathBuf>, Error> {
    let export = |path: &Path| {
        let p = path.to_path_buf();
        move |message: String| Error::Export { path: p, message }
    };
    let csv_path = out.join("measures.csv");
    let parquet_path = out.join("measures.parquet");
    let findings_path = out.join("findings.csv");
    // The two big encodings are independent: one per core.
    let (csv, parquet) = rayon::join(
        || measures_csv(measures, with_contact).map_err(export(&csv_path)),
        || measures_parquet(measures, with_contact).map_err(export(&parquet_path)),
    );
    write_atomic(&csv_path, &csv?)?;
    write_atomic(&parquet_path, &parquet?)?;
    write_atomic(
        &findings_path,
        &findings_csv(findings).map_err(export(&findings_path))?,
    )?;
    let written = vec![csv_path, parquet_path, findings_path];
    Ok(written)
}

/// Marks every entry of a zip (an xlsx) as made on Unix. The zip writer records the
/// operating system it ran on in each central-directory entry; with this one byte fixed,
/// a workbook written on Windows is byte-identical to one written on Linux.
pub fn zip_made_on_unix(mut bytes: Vec<u8>) -> Vec<u8> {
    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let u32_at = |b: &[u8], i: usize| {
        b.get(i..i + 4)
            .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
    };
    // The end-of-central-directory record, searched from the end (no archive comment).
    let Some(eocd) = (0..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
    else {
        return bytes;
    };
    let (Some(count), Some(start)) = (u16_at(&bytes, eocd + 10), u32_at(&bytes, eocd + 16)) else {
        return bytes;
    };
    let mut at = start as usize;
    for _ in 0..count {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(&[0x50, 0x4b, 0x01, 0x02]))
        {
            break;
        }
        bytes[at + 5] = 3;
        let (Some(n), Some(e), Some(c)) = (
            u16_at(&bytes, at + 28),
            u16_at(&bytes, at + 30),
            u16_at(&bytes, at + 32),
        ) else {
            break;
        };
        at += 46 + n as usize + e as usize + c as usize;
    }
    bytes
}

/// Name of the folder beside the outputs where a run writes its files first.
const STAGE_DIR: &str = ".bestand-neu";
/// While a run moves its files into place: the list of them, so that the next run finishes
/// the move if this one was killed halfway.
const JOURNAL: &str = ".bestand-neu.liste";

/// All outputs of one run as one transaction: every file is written into a staging folder
/// inside the output folder, and only when all of them succeeded are they moved into place
/// (a folder such as `charts/` as a whole). A failed run leaves the old set untouched; a run
/// killed while moving leaves a journal from which the next run completes the new set.
/// Files the command does not write stay as they are.
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
        names.sort();
        let journal = self.out.join(JOURNAL);
        write_atomic(&journal, names.join("\n").as_bytes())?;
        finish(&self.out, &names)?;
        std::fs::remove_file(&journal).map_err(werr(&journal))?;
        let _ = std::fs::remove_dir_all(&self.dir);
        self.committed = true;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_text_is_defused() {
        assert_eq!(spreadsheet_safe("=SUMME(A1)"), "'=SUMME(A1)");
        assert_eq!(spreadsheet_safe("+49 511"), "'+49 511");
        assert_eq!(spreadsheet_safe("-Sprachkurs"), "'-Sprachkurs");
        assert_eq!(spreadsheet_safe("@home"), "'@home");
        assert_eq!(spreadsheet_safe("Sprachkurs"), "Sprachkurs");
    }

    #[test]
    fn amounts() {
        assert_eq!(amount(12500.0), "12500");
        assert_eq!(amount(12500.5), "12500.50");
    }
}

//! Mutation test: real workbooks and CSVs (the samples and the committed foreign fixtures)
//! damaged the ways files get damaged — bit flips, truncation, quote damage, huge declared
//! dimensions, far-apart cells, deep XML — each read by `bestand check` in a child process
//! with a timeout and a memory watch. Counted: crashes (a panic or a signal), hangs, memory
//! over 1 GB, wrong exit codes and unaccounted rows; all must be zero.
//!
//! The seed and the number of cases are fixed (`MUTATION_CASES` raises the number, and
//! `just fuzz` runs many more on the release binary).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::Rng;

/// Cases in a plain `cargo test`.
const CASES: usize = 96;
/// A case that runs longer than this hangs.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Peak resident memory allowed per case.
const MAX_RSS_KB: u64 = 1 << 20;

/// The files mutated: every sample and every foreign fixture.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["input/2024", "tests/fixtures/foreign"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for p in names {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read(&p).unwrap()));
        }
    }
    out
}

/// The entries of a zip (name, content).
fn unzip(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).ok()?;
        let mut content = Vec::new();
        f.read_to_end(&mut content).ok()?;
        out.push((f.name().ok()?.to_string(), content));
    }
    Some(out)
}

fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in entries {
            zip.start_file(name.as_str(), opts).unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

/// Changes the first worksheet XML of an xlsx (or content.xml of an ods) with `f`.
fn edit_sheet(bytes: &[u8], f: impl Fn(String) -> String) -> Option<Vec<u8>> {
    let mut entries = unzip(bytes)?;
    let e = entries
        .iter_mut()
        .find(|(n, _)| n.starts_with("xl/worksheets/sheet") || n == "content.xml")?;
    e.1 = f(String::from_utf8_lossy(&e.1).into_owned()).into_bytes();
    Some(rezip(&entries))
}

/// One damaged file; returns its kind of damage.
fn mutate(rng: &mut Rng, name: &str, bytes: &[u8]) -> (&'static str, Vec<u8>) {
    let mut b = bytes.to_vec();
    // Damage that fits the file: quotes for text, zip surgery for workbooks.
    let choice = if name.ends_with(".csv") {
        [0, 1, 2, 6][rng.below(4)]
    } else {
        [0, 1, 3, 4, 5, 6][rng.below(6)]
    };
    match choice {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            ("bit flips", b)
        }
        1 => {
            b.truncate(rng.below(b.len()));
            ("truncated", b)
        }
        2 if name.ends_with(".csv") => {
            // A quote at the start of a random field, never closed.
            let starts: Vec<usize> = (0..b.len()).filter(|i| b[*i] == b';').collect();
            let at = starts.get(rng.below(starts.len())).map_or(0, |i| i + 1);
            b.insert(at, b'"');
            ("quote damage", b)
        }
        3 => match edit_sheet(bytes, |x| {
            x.replacen("<dimension ref=\"", "<dimension ref=\"A1:XFD1048576\" x=\"", 1)
                .replacen("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>", 1)
                .replacen("</table:table>", "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16000\"/><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>", 1)
        }) {
            Some(z) => ("huge dimensions", z),
            None => ("huge dimensions (not a zip: bit flip)", {
                let i = rng.below(b.len());
                b[i] ^= 0x55;
                b
            }),
        },
        4 => {
            match edit_sheet(bytes, |x| {
                // Twenty thousand rows with one cell each in the last column: a small file whose
                // cells span a huge grid.
                let rows: String = (2000..22_000)
                .map(|r| format!("<row r=\"{r}\"><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>"))
                .collect();
                x.replacen("</sheetData>", &format!("{rows}</sheetData>"), 1)
                .replacen("</table:table>", "<table:table-row table:number-rows-repeated=\"20000\"><table:table-cell table:number-columns-repeated=\"16383\"/><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>", 1)
            }) {
                Some(z) => ("far-apart cells", z),
                None => ("far-apart cells (not a zip: truncated)", {
                    b.truncate(b.len() / 2);
                    b
                }),
            }
        }
        5 => match edit_sheet(bytes, |x| {
            let depth = 50_000;
            let deep = format!("{}{}", "<x>".repeat(depth), "</x>".repeat(depth));
            x.replacen("<sheetData>", &format!("<sheetData>{deep}"), 1)
                .replacen("<office:body>", &format!("<office:body>{deep}"), 1)
        }) {
            Some(z) => ("deep XML", z),
            None => ("deep XML (not a zip: repeated)", b.repeat(3)),
        },
        _ => {
            // A slice of the file copied over another place.
            let (from, to) = (rng.below(b.len()), rng.below(b.len()));
            let len = rng.below(64).min(b.len() - from).min(b.len() - to);
            let slice = b[from..from + len].to_vec();
            b[to..to + len].copy_from_slice(&slice);
            ("slice copied", b)
        }
    }
}

/// The data rows of an undamaged file, counted without bestand: on each sheet, the rows
/// below the first row with a column headed „Maßnahme“ or „Titel“ (or the like) that hold a value under a
/// header cell (calamine for workbooks, the csv crate for text).
fn independent_rows(name: &str, bytes: &[u8]) -> usize {
    let names_title = |t: &str| {
        let t = t.trim().to_lowercase().replace('\u{fffd}', "ß");
        [
            "maßnahme",
            "maßnahme/projekt",
            "projekt",
            "titel",
            "maßnahmentitel",
        ]
        .contains(&t.as_str())
    };
    let count = |rows: Vec<Vec<String>>| -> usize {
        let Some(h) = rows
            .iter()
            .take(30)
            .position(|r| r.iter().any(|c| names_title(c)))
        else {
            return 0;
        };
        let columns: Vec<usize> = (0..rows[h].len())
            .filter(|c| !rows[h][*c].trim().is_empty())
            .collect();
        rows[h + 1..]
            .iter()
            .filter(|r| {
                columns
                    .iter()
                    .any(|c| r.get(*c).is_some_and(|v| !v.trim().is_empty()))
            })
            .count()
    };
    if name.ends_with(".csv") {
        let text = String::from_utf8_lossy(bytes);
        let rows = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        return count(rows);
    }
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec()))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut total = 0;
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        // Rows and columns as the sheet has them, from A1, so a gap stays a gap.
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); r0 as usize];
        for r in range.rows() {
            let mut row = vec![String::new(); c0 as usize];
            row.extend(r.iter().map(|c| c.to_string()));
            rows.push(row);
        }
        total += count(rows);
    }
    total
}

/// Measures plus rows not taken over that a run took from `name`.
fn rows_taken(out: &Path, name: &str) -> usize {
    let measures = std::fs::read_to_string(out.join("measures.csv")).unwrap_or_default();
    let from_file = measures
        .lines()
        .filter(|l| l.contains(&format!(",2024/{name},")))
        .count();
    let summary: serde_json::Value = std::fs::read(out.join("summary.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let rejected = summary["years"].as_array().map_or(0, |ys| {
        ys.iter()
            .map(|y| y["rows_not_taken_over"].as_u64().unwrap_or(0))
            .sum()
    });
    from_file + rejected as usize
}

/// Peak resident memory of a running process, from /proc (Linux); 0 elsewhere.
fn peak_rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// What one case did.
struct Outcome {
    code: Option<i32>,
    hung: bool,
    peak_kb: u64,
    stderr: String,
    unaccounted: bool,
    /// Measures plus rows not taken over from the damaged file.
    rows: usize,
    /// A panic in bestand's own code, caught and turned into a finding: a bug, not damage.
    internal: bool,
}

fn run_case(dir: &Path, name: &str) -> Outcome {
    let out = dir.join("output");
    let mut child = Command::new(env!("CARGO_BIN_EXE_bestand"))
        .current_dir(dir)
        .args(["check", "-q", "--input"])
        .arg(dir.join("input"))
        .arg("--output")
        .arg(&out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bestand");
    let start = Instant::now();
    let mut peak = 0;
    let (code, hung) = loop {
        peak = peak.max(peak_rss_kb(child.id()));
        if let Some(status) = child.try_wait().expect("wait") {
            break (status.code(), false);
        }
        if start.elapsed() > TIMEOUT || peak > 4 * MAX_RSS_KB {
            let _ = child.kill();
            let _ = child.wait();
            break (None, start.elapsed() > TIMEOUT);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    let findings = std::fs::read_to_string(out.join("findings.csv")).unwrap_or_default();
    Outcome {
        code,
        hung,
        peak_kb: peak,
        stderr,
        unaccounted: findings.contains("rows-unaccounted"),
        rows: rows_taken(&out, name),
        internal: findings.contains("interner Fehler in bestand"),
    }
}

#[test]
fn damaged_files_never_crash_hang_exhaust_memory_or_lose_rows() {
    let cases: usize = std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    let seeds = seeds();
    // The count each undamaged file must give, taken without bestand, and bestand agreeing
    // with it on the undamaged file (else the comparison below would prove nothing).
    let mut expected = Vec::new();
    for (name, bytes) in &seeds {
        let dir = tempfile::tempdir().unwrap();
        let year = dir.path().join("input/2024");
        std::fs::create_dir_all(&year).unwrap();
        std::fs::write(year.join(name), bytes).unwrap();
        let n = independent_rows(name, bytes);
        assert!(n > 0, "{name}: no data rows found");
        assert_eq!(run_case(dir.path(), name).rows, n, "{name} undamaged");
        expected.push(n);
    }
    let mut rng = Rng(0x5EED_2026);
    let mut problems = Vec::new();
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for case in 0..cases {
        let seed = rng.below(seeds.len());
        let (name, bytes) = &seeds[seed];
        let (kind, damaged) = mutate(&mut rng, name, bytes);
        *kinds.entry(kind).or_default() += 1;
        let dir = tempfile::tempdir().unwrap();
        let year = dir.path().join("input/2024");
        std::fs::create_dir_all(&year).unwrap();
        std::fs::write(year.join(name), &damaged).unwrap();
        // A good file beside it: the run must go on with the others.
        std::fs::write(
            year.join("gut.csv"),
            "Maßnahme;Fachbereich;Handlungsfeld;Status\nLotsen;FB Soziales;Geflüchtete;laufend\n",
        )
        .unwrap();
        let o = run_case(dir.path(), name);
        // Damage beside the data (a far cell, a declared size, unknown elements) keeps
        // every row. In an ods both far edits are written cells (repeated rows of a cell
        // past 16,000 empty ones) that the reader would expand into one dense grid: the
        // file is refused with a finding naming the sheet (limits.max_cells_per_sheet).
        let intact = kind == "deep XML"
            || matches!(kind, "huge dimensions" | "far-apart cells") && !name.ends_with(".ods");
        let what = format!("case {case} ({kind} of {name})");
        if o.hung {
            problems.push(format!("{what}: hung"));
        } else if o.peak_kb > MAX_RSS_KB {
            problems.push(format!("{what}: {} MB peak memory", o.peak_kb >> 10));
        } else if o.stderr.contains("panicked") || !matches!(o.code, Some(0 | 1)) {
            problems.push(format!(
                "{what}: exit {:?}: {}",
                o.code,
                o.stderr.lines().take(3).collect::<Vec<_>>().join(" | ")
            ));
        } else if o.internal {
            problems.push(format!(
                "{what}: a panic in bestand's own code (interner Fehler)"
            ));
        } else if o.unaccounted {
            problems.push(format!("{what}: rows unaccounted"));
        } else if intact && o.code.is_some() && o.rows != expected[seed] {
            problems.push(format!(
                "{what}: {} rows taken, the file has {}",
                o.rows, expected[seed]
            ));
        } else {
            let measures =
                std::fs::read_to_string(dir.path().join("output/measures.csv")).unwrap_or_default();
            if !measures.contains("Lotsen") {
                problems.push(format!("{what}: the good file beside it was lost"));
            }
        }
    }
    eprintln!("mutation test: {cases} cases {kinds:?}");
    assert!(
        problems.is_empty(),
        "{} of {cases} cases failed:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

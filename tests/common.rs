//! Helpers: a temporary work folder, workbooks written with rust_xlsxwriter, the binary run
//! on them, and its CSV outputs read back.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::{Workbook, Worksheet};

/// A temporary folder with `input/<year>/` and `output/`.
pub struct Work {
    pub dir: tempfile::TempDir,
}

/// What a run of the binary produced.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub measures: Vec<HashMap<String, String>>,
    pub findings: Vec<HashMap<String, String>>,
}

impl Run {
    /// Findings with this code.
    pub fn with_code(&self, code: &str) -> Vec<&HashMap<String, String>> {
        self.findings.iter().filter(|f| f["code"] == code).collect()
    }

    /// Number of findings of a severity.
    pub fn count(&self, severity: &str) -> usize {
        self.findings
            .iter()
            .filter(|f| f["severity"] == severity)
            .count()
    }

    /// The measure with this title.
    pub fn measure(&self, title: &str) -> &HashMap<String, String> {
        self.measures
            .iter()
            .find(|m| m["title"] == title)
            .unwrap_or_else(|| {
                panic!(
                    "no measure {title:?} in {:#?}\n{}",
                    self.measures, self.stdout
                )
            })
    }

    /// The measure of a year with this title.
    pub fn measure_in(&self, year: &str, title: &str) -> &HashMap<String, String> {
        self.measures
            .iter()
            .find(|m| m["title"] == title && m["year"] == year)
            .unwrap_or_else(|| panic!("no measure {title:?} in {year}: {:#?}", self.measures))
    }
}

impl Work {
    pub fn new() -> Work {
        Work {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn input(&self) -> PathBuf {
        self.dir.path().join("input")
    }

    pub fn output(&self) -> PathBuf {
        self.dir.path().join("output")
    }

    /// Path of a file in `input/<year>/`, its folder created.
    pub fn file(&self, year: &str, name: &str) -> PathBuf {
        let dir = self.input().join(year);
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir.join(name)
    }

    /// Writes bytes to `input/<year>/<name>`.
    pub fn put(&self, year: &str, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.file(year, name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// Writes a workbook with one sheet `Maßnahmen` whose rows are given as text
    /// (numbers stay text; use `workbook_with` for typed cells).
    pub fn sheet(&self, year: &str, name: &str, rows: &[&[&str]]) -> PathBuf {
        self.workbook_with(year, name, |ws| {
            for (r, row) in rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    if !v.is_empty() {
                        ws.write_string(r as u32, c as u16, *v).expect("write");
                    }
                }
            }
        })
    }

    /// Writes a workbook whose data sheet `Maßnahmen` is filled by the closure.
    pub fn workbook_with(
        &self,
        year: &str,
        name: &str,
        fill: impl FnOnce(&mut Worksheet),
    ) -> PathBuf {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Maßnahmen").expect("name");
        fill(ws);
        let bytes = wb.save_to_buffer().expect("xlsx");
        self.put(year, name, &bytes)
    }

    /// Writes `bestand.toml` into the work folder (where the binary runs).
    pub fn config(&self, cfg: &bestand::config::Config) {
        std::fs::write(
            self.dir.path().join("bestand.toml"),
            toml::to_string(cfg).expect("config as TOML"),
        )
        .expect("write bestand.toml");
    }

    /// Runs the binary in the work folder with `--input input --output output`.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), &self.input(), &self.output(), args)
    }
}

impl Work {
    /// Runs the binary in the work folder with the arguments given and nothing else.
    pub fn run_bare(&self, args: &[&str]) -> Run {
        launch(self.dir.path(), args, None)
    }
}

/// Runs the binary with explicit folders.
pub fn run_in(cwd: &Path, input: &Path, output: &Path, args: &[&str]) -> Run {
    launch(cwd, args, Some((input, output)))
}

/// Runs the binary in `cwd` with `args` (and the folders, if given); reads the tables the
/// run wrote into the output folder.
fn launch(cwd: &Path, args: &[&str], folders: Option<(&Path, &Path)>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_bestand"));
    command.current_dir(cwd).args(args).env("NO_COLOR", "1");
    if let Some((input, output)) = folders {
        command
            .arg("--input")
            .arg(input)
            .arg("--output")
            .arg(output);
    }
    let out = command.output().expect("run bestand");
    let table = |name: &str| folders.map_or_else(Vec::new, |(_, o)| read_csv(&o.join(name)));
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        measures: table("measures.csv"),
        findings: table("findings.csv"),
    }
}

/// Reads a CSV written by bestand into maps (header name to value); empty if absent.
pub fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let Ok(bytes) = std::fs::read(path) else {
        return Vec::new();
    };
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{} lacks the BOM",
        path.display()
    );
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let headers = r.headers().expect("header").clone();
    r.records()
        .map(|rec| {
            let rec = rec.expect("record");
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The default template header row.
pub const HEADER: &[&str] = &[
    "Maßnahmen-ID",
    "Maßnahme",
    "Fachbereich",
    "Handlungsfeld",
    "Zielgruppen",
    "Status",
    "Beginn",
    "Ende",
    "Budget (EUR)",
    "Teilnehmende",
];

/// A valid data row under [`HEADER`].
pub fn row<'a>(id: &'a str, title: &'a str) -> Vec<&'a str> {
    vec![
        id,
        title,
        "Fachbereich Soziales",
        "Geflüchtete",
        "Geflüchtete",
        "laufend",
        "01.01.2020",
        "",
        "1000",
        "10",
    ]
}

/// Whether the tests run under CI: `CI` set to anything but empty, `0` or `false`.
pub fn under_ci() -> bool {
    std::env::var("CI")
        .is_ok_and(|v| !matches!(v.trim().to_lowercase().as_str(), "" | "0" | "false"))
}

/// Whether an outside program a test needs is installed. Without it the test says in one
/// line that it skipped; under `CI=true` (where `.ci/run` installs everything) a missing
/// program fails the test instead.
pub fn have(program: &str, install: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok();
    if !found {
        let test = std::thread::current()
            .name()
            .unwrap_or("a test")
            .to_string();
        if under_ci() {
            panic!("{test}: {program} is missing under CI=true ({install})");
        }
        eprintln!("skipped part of {test}: {program} is not installed ({install})");
    }
    found
}

/// The text of every page of a PDF, extracted in Rust (no poppler needed), one block per
/// page under a `--- Seite N ---` line.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("PDF parses");
    let mut out = String::new();
    for (n, _) in doc.get_pages() {
        out.push_str(&format!("--- Seite {n} ---\n"));
        let text = doc.extract_text(&[n]).expect("page text");
        for line in text.lines() {
            let line = line.trim_end();
            if !line.is_empty() {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The text of a PDF file from page `from` (1-based) on.
pub fn pdf_text_from(path: &Path, from: usize) -> String {
    let text = pdf_text(&std::fs::read(path).expect("read PDF"));
    let marker = format!("--- Seite {from} ---");
    text.find(&marker)
        .map(|i| text[i..].to_string())
        .unwrap_or_default()
}

/// xorshift64*: a small random generator, fixed and the same on every machine, for tests
/// that draw many cases from one seed.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A return of `department` in `year` with running measures of these titles (no ids).
pub fn return_of_titles(w: &Work, year: &str, file: &str, department: &str, titles: &[&str]) {
    let rows: Vec<Vec<&str>> = titles
        .iter()
        .map(|t| {
            let mut r = row("", t);
            r[2] = department;
            r
        })
        .collect();
    let mut all: Vec<&[&str]> = vec![HEADER];
    all.extend(rows.iter().map(Vec::as_slice));
    w.sheet(year, file, &all);
}

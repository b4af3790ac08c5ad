//! `just bench` (`cargo bench --bench bench`): the scale curve of the whole product.
//!
//! For 10,000, 50,000, 200,000 and 400,000 measures over two reporting years (500 rows per
//! workbook, written by the sample generator into a temp folder or `BENCH_DIR/<n>/`; sizes
//! from `BENCH_SIZES=10000,50000`), each in a fresh process so its peak memory is its own:
//! - calamine alone: every workbook opened and every cell touched, both cores (what every
//!   tool pays);
//! - `bestand check` and `bestand report`, the release binary as a user runs it: wall time,
//!   peak memory, and the time as a multiple of calamine's;
//!
//! then the time per stage of a report on the largest corpus (one after another, in one
//! process with the binary's allocator; the binary runs several at once), and the comparison of
//! 50,000 vs 50,000 measures with its accuracy. `cargo bench --bench bench -- --report`
//! times the report rendering alone on the samples and small corpora.

#[allow(dead_code)]
#[path = "../examples/samples/generator.rs"]
mod generator;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use calamine::{Data, Reader};
use rayon::prelude::*;

/// The binary's allocator, so the stages here cost what they cost in a user's run.
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for year in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(year.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            out.push(f.path());
        }
    }
    out.sort();
    out
}

/// calamine alone, both cores: returns the number of non-empty cells.
fn raw(dir: &Path) -> usize {
    files(dir)
        .par_iter()
        .map(|p| {
            let mut wb = calamine::open_workbook_auto(p).expect("open");
            let mut n = 0;
            for name in wb.sheet_names() {
                if let Ok(range) = wb.worksheet_range(&name) {
                    n += range
                        .used_cells()
                        .filter(|(_, _, d)| **d != Data::Empty)
                        .count();
                }
            }
            n
        })
        .sum()
}

fn child(mode: &str, dir: &Path) -> (f64, f64, usize) {
    let out = Command::new(std::env::current_exe().expect("exe"))
        .arg(mode)
        .arg(dir)
        .output()
        .expect("child");
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Vec<&str> = text.split_whitespace().collect();
    assert!(
        v.len() == 3,
        "child {mode} failed: {text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    (
        v[0].parse().unwrap_or(f64::NAN),
        v[1].parse().unwrap_or(f64::NAN),
        v[2].parse().unwrap_or(0),
    )
}

/// Two synthetic inventories of `n` measures with known truth: most continue (some with
/// the id dropped, some retitled with a filler word or a typo, some moved), some end, some
/// are new. Returns the measures and, per later measure, the index of its true predecessor.
fn synthetic(n: usize) -> (Vec<bestand::transform::Measure>, Vec<Option<usize>>) {
    use bestand::transform::Measure;
    let words = [
        "Sprachkurs",
        "Beratung",
        "Lotsen",
        "Netzwerk",
        "Elterncafé",
        "Mentoring",
        "Bildung",
        "Integration",
        "Frauen",
        "Jugend",
        "Arbeit",
        "Gesundheit",
        "Pflege",
        "Kultur",
        "Sport",
        "Dialog",
        "Forum",
        "Werkstatt",
        "Treffpunkt",
        "Patenschaft",
    ];
    let places = [
        "Nord", "Süd", "Ost", "West", "Mitte", "Linden", "Laatzen", "Garbsen",
    ];
    let make = |year: i32, i: usize, title: String, id: Option<String>, dept: usize| Measure {
        year,
        measure_id: id,
        title,
        department: format!("FB {dept}"),
        field_of_action: "Vernetzung".into(),
        goals: vec![],
        target_groups: vec!["Frauen".into()],
        status: "laufend".into(),
        start: None,
        end: None,
        budget_eur: Some((i % 50) as f64 * 1000.0),
        funding: vec![],
        participants: None,
        participants_unit: None,
        participants_approx: false,
        municipalities: vec![],
        partners: vec![],
        description: None,
        highlight: false,
        contact: None,
        remarks: None,
        source_file: format!("{year}/fb.xlsx"),
        source_sheet: "M".into(),
        source_row: i as u32 + 2,
    };
    let title = |i: usize| {
        format!(
            "{} {} {} {}",
            words[i % 20],
            words[(i / 20) % 20],
            places[(i / 400) % 8],
            i / 3200
        )
    };
    let mut measures = Vec::with_capacity(2 * n);
    for i in 0..n {
        measures.push(make(2023, i, title(i), Some(format!("{}", i)), i % 40));
    }
    let mut truth = vec![None; n];
    for i in 0..n {
        let (t, id, dept, pred) = match i % 20 {
            // ended (no successor) and replaced by a new measure
            0 => (
                format!("Neues Projekt {i} {}", places[i % 8]),
                None,
                i % 40,
                None,
            ),
            1 => (format!("Projekt für {}", title(i)), None, i % 40, Some(i)),
            2 => (title(i).replacen('a', "ä", 1), None, i % 40, Some(i)),
            3 => (title(i), Some(format!("{i}")), (i + 1) % 40, Some(i)),
            _ => (title(i), Some(format!("{i}")), i % 40, Some(i)),
        };
        truth[i] = pred;
        measures.push(make(2024, i, t, id, dept));
    }
    (measures, truth)
}

fn bench_compare(n: usize) {
    let (measures, truth) = synthetic(n);
    let cfg = bestand::config::Config::default();
    let mut findings = bestand::findings::Findings::new();
    let t = Instant::now();
    let dataset = bestand::transform::Dataset::from_measures(measures);
    let c =
        bestand::transform::compare::compare_years(&dataset, 2023, 2024, &cfg, &[], &mut findings);
    let secs = t.elapsed().as_secs_f64();
    let mut right = 0;
    let mut total = 0;
    for ch in &c.changes {
        if let Some(new) = ch.new {
            total += 1;
            let expected = truth[new - n];
            if ch.old == expected {
                right += 1;
            }
        }
    }
    println!(
        "compare {n} vs {n} measures: {secs:.2} s, {:.1}% of later measures matched to their true predecessor",
        100.0 * right as f64 / total.max(1) as f64
    );
}

/// The whole report on an input folder, as the binary runs it ([`bestand::run::execute`]):
/// reading, comparison, tables, workbooks, key figures, charts, PDF and HTML; returns
/// (measures, seconds, PDF bytes).
fn report(dir: &Path) -> (usize, f64, usize) {
    let out = tempfile::tempdir().expect("temp");
    let settings = bestand::cli::Settings {
        input: dir.to_path_buf(),
        output: out.path().to_path_buf(),
        config: None,
        lang: None,
        verbosity: bestand::cli::Verbosity::Quiet,
        created: chrono::DateTime::from_timestamp(1_767_225_600, 0)
            .expect("date")
            .naive_utc(),
    };
    let command = bestand::cli::Command::Report {
        edition: bestand::cli::Edition::Public,
        strict: false,
        folders: bestand::cli::Folders::default(),
    };
    let t = Instant::now();
    bestand::run::execute(command, &settings).expect("report");
    let secs = t.elapsed().as_secs_f64();
    let measures = csv::Reader::from_path(out.path().join("measures.csv"))
        .map(|mut r| r.records().count())
        .unwrap_or(0);
    let pdf = std::fs::metadata(out.path().join("report.pdf")).map_or(0, |m| m.len() as usize);
    (measures, secs, pdf)
}

/// Runs the release binary (`check` or `report`) on a corpus; returns wall seconds and peak
/// memory in MB, read from /proc while it runs (VmHWM only grows, so the last reading is the
/// peak).
fn binary(command: &str, dir: &Path) -> (f64, f64) {
    let exe = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/bestand");
    let out = dir.join("..").join(format!("bench-{command}-output"));
    let _ = std::fs::remove_dir_all(&out);
    let t = Instant::now();
    let Ok(mut child) = Command::new(&exe)
        .args([command, "-q", "--input"])
        .arg(dir)
        .arg("--output")
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .stdout(std::process::Stdio::null())
        .spawn()
    else {
        return (f64::NAN, f64::NAN);
    };
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0f64;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_path)
            && let Some(kb) = text
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    (t.elapsed().as_secs_f64(), peak_kb / 1024.0)
}

/// A corpus of `measures` measures over two reporting years (500 rows per workbook) in
/// `root/<measures>/`, written unless it is there.
fn corpus(root: &Path, measures: usize) -> PathBuf {
    let dir = root.join(measures.to_string());
    if !dir.exists() {
        let t = Instant::now();
        let files = (measures / 2).div_ceil(500);
        generator::write_corpus(
            &dir,
            &bestand::config::Config::default(),
            &[2023, 2024],
            files,
            500,
        )
        .expect("corpus");
        eprintln!(
            "corpus of {measures} measures: {} workbooks in {:.1} s",
            2 * files,
            t.elapsed().as_secs_f64()
        );
    }
    dir
}

/// The time of each stage of a report run, in this process: what bounds the whole.
fn stages(dir: &Path) {
    let cfg = bestand::config::Config::default();
    let mut findings = bestand::findings::Findings::new();
    let out = tempfile::tempdir().expect("temp");
    let mut lap = Instant::now();
    let mut say = |stage: &str| {
        eprintln!(
            "  {stage:<34} {:>6.2} s   peak {:>5.0} MB",
            lap.elapsed().as_secs_f64(),
            peak_rss_mb()
        );
        lap = Instant::now();
    };
    let ingested = bestand::ingest::run(dir, &cfg, &mut findings, None).expect("ingest");
    say("ingest (read the workbooks)");
    let dataset = bestand::transform::run(&ingested, &cfg, &mut findings);
    say("transform (rows to measures)");
    let years = dataset.years();
    let comparisons =
        bestand::transform::compare::run(&dataset, &years, None, &cfg, &[], &mut findings);
    findings.sort();
    say("compare (match the two years)");
    let frame = bestand::transform::frame(&dataset.measures, false).expect("frame");
    let returns = bestand::transform::returns::build(&dataset, &cfg, &findings);
    let summary =
        bestand::transform::summary::build(&dataset, &frame, &comparisons, &returns, &cfg)
            .expect("summary");
    say("summary (key figures, with the frame)");
    bestand::render::tables::write_tables(out.path(), &dataset.measures, &frame, &findings, false)
        .expect("tables");
    bestand::render::tables::write_comparison(out.path(), &comparisons, &summary).expect("changes");
    say("tables (CSV, Parquet, changes, JSON)");
    let created = chrono::NaiveDateTime::default();
    let beside = bestand::render::xlsx::Beside {
        returns: &returns,
        files: &ingested.files,
        comparisons: &comparisons,
        findings: &findings,
        indicators: &bestand::indicators::Indicators::default(),
        goals: &[],
    };
    let xlsx =
        bestand::render::xlsx::measures_xlsx(&dataset.measures, &beside, cfg.lang, false, created)
            .expect("xlsx");
    say("measures.xlsx");
    let books = bestand::render::template::correction_workbooks(
        &cfg,
        &dataset,
        &findings,
        &ingested.files,
        created,
    )
    .expect("corrections");
    say("correction workbooks");
    let charts = bestand::render::charts::chart_set(&summary, &cfg, "01.01.2026");
    bestand::render::charts::write_files(&out.path().join("charts"), &charts).expect("charts");
    say("charts (SVG, PNG)");
    let inputs = bestand::render::report::Inputs {
        cfg: &cfg,
        dataset: &dataset,
        summary: &summary,
        comparisons: &comparisons,
        findings: &findings,
        files: &ingested.files,
        created: "01.01.2026".into(),
        charts: &charts,
        texts: &bestand::texts::Texts::default(),
        indicators: &bestand::indicators::Indicators::default(),
        goals: &[],
        internal: false,
    };
    // The report's two halves: what it says and where it goes, then the tagged PDF (one
    // structure element per table cell, made by printpdf, written by report::serialize).
    let (doc, laid, html) = bestand::render::report::prepare(&inputs);
    let (pages, elements) = (laid.pages.len(), laid.nodes.len());
    say("report model, HTML and layout");
    let pdf = bestand::render::report::pdf::write(&doc, laid, 1_767_225_600).expect("pdf");
    say("report PDF");
    eprintln!(
        "  ({} measures, measures.xlsx {} KB, {} correction workbooks, report.pdf {} KB with {pages} pages and {elements} structure elements, report.html {} KB)",
        dataset.measures.len(),
        xlsx.len() / 1024,
        books.len(),
        pdf.len() / 1024,
        html.len() / 1024
    );
}

fn main() {
    // The binary's memory settings, as for the allocator above.
    bestand::memory::tune();
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--report") {
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
        let (n, s, bytes) = report(&samples);
        println!(
            "report on the samples: {n} measures, {s:.2} s, {} KB",
            bytes / 1024
        );
        for per_year in [5_000usize, 10_000, 20_000] {
            let tmp = tempfile::tempdir().expect("temp");
            let files = per_year / 500;
            generator::write_corpus(
                tmp.path(),
                &bestand::config::Config::default(),
                &[2023, 2024],
                files,
                500,
            )
            .expect("corpus");
            let (n, s, bytes) = report(tmp.path());
            println!(
                "report on {n} measures ({per_year} per year): {s:.2} s, {} KB",
                bytes / 1024
            );
        }
        return;
    }
    if args.get(1).map(String::as_str) == Some("--compare") {
        bench_compare(args.get(2).and_then(|v| v.parse().ok()).unwrap_or(50_000));
        return;
    }
    // The measuring child (`--raw DIR`); `cargo bench` adds `--bench`.
    if let (Some("--raw"), Some(dir)) = (args.get(1).map(String::as_str), args.get(2)) {
        let t = Instant::now();
        let n = raw(Path::new(dir));
        println!("{} {} {n}", t.elapsed().as_secs_f64(), peak_rss_mb());
        return;
    }
    if let (Some("--stages"), Some(dir)) = (args.get(1).map(String::as_str), args.get(2)) {
        stages(Path::new(dir));
        return;
    }
    // The scale curve: calamine's bare read, `bestand check` and `bestand report` (the
    // release binary, as a user runs it) on corpora of two reporting years.
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 50_000, 200_000, 400_000]);
    let tmp = tempfile::tempdir().expect("temp");
    let root =
        std::env::var_os("BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_default();
    println!("machine: {cores} cores, {cpu}");
    println!(
        "{:>8} {:>9} {:>8} | {:>8} {:>8} {:>6} | {:>8} {:>8} {:>6} | {:>9}",
        "measures", "calamine", "MB", "check", "MB", "×cal", "report", "MB", "×cal", "µs/measure"
    );
    let mut biggest = None;
    for n in sizes {
        let dir = corpus(&root, n);
        // Warm the page cache so every reader reads from memory.
        let _ = child("--raw", &dir);
        let (raw_s, raw_mb, _) = child("--raw", &dir);
        let (check_s, check_mb) = binary("check", &dir);
        let (report_s, report_mb) = binary("report", &dir);
        println!(
            "{n:>8} {raw_s:>8.2}s {raw_mb:>8.0} | {check_s:>7.2}s {check_mb:>8.0} {:>5.1}× | {report_s:>7.2}s {report_mb:>8.0} {:>5.1}× | {:>9.1}",
            check_s / raw_s,
            report_s / raw_s,
            report_s * 1e6 / n as f64
        );
        biggest = Some(dir);
    }
    if let Some(dir) = biggest {
        println!("time per stage of the report on the largest corpus (one process):");
        let out = Command::new(std::env::current_exe().expect("exe"))
            .arg("--stages")
            .arg(&dir)
            .output()
            .expect("stages");
        print!("{}", String::from_utf8_lossy(&out.stderr));
    }
    bench_compare(50_000);
}

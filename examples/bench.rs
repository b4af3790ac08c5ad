//! `just bench`: ingest speed and memory on a generated corpus, next to calamine alone.
//!
//! Generates 100 workbooks x 500 measures for each of two years (100,000 rows) into a temp
//! folder (or `BENCH_DIR`), then runs, each in a fresh process so peak memory is its own:
//! - calamine alone: open every workbook and touch every cell of every sheet (both cores);
//! - the check pipeline: ingest, transform, tables written (what `bestand check` does).
//!
//! Sizes: `BENCH_FILES` (per year) and `BENCH_ROWS` (per file).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use calamine::{Data, Reader};
use rayon::prelude::*;

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

/// The check pipeline; returns measures taken over.
fn pipeline(dir: &Path, out: &Path) -> usize {
    let cfg = bestand::config::Config::default();
    let mut findings = bestand::findings::Findings::new();
    let t = Instant::now();
    let ingested = bestand::ingest::run(dir, &cfg, &mut findings, None).expect("ingest");
    eprintln!(
        "  ingest {:.2} s, {:.0} MB",
        t.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
    let t = Instant::now();
    let dataset = bestand::transform::run(&ingested, &cfg, &mut findings);
    findings.sort();
    eprintln!(
        "  transform {:.2} s, {:.0} MB",
        t.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
    let t = Instant::now();
    bestand::export::write_tables(out, &dataset.measures, &findings, false).expect("write");
    eprintln!(
        "  write {:.2} s, {:.0} MB",
        t.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
    dataset.measures.len()
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

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 3 {
        let dir = Path::new(&args[2]);
        let t = Instant::now();
        let n = match args[1].as_str() {
            "--raw" => raw(dir),
            _ => pipeline(dir, &dir.join("..").join("bench-output")),
        };
        println!("{} {} {n}", t.elapsed().as_secs_f64(), peak_rss_mb());
        return;
    }
    let n_files: usize = std::env::var("BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let n_rows: usize = std::env::var("BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let tmp = tempfile::tempdir().expect("temp");
    let dir = std::env::var_os("BENCH_DIR").map_or_else(|| tmp.path().join("input"), PathBuf::from);
    if !dir.exists() {
        let t = Instant::now();
        bestand::samples::write_corpus(
            &dir,
            &bestand::config::Config::default(),
            &[2023, 2024],
            n_files,
            n_rows,
        )
        .expect("corpus");
        eprintln!(
            "corpus: {} files in {:.1} s",
            2 * n_files,
            t.elapsed().as_secs_f64()
        );
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Warm the page cache so both measurements read from memory.
    let _ = child("--raw", &dir);
    let (raw_s, raw_mb, cells) = child("--raw", &dir);
    let (s, mb, measures) = child("--pipeline", &dir);
    println!("machine: {cores} cores");
    println!(
        "corpus: {} workbooks, {measures} measures, {cells} cells",
        files(&dir).len()
    );
    println!("calamine alone:  {raw_s:.2} s, peak {raw_mb:.0} MB");
    println!(
        "bestand check:   {s:.2} s, peak {mb:.0} MB, {:.0} rows/s, {:.2}x the calamine time",
        measures as f64 / s,
        s / raw_s
    );
}

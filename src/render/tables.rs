//! Table exports: `measures.csv`, `measures.parquet`, `findings.csv`, `indicators.parquet`. Every file is written
//! to a temporary name in the output folder and renamed into place, so a failed run never
//! leaves half a file over a good one.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::error::{Cause, Error};
use crate::files::{name, write_atomic};
use crate::findings::Findings;
use crate::schema::{self, Datum};
use crate::transform::Measure;

/// Makes a text cell safe for spreadsheets: Excel runs a cell starting with `=`, `+`, `-`
/// or `@` as a formula, so such text gets a leading apostrophe.
pub fn spreadsheet_safe(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// CSV writer settings of SPEC: UTF-8 with BOM, comma, RFC 4180 quoting, CRLF-free. Text
/// columns are made spreadsheet-safe; the `numeric` columns are written as numbers, so a
/// tool reading the file sees numbers, not text.
fn csv_bytes<S: AsRef<str>>(
    header: &[&str],
    numeric: &[usize],
    rows: impl Iterator<Item = Vec<S>>,
) -> Result<Vec<u8>, Cause> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(&mut out);
        w.write_record(header).map_err(Cause::Csv)?;
        for r in rows {
            w.write_record(r.iter().enumerate().map(|(i, s)| {
                if numeric.contains(&i) {
                    Cow::Borrowed(s.as_ref().as_bytes())
                } else {
                    match spreadsheet_safe(s.as_ref()) {
                        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
                        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
                    }
                }
            }))
            .map_err(Cause::Csv)?;
        }
        w.flush().map_err(|e| Cause::Csv(e.into()))?;
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

/// `measures.csv` as bytes: the schema's columns (`contact` only when asked for).
pub fn measures_csv(measures: &[Measure], with_contact: bool) -> Result<Vec<u8>, Cause> {
    let columns: Vec<&schema::Column> = schema::exported(with_contact).collect();
    let header: Vec<&str> = columns.iter().map(|c| c.key).collect();
    let getters: Vec<_> = columns.iter().map(|c| Measure::getter(c.key)).collect();
    // Numbers are written as they are; text is defused against spreadsheet formulas.
    let numeric: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(
                c.kind,
                schema::Kind::Year | schema::Kind::Money | schema::Kind::Count | schema::Kind::Row
            )
        })
        .map(|(i, _)| i)
        .collect();
    csv_bytes(
        &header,
        &numeric,
        measures.iter().map(|m| {
            getters
                .iter()
                .map(|get| match get(m) {
                    Datum::Text(t) => Cow::Borrowed(t.unwrap_or_default()),
                    Datum::List(l) => Cow::Owned(l.join("; ")),
                    Datum::Date(d) => Cow::Owned(opt_date(d)),
                    Datum::Number(n) => Cow::Owned(n.map(amount).unwrap_or_default()),
                    Datum::Integer(i) => Cow::Owned(i.map(|i| i.to_string()).unwrap_or_default()),
                    Datum::Flag(b) => Cow::Borrowed(if b { "true" } else { "false" }),
                })
                .collect()
        }),
    )
}

/// `findings.csv` as bytes.
pub fn findings_csv(findings: &Findings) -> Result<Vec<u8>, Cause> {
    csv_bytes(
        &["severity", "code", "file", "sheet", "cell", "message"],
        &[],
        findings.items().iter().map(|f| {
            vec![
                f.severity.as_str().to_string(),
                f.code.to_string(),
                f.file.clone(),
                f.sheet.clone(),
                f.spot.to_string(),
                f.message.clone(),
            ]
        }),
    )
}

/// Writes `findings.csv`.
pub fn write_findings(out: &Path, findings: &Findings) -> Result<(), Error> {
    let p = out.join(name::FINDINGS_CSV);
    write_atomic(&p, &findings_csv(findings).map_err(export(&p))?)
}

/// `changes.csv` as bytes.
pub fn changes_csv(
    comparisons: &[crate::transform::compare::Comparison],
) -> Result<Vec<u8>, Cause> {
    csv_bytes(
        &crate::transform::compare::CHANGE_COLUMNS,
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
    comparisons: &[crate::transform::compare::Comparison],
    summary: &crate::transform::summary::Summary,
) -> Result<(), Error> {
    let p = out.join(name::CHANGES_CSV);
    let bytes = changes_csv(comparisons).map_err(|source| Error::Export {
        path: p.clone(),
        source,
    })?;
    write_atomic(&p, &bytes)?;
    let p = out.join(name::SUMMARY_JSON);
    let bytes = crate::transform::summary::to_json(summary).map_err(|e| Error::Export {
        path: p.clone(),
        source: Cause::Json(e),
    })?;
    write_atomic(&p, &bytes)
}

/// `measures.parquet` as bytes from the canonical frame (list columns stay lists).
pub fn measures_parquet(frame: &DataFrame) -> Result<Vec<u8>, Cause> {
    // A frame's columns are shared, so the copy the writer needs costs no data.
    parquet_bytes(&mut frame.clone())
}

/// A frame as Parquet bytes, without statistics (reproducible bytes).
fn parquet_bytes(df: &mut DataFrame) -> Result<Vec<u8>, Cause> {
    let mut buf = Vec::new();
    polars_io::parquet::write::ParquetWriter::new(&mut buf)
        .with_statistics(polars_io::parquet::write::StatisticsOptions::empty())
        .finish(df)
        .map_err(Cause::Table)?;
    Ok(buf)
}

/// `indicators.parquet` as bytes: the indicator workbook's rows as read (the value empty
/// where a sign says there is none, the sign beside it).
pub fn indicators_parquet(ind: &crate::indicators::Indicators) -> Result<Vec<u8>, Cause> {
    let p = &ind.points;
    let text = |name: &str, f: &dyn Fn(&crate::indicators::Point) -> String| -> Column {
        Series::new(name.into(), p.iter().map(f).collect::<Vec<_>>()).into()
    };
    let columns: Vec<Column> = vec![
        text("id", &|x| x.id.clone()),
        text("name", &|x| x.name.clone()),
        Series::new(
            "field_of_action".into(),
            p.iter().map(|x| x.field.clone()).collect::<Vec<_>>(),
        )
        .into(),
        Series::new("year".into(), p.iter().map(|x| x.year).collect::<Vec<_>>()).into(),
        text("group", &|x| x.group.clone()),
        Series::new(
            "value".into(),
            p.iter().map(|x| x.value).collect::<Vec<_>>(),
        )
        .into(),
        text("sign", &|x| x.sign.clone()),
        text("unit", &|x| x.unit.clone()),
        text("source", &|x| x.source.clone()),
        text("as_of", &|x| x.as_of.clone()),
        Series::new(
            "series_break".into(),
            p.iter().map(|x| x.series_break).collect::<Vec<_>>(),
        )
        .into(),
        text("note", &|x| x.note.clone()),
    ];
    parquet_bytes(&mut DataFrame::new(p.len(), columns).map_err(Cause::Table)?)
}

/// `goals.parquet` as bytes: each goal with a target, its indicator, baseline, latest
/// value, target, the shares of the way and of the time, the verdict and its measures.
pub fn goals_parquet(goals: &[crate::goals::Attainment]) -> Result<Vec<u8>, Cause> {
    type A = crate::goals::Attainment;
    let text = |name: &str, f: fn(&A) -> String| -> Column {
        Series::new(name.into(), goals.iter().map(f).collect::<Vec<_>>()).into()
    };
    let number = |name: &str, f: fn(&A) -> Option<f64>| -> Column {
        Series::new(name.into(), goals.iter().map(f).collect::<Vec<_>>()).into()
    };
    let year = |name: &str, f: fn(&A) -> Option<i32>| -> Column {
        Series::new(name.into(), goals.iter().map(f).collect::<Vec<_>>()).into()
    };
    let columns: Vec<Column> = vec![
        text("goal", |g| g.goal.clone()),
        text("title", |g| g.title.clone()),
        text("field_of_action", |g| g.field_of_action.clone()),
        text("indicator", |g| g.indicator.clone()),
        text("indicator_name", |g| g.indicator_name.clone()),
        text("group", |g| g.group.clone()),
        text("unit", |g| g.unit.clone()),
        text("direction", |g| {
            match g.direction {
                crate::config::Direction::Rise => "steigen",
                crate::config::Direction::Fall => "sinken",
            }
            .to_string()
        }),
        year("baseline_year", |g| Some(g.baseline_year)),
        number("baseline", |g| g.baseline),
        year("latest_year", |g| g.latest_year),
        number("latest", |g| g.latest),
        number("target", |g| Some(g.target)),
        year("target_year", |g| Some(g.target_year)),
        number("share", |g| g.share),
        number("time_share", |g| g.time_share),
        text("verdict", |g| {
            serde_json::to_value(g.verdict)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        }),
        Series::new(
            "measures_running".into(),
            goals.iter().map(|g| g.running).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "measures".into(),
            goals
                .iter()
                .map(|g| g.measures.values().sum::<u64>())
                .collect::<Vec<_>>(),
        )
        .into(),
    ];
    parquet_bytes(&mut DataFrame::new(goals.len(), columns).map_err(Cause::Table)?)
}

/// Writes `goals.parquet` into `out`.
pub fn write_goals(out: &Path, goals: &[crate::goals::Attainment]) -> Result<(), Error> {
    let path = out.join(name::GOALS_PARQUET);
    let bytes = goals_parquet(goals).map_err(export(&path))?;
    write_atomic(&path, &bytes)
}

/// Writes `indicators.parquet` into `out`.
pub fn write_indicators(out: &Path, ind: &crate::indicators::Indicators) -> Result<(), Error> {
    let path = out.join(name::INDICATORS_PARQUET);
    let bytes = indicators_parquet(ind).map_err(export(&path))?;
    write_atomic(&path, &bytes)
}

/// Writes the table exports into `out`; returns the paths written.
pub fn write_tables(
    out: &Path,
    measures: &[Measure],
    frame: &DataFrame,
    findings: &Findings,
    with_contact: bool,
) -> Result<Vec<PathBuf>, Error> {
    let mut written = write_measures(out, measures, frame, with_contact)?;
    write_findings(out, findings)?;
    written.push(out.join(name::FINDINGS_CSV));
    Ok(written)
}

/// Writes `measures.csv` and `measures.parquet`, which need nothing but the measures: a run
/// writes them while it compares the years.
pub fn write_measures(
    out: &Path,
    measures: &[Measure],
    frame: &DataFrame,
    with_contact: bool,
) -> Result<Vec<PathBuf>, Error> {
    let csv_path = out.join(name::MEASURES_CSV);
    let parquet_path = out.join(name::MEASURES_PARQUET);
    // The two big encodings are independent: one per core.
    let (csv, parquet) = rayon::join(
        || measures_csv(measures, with_contact).map_err(export(&csv_path)),
        || measures_parquet(frame).map_err(export(&parquet_path)),
    );
    write_atomic(&csv_path, &csv?)?;
    write_atomic(&parquet_path, &parquet?)?;
    Ok(vec![csv_path, parquet_path])
}

/// The error of an export that failed, naming its file.
fn export(path: &Path) -> impl FnOnce(Cause) -> Error + use<> {
    let path = path.to_path_buf();
    move |source: Cause| Error::Export { path, source }
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

//! The canonical polars table of all measures.

use chrono::NaiveDate;
use polars::prelude::{
    Column, DataFrame, DataType, IntoSeries, ListBuilderTrait, ListStringChunkedBuilder, NamedFrom,
    PolarsResult, Series,
};

use crate::schema::{self, Datum, Kind};

use super::Measure;

fn list_series<'a>(name: &str, values: impl ExactSizeIterator<Item = &'a [String]>) -> Series {
    // One builder for the whole column: a Series per row would cost a heap of small
    // allocations per measure.
    let mut builder = ListStringChunkedBuilder::new(name.into(), values.len(), values.len() * 2);
    for v in values {
        builder.append_values_iter(v.iter().map(String::as_str));
    }
    builder.finish().into_series()
}

fn date_series(
    name: &str,
    values: impl Iterator<Item = Option<NaiveDate>>,
) -> PolarsResult<Series> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let days: Vec<Option<i32>> = values
        .map(|d| d.map(|d| (d - epoch).num_days() as i32))
        .collect();
    Series::new(name.into(), days).cast(&DataType::Date)
}

/// The canonical polars table of all measures: the schema's columns in export order
/// (`contact` only when asked for), typed by their kind.
pub fn frame(measures: &[Measure], with_contact: bool) -> PolarsResult<DataFrame> {
    let m = measures;
    let mut columns: Vec<Column> = Vec::new();
    for col in schema::exported(with_contact) {
        let name = col.key;
        let get = Measure::getter(name);
        let values = || m.iter().map(get);
        let series = match col.kind {
            Kind::Text => Series::new(
                name.into(),
                values()
                    .map(|v| match v {
                        Datum::Text(t) => t,
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            ),
            Kind::List => {
                let empty: &[String] = &[];
                list_series(
                    name,
                    values().map(|v| match v {
                        Datum::List(l) => l,
                        _ => empty,
                    }),
                )
            }
            Kind::Date => date_series(
                name,
                values().map(|v| match v {
                    Datum::Date(d) => d,
                    _ => None,
                }),
            )?,
            Kind::Money => Series::new(
                name.into(),
                values()
                    .map(|v| match v {
                        Datum::Number(n) => n,
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            ),
            Kind::Count | Kind::Year | Kind::Row => {
                let ints = values().map(|v| match v {
                    Datum::Integer(i) => i,
                    _ => None,
                });
                match col.kind {
                    Kind::Year => Series::new(
                        name.into(),
                        ints.map(|i| i.map(|i| i as i32)).collect::<Vec<_>>(),
                    ),
                    Kind::Row => Series::new(
                        name.into(),
                        ints.map(|i| i.map(|i| i as u32)).collect::<Vec<_>>(),
                    ),
                    _ => Series::new(name.into(), ints.collect::<Vec<_>>()),
                }
            }
            Kind::Flag => Series::new(
                name.into(),
                values()
                    .map(|v| matches!(v, Datum::Flag(true)))
                    .collect::<Vec<_>>(),
            ),
        };
        columns.push(series.into());
    }
    DataFrame::new(measures.len(), columns)
}

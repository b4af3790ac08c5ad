//! One workbook (xlsx, ods, xls) through ingest and transform.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::run_file(data, "FB 1 Soziales.xlsx");
});

//! Integration tests: the real binary on fixture inventories made here or committed.
//! One test binary keeps link time down (polars).

mod a11y;
mod attack;
mod attack2;
mod bad_input;
mod charts;
mod cli;
mod common;
mod compare;
mod cycle;
mod docx;
mod foreign;
// The sample generator lives with its example; the tests regenerate the samples with it.
#[allow(dead_code)]
#[path = "../examples/samples/generator.rs"]
mod generator;
mod goals;
mod golden;
mod indicators;
mod matching;
mod mutation;
mod quirks;
mod reorg;
mod report;
mod robust;
mod rounds;
mod samples;
mod template;
mod texts;
mod truth;

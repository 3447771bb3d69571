//! The command line, one test binary (`cargo test --test cli`): every
//! command through the real binary or in-process (`nestegg::cli::run`), in
//! English and Chinese, its errors, settings, reports, tags, claims and
//! money with people. Each module was once its own file under `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod claims;
mod cli;
mod cli_catalog;
mod cli_catalog_edges;
mod cli_zh;
mod errors_zh;
mod opening;
mod owed;
mod recurring;
mod reports;
mod same_answers;
mod settings;
mod tags;

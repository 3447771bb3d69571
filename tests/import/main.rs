//! Imports, one test binary (`cargo test --test import`): every preset on
//! its fixtures (`tests/fixtures/`), bank statements, journals, OFX/QIF,
//! funding sources, settling what people owe, and twins across sources,
//! through the real binary. Each module was once its own file under `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod import;
mod import_banks;
mod import_funding;
mod import_journal;
mod import_ofx;
mod import_settle;
mod import_stream;
mod import_twins;

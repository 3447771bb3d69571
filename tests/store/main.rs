//! The ledger and its reliability, one test binary (`cargo test --test
//! store`): the store, query plans, kept totals and balances, undo and redo,
//! faults, crashes, parsers under attack, amount limits, privacy, and hostile
//! files, bills, schemas and text. Each module was once its own file under
//! `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod amount_limits;
mod balances;
mod bulk_undo;
mod crash;
mod faults;
mod filters;
mod hostile_files;
mod hostile_imports;
mod hostile_schema;
mod hostile_text;
mod parsers;
mod privacy;
mod store;
mod store_plan;
mod totals;
mod undo_walk;
mod undo_zh;

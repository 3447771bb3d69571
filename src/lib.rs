//! nestegg: a terminal budget and savings tracker over a local SQLite ledger.
//!
//! Layers (see DESIGN.md): the pure core (`money`, `model`, `report`,
//! `defaults`, `demo`) decides the numbers; `store` is the only code that
//! speaks SQL; `cli` parses arguments and prints.

pub mod budget;
pub mod cli;
pub mod config;
pub mod defaults;
pub mod demo;
pub mod export;
pub mod files;
pub mod import;
pub mod input;
pub mod model;
pub mod money;
pub mod projection;
pub mod recurring;
pub mod relocation;
pub mod report;
pub mod store;
pub mod text;
pub mod tui;

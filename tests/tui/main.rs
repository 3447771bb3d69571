//! The interface in-process, one test binary (`cargo test --test tui`): the
//! real app loop on ratatui's TestBackend with scripted keys (insta
//! snapshots in `tests/tui/snapshots/`), and the update logic without a
//! terminal. Each module was once its own file under `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod months_tags;
mod months_waiting;
mod tui;
mod tui_budget;
mod tui_claims;
mod tui_command;
mod tui_form_fields;
mod tui_forms;
mod tui_import;
mod tui_import_funding;
mod tui_import_settle;
mod tui_import_twins;
mod tui_loans;
mod tui_mapping;
mod tui_months;
mod tui_mouse;
mod tui_move;
mod tui_move_small;
mod tui_narrow;
mod tui_owed;
mod tui_plan;
mod tui_ranges;
mod tui_screens;
mod tui_sizes;
mod tui_theme;
mod tui_update;
mod tui_worth;

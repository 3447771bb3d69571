//! The real binary in a real terminal (tmux), one test binary (`cargo test
//! --test e2e`): keystrokes end to end, faults, languages, pastes, signals
//! and stale screens. Each module was once its own file under `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod e2e_command;
mod e2e_faults;
mod e2e_lang;
mod e2e_tmux;
mod paste;
mod signals;
mod stale_rows;

//! Plans and money over time, one test binary (`cargo test --test plans`):
//! projections, ranges, Move scenarios, mortgages and loans, what you have
//! (worth), month cycles and credit lines. Each module was once its own file
//! under `tests/`.

#[path = "../common/mod.rs"]
mod common;

mod credit;
mod cycle;
mod loans;
mod loans_scenarios;
mod plan;
mod ranges;
mod relocate;
mod worth;

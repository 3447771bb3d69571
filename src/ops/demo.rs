//! The demo household: written as one undoable step into an empty ledger.

use super::Result;
use super::history::Step;
use crate::demo::DemoEntry;
use crate::store::Store;

/// Writes `entries` (see `Store::insert_demo`); returns the rows written.
pub fn load(
    store: &mut Store,
    entries: impl IntoIterator<Item = DemoEntry>,
    expected_rows: usize,
    progress: impl FnMut(usize),
) -> Result<usize> {
    Ok(store.insert_demo(&Step::Demo.to_label(), entries, expected_rows, progress)?)
}

//! The ledger file as a whole: a consistent copy out, a backup restored in
//! its place, and the kept totals rebuilt from the rows. What the paths are
//! (dated names, where a damaged file is moved) is the face's business;
//! these are the writes.

use std::path::Path;

use super::Result;
use crate::store::Store;

/// Writes a consistent copy of the ledger to a new file at `to` (0600).
pub fn backup(store: &Store, to: &Path) -> Result<()> {
    Ok(store.backup_to(to)?)
}

/// Replaces the ledger with the sound ledger at `from`, first copying it as
/// it was to `keep` when given; all of it or nothing.
pub fn restore(store: &mut Store, from: &Path, keep: Option<&Path>) -> Result<()> {
    Ok(store.restore_from(from, keep)?)
}

/// Takes foreign objects (triggers, views, indexes, tables) out of the
/// ledger and puts nestegg's missing or altered indexes and triggers back,
/// in one transaction; returns what was mended. The caller keeps a backup
/// first: a foreign table goes with its rows.
pub fn repair_schema(store: &mut Store) -> Result<Vec<crate::store::SchemaDifference>> {
    Ok(store.repair_schema()?)
}

/// Rebuilds the kept totals from the rows, in one transaction; returns how
/// many differences are left (none, unless the rows changed meanwhile).
pub fn repair_totals(store: &mut Store) -> Result<usize> {
    store.repair_totals()?;
    Ok(store.check()?.len())
}

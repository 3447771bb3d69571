//! Bulk steps in the history: the rows an import or the demo added, logged
//! as id ranges. Undo moves them into `undo_rows` (keyed by the step) and
//! redo moves them back, so a step of a million rows is a few bytes of log.

use rusqlite::{Connection, params};

use super::Change;
use crate::store::{Result, StoreError, Tx};
use crate::text;

/// How many transaction rows have ids in `ranges`.
fn rows_in(conn: &Connection, ranges: &[(i64, i64)]) -> Result<i64> {
    let mut stmt = conn.prepare_cached("SELECT count(*) FROM txns WHERE id BETWEEN ?1 AND ?2")?;
    let mut n = 0;
    for (a, b) in ranges {
        n += stmt.query_row([a, b], |r| r.get::<_, i64>(0))?;
    }
    Ok(n)
}

pub(super) const STASHED: &str = "id, date, account_id, category_id, transfer_id, amount, currency, payee, note, created_at, updated_at, import_key, tags";

/// Refuses a bulk step whose rows are not as it left them: all `rows` in
/// `ranges` for an undo, none for a redo.
pub(super) fn rows_as_left(conn: &Connection, ranges: &[(i64, i64)], rows: i64, undo: bool) -> Result<()> {
    let found = rows_in(conn, ranges)?;
    let expected = if undo { rows } else { 0 };
    if found != expected {
        return Err(StoreError::Invalid(if undo {
            text::errors::undo_added_gone(rows - found, rows)
        } else {
            text::errors::redo_added_back(found, rows)
        }));
    }
    Ok(())
}

/// Undoes (stashes) or redoes (brings back) the rows a bulk step added.
pub(super) fn apply_added(conn: &Connection, step: i64, ranges: &[(i64, i64)], rows: i64, undo: bool) -> Result<()> {
    rows_as_left(conn, ranges, rows, undo)?;
    // A step the bulk path undid may wait in the twin of `txns`.
    if !undo && super::swap::holds(conn, step)? {
        super::swap::spill(conn, step, ranges)?;
    }
    if undo {
        let mut stash = conn.prepare_cached(&format!(
            "INSERT INTO undo_rows (step, {STASHED}) SELECT ?1, {STASHED} FROM txns WHERE id BETWEEN ?2 AND ?3"
        ))?;
        let mut delete = conn.prepare_cached("DELETE FROM txns WHERE id BETWEEN ?1 AND ?2")?;
        for (a, b) in ranges {
            stash.execute(params![step, a, b])?;
            delete.execute(params![a, b])?;
        }
    } else {
        conn.execute(
            "INSERT OR IGNORE INTO transfers (id)
             SELECT DISTINCT transfer_id FROM undo_rows WHERE step = ?1 AND transfer_id IS NOT NULL",
            [step],
        )?;
        conn.execute(
            &format!("INSERT INTO txns ({STASHED}) SELECT {STASHED} FROM undo_rows WHERE step = ?1 ORDER BY id"),
            [step],
        )?;
        conn.execute("DELETE FROM undo_rows WHERE step = ?1", [step])?;
    }
    Ok(())
}

impl Tx<'_> {
    /// Records a transaction row a bulk step added, by id only (consecutive
    /// ids share one range).
    pub(in crate::store) fn record_added(&self, id: i64) {
        let mut journal = self.journal.borrow_mut();
        if let Some(Change::Added { added, rows }) = journal.last_mut() {
            *rows += 1;
            match added.last_mut() {
                Some((_, last)) if *last + 1 == id => *last = id,
                _ => added.push((id, id)),
            }
            return;
        }
        journal.push(Change::Added { added: vec![(id, id)], rows: 1 });
    }
}

//! Undo and redo of a large bulk step (an import, the demo: issue 28)
//! without moving its rows one by one through the kept totals' triggers,
//! six indexes and the foreign keys' actions. Measured on a million rows,
//! those cost about 2, 5 and 7 seconds of an undo. A step that is half the
//! table or more moves no row at all ([`super::swap`]); otherwise, or when
//! the twin it needs is taken, the step's rows are moved by range
//! statements, with:
//! - the triggers set aside and the kept totals adjusted once from the
//!   rows' own sums ([`super::super::totals::Bulk`], the import's path);
//! - when the rows are at least half of the table, the secondary indexes
//!   of `txns` dropped and made again from their stored SQL after the move
//!   (so the schema check reads them back identical);
//! - foreign keys off (the setting cannot change inside a transaction, so
//!   around it, as the migrations do), their actions on the rows' links
//!   (claims, instalments, recurring instances) done by range, and every
//!   link checked before the commit. A step that would break a link runs
//!   again the usual way, with the keys on, so it ends exactly as before.
//!
//! All of it is the one transaction of the undo or redo: a failure or a
//! kill brings back the rows, the triggers and the indexes together.

use std::cell::Cell;

use rusqlite::{Connection, OptionalExtension, params};

use super::added::STASHED;
use super::{Change, Undone, apply, rows_in_step, shown_after, swap};
use crate::store::totals::{BULK_ROWS, Bulk, Counted, put_back, set_aside};
use crate::store::{Result, Store, StoreError, quoted};

/// The rows of `ranges`, sorted and with touching ranges joined (an
/// import records its transfers' legs out of order: a few thousand ranges
/// become one).
fn joined(ranges: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut sorted = ranges.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(sorted.len());
    for (a, b) in sorted {
        match out.last_mut() {
            Some((_, last)) if a <= *last + 1 => *last = (*last).max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Counts rows (id, date, account, category, transfer?, amount, currency,
/// payee, as the statement's first eight columns) into the totals.
fn count_rows(stmt: &mut rusqlite::Statement, params: impl rusqlite::Params, bulk: &mut Bulk) -> Result<()> {
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        let text = |i: usize| -> Result<&str> {
            Ok(r.get_ref(i)?
                .as_str()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()))?)
        };
        let (date, currency, payee) = (text(1)?, text(6)?, text(7)?);
        bulk.count(&Counted {
            id: r.get(0)?,
            date,
            account_id: r.get(2)?,
            category_id: r.get(3)?,
            transfer: r.get(4)?,
            amount: r.get(5)?,
            currency,
            payee,
        });
    }
    Ok(())
}

/// The links to `txns` from other tables: (table, column, action on delete).
fn links_to_txns(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
          WHERE m.type = 'table' AND f.\"table\" = 'txns'",
    )?;
    let links = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(links)
}

/// Undoes (stashes) or redoes (brings back) the rows of a bulk step, with
/// foreign keys off (see the module's docs): by changing pages
/// ([`super::swap`]) when they are half the table or more, else by range.
pub(super) fn move_added(conn: &Connection, step: i64, ranges: &[(i64, i64)], rows: i64, undo: bool) -> Result<()> {
    super::added::rows_as_left(conn, ranges, rows, undo)?;
    let ranges = joined(ranges);
    if !undo && swap::holds(conn, step)? {
        if swap::redo(conn, &ranges, rows)? {
            return Ok(());
        }
        swap::spill(conn, step, &ranges)?;
    }
    let now: i64 = conn.query_row("SELECT coalesce(sum(rows), 0) FROM month_totals", [], |r| r.get(0))?;
    let all = if undo { now } else { now + rows };
    if undo {
        // What the foreign keys would do to the rows' links, by range.
        for (table, column, action) in links_to_txns(conn)? {
            let (t, c) = (quoted(&table), quoted(&column));
            let sql = match action.as_str() {
                "CASCADE" => format!("DELETE FROM {t} WHERE {c} BETWEEN ?1 AND ?2"),
                "SET NULL" => format!("UPDATE {t} SET {c} = NULL WHERE {c} BETWEEN ?1 AND ?2"),
                // Anything else refuses, found by the check before the commit.
                _ => continue,
            };
            for (a, b) in &ranges {
                conn.execute(&sql, [a, b])?;
            }
        }
        if rows * 2 >= all && swap::undo(conn, step, &ranges)? {
            return Ok(());
        }
    }
    let triggers = set_aside(conn, "trigger")?;
    let mut bulk = Bulk::default();
    const COUNTED: &str = "id, date, account_id, category_id, transfer_id IS NOT NULL, amount, currency, payee";
    if undo {
        let mut stmt = conn.prepare(&format!("SELECT {COUNTED} FROM txns WHERE id BETWEEN ?1 AND ?2"))?;
        for (a, b) in &ranges {
            count_rows(&mut stmt, [a, b], &mut bulk)?;
        }
        // Indexes first: the stash then fills the pages they leave, and
        // fewer pages have to move when the file gives them back.
        let indexes = if rows * 2 >= all { set_aside(conn, "index")? } else { Vec::new() };
        let mut stash = conn.prepare(&format!(
            "INSERT INTO undo_rows (step, {STASHED}) SELECT ?1, {STASHED} FROM txns WHERE id BETWEEN ?2 AND ?3"
        ))?;
        for (a, b) in &ranges {
            stash.execute(params![step, a, b])?;
        }
        if rows == now {
            // Every row goes: SQLite empties the table at once.
            conn.execute("DELETE FROM txns", [])?;
        } else {
            let mut delete = conn.prepare("DELETE FROM txns WHERE id BETWEEN ?1 AND ?2")?;
            for (a, b) in &ranges {
                delete.execute([a, b])?;
            }
        }
        put_back(conn, &indexes)?;
        bulk.remove(conn)?;
    } else {
        let mut stmt = conn.prepare(&format!("SELECT {COUNTED} FROM undo_rows WHERE step = ?1"))?;
        count_rows(&mut stmt, [step], &mut bulk)?;
        conn.execute(
            "INSERT OR IGNORE INTO transfers (id)
             SELECT DISTINCT transfer_id FROM undo_rows WHERE step = ?1 AND transfer_id IS NOT NULL",
            [step],
        )?;
        let indexes = if rows * 2 >= all { set_aside(conn, "index")? } else { Vec::new() };
        conn.execute(
            &format!("INSERT INTO txns ({STASHED}) SELECT {STASHED} FROM undo_rows WHERE step = ?1 ORDER BY id"),
            [step],
        )?;
        let others: bool =
            conn.query_row("SELECT EXISTS (SELECT 1 FROM undo_rows WHERE step <> ?1)", [step], |r| r.get(0))?;
        if others {
            conn.execute("DELETE FROM undo_rows WHERE step = ?1", [step])?;
        } else {
            conn.execute("DELETE FROM undo_rows", [])?;
        }
        put_back(conn, &indexes)?;
        bulk.write(conn)?;
    }
    put_back(conn, &triggers)?;
    Ok(())
}

/// Whether a link in the ledger points at nothing: what the foreign keys,
/// off during the bulk path, would have refused.
fn broken_link(conn: &Connection) -> Result<bool> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    Ok(stmt.query([])?.next()?.is_some())
}

/// Set when the bulk path gives way to the usual one: its transaction is
/// rolled back and nothing of it is kept.
#[derive(Default)]
struct GaveWay(Cell<bool>);

impl Store {
    /// The step `pick` names through the bulk path, when it is a bulk step
    /// of at least [`BULK_ROWS`] rows: `None` when it is not (or when it
    /// would break a link), and the caller runs it the usual way.
    pub(super) fn bulk_step(&mut self, pick: &str, undo: bool) -> Result<Option<Option<Undone>>> {
        let peeked: Option<(i64, String)> = self.conn.query_row(pick, [], |r| Ok((r.get(0)?, r.get(2)?))).optional()?;
        let Some((peeked, json)) = peeked else { return Ok(None) };
        let changes: Vec<Change> = serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
        if rows_in_step(&changes) < BULK_ROWS as i64 {
            return Ok(None);
        }
        let keys: bool = self.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let gave_way = GaveWay::default();
        let result = self.bulk(|store| {
            store.write(|tx| {
                let conn = tx.conn();
                let (id, label, json): (i64, String, String) =
                    conn.query_row(pick, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                // Another nestegg may have stepped meanwhile: the usual path takes what is there now.
                if id != peeked {
                    gave_way.0.set(true);
                    return Err(StoreError::Busy);
                }
                let changes: Vec<Change> =
                    serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
                apply(conn, id, &changes, undo, true)?;
                if broken_link(conn)? {
                    gave_way.0.set(true);
                    return Err(StoreError::Busy);
                }
                conn.execute("UPDATE undo_log SET undone = ?1 WHERE id = ?2", params![undo, id])?;
                let txn = shown_after(conn, &changes, undo)?;
                Ok(Undone { label, txn })
            })
        });
        let restored = self.conn.pragma_update(None, "foreign_keys", keys);
        if gave_way.0.get() {
            restored?;
            return Ok(None);
        }
        let done = result?;
        restored?;
        Ok(Some(Some(done)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_sorted_and_joined() {
        // An import's ranges as recorded: transfer legs swapped.
        let recorded = [(1, 276), (278, 278), (277, 277), (280, 280), (279, 279), (281, 313), (400, 410)];
        assert_eq!(joined(&recorded), vec![(1, 313), (400, 410)]);
        assert_eq!(joined(&[(5, 9), (1, 3)]), vec![(1, 3), (5, 9)]);
        assert_eq!(joined(&[]), Vec::<(i64, i64)>::new());
    }
}

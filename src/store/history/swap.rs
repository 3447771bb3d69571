//! Undo and redo of a bulk step that is half the ledger or more, moving no
//! row (issue 28, migration 19). Moving a million rows and making the eight
//! indexes of `txns` again cost seconds however it is done; here the rows
//! stay in their pages:
//! - the undo copies the rows it keeps (the smaller part) into `undo_swap`,
//!   a twin of `txns` with a twin of each index, keeps the kept totals as
//!   they are, then has the two tables (and each index with its twin)
//!   change pages: `txns` is now the kept rows, `undo_swap` every row as it
//!   was, still indexed. The totals are made again from the few kept rows;
//! - the redo makes the twin's other rows what `txns` holds now (nothing to
//!   do when nothing changed), changes the pages back, and puts the kept
//!   totals back (made again from the rows when something changed).
//!
//! The pages change places in `sqlite_schema` (its `rootpage` column), the
//! way SQLite's documentation describes changing a schema in place
//! (`writable_schema`, then the schema's version one higher), inside the
//! step's one transaction: a failure or a kill brings back the old pages
//! with everything else. It runs only when the twin stores exactly what
//! `txns` stores (same columns, same indexes: [`pairs`]); otherwise, or
//! when another step already waits in the twin, the rows move
//! ([`super::bulk`]). A path that needs the rows in `undo_rows` takes them
//! out of the twin first ([`spill`]).

use rusqlite::{Connection, OptionalExtension, params};

use super::added::STASHED;
use crate::store::{Result, StoreError, schema::normal, totals};
use crate::text;

/// The twin of `txns`.
const TWIN: &str = "undo_swap";

/// Each kept totals table, where it waits while a step is swapped out, and
/// its columns.
const KEPT: [(&str, &str, &str); 3] = [
    ("month_totals", "undo_swap_month_totals", "month, account_id, category_key, currency, total, rows"),
    ("month_payees", "undo_swap_month_payees", "month, category_id, currency, payee, total, rows"),
    ("payees", "undo_swap_payees", "name, uses, last_date, last_id"),
];

/// A column as SQLite reads it back: name, declared type, NOT NULL,
/// default, place in the key, hidden (generated).
type Column = (String, String, bool, Option<String>, i64, i64);

fn layout(conn: &Connection, table: &str) -> Result<Vec<Column>> {
    let mut stmt = conn
        .prepare("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1) ORDER BY cid")?;
    let columns = stmt
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(columns)
}

/// `txns` and each of its indexes, with its twin; `None` when the twin does
/// not store exactly what `txns` stores: a column or an index differs, or
/// either has one the other lacks (an index added by hand, a migration on
/// `txns` that forgot the twin). Pages can change places only then.
pub(super) fn pairs(conn: &Connection) -> Result<Option<Vec<(String, String)>>> {
    if layout(conn, "txns")? != layout(conn, TWIN)? {
        return Ok(None);
    }
    let indexes = |table: &str| -> Result<Vec<(String, Option<String>)>> {
        let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1")?;
        let found = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(found)
    };
    let (ours, twins) = (indexes("txns")?, indexes(TWIN)?);
    if ours.len() != twins.len() {
        return Ok(None);
    }
    let mut out = vec![("txns".to_owned(), TWIN.to_owned())];
    for (name, sql) in ours {
        // SQLite's own indexes (of a UNIQUE column) have no SQL to compare.
        let (Some(sql), Some(rest)) = (sql, name.strip_prefix("txns")) else { return Ok(None) };
        let twin = format!("{TWIN}{rest}");
        let Some((_, Some(twin_sql))) = twins.iter().find(|(n, _)| *n == twin) else { return Ok(None) };
        let expected = sql.replacen(&name, &twin, 1).replacen(" ON txns", &format!(" ON {TWIN}"), 1);
        if normal(&expected) != normal(twin_sql) {
            return Ok(None);
        }
        out.push((name, twin));
    }
    Ok(Some(out))
}

/// The ids outside `ranges` (sorted, joined), as inclusive ranges.
fn outside(ranges: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut out = Vec::with_capacity(ranges.len() + 1);
    let mut from = i64::MIN;
    for &(a, b) in ranges {
        if a > from {
            out.push((from, a - 1));
        }
        match b.checked_add(1) {
            Some(next) => from = next,
            None => return out,
        }
    }
    out.push((from, i64::MAX));
    out
}

/// Has each table of `pairs` take its twin's pages, and the twin its own,
/// in the caller's transaction; the schema is read again at once.
fn change_pages(conn: &Connection, pairs: &[(String, String)]) -> Result<()> {
    let root = |name: &str| -> Result<i64> {
        Ok(conn.query_row("SELECT rootpage FROM sqlite_schema WHERE name = ?1", [name], |r| r.get(0))?)
    };
    let mut roots = Vec::with_capacity(pairs.len());
    for (ours, twin) in pairs {
        roots.push((ours.as_str(), root(ours)?, twin.as_str(), root(twin)?));
    }
    let version: i64 = conn.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA writable_schema = ON")?;
    let changed = (|| -> Result<()> {
        let mut set = conn.prepare("UPDATE sqlite_schema SET rootpage = ?2 WHERE name = ?1")?;
        for (ours, our_root, twin, twin_root) in &roots {
            set.execute(params![ours, twin_root])?;
            set.execute(params![twin, our_root])?;
        }
        // Every connection, this one too, reads the schema again.
        conn.execute_batch(&format!("PRAGMA schema_version = {}", version + 1))?;
        Ok(())
    })();
    let off = conn.execute_batch("PRAGMA writable_schema = OFF");
    changed?;
    off?;
    Ok(())
}

/// Undoes a bulk step whose rows (`ranges`, sorted and joined, every one
/// in `txns`) are half the ledger or more, by changing pages: false when
/// the twin cannot take them (another step waits in it, or it does not
/// pair with `txns`), and nothing was done.
pub(super) fn undo(conn: &Connection, step: i64, ranges: &[(i64, i64)]) -> Result<bool> {
    let busy: bool = conn.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM undo_swapped) OR EXISTS (SELECT 1 FROM {TWIN})"),
        [],
        |r| r.get(0),
    )?;
    if busy {
        return Ok(false);
    }
    let Some(pairs) = pairs(conn)? else { return Ok(false) };
    let mut copy =
        conn.prepare(&format!("INSERT INTO {TWIN} ({STASHED}) SELECT {STASHED} FROM txns WHERE id BETWEEN ?1 AND ?2"))?;
    for (a, b) in outside(ranges) {
        copy.execute([a, b])?;
    }
    for (kept, saved, columns) in KEPT {
        conn.execute(&format!("INSERT INTO {saved} ({columns}) SELECT {columns} FROM {kept}"), [])?;
    }
    change_pages(conn, &pairs)?;
    totals::rebuild(conn)?;
    conn.execute("INSERT INTO undo_swapped (step) VALUES (?1)", [step])?;
    Ok(true)
}

/// Whether the rows of `step` wait in the twin.
pub(super) fn holds(conn: &Connection, step: i64) -> Result<bool> {
    Ok(conn.query_row("SELECT 1 FROM undo_swapped WHERE step = ?1", [step], |_| Ok(())).optional()?.is_some())
}

/// Whether the rows `txns` holds outside `ranges` are exactly those the
/// twin kept beside the step's rows (the ledger as the undo left it).
fn kept_as_left(conn: &Connection, outside: &[(i64, i64)]) -> Result<bool> {
    let mut differs = conn.prepare(&format!(
        "SELECT EXISTS (SELECT {STASHED} FROM txns WHERE id BETWEEN ?1 AND ?2
                        EXCEPT SELECT {STASHED} FROM {TWIN} WHERE id BETWEEN ?1 AND ?2)
             OR EXISTS (SELECT {STASHED} FROM {TWIN} WHERE id BETWEEN ?1 AND ?2
                        EXCEPT SELECT {STASHED} FROM txns WHERE id BETWEEN ?1 AND ?2)"
    ))?;
    for (a, b) in outside {
        if differs.query_row([a, b], |r| r.get::<_, bool>(0))? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Redoes the step whose `rows` (`ranges`, sorted and joined, none in
/// `txns`) wait in the twin, by changing pages back: false when the twin
/// no longer pairs with `txns` (the caller spills and moves the rows).
/// Refused, with nothing done, when the twin lacks some of them.
pub(super) fn redo(conn: &Connection, ranges: &[(i64, i64)], rows: i64) -> Result<bool> {
    let mut count = conn.prepare(&format!("SELECT count(*) FROM {TWIN} WHERE id BETWEEN ?1 AND ?2"))?;
    let mut kept = 0;
    for (a, b) in ranges {
        kept += count.query_row([a, b], |r| r.get::<_, i64>(0))?;
    }
    if kept != rows {
        return Err(StoreError::Invalid(text::errors::redo_kept_short(rows - kept, rows)));
    }
    let Some(pairs) = pairs(conn)? else { return Ok(false) };
    let outside = outside(ranges);
    let as_left = kept_as_left(conn, &outside)?;
    if !as_left {
        let mut stale = conn.prepare(&format!("DELETE FROM {TWIN} WHERE id BETWEEN ?1 AND ?2"))?;
        for (a, b) in &outside {
            stale.execute([a, b])?;
        }
        conn.execute(&format!("INSERT INTO {TWIN} ({STASHED}) SELECT {STASHED} FROM txns"), [])?;
    }
    change_pages(conn, &pairs)?;
    if as_left {
        for (kept, saved, columns) in KEPT {
            conn.execute(&format!("DELETE FROM {kept}"), [])?;
            conn.execute(&format!("INSERT INTO {kept} ({columns}) SELECT {columns} FROM {saved}"), [])?;
        }
    } else {
        totals::rebuild(conn)?;
    }
    empty(conn)?;
    conn.execute(
        "INSERT OR IGNORE INTO transfers (id) SELECT DISTINCT transfer_id FROM txns WHERE transfer_id IS NOT NULL",
        [],
    )?;
    Ok(true)
}

/// Empties the twin, the totals kept beside it and its step's name.
fn empty(conn: &Connection) -> Result<()> {
    // No trigger and no link on these: SQLite frees their pages at once.
    conn.execute(&format!("DELETE FROM {TWIN}"), [])?;
    for (_, saved, _) in KEPT {
        conn.execute(&format!("DELETE FROM {saved}"), [])?;
    }
    conn.execute("DELETE FROM undo_swapped", [])?;
    Ok(())
}

/// Takes the rows of `step` (in `ranges`) out of the twin into
/// `undo_rows`, where the moving paths find an undone step's rows, and
/// empties the twin.
pub(super) fn spill(conn: &Connection, step: i64, ranges: &[(i64, i64)]) -> Result<()> {
    let mut stash = conn.prepare(&format!(
        "INSERT INTO undo_rows (step, {STASHED}) SELECT ?1, {STASHED} FROM {TWIN} WHERE id BETWEEN ?2 AND ?3"
    ))?;
    for (a, b) in ranges {
        stash.execute(params![step, a, b])?;
    }
    empty(conn)
}

/// Empties the twin when the history forgets its step: a new step forgets
/// every undone one (call it before they leave `undo_log`, whose ids the
/// new step may take again). A step the history lost is forgotten too.
pub(super) fn forget_undone(conn: &Connection) -> Result<()> {
    let gone: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM undo_swapped
                         WHERE step IN (SELECT id FROM undo_log WHERE undone = 1)
                            OR step NOT IN (SELECT id FROM undo_log))",
        [],
        |r| r.get(0),
    )?;
    if gone {
        empty(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_is_every_id_the_ranges_leave() {
        assert_eq!(outside(&[(1, 10)]), vec![(i64::MIN, 0), (11, i64::MAX)]);
        assert_eq!(outside(&[(1, 3), (5, 9)]), vec![(i64::MIN, 0), (4, 4), (10, i64::MAX)]);
        assert_eq!(outside(&[]), vec![(i64::MIN, i64::MAX)]);
        assert_eq!(outside(&[(i64::MIN, 5), (7, i64::MAX)]), vec![(6, 6)]);
    }

    #[test]
    fn the_twin_pairs_with_txns_and_stops_pairing_when_either_changes() {
        let store = crate::store::Store::open_in_memory().unwrap();
        let conn = store.connection();
        let found = pairs(conn).unwrap().expect("a new ledger's twin pairs");
        assert_eq!(found.len(), 9, "{found:?}");
        assert!(found.contains(&("txns_by_payee".to_owned(), "undo_swap_by_payee".to_owned())));
        // An index on one side only, a column, an index that differs.
        for (change, undo) in [
            ("CREATE INDEX mine ON txns(amount)", "DROP INDEX mine"),
            ("CREATE INDEX undo_swap_mine ON undo_swap(amount)", "DROP INDEX undo_swap_mine"),
            ("ALTER TABLE txns ADD COLUMN extra TEXT", "ALTER TABLE txns DROP COLUMN extra"),
            (
                "DROP INDEX undo_swap_by_date; CREATE INDEX undo_swap_by_date ON undo_swap(date)",
                "DROP INDEX undo_swap_by_date; CREATE INDEX undo_swap_by_date ON undo_swap(date, id)",
            ),
        ] {
            conn.execute_batch(change).unwrap();
            assert_eq!(pairs(conn).unwrap(), None, "{change}");
            conn.execute_batch(undo).unwrap();
            assert!(pairs(conn).unwrap().is_some(), "{undo}");
        }
    }
}

//! Undo and redo. Every change a [`Tx`] makes to transactions, relocation
//! scenarios, recurring rules and instances and budgets is recorded as row
//! snapshots (before, after), including the rows a foreign key changes (a
//! rule's instances deleted with it, an instance's link to a deleted
//! transaction); [`Store::write_undoable`] saves them as one entry of
//! `undo_log`, so the history lives in the ledger and survives a restart.
//! Undo writes the "before" rows back; redo writes the "after" rows; a row
//! still there is changed in place, so no cascade fires. Undo and redo thus
//! walk the whole history (`tests/store/undo_walk.rs`). An undone posting of
//! recurring instances stays undone: they wait for its redo (`held`), and
//! the step that forgets the redo marks them skipped.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

mod added;
mod bulk;
mod swap;

use added::apply_added;

use super::{Result, Store, StoreError, Tx};
use crate::text;

/// How many entries the history keeps; older ones are forgotten.
const KEEP: i64 = 1000;

/// A transaction row exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Snapshot {
    id: i64,
    date: String,
    account_id: i64,
    category_id: Option<i64>,
    transfer_id: Option<i64>,
    amount: i64,
    currency: String,
    payee: String,
    note: String,
    created_at: String,
    updated_at: String,
    /// Absent in history written before imports existed.
    #[serde(default)]
    import_key: Option<String>,
    /// As stored (`model::Tags::stored`); absent in history written before tags.
    #[serde(default)]
    tags: String,
}

/// A scenario row exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct ScenarioRow {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) data: String,
}

/// One row's change. Untagged, so the history written before scenarios were
/// undoable (transaction changes only, `{before, after}`) still reads: a
/// scenario change is told apart by its `scenario` key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // a handful per step, alive only while it is read or written
pub(super) enum Change {
    /// Transaction rows a bulk step (an import, the demo) added, as inclusive
    /// id ranges, and how many there are: a step of a million rows stays a
    /// few bytes. Undo moves the rows into `undo_rows` (or, for half the
    /// table or more, leaves them in their pages: `swap`); redo brings them back.
    /// First, so that its `added` key is tried before the looser shapes.
    Added {
        added: Vec<(i64, i64)>,
        rows: i64,
    },
    Scenario {
        scenario: i64,
        before: Option<ScenarioRow>,
        after: Option<ScenarioRow>,
    },
    /// A row of one of the small tables (recurring rules and instances,
    /// budgets), by its key columns, as stored before and after.
    Row {
        table: String,
        key: Vec<(String, serde_json::Value)>,
        before: Option<TableRow>,
        after: Option<TableRow>,
    },
    Txn {
        before: Option<Snapshot>,
        after: Option<Snapshot>,
    },
}

/// Any row: its column names and values (as JSON: null, integer, real, text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct TableRow {
    cols: Vec<String>,
    values: Vec<serde_json::Value>,
}

impl Eq for TableRow {}

/// The tables whose rows the history tracks generically (names are
/// constants of this program, never user text).
pub(super) const TRACKED: [&str; 14] = [
    "recurring",
    "recurring_instances",
    "budgets",
    "accounts",
    "categories",
    "goals",
    "goal_accounts",
    "opening_balances",
    "balance_marks",
    "loans",
    "claims",
    // Only a bill's funding map is recorded (`Tx::save_funding_map`).
    "import_mappings",
    "credit_terms",
    "instalments",
];

fn to_sql(v: &serde_json::Value) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(i64::from(*b)),
        serde_json::Value::Number(n) => {
            n.as_i64().map_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0)), Value::Integer)
        }
        other => Value::Text(other.as_str().map_or_else(|| other.to_string(), str::to_owned)),
    }
}

fn to_json(v: rusqlite::types::ValueRef) -> serde_json::Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null | ValueRef::Blob(_) => serde_json::Value::Null,
        ValueRef::Integer(n) => n.into(),
        ValueRef::Real(f) => f.into(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
    }
}

/// A tracked row about to change through a foreign key (a cascade, a link
/// set to NULL): its key and how it was, recorded by [`Tx::record_since`].
pub(super) struct Pending {
    table: &'static str,
    key: Vec<(String, serde_json::Value)>,
    before: Option<TableRow>,
}

fn where_key(key: &[(String, serde_json::Value)]) -> String {
    key.iter().enumerate().map(|(i, (c, _))| format!("{c} = ?{}", i + 1)).collect::<Vec<_>>().join(" AND ")
}

/// The row of `table` with `key`, as stored; `None` when there is none.
pub(super) fn table_row(
    conn: &Connection,
    table: &str,
    key: &[(String, serde_json::Value)],
) -> Result<Option<TableRow>> {
    assert!(TRACKED.contains(&table), "{table} is not a tracked table");
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} WHERE {}", where_key(key)))?;
    let cols: Vec<String> = stmt.column_names().map(str::to_owned).collect();
    let params: Vec<rusqlite::types::Value> = key.iter().map(|(_, v)| to_sql(v)).collect();
    let row = stmt
        .query_row(rusqlite::params_from_iter(params), |r| {
            (0..cols.len()).map(|i| Ok(to_json(r.get_ref(i)?))).collect::<rusqlite::Result<Vec<_>>>()
        })
        .optional()?;
    Ok(row.map(|values| TableRow { cols, values }))
}

fn restore_row(
    conn: &Connection,
    table: &str,
    key: &[(String, serde_json::Value)],
    to: Option<&TableRow>,
) -> Result<()> {
    assert!(TRACKED.contains(&table), "{table} is not a tracked table");
    let Some(row) = to else {
        let params: Vec<rusqlite::types::Value> = key.iter().map(|(_, v)| to_sql(v)).collect();
        conn.execute(&format!("DELETE FROM {table} WHERE {}", where_key(key)), rusqlite::params_from_iter(params))?;
        return Ok(());
    };
    // In place when the row is there: deleting it first would cascade (a
    // rule's instances go with it) and set links to it to NULL.
    let marks: Vec<String> = (1..=row.cols.len()).map(|i| format!("?{i}")).collect();
    let keys: Vec<&str> = key.iter().map(|(c, _)| c.as_str()).collect();
    let sets: Vec<String> =
        row.cols.iter().filter(|c| !keys.contains(&c.as_str())).map(|c| format!("{c} = excluded.{c}")).collect();
    let on_conflict =
        if sets.is_empty() { "DO NOTHING".to_owned() } else { format!("DO UPDATE SET {}", sets.join(", ")) };
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) {on_conflict}",
        row.cols.join(", "),
        marks.join(", "),
        keys.join(", ")
    );
    conn.execute(&sql, rusqlite::params_from_iter(row.values.iter().map(to_sql)))?;
    Ok(())
}

impl TableRow {
    /// The value of column `col`, if the row has it.
    pub(super) fn get(&self, col: &str) -> Option<&serde_json::Value> {
        self.cols.iter().position(|c| c == col).map(|i| &self.values[i])
    }
}

pub(super) fn scenario_row(conn: &Connection, id: i64) -> Result<ScenarioRow> {
    conn.query_row("SELECT id, name, data FROM scenarios WHERE id = ?1", [id], |r| {
        Ok(ScenarioRow { id: r.get(0)?, name: r.get(1)?, data: r.get(2)? })
    })
    .optional()?
    .ok_or(StoreError::NotFound { what: "scenario", id })
}

/// Makes the scenario `id` look like `to` (or removes it).
fn restore_scenario(conn: &Connection, id: i64, to: Option<&ScenarioRow>) -> Result<()> {
    conn.execute("DELETE FROM scenarios WHERE id = ?1", [id])?;
    if let Some(s) = to {
        conn.execute("INSERT INTO scenarios (id, name, data) VALUES (?1, ?2, ?3)", params![s.id, s.name, s.data])
            .map_err(|e| super::unique_violation(e, "scenario", &s.name))?;
    }
    Ok(())
}

/// Refuses to clobber a row changed since the step was recorded (e.g. by the CLI).
fn unchanged<T: PartialEq>(what: &str, id: i64, now: Option<T>, expected: &T, undo: bool) -> Result<()> {
    if now.as_ref() != Some(expected) {
        return Err(StoreError::Invalid(text::errors::changed_since(
            text::errors::record(what),
            id,
            text::errors::action(undo),
        )));
    }
    Ok(())
}

pub(super) fn snapshot(conn: &Connection, id: i64) -> Result<Snapshot> {
    conn.query_row(
        "SELECT id, date, account_id, category_id, transfer_id, amount, currency, payee, note, created_at, updated_at,
                import_key, tags
           FROM txns WHERE id = ?1",
        [id],
        |r| {
            Ok(Snapshot {
                id: r.get(0)?,
                date: r.get(1)?,
                account_id: r.get(2)?,
                category_id: r.get(3)?,
                transfer_id: r.get(4)?,
                amount: r.get(5)?,
                currency: r.get(6)?,
                payee: r.get(7)?,
                note: r.get(8)?,
                created_at: r.get(9)?,
                updated_at: r.get(10)?,
                import_key: r.get(11)?,
                tags: r.get(12)?,
            })
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound { what: "transaction", id })
}

/// Makes the row `id` look like `to` (or removes it when `to` is `None`).
/// A row still there is changed in place: a delete would set the links of
/// recurring instances to it to NULL.
fn restore(conn: &Connection, id: i64, to: Option<&Snapshot>) -> Result<()> {
    let Some(s) = to else {
        conn.execute("DELETE FROM txns WHERE id = ?1", [id])?;
        return Ok(());
    };
    if let Some(tid) = s.transfer_id {
        conn.execute("INSERT OR IGNORE INTO transfers (id) VALUES (?1)", [tid])?;
    }
    conn.execute(
        "INSERT INTO txns (id, date, account_id, category_id, transfer_id, amount, currency, payee, note,
                           created_at, updated_at, import_key, tags)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT (id) DO UPDATE SET date = excluded.date, account_id = excluded.account_id,
                category_id = excluded.category_id, transfer_id = excluded.transfer_id, amount = excluded.amount,
                currency = excluded.currency, payee = excluded.payee, note = excluded.note,
                created_at = excluded.created_at, updated_at = excluded.updated_at, import_key = excluded.import_key,
                tags = excluded.tags",
        params![
            s.id,
            s.date,
            s.account_id,
            s.category_id,
            s.transfer_id,
            s.amount,
            s.currency,
            s.payee,
            s.note,
            s.created_at,
            s.updated_at,
            s.import_key,
            s.tags
        ],
    )?;
    Ok(())
}

/// How many transaction rows the bulk changes of a step hold.
fn rows_in_step(changes: &[Change]) -> i64 {
    changes.iter().map(|c| if let Change::Added { rows, .. } = c { *rows } else { 0 }).sum()
}

/// Applies a step's changes; `fast`: bulk rows by [`bulk::move_added`]
/// (foreign keys off), else one by one.
fn apply(conn: &Connection, step: i64, changes: &[Change], undo: bool, fast: bool) -> Result<()> {
    let steps: Box<dyn Iterator<Item = &Change>> =
        if undo { Box::new(changes.iter().rev()) } else { Box::new(changes.iter()) };
    for c in steps {
        match c {
            Change::Added { added, rows } if fast => bulk::move_added(conn, step, added, *rows, undo)?,
            Change::Added { added, rows } => apply_added(conn, step, added, *rows, undo)?,
            Change::Txn { before, after } => {
                let (from, to) = if undo { (after, before) } else { (before, after) };
                let id = from.as_ref().or(to.as_ref()).map(|s| s.id).expect("a change has a row on one side");
                if let Some(expected) = from {
                    unchanged("transaction", id, snapshot(conn, id).ok(), expected, undo)?;
                }
                restore(conn, id, to.as_ref())?;
            }
            Change::Row { table, key, before, after } => {
                let (from, to) = if undo { (after, before) } else { (before, after) };
                if let Some(expected) = from {
                    let what = table.replace('_', " ");
                    let now = table_row(conn, table, key)?;
                    if now.as_ref() != Some(expected) {
                        return Err(StoreError::Invalid(text::errors::row_changed_since(
                            text::errors::record(&what),
                            text::errors::action(undo),
                        )));
                    }
                }
                restore_row(conn, table, key, to.as_ref())?;
            }
            Change::Scenario { scenario, before, after } => {
                let (from, to) = if undo { (after, before) } else { (before, after) };
                if let Some(expected) = from {
                    unchanged("scenario", *scenario, scenario_row(conn, *scenario).ok(), expected, undo)?;
                }
                restore_scenario(conn, *scenario, to.as_ref())?;
            }
        }
    }
    conn.execute(
        "DELETE FROM transfers WHERE id NOT IN (SELECT transfer_id FROM txns WHERE transfer_id IS NOT NULL)",
        [],
    )?;
    Ok(())
}

/// What an undo or redo did: the step's label as recorded (`ops::history`
/// reads it back into a typed step), and a transaction it restored or
/// changed (none when it only removed rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub label: String,
    pub txn: Option<crate::model::Txn>,
}

impl Tx<'_> {
    pub(super) fn record(&self, before: Option<Snapshot>, after: Option<Snapshot>) {
        self.journal.borrow_mut().push(Change::Txn { before, after });
    }

    /// Runs `change` on the row of `table` with `key`, recording it (as it
    /// was and as it is after) for undo.
    pub(super) fn tracked<T>(
        &self,
        table: &'static str,
        key: &[(&str, serde_json::Value)],
        change: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let key: Vec<(String, serde_json::Value)> = key.iter().map(|(c, v)| ((*c).to_owned(), v.clone())).collect();
        let before = table_row(self.conn(), table, &key)?;
        let value = change()?;
        let after = table_row(self.conn(), table, &key)?;
        if before != after {
            self.journal.borrow_mut().push(Change::Row { table: table.to_owned(), key, before, after });
        }
        Ok(value)
    }

    /// Records a row just added to `table` (found by `key`) for undo.
    pub(super) fn record_new(&self, table: &'static str, key: &[(&str, serde_json::Value)]) -> Result<()> {
        let key: Vec<(String, serde_json::Value)> = key.iter().map(|(c, v)| ((*c).to_owned(), v.clone())).collect();
        let after = table_row(self.conn(), table, &key)?;
        self.journal.borrow_mut().push(Change::Row { table: table.to_owned(), key, before: None, after });
        Ok(())
    }

    /// The rows of `table` (keyed by `keys`) whose `col` is `value`, as
    /// they are before a change that reaches them through a foreign key.
    pub(super) fn rows_where(&self, table: &'static str, keys: &[&str], col: &str, value: i64) -> Result<Vec<Pending>> {
        assert!(TRACKED.contains(&table), "{table} is not a tracked table");
        let mut stmt =
            self.conn().prepare_cached(&format!("SELECT {} FROM {table} WHERE {col} = ?1", keys.join(", ")))?;
        let found: Vec<Vec<serde_json::Value>> = stmt
            .query_map([value], |r| (0..keys.len()).map(|i| Ok(to_json(r.get_ref(i)?))).collect())?
            .collect::<rusqlite::Result<_>>()?;
        found
            .into_iter()
            .map(|values| {
                let key: Vec<(String, serde_json::Value)> = keys.iter().map(|k| (*k).to_owned()).zip(values).collect();
                let before = table_row(self.conn(), table, &key)?;
                Ok(Pending { table, key, before })
            })
            .collect()
    }

    /// Records the rows of [`Tx::rows_where`] as they are now.
    pub(super) fn record_since(&self, pending: Vec<Pending>) -> Result<()> {
        for Pending { table, key, before } in pending {
            let after = table_row(self.conn(), table, &key)?;
            if before != after {
                self.journal.borrow_mut().push(Change::Row { table: table.to_owned(), key, before, after });
            }
        }
        Ok(())
    }

    pub(super) fn record_scenario(&self, id: i64, before: Option<ScenarioRow>, after: Option<ScenarioRow>) {
        self.journal.borrow_mut().push(Change::Scenario { scenario: id, before, after });
    }
}

/// The recurring instances (rule, date) that undone steps still in the
/// history posted: they wait for a redo instead of being posted again.
pub(super) fn held(conn: &Connection) -> Result<std::collections::HashSet<(i64, chrono::NaiveDate)>> {
    let mut out = std::collections::HashSet::new();
    let mut stmt = conn.prepare_cached(
        "SELECT changes FROM undo_log WHERE undone = 1 AND instr(changes, '\"recurring_instances\"') > 0",
    )?;
    let steps: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    for json in steps {
        let changes: Vec<Change> = serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
        for c in changes {
            let Change::Row { table, key, after: Some(after), .. } = c else { continue };
            if table != "recurring_instances" || after.get("status").and_then(|s| s.as_str()) != Some("posted") {
                continue;
            }
            let value = |col: &str| key.iter().find(|(c, _)| c == col).map(|(_, v)| v.clone());
            let rule = value("rule_id").and_then(|v| v.as_i64());
            let date = value("date").and_then(|v| v.as_str().and_then(|d| d.parse().ok()));
            if let (Some(rule), Some(date)) = (rule, date) {
                out.insert((rule, date));
            }
        }
    }
    Ok(out)
}

impl Store {
    /// Like [`Store::write`], and the changes become one undoable step whose
    /// label is `label` (what `ops::history` wrote: the store keeps it as
    /// given). A new step forgets anything that was undone before it.
    pub fn write_undoable<T>(&mut self, label: &str, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.write_undoable_then(|_| label.to_owned(), f)
    }

    /// Like [`Store::write_undoable`], the step's label made from what the
    /// write did (a streamed import counts its rows as it writes them), in
    /// the same transaction.
    pub fn write_undoable_then<T>(
        &mut self,
        label: impl FnOnce(&T) -> String,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        self.write(|tx| {
            let value = f(tx)?;
            let label = label(&value);
            let label = label.as_str();
            if !tx.journal.borrow().is_empty() {
                // This step forgets what was undone; postings among it stay undone.
                let held = held(tx.conn())?;
                if !held.is_empty() {
                    tx.skip_held(&held)?;
                }
            }
            let changes = std::mem::take(&mut *tx.journal.borrow_mut());
            if !changes.is_empty() {
                let json = serde_json::to_string(&changes).map_err(|e| StoreError::Invalid(e.to_string()))?;
                let conn = tx.conn();
                // The rows of the undone steps this one forgets go first: the
                // new step may take the id of one of them.
                conn.execute("DELETE FROM undo_rows WHERE step IN (SELECT id FROM undo_log WHERE undone = 1)", [])?;
                swap::forget_undone(conn)?;
                conn.execute("DELETE FROM undo_log WHERE undone = 1", [])?;
                conn.execute("INSERT INTO undo_log (label, changes) VALUES (?1, ?2)", params![label, json])?;
                conn.execute("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?1", [KEEP])?;
                // Rows of steps the history no longer keeps.
                conn.execute("DELETE FROM undo_rows WHERE step NOT IN (SELECT id FROM undo_log)", [])?;
            }
            Ok(value)
        })
    }

    /// Reverses the latest step not yet undone; returns its label, or `None`
    /// when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Undone>> {
        self.step("SELECT id, label, changes FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1", true)
    }

    /// Re-applies the step undone last; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<Undone>> {
        self.step("SELECT id, label, changes FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1", false)
    }

    fn step(&mut self, pick: &str, undo: bool) -> Result<Option<Undone>> {
        if let Some(done) = self.bulk_step(pick, undo)? {
            return Ok(done);
        }
        self.write(|tx| {
            let conn = tx.conn();
            let Some((id, label, json)) = conn
                .query_row(pick, [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
                .optional()?
            else {
                return Ok(None);
            };
            let changes: Vec<Change> = serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
            apply(conn, id, &changes, undo, false)?;
            conn.execute("UPDATE undo_log SET undone = ?1 WHERE id = ?2", params![undo, id])?;
            let txn = shown_after(conn, &changes, undo)?;
            Ok(Some(Undone { label, txn }))
        })
    }
}

/// The row to show after an undo or redo: the first one the step brought
/// back or changed.
fn shown_after(conn: &Connection, changes: &[Change], undo: bool) -> Result<Option<crate::model::Txn>> {
    let shown = changes.iter().find_map(|c| match c {
        Change::Txn { before, after } => {
            if undo {
                before.as_ref()
            } else {
                after.as_ref()
            }
        }
        Change::Scenario { .. } | Change::Row { .. } | Change::Added { .. } => None,
    });
    shown.map(|s| super::txns::get(conn, s.id)).transpose()
}

#[cfg(test)]
mod tests;

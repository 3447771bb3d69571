//! Undo and redo. Every change a [`Tx`] makes to transactions and to
//! relocation scenarios is recorded as row snapshots (before, after); [`Store::write_undoable`] saves them as one
//! entry of `undo_log`, so the history lives in the ledger and survives a
//! restart. Undo writes the "before" rows back; redo writes the "after" rows.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Result, Store, StoreError, Tx};

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
    Scenario { scenario: i64, before: Option<ScenarioRow>, after: Option<ScenarioRow> },
    Txn { before: Option<Snapshot>, after: Option<Snapshot> },
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
        return Err(StoreError::Invalid(format!(
            "{what} {id} was changed since; {} would overwrite that, so nothing was done",
            if undo { "undo" } else { "redo" }
        )));
    }
    Ok(())
}

pub(super) fn snapshot(conn: &Connection, id: i64) -> Result<Snapshot> {
    conn.query_row(
        "SELECT id, date, account_id, category_id, transfer_id, amount, currency, payee, note, created_at, updated_at,
                import_key
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
            })
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound { what: "transaction", id })
}

/// Makes the row `id` look like `to` (or removes it when `to` is `None`).
fn restore(conn: &Connection, id: i64, to: Option<&Snapshot>) -> Result<()> {
    conn.execute("DELETE FROM txns WHERE id = ?1", [id])?;
    if let Some(s) = to {
        if let Some(tid) = s.transfer_id {
            conn.execute("INSERT OR IGNORE INTO transfers (id) VALUES (?1)", [tid])?;
        }
        conn.execute(
            "INSERT INTO txns (id, date, account_id, category_id, transfer_id, amount, currency, payee, note,
                               created_at, updated_at, import_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
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
                s.import_key
            ],
        )?;
    }
    Ok(())
}

fn apply(conn: &Connection, changes: &[Change], undo: bool) -> Result<()> {
    let steps: Box<dyn Iterator<Item = &Change>> =
        if undo { Box::new(changes.iter().rev()) } else { Box::new(changes.iter()) };
    for c in steps {
        match c {
            Change::Txn { before, after } => {
                let (from, to) = if undo { (after, before) } else { (before, after) };
                let id = from.as_ref().or(to.as_ref()).map(|s| s.id).expect("a change has a row on one side");
                if let Some(expected) = from {
                    unchanged("transaction", id, snapshot(conn, id).ok(), expected, undo)?;
                }
                restore(conn, id, to.as_ref())?;
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

/// What an undo or redo did: the step's name, and a transaction it restored
/// or changed (none when it only removed rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub label: String,
    pub txn: Option<crate::model::Txn>,
}

impl Tx<'_> {
    pub(super) fn record(&self, before: Option<Snapshot>, after: Option<Snapshot>) {
        self.journal.borrow_mut().push(Change::Txn { before, after });
    }

    pub(super) fn record_scenario(&self, id: i64, before: Option<ScenarioRow>, after: Option<ScenarioRow>) {
        self.journal.borrow_mut().push(Change::Scenario { scenario: id, before, after });
    }
}

impl Store {
    /// Like [`Store::write`], and the changes become one undoable step named
    /// `label` (a new step forgets anything that was undone before it).
    pub fn write_undoable<T>(&mut self, label: &str, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.write(|tx| {
            let value = f(tx)?;
            let changes = std::mem::take(&mut *tx.journal.borrow_mut());
            if !changes.is_empty() {
                let json = serde_json::to_string(&changes).map_err(|e| StoreError::Invalid(e.to_string()))?;
                let conn = tx.conn();
                conn.execute("DELETE FROM undo_log WHERE undone = 1", [])?;
                conn.execute("INSERT INTO undo_log (label, changes) VALUES (?1, ?2)", params![label, json])?;
                conn.execute("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?1", [KEEP])?;
            }
            Ok(value)
        })
    }

    /// Reverses the latest step not yet undone; returns its label, or `None`
    /// when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Step>> {
        self.step("SELECT id, label, changes FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1", true)
    }

    /// Re-applies the step undone last; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<Step>> {
        self.step("SELECT id, label, changes FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1", false)
    }

    fn step(&mut self, pick: &str, undo: bool) -> Result<Option<Step>> {
        self.write(|tx| {
            let conn = tx.conn();
            let Some((id, label, json)) = conn
                .query_row(pick, [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
                .optional()?
            else {
                return Ok(None);
            };
            let changes: Vec<Change> = serde_json::from_str(&json).map_err(|e| StoreError::Invalid(e.to_string()))?;
            apply(conn, &changes, undo)?;
            conn.execute("UPDATE undo_log SET undone = ?1 WHERE id = ?2", params![undo, id])?;
            // The row to show afterwards: the first one the step brought back or changed.
            let shown = changes.iter().find_map(|c| match c {
                Change::Txn { before, after } => {
                    if undo {
                        before.as_ref()
                    } else {
                        after.as_ref()
                    }
                }
                Change::Scenario { .. } => None,
            });
            let txn = shown.map(|s| super::txns::get(conn, s.id)).transpose()?;
            Ok(Some(Step { label, txn }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_from_before_scenarios_still_reads() {
        // A step as written by the first version of the undo log.
        let old = r#"[{"before":null,"after":{"id":7,"date":"2026-11-01","account_id":1,"category_id":3,
            "transfer_id":null,"amount":-2500,"currency":"CNY","payee":"食堂","note":"",
            "created_at":"x","updated_at":"x"}}]"#;
        let changes: Vec<Change> = serde_json::from_str(old).unwrap();
        assert!(matches!(&changes[0], Change::Txn { before: None, after: Some(s) } if s.id == 7));
        let row = ScenarioRow { id: 2, name: "Hegang".into(), data: "{}".into() };
        let new = vec![Change::Scenario { scenario: 2, before: Some(row), after: None }];
        let back: Vec<Change> = serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
        assert_eq!(back, new);
    }
}

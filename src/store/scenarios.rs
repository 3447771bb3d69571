//! Relocation scenarios, stored as JSON beside their name; never mixed with
//! real transactions.

use rusqlite::{OptionalExtension, params};

use super::history::scenario_row;
use super::{Result, Store, StoreError, Tx, unique_violation};
use crate::relocation::scenario::Scenario;
use crate::text;

fn decode(id: i64, json: &str) -> Result<(i64, Scenario)> {
    let s = serde_json::from_str(json).map_err(|e| StoreError::Invalid(text::errors::scenario_unreadable(id, e)))?;
    Ok((id, s))
}

fn encode(s: &Scenario) -> Result<String> {
    serde_json::to_string(s).map_err(|e| StoreError::Invalid(e.to_string()))
}

impl Store {
    /// Every scenario with its id, in the order they were added.
    pub fn scenarios(&self) -> Result<Vec<(i64, Scenario)>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, data FROM scenarios ORDER BY id")?;
        let rows: Vec<(i64, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.iter().map(|(id, json)| decode(*id, json)).collect()
    }
}

/// A scenario's name, trimmed: not blank, and not Stay.
fn check_name(name: &str) -> Result<&str> {
    match name.trim() {
        "" => Err(StoreError::Invalid(text::errors::scenario_needs_name().into())),
        n if crate::relocation::scenario::is_stay(n) => Err(StoreError::Invalid(text::errors::scenario_not_stay(n))),
        n => Ok(n),
    }
}

impl Tx<'_> {
    pub fn add_scenario(&self, s: &Scenario) -> Result<i64> {
        let name = check_name(&s.name)?;
        self.conn()
            .execute("INSERT INTO scenarios (name, data) VALUES (?1, ?2)", params![name, encode(s)?])
            .map_err(|e| unique_violation(e, "scenario", name))?;
        let id = self.conn().last_insert_rowid();
        self.record_scenario(id, None, Some(scenario_row(self.conn(), id)?));
        Ok(id)
    }

    pub fn update_scenario(&self, id: i64, s: &Scenario) -> Result<()> {
        let name = check_name(&s.name)?;
        let before = scenario_row(self.conn(), id)?;
        self.conn()
            .execute("UPDATE scenarios SET name = ?1, data = ?2 WHERE id = ?3", params![name, encode(s)?, id])
            .map_err(|e| unique_violation(e, "scenario", name))?;
        self.record_scenario(id, Some(before), Some(scenario_row(self.conn(), id)?));
        Ok(())
    }

    /// Refuses unless scenario `id` is still `seen` (inside this transaction).
    pub fn scenario_as_seen(&self, id: i64, seen: &Scenario) -> Result<()> {
        let changed = |gone| StoreError::Changed { what: "scenario", id, gone };
        let mut stmt = self.conn().prepare_cached("SELECT data FROM scenarios WHERE id = ?1")?;
        let json: Option<String> = stmt.query_row([id], |r| r.get(0)).optional()?;
        match json {
            None => Err(changed(true)),
            Some(json) if decode(id, &json)?.1 == *seen => Ok(()),
            Some(_) => Err(changed(false)),
        }
    }

    pub fn delete_scenario(&self, id: i64) -> Result<()> {
        let before = scenario_row(self.conn(), id)?;
        self.conn().execute("DELETE FROM scenarios WHERE id = ?1", [id])?;
        self.record_scenario(id, Some(before), None);
        Ok(())
    }
}

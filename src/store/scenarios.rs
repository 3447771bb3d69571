//! Relocation scenarios, stored as JSON beside their name; never mixed with
//! real transactions.

use rusqlite::params;

use super::{Result, Store, StoreError, Tx, unique_violation};
use crate::model::Month;
use crate::money::Currency;
use crate::projection::Average;
use crate::relocation::compare::stay;
use crate::relocation::scenario::Scenario;

fn decode(id: i64, json: &str) -> Result<(i64, Scenario)> {
    let s = serde_json::from_str(json)
        .map_err(|e| StoreError::Invalid(format!("scenario {id} cannot be read ({e}); delete it and add it again")))?;
    Ok((id, s))
}

fn encode(s: &Scenario) -> Result<String> {
    serde_json::to_string(s).map_err(|e| StoreError::Invalid(e.to_string()))
}

impl Store {
    /// Staying, from the ledger: the mean of the last 6 complete months
    /// (the Plan tab's baseline); `None` without a complete month.
    pub fn stay_scenario(&self, this_month: Month) -> Result<Option<Scenario>> {
        let inputs = self.plan_inputs(this_month, 6, Average::Mean, Currency::CNY)?;
        Ok(inputs.baseline.map(|b| stay(b.income, b.housing, b.spending, "here")))
    }

    /// Every scenario with its id, in the order they were added.
    pub fn scenarios(&self) -> Result<Vec<(i64, Scenario)>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, data FROM scenarios ORDER BY id")?;
        let rows: Vec<(i64, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.iter().map(|(id, json)| decode(*id, json)).collect()
    }
}

impl Tx<'_> {
    pub fn add_scenario(&self, s: &Scenario) -> Result<i64> {
        let name = s.name.trim();
        if name.is_empty() || name.eq_ignore_ascii_case("stay") {
            return Err(StoreError::Invalid(format!(
                "a scenario needs a name other than '{name}' (Stay is built from the ledger itself)"
            )));
        }
        self.conn()
            .execute("INSERT INTO scenarios (name, data) VALUES (?1, ?2)", params![name, encode(s)?])
            .map_err(|e| unique_violation(e, "scenario", name))?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn update_scenario(&self, id: i64, s: &Scenario) -> Result<()> {
        let name = s.name.trim();
        if name.is_empty() || name.eq_ignore_ascii_case("stay") {
            return Err(StoreError::Invalid(format!("a scenario needs a name other than '{name}'")));
        }
        let changed = self
            .conn()
            .execute("UPDATE scenarios SET name = ?1, data = ?2 WHERE id = ?3", params![name, encode(s)?, id])
            .map_err(|e| unique_violation(e, "scenario", name))?;
        if changed == 0 {
            return Err(StoreError::NotFound { what: "scenario", id });
        }
        Ok(())
    }

    pub fn delete_scenario(&self, id: i64) -> Result<()> {
        if self.conn().execute("DELETE FROM scenarios WHERE id = ?1", [id])? == 0 {
            return Err(StoreError::NotFound { what: "scenario", id });
        }
        Ok(())
    }
}
